/**
 * The one list of migrations, for SQLite and PostgreSQL alike. Migrations are timestamped and never
 * edited once merged; a migration that needs engine-specific SQL asks `ctx.dialect`.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from '../database.ts';
import type { DB } from '../types.ts';
import * as platform from './20261126T1500_platform.ts';
import * as documents from './20261126T1600_documents.ts';
import * as documentRegisters from './20261126T1700_document_registers.ts';
import * as direction from './20261126T1700_direction.ts';
import * as directives from './20261126T1800_directives.ts';
import * as training from './20261126T1900_training.ts';
import * as letters from './20261207T0500_letters.ts';
import * as securityHardening from './20261207T0100_security_hardening.ts';
import * as reports from './20261207T0300_reports.ts';
import * as contest from './20261207T0400_contest.ts';
import * as intake from './20261207T0700_intake.ts';
import * as standard from './20261207T0200_standard.ts';
import * as domain from './20261207T0600_domain.ts';
import * as ux from './20261207T0800_ux.ts';
import * as jobsDedupe from './20261208T0615_jobs_dedupe.ts';
import * as searchScale from './20261208T0620_search_scale.ts';

export type MigrationContext = { dialect: Dialect };
type MigrationModule = { up: (db: Kysely<unknown>, ctx: MigrationContext) => Promise<void> };

// Add each new migration here, in time order.
const MIGRATIONS: [string, MigrationModule][] = [
  ['20261126T1500_platform', platform],
  ['20261126T1600_documents', documents],
  ['20261126T1700_document_registers', documentRegisters],
  ['20261126T1700_direction', direction],
  ['20261126T1800_directives', directives],
  ['20261126T1900_training', training],
  ['20261207T0500_letters', letters],
  ['20261207T0100_security_hardening', securityHardening],
  ['20261207T0300_reports', reports],
  ['20261207T0400_contest', contest],
  ['20261207T0700_intake', intake],
  ['20261207T0200_standard', standard],
  ['20261207T0600_domain', domain],
  ['20261207T0800_ux', ux],
  ['20261208T0615_jobs_dedupe', jobsDedupe],
  ['20261208T0620_search_scale', searchScale],
];

/**
 * On PostgreSQL the migration tables are pinned to the schema in use: Kysely looks for them by name
 * across all schemas, so another schema's tables would otherwise be mistaken for ours.
 */
export async function migrateToLatest(
  db: Kysely<DB>,
  dialect: Dialect,
  schema: string | null = null,
): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const all: Record<string, Migration> = {};
      for (const [name, mod] of [...MIGRATIONS].sort(([a], [b]) => a.localeCompare(b))) {
        all[name] = { up: (database) => mod.up(database, { dialect }) };
      }
      return all;
    },
  };
  const migrator = new Migrator({
    db,
    provider,
    ...(dialect === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
