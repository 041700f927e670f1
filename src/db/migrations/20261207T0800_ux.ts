/**
 * Issue 16 (a clerk's and a director's day): per-school direction settings — the leader documents are
 * usually presented to (preselected in "Vào sổ và trình") and the stock bút phê phrases.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('direction_settings')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('usual_leader_id', 'text', (c) => c.references('users.id'))
    .addColumn('phrases_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
