/**
 * Periodic reports (issue 13): regime versions designed by the Academy (the shipped ones are written on
 * first use, idempotently), one report per school × regime × period with its revision counter, a snapshot
 * of every sent revision, and the history of every workflow step (the input of timeliness).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_regimes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull()) // shipped | designed | imported
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('definition_json', 'text', (c) => c.notNull()) // a RegimeVersion, checked with checkRegime
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_regimes_code_version_unique', ['code', 'version'])
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('regime_code', 'text', (c) => c.notNull())
    .addColumn('regime_version', 'integer', (c) => c.notNull())
    .addColumn('period_code', 'text', (c) => c.notNull())
    .addColumn('period_label', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('approved_hash', 'text')
    .addColumn('sent_hash', 'text')
    .addColumn('first_sent_at', 'text') // kept across revisions: timeliness counts the first sending
    .addColumn('sent_at', 'text')
    .addColumn('number_symbol', 'text')
    .addColumn('academy_document_id', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reports_org_regime_period_unique', ['organisation_id', 'regime_code', 'period_code'])
    .execute();
  await db.schema
    .createIndex('reports_regime_period_idx')
    .on('reports')
    .columns(['regime_code', 'period_code'])
    .execute();

  await db.schema
    .createTable('report_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('number_symbol', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('academy_document_id', 'text')
    .addUniqueConstraint('report_revisions_unique', ['report_id', 'revision'])
    .execute();

  await db.schema
    .createTable('report_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('comment', 'text')
    .addColumn('content_hash', 'text')
    .execute();
  await db.schema.createIndex('report_events_report_idx').on('report_events').columns(['report_id', 'at']).execute();
}
