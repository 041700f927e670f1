/**
 * Queries of long-PDF reading and scanner batches (issue 17): the registering organisation's names (hints
 * for the stamp's receiver), the text of each page read in the background with the run's progress, and
 * the batches waiting for the clerk. Scope checks happen in the services (these take ids already allowed).
 */
import type { Insertable } from 'kysely';
import type { DB, DocumentPageRunTable, IntakeBatchTable } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import type { Db } from './documents.repository.ts';

/** The organisation, and the other organisations of its province (schools, bodies of the network). */
export async function findOrganisationNames(db: Db, organisationId: string) {
  const org = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'short_name', 'province_code', 'province_name'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!org) return null;
  const neighbours = org.province_code
    ? await db
        .selectFrom('organisations')
        .select('name')
        .where('province_code', '=', org.province_code)
        .where('id', '!=', organisationId)
        .limit(50)
        .execute()
    : [];
  return { ...org, neighbours: neighbours.map((n) => n.name) };
}

// ------------------------------------------------------------------ pages of a long PDF

export type PageRunRow = DocumentPageRunTable;

export function findPageRun(db: Db, documentId: string) {
  return db.selectFrom('document_page_runs').selectAll().where('document_id', '=', documentId).executeTakeFirst();
}

/** Start (or restart) the background reading of a document's remaining pages. */
export async function upsertPageRun(trx: Db, row: Insertable<DB['document_page_runs']>): Promise<void> {
  await trx.deleteFrom('document_page_runs').where('document_id', '=', row.document_id).execute();
  await trx.insertInto('document_page_runs').values(row).execute();
}

export async function updatePageRun(trx: Db, documentId: string, patch: Partial<PageRunRow>): Promise<void> {
  await trx
    .updateTable('document_page_runs')
    .set({ ...patch, updated_at: new Date().toISOString() })
    .where('document_id', '=', documentId)
    .execute();
}

/** Page numbers already stored for a document. */
export async function storedPageNumbers(db: Db, documentId: string): Promise<number[]> {
  const rows = await db.selectFrom('document_pages').select('page').where('document_id', '=', documentId).execute();
  return rows.map((r) => r.page);
}

/** Store one page's text (a re-run replaces it). */
export async function savePage(
  trx: Db,
  row: { document_id: string; organisation_id: string; page: number; text: string; method: string },
): Promise<void> {
  await trx
    .deleteFrom('document_pages')
    .where('document_id', '=', row.document_id)
    .where('page', '=', row.page)
    .execute();
  await trx
    .insertInto('document_pages')
    .values({ ...row, created_at: new Date().toISOString() })
    .execute();
}

export function listPages(db: Db, documentId: string) {
  return db
    .selectFrom('document_pages')
    .select(['page', 'text', 'method'])
    .where('document_id', '=', documentId)
    .orderBy('page')
    .execute();
}

// ------------------------------------------------------------------ scanner batches

export type BatchRow = IntakeBatchTable;

export async function insertBatch(trx: Db, row: BatchRow): Promise<void> {
  await trx.insertInto('intake_batches').values(row).execute();
}

export function findBatch(db: Db, id: string) {
  return db.selectFrom('intake_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateBatch(trx: Db, id: string, patch: Partial<BatchRow>): Promise<void> {
  await trx
    .updateTable('intake_batches')
    .set({ ...patch, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Set a batch's status only if it is still `from` (two confirmations cannot both win). */
export async function claimBatchStatus(trx: Db, id: string, from: string, to: string): Promise<boolean> {
  const res = await trx
    .updateTable('intake_batches')
    .set({ status: to, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Batches the actor may read (optionally one organisation), newest first. */
export function listBatches(db: Db, actor: Actor, narrowTo: string | undefined, limit: number, offset: number) {
  const q = db
    .selectFrom('intake_batches')
    .select([
      'id',
      'organisation_id',
      'status',
      'file_name',
      'page_count',
      'pages_done',
      'document_ids_json',
      'error',
      'created_at',
    ]);
  return scoped(q, actor, 'intake_batches.organisation_id', narrowTo)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** A batch the actor may read, or undefined. */
export function findVisibleBatch(db: Db, actor: Actor, id: string) {
  return scoped(db.selectFrom('intake_batches').selectAll(), actor, 'intake_batches.organisation_id')
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function countBatches(db: Db, actor: Actor, narrowTo: string | undefined): Promise<number> {
  const row = await scoped(
    db.selectFrom('intake_batches').select((eb) => eb.fn.countAll<number>().as('n')),
    actor,
    'intake_batches.organisation_id',
    narrowTo,
  ).executeTakeFirst();
  return Number(row?.n ?? 0);
}
