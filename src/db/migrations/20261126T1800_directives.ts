/**
 * Network directives: a letter from the Academy to many schools, its requirements, each recipient's
 * delivery state (edXML status codes) and one obligation per requirement × school, with history.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id')) // the issuer (Academy)
    .addColumn('source_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('number_symbol', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | issued
    .addColumn('recipient_mode', 'text', (c) => c.notNull()) // provincial | sector | provincial_and_sector | custom
    .addColumn('custom_recipients_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text')
    .execute();

  await db.schema
    .createTable('directive_requirements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('directive_id', 'text', (c) => c.notNull().references('directives.id'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('no', 'integer')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('answer_type', 'text', (c) => c.notNull().defaultTo('status')) // status | standard_school_project
    .execute();
  await db.schema
    .createIndex('directive_requirements_dir_idx')
    .on('directive_requirements')
    .column('directive_id')
    .execute();

  await db.schema
    .createTable('directive_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('directive_id', 'text', (c) => c.notNull().references('directives.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id')) // the recipient school
    .addColumn('document_id', 'text', (c) => c.references('documents.id')) // its incoming copy
    .addColumn('status_code', 'text', (c) => c.notNull()) // edXML: 01 arrived, 03 registered, 04 assigned, 05 in progress, 06 done
    .addColumn('arrived_at', 'text')
    .addColumn('registered_at', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('in_progress_at', 'text')
    .addColumn('done_at', 'text')
    .addUniqueConstraint('directive_recipients_unique', ['directive_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('directive_recipients_org_idx')
    .on('directive_recipients')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('directive_recipients_doc_idx')
    .on('directive_recipients')
    .column('document_id')
    .execute();

  await db.schema
    .createTable('obligations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('directive_id', 'text', (c) => c.notNull().references('directives.id'))
    .addColumn('requirement_id', 'text', (c) => c.notNull().references('directive_requirements.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // not_started | in_progress | done | not_applicable (+ typed answer)
    .addColumn('deadline', 'text')
    .addColumn('note', 'text')
    .addColumn('answer_json', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('obligations_unique', ['requirement_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('obligations_dir_idx')
    .on('obligations')
    .columns(['directive_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('obligations_org_idx').on('obligations').column('organisation_id').execute();

  await db.schema
    .createTable('obligation_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('directive_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'text') // the typed answer's stage, when the requirement has one
    .addColumn('answer_json', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('obligation_events_dir_idx')
    .on('obligation_events')
    .columns(['directive_id', 'at'])
    .execute();

  await db.schema
    .createTable('obligation_evidence')
    .addColumn('obligation_id', 'text', (c) => c.notNull().references('obligations.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('document_files.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('obligation_evidence_pk', ['obligation_id', 'file_id'])
    .execute();
}
