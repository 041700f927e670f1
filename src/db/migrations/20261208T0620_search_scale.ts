/**
 * Issue 18 item 5 (search at scale), PostgreSQL only — SQLite's FTS5 index already yields matches
 * newest first and needs nothing here.
 *  - `search_vector` is stored stripped of word positions: nothing ranks or searches phrases, and without
 *    positions the vector is about 40 % smaller, so it stays inside the row (no TOAST fetch) when a
 *    search checks candidate rows one by one.
 *  - Its GIN index is built with fastupdate off: a search never has to read a pending list of recent
 *    inserts (documents arrive one by one, the per-insert index update is small).
 *  - (organisation_id, created_at, id) lets a school's search walk its own documents newest first instead
 *    of every organisation's.
 *  - created_at's index also carries document_date, so a search limited to dates walks newest first and
 *    skips other dates inside the index; document_date gets its own index for the other direction (the
 *    matches within a date range, before sorting).
 */
import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect !== 'postgres') return;
  await sql`ALTER TABLE documents DROP COLUMN search_vector`.execute(db);
  await sql`ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', search_text))) STORED`.execute(
    db,
  );
  await sql`CREATE INDEX documents_search_idx ON documents USING GIN (search_vector) WITH (fastupdate = off)`.execute(
    db,
  );
  await sql`CREATE INDEX documents_org_created_idx ON documents (organisation_id, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`DROP INDEX documents_created_idx`.execute(db);
  await sql`CREATE INDEX documents_created_idx ON documents (created_at, document_date)`.execute(db);
  await sql`CREATE INDEX documents_date_idx ON documents (document_date)`.execute(db);
}
