/**
 * Test databases: SQLite in a temp file by default; PostgreSQL in a fresh schema when
 * TEST_DATABASE_URL is set (the schema is dropped by `destroy`). Migrated and seeded with the network
 * and demo accounts, as a fresh install would be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config, type FilesConfig } from '../config.ts';
import { createDatabase, dropPostgresSchema, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrations/index.ts';
import { createModules, moduleJobs, type Modules } from '../modules/index.ts';
import type { JobDefinition } from '../jobs/types.ts';
import { seedNetwork } from '../seed/seed-network.ts';
import { seedDemo, seedDemoAccounts } from '../seed/seed-demo.ts';
import { seedDemoYear } from '../seed/seed-demo-year.ts';

export type TestDatabase = Database & { config: Config; cleanup: () => Promise<void> };

/**
 * `demo`: none; the accounts (default); `full` — accounts and the 2174 directive; `year` — all of `npm start`'s
 * demo. `files`: where uploaded files go (default the test's DATA_DIR; an S3 bucket for the S3 tests).
 */
export async function createTestDatabase(
  opts: { demo?: 'accounts' | 'full' | 'year' | 'none'; files?: FilesConfig } = {},
): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'tct-test-'));
  const pgUrl = process.env.TEST_DATABASE_URL || null;
  const schema = pgUrl ? `tct_test_${randomBytes(6).toString('hex')}` : null;
  const config: Config = {
    ...loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LOGIN_MAX_FAILURES: '5' }),
    databaseUrl: pgUrl,
    databaseSchema: schema,
    workerEnabled: false,
    files: opts.files ?? { storage: 'local' },
  };
  const database = await createDatabase(config);
  await migrateToLatest(database.db, database.dialect, database.schema);
  await seedNetwork(database.db);
  const demo = opts.demo ?? 'accounts';
  if (demo === 'accounts') await seedDemoAccounts(database.db);
  if (demo === 'full' || demo === 'year') {
    const modules = createModules({ database, config });
    await seedDemo(database.db, database.dialect, modules);
    if (demo === 'year') await seedDemoYear(database, modules, { config });
  }
  return {
    ...database,
    config,
    async cleanup() {
      await database.destroy();
      if (pgUrl && schema) await dropPostgresSchema(pgUrl, schema);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app's modules over a test database (services and ports for tests that act without HTTP). */
export function modulesOf(database: TestDatabase): Modules {
  return createModules({ database, config: database.config });
}

/** Every module's job definitions by name, as the worker sees them. */
export function jobsOf(database: TestDatabase): Map<string, JobDefinition> {
  return new Map(moduleJobs(modulesOf(database)).map((job) => [job.name, job]));
}
