/**
 * Documents (incoming and outgoing), their registers and numbering counters, files, extracted
 * requirements, links between documents, and the full-text index.
 */
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('registers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('direction', 'text', (c) => c.notNull()) // incoming | outgoing
    .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('registers_unique', ['organisation_id', 'direction', 'confidential'])
    .execute();

  // One row per numbering series: incoming per register and year; outgoing per type and year (state)
  // or per type and committee term (Party). Numbers are taken with one atomic UPDATE … RETURNING.
  await db.schema
    .createTable('number_counters')
    .addColumn('register_id', 'text', (c) => c.notNull().references('registers.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('number_counters_pk', ['register_id', 'series'])
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('direction', 'text', (c) => c.notNull()) // incoming | outgoing
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull()) // upload | manual | edxml | network
    .addColumn('family', 'text') // party | state
    .addColumn('issuer_name', 'text')
    .addColumn('issuer_parent', 'text')
    .addColumn('number_symbol', 'text')
    .addColumn('number', 'text')
    .addColumn('type_code', 'text')
    .addColumn('type_name', 'text')
    .addColumn('place', 'text')
    .addColumn('document_date', 'text')
    .addColumn('subject', 'text')
    .addColumn('recipients_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('signer_name', 'text')
    .addColumn('signer_title', 'text')
    .addColumn('signer_authority', 'text')
    .addColumn('urgency', 'text')
    .addColumn('confidentiality', 'text')
    .addColumn('register_id', 'text', (c) => c.references('registers.id'))
    .addColumn('register_number', 'integer') // số đến (incoming) or the issued number (outgoing)
    .addColumn('register_year', 'integer')
    .addColumn('received_date', 'text')
    .addColumn('forwarded_to', 'text') // "Chuyển:" on the ĐẾN stamp
    .addColumn('file_reference', 'text') // "Số và ký hiệu HS:"
    .addColumn('due_date', 'text')
    .addColumn('answers_document_id', 'text') // outgoing: the incoming document it answers
    .addColumn('extraction_json', 'text')
    .addColumn('ocr_text', 'text')
    .addColumn('direction_note', 'text') // the leader's bút phê
    .addColumn('directed_by', 'text')
    .addColumn('directed_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema
    .createIndex('documents_org_idx')
    .on('documents')
    .columns(['organisation_id', 'direction', 'status'])
    .execute();
  await db.schema
    .createIndex('documents_register_idx')
    .on('documents')
    .columns(['register_id', 'register_year', 'register_number'])
    .execute();
  await db.schema
    .createIndex('documents_symbol_idx')
    .on('documents')
    .columns(['organisation_id', 'number_symbol'])
    .execute();
  await db.schema
    .createIndex('documents_received_idx')
    .on('documents')
    .columns(['organisation_id', 'received_date'])
    .execute();

  await db.schema
    .createTable('document_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // original | attachment | evidence | page_image
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_files_doc_idx').on('document_files').column('document_id').execute();

  await db.schema
    .createTable('requirements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('no', 'integer') // null for an unnumbered request (✓ …)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requirements_doc_idx').on('requirements').column('document_id').execute();

  await db.schema
    .createTable('document_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('from_document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('to_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('to_number_symbol', 'text')
    .addColumn('to_date', 'text')
    .addColumn('kind', 'text', (c) => c.notNull()) // cites | answers | replaces | revokes
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_links_from_idx').on('document_links').column('from_document_id').execute();
  await db.schema.createIndex('document_links_to_idx').on('document_links').column('to_document_id').execute();
  await db.schema
    .createIndex('document_links_symbol_idx')
    .on('document_links')
    .columns(['organisation_id', 'to_number_symbol'])
    .execute();

  // Full-text search over folded (diacritics-free, lower-case) text, maintained by the application.
  if (dialect === 'postgres') {
    await sql`ALTER TABLE documents ADD COLUMN search_text text NOT NULL DEFAULT ''`.execute(db);
    await sql`ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX documents_search_idx ON documents USING GIN (search_vector)`.execute(db);
  } else {
    await sql`ALTER TABLE documents ADD COLUMN search_text text NOT NULL DEFAULT ''`.execute(db);
    await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(search_text, content='documents', content_rowid='rowid', tokenize='unicode61')`.execute(
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
  }
}
