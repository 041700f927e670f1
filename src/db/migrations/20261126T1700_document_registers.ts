/**
 * Registers and intake, second step: normalised keys for duplicate detection and link resolution,
 * the clerk's editable references, the intake job of a draft, per-organisation numbering settings
 * (symbol abbreviation, drafting unit, Party term anchor, edXML organisation id), and the indexes the
 * register list and search need at 200k documents.
 */
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  // SQLite takes one column per ALTER TABLE.
  await db.schema.alterTable('documents').addColumn('number_symbol_key', 'text').execute(); // no spaces, upper-case
  await db.schema.alterTable('documents').addColumn('issuer_key', 'text').execute(); // foldVietnamese(issuer_name)
  await db.schema
    .alterTable('documents')
    .addColumn('references_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('documents').addColumn('drafting_unit', 'text').execute(); // outgoing công văn: "VP", "ĐT"…
  await db.schema.alterTable('documents').addColumn('intake_job_id', 'text').execute();
  await db.schema.alterTable('document_links').addColumn('to_symbol_key', 'text').execute();
  await db.schema.alterTable('document_links').addColumn('created_by', 'text').execute();

  await db.schema
    .createIndex('documents_symbol_key_idx')
    .on('documents')
    .columns(['organisation_id', 'number_symbol_key'])
    .execute();
  // A register page (newest first) and its count come from this index alone, whatever the filters.
  await db.schema
    .createIndex('documents_register_list_idx')
    .on('documents')
    .columns([
      'register_id',
      'organisation_id',
      'register_year',
      'register_number',
      'confidentiality',
      'status',
      'received_date',
      'document_date',
    ])
    .execute();
  await db.schema.createIndex('documents_created_idx').on('documents').columns(['created_at']).execute();
  await db.schema
    .createIndex('document_links_symbol_key_idx')
    .on('document_links')
    .columns(['organisation_id', 'to_symbol_key'])
    .execute();

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

  // Full-text index, tuned: search_text gains a scope word per organisation (see search-text.ts
  // scopeToken), and on SQLite the FTS5 table keeps no positions (queries are AND of words, never
  // phrases) and has prefix indexes for 2- and 3-letter prefixes, so "truong chinh tri" on 200k
  // documents answers in milliseconds. The application maintains search_text; the triggers follow it.
  await sql`update documents set search_text = trim(search_text || ' org' || lower(replace(organisation_id, '-', '')))`.execute(
    db,
  );
  if (dialect === 'sqlite') {
    for (const trigger of ['documents_fts_ai', 'documents_fts_ad', 'documents_fts_au'])
      await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
    await sql`drop table if exists documents_fts`.execute(db);
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(search_text, content='documents', content_rowid='rowid', tokenize='unicode61', detail='none', prefix='2 3')`.execute(
      db,
    );
    await sql`CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER documents_fts_au AFTER UPDATE OF search_text ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO documents_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`.execute(
      db,
    );
    await sql`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`.execute(db);
  }
}
