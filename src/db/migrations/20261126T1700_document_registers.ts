/**
 * Registers and intake, second step: normalised keys for duplicate detection and link resolution,
 * the clerk's editable references, the intake job of a draft, per-organisation numbering settings
 * (symbol abbreviation, drafting unit, Party term anchor, edXML organisation id), and the indexes the
 * register list and search need at 200k documents.
 */
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  // SQLite takes one column per ALTER TABLE.
  await db.schema.alterTable('documents').addColumn('number_symbol_key', 'text').execute(); // no spaces, upper-case
  await db.schema.alterTable('documents').addColumn('issuer_key', 'text').execute(); // foldVietnamese(issuer_name)
  await db.schema.alterTable('documents').addColumn('references_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('documents').addColumn('drafting_unit', 'text').execute(); // outgoing công văn: "VP", "ĐT"…
  await db.schema.alterTable('documents').addColumn('intake_job_id', 'text').execute();
  await db.schema.alterTable('document_links').addColumn('to_symbol_key', 'text').execute();
  await db.schema.alterTable('document_links').addColumn('created_by', 'text').execute();

  await db.schema.createIndex('documents_symbol_key_idx').on('documents').columns(['organisation_id', 'number_symbol_key']).execute();
  await db.schema.createIndex('documents_register_received_idx').on('documents').columns(['register_id', 'received_date']).execute();
  await db.schema.createIndex('documents_created_idx').on('documents').columns(['created_at']).execute();
  await db.schema.createIndex('document_links_symbol_key_idx').on('document_links').columns(['organisation_id', 'to_symbol_key']).execute();

  await db.schema
    .createTable('document_settings')
    .addColumn('organisation_id', 'text', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('symbol_abbr', 'text') // "HVCTQG", "TCT"; null = derived from the organisation
    .addColumn('default_unit', 'text') // drafting unit for state công văn numbers (<n>/<ORG>-<UNIT>)
    .addColumn('party_term_anchor', 'text') // YYYY-MM-DD a committee term started; terms last 5 years
    .addColumn('edxml_organ_id', 'text') // mã định danh (QCVN 102:2016)
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`select 1`.execute(db);
}
