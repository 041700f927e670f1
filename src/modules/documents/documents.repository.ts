/**
 * Documents, their requirements and files. Reads go through `visibleDocuments()` (scope +
 * confidentiality); writes take the transaction explicitly. Every write that changes a searchable
 * field ends with `refreshDerived()` so search_text, the number-symbol key and the issuer key never lag.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, DocumentTable } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { visibleDocuments } from './documents.policy.ts';
import { buildSearchText, issuerKey, symbolKey } from './search-text.ts';

export type Db = Kysely<DB> | Transaction<DB>;
export type DocumentRow = Omit<DocumentTable, 'references_json'> & { references_json: string };
export type DocumentWithRegister = DocumentRow & {
  register_name: string | null;
  register_confidential: number | null;
  organisation_name: string;
};

export type NewDocument = Partial<Omit<DocumentRow, 'id' | 'created_at' | 'updated_at'>> &
  Pick<DocumentRow, 'organisation_id' | 'direction' | 'status' | 'source_kind'>;

/** A complete row with every optional column null, ready to insert. */
export function newDocumentRow(input: NewDocument, now = new Date().toISOString()): DocumentRow {
  const base: DocumentRow = {
    id: randomUUID(),
    organisation_id: input.organisation_id,
    direction: input.direction,
    status: input.status,
    source_kind: input.source_kind,
    family: null,
    issuer_name: null,
    issuer_parent: null,
    number_symbol: null,
    number: null,
    type_code: null,
    type_name: null,
    place: null,
    document_date: null,
    subject: null,
    recipients_json: '[]',
    signer_name: null,
    signer_title: null,
    signer_authority: null,
    urgency: null,
    confidentiality: null,
    register_id: null,
    register_number: null,
    register_year: null,
    received_date: null,
    forwarded_to: null,
    file_reference: null,
    due_date: null,
    answers_document_id: null,
    extraction_json: null,
    ocr_text: null,
    direction_note: null,
    directed_by: null,
    directed_at: null,
    created_by: null,
    created_at: now,
    updated_at: now,
    completed_at: null,
    search_text: '',
    number_symbol_key: null,
    issuer_key: null,
    references_json: '[]',
    drafting_unit: null,
    intake_job_id: null,
  };
  const row = { ...base, ...input, created_at: now, updated_at: now } as DocumentRow;
  return { ...row, number_symbol_key: symbolKey(row.number_symbol), issuer_key: issuerKey(row.issuer_name) };
}

export async function insertDocument(trx: Db, row: DocumentRow): Promise<void> {
  await trx
    .insertInto('documents')
    .values({ ...row, search_text: buildSearchText(row) } as Insertable<DB['documents']>)
    .execute();
}

function withRegister(db: Db) {
  return db
    .selectFrom('documents')
    .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
    .leftJoin('registers', 'registers.id', 'documents.register_id')
    .selectAll('documents')
    .select([
      'registers.name as register_name',
      'registers.confidential as register_confidential',
      'organisations.name as organisation_name',
    ]);
}

/** One document the actor may read, or undefined (missing, out of scope and hidden are the same). */
export async function findVisibleDocument(db: Db, actor: Actor, id: string): Promise<DocumentWithRegister | undefined> {
  const row = await visibleDocuments(withRegister(db), actor).where('documents.id', '=', id).executeTakeFirst();
  return row as DocumentWithRegister | undefined;
}

/** For jobs and system deliveries, which act for the owning organisation rather than a user. */
export async function findDocumentById(db: Db, id: string): Promise<DocumentWithRegister | undefined> {
  return (await withRegister(db).where('documents.id', '=', id).executeTakeFirst()) as DocumentWithRegister | undefined;
}

/** A new document with its requirements (none: none stored), search fields derived. */
export async function insertDocumentWithRequirements(
  trx: Db,
  row: DocumentRow,
  requirements: readonly RequirementInput[] | undefined,
): Promise<void> {
  await insertDocument(trx, row);
  if (requirements?.length) await replaceRequirements(trx, row, [...requirements]);
  await refreshDerived(trx, row.id);
}

/** The stored row of a document (no scope: for code that already holds the right to it). */
export async function findDocumentRow(db: Db, id: string): Promise<DocumentRow | undefined> {
  return (await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()) as
    | DocumentRow
    | undefined;
}

/** Number-symbol and date of a document (the one an outgoing letter answers). */
export function findSymbolAndDate(db: Db, id: string) {
  return db.selectFrom('documents').select(['number_symbol', 'document_date']).where('id', '=', id).executeTakeFirst();
}

/** Registered incoming documents of the organisation with this number-symbol key and date (duplicate check). */
export function findRegisteredIncoming(
  trx: Db,
  doc: { id: string; organisation_id: string; document_date: string },
  symbolKey: string,
) {
  return trx
    .selectFrom('documents')
    .select(['id', 'issuer_name', 'register_number', 'register_year', 'received_date'])
    .where('organisation_id', '=', doc.organisation_id)
    .where('direction', '=', 'incoming')
    .where('number_symbol_key', '=', symbolKey)
    .where('document_date', '=', doc.document_date)
    .where('register_number', 'is not', null)
    .where('id', '!=', doc.id)
    .orderBy('register_year')
    .orderBy('register_number')
    .execute();
}

/**
 * Update a document only while its status is one of `from` (the check and the write are one statement,
 * so two concurrent registrations cannot both succeed). Returns whether the row was updated.
 */
export async function updateDocumentIfStatus(
  trx: Db,
  id: string,
  from: readonly string[],
  patch: Partial<DocumentRow>,
): Promise<boolean> {
  const updated = await trx
    .updateTable('documents')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Set a document's status; `at` is its updated_at. */
export async function setStatusColumn(
  trx: Db,
  id: string,
  status: string,
  at: string,
  extra: { completed_at?: string | null } = {},
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ status, updated_at: at, ...extra })
    .where('id', '=', id)
    .execute();
}

/** Update columns and bump updated_at; the caller decides what may change. */
export async function updateDocument(trx: Db, id: string, patch: Partial<DocumentRow>): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ ...patch, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Recompute search_text, number_symbol_key and issuer_key from the stored row and its requirements. */
export async function refreshDerived(trx: Db, id: string): Promise<void> {
  const row = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return;
  const requirements = await trx
    .selectFrom('requirements')
    .select('text')
    .where('document_id', '=', id)
    .orderBy('ordinal')
    .execute();
  const search_text = buildSearchText(
    row,
    requirements.map((r) => r.text),
  );
  const number_symbol_key = symbolKey(row.number_symbol);
  const issuer_key = issuerKey(row.issuer_name);
  if (search_text === row.search_text && number_symbol_key === row.number_symbol_key && issuer_key === row.issuer_key)
    return;
  await trx.updateTable('documents').set({ search_text, number_symbol_key, issuer_key }).where('id', '=', id).execute();
}

// ------------------------------------------------------------------ requirements

export type RequirementInput = { no: number | null; text: string; deadline: string | null };

export function listRequirements(db: Db, documentId: string) {
  return db.selectFrom('requirements').selectAll().where('document_id', '=', documentId).orderBy('ordinal').execute();
}

/** Replace a document's requirements (the clerk edits them as a list while the document is a draft). */
export async function replaceRequirements(
  trx: Db,
  doc: { id: string; organisation_id: string },
  items: RequirementInput[],
): Promise<void> {
  await trx.deleteFrom('requirements').where('document_id', '=', doc.id).execute();
  const now = new Date().toISOString();
  const rows = items
    .filter((item) => item.text.trim() !== '' || item.no !== null)
    .map((item, index) => ({
      id: randomUUID(),
      document_id: doc.id,
      organisation_id: doc.organisation_id,
      ordinal: index + 1,
      no: item.no,
      text: item.text.normalize('NFC').trim(),
      deadline: item.deadline,
      created_at: now,
    }));
  if (rows.length) await trx.insertInto('requirements').values(rows).execute();
}

// ------------------------------------------------------------------ files

export type FileRow = DB['document_files'] extends infer T ? { [K in keyof T]: T[K] } : never;

export async function insertFile(trx: Db, row: Omit<FileRow, 'id' | 'created_at'> & { id?: string }): Promise<string> {
  const id = row.id ?? randomUUID();
  await trx
    .insertInto('document_files')
    .values({ ...row, id, created_at: new Date().toISOString() })
    .execute();
  return id;
}

export function listFiles(db: Db, documentId: string) {
  return db
    .selectFrom('document_files')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('created_at')
    .orderBy('file_name')
    .execute();
}

/** The original upload of a document. */
export function findOriginalFile(db: Db, documentId: string) {
  return db
    .selectFrom('document_files')
    .select('id')
    .where('document_id', '=', documentId)
    .where('kind', '=', 'original')
    .executeTakeFirstOrThrow();
}

/** Page images are re-rendered by each intake run (idempotent re-runs). */
export async function deletePageImages(trx: Db, documentId: string): Promise<void> {
  await trx
    .deleteFrom('document_files')
    .where('document_id', '=', documentId)
    .where('kind', '=', 'page_image')
    .execute();
}

export function findFile(db: Db, documentId: string, fileId: string) {
  return db
    .selectFrom('document_files')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}

// ------------------------------------------------------------------ intake jobs

/** The state of a document's intake job (the jobs table belongs to src/jobs; this reads one row). */
export function findIntakeJob(db: Db, jobId: string) {
  return db
    .selectFrom('jobs')
    .select(['id', 'status', 'last_error', 'attempts'])
    .where('id', '=', jobId)
    .executeTakeFirst();
}
