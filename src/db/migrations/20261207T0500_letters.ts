/**
 * Outgoing letters (issue 15): the draft and its versions, the approval steps, signing certificates
 * (PKCS#12, passphrase never stored), configured trust anchors, and the network delivery of an issued letter
 * with the recipients' edXML status codes.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('letters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull()) // draft | in_review | returned | approved | signed | issued
    .addColumn('current_step', 'text') // head_of_unit | signer while in review
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text')
    .addColumn('letter_json', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('approved_version', 'integer')
    .addColumn('answers_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('drafter_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reviewer_id', 'text', (c) => c.references('users.id'))
    .addColumn('signer_id', 'text', (c) => c.references('users.id'))
    .addColumn('network_recipients_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('render_json', 'text') // slots of the signed draft (number, date, seal) and the render date
    .addColumn('signed_pdf_path', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('issued_pdf_path', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('document_id', 'text', (c) => c.references('documents.id')) // the outgoing register row
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('letters_org_idx').on('letters').columns(['organisation_id', 'status']).execute();

  await db.schema
    .createTable('letter_versions')
    .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('letter_json', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_versions_pk', ['letter_id', 'version_no'])
    .execute();

  await db.schema
    .createTable('letter_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('step', 'text') // head_of_unit | signer | clerk | null (drafter)
    .addColumn('action', 'text', (c) => c.notNull()) // submit | comment | return | approve | sign | issue
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('letter_steps_letter_idx').on('letter_steps').column('letter_id').execute();

  await db.schema
    .createTable('signing_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id')) // null: the organisation's certificate
    .addColumn('kind', 'text', (c) => c.notNull()) // personal | organisation
    .addColumn('p12_base64', 'text', (c) => c.notNull()) // encrypted by its own passphrase, which is not stored
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('signing_certificates_org_idx')
    .on('signing_certificates')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('trust_anchors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('pem', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull()) // verified | unverified | demo
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('letter_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('letter_id', 'text', (c) => c.notNull().references('letters.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull()) // the sender
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('document_id', 'text', (c) => c.references('documents.id')) // the recipient's incoming copy
    .addColumn('status_code', 'text', (c) => c.notNull()) // edXML 01 arrived, 03 registered, 04, 05, 06
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('letter_deliveries_letter_idx').on('letter_deliveries').column('letter_id').execute();
  await db.schema.createIndex('letter_deliveries_doc_idx').on('letter_deliveries').column('document_id').execute();
}
