/**
 * Domain corrections (issue 11):
 * - each directive requirement has its own audience (all recipients, provincial schools, sector schools
 *   or a list); obligations exist only for recipients in it;
 * - an obligation's answer may be illustrative (demo data the sources do not support), shown as such;
 * - numbering settings keep the Party congress date that opened the committee term;
 * - compliance settings keep the uncertain dates (350-QĐ/TW's effective date, C-01's start).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('directive_requirements')
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('all'))
    .execute();
  await db.schema.alterTable('directive_requirements').addColumn('audience_ids_json', 'text').execute();
  await db.schema
    .alterTable('obligations')
    .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('document_settings').addColumn('party_congress_date', 'text').execute();
  await db.schema.alterTable('compliance_settings').addColumn('uncertain_dates_json', 'text').execute();
}
