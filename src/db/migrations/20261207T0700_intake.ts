/**
 * Intake of long PDFs and scanner batches (issue 17): the text of each page read by the background job
 * (`document_pages`, for full-text search and progress) and a scanned stack of letters waiting for the
 * clerk to check where each letter starts (`intake_batches`).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_pages')
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_pages_pk', ['document_id', 'page'])
    .execute();
  await db.schema
    .createTable('document_page_runs')
    .addColumn('document_id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('total_pages', 'integer', (c) => c.notNull())
    .addColumn('pages_json', 'text', (c) => c.notNull())
    .addColumn('done_pages', 'integer', (c) => c.notNull())
    .addColumn('failed_pages', 'integer', (c) => c.notNull())
    .addColumn('head_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('intake_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('page_count', 'integer')
    .addColumn('pages_done', 'integer', (c) => c.notNull())
    .addColumn('page_texts_json', 'text')
    .addColumn('page_starts_json', 'text')
    .addColumn('starts_json', 'text')
    .addColumn('document_ids_json', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema
    .createIndex('intake_batches_org_idx')
    .on('intake_batches')
    .columns(['organisation_id', 'created_at'])
    .execute();
}
