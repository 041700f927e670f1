/**
 * Register lists. The registers the actor may read come first (scope + confidentiality, see
 * documents.policy.ts); documents are then read from ONE register, so the (register_id, register_year,
 * register_number) index serves "newest first" without sorting, and (register_id, received_date)
 * serves a date range.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { visibleDocuments, visibleRegisters } from '../documents/documents.policy.ts';
import { SUMMARY_COLUMNS } from '../documents/search.repository.ts';

export type RegisterFilter = {
  direction: 'incoming' | 'outgoing';
  organisationId?: string | undefined;
  confidential?: boolean | undefined;
  year?: number | undefined;
  statuses?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export function findVisibleRegisters(
  db: Kysely<DB>,
  actor: Actor,
  f: Pick<RegisterFilter, 'direction' | 'organisationId' | 'confidential'>,
) {
  let q = visibleRegisters(db.selectFrom('registers').selectAll(), actor, f.organisationId).where(
    'registers.direction',
    '=',
    f.direction,
  );
  if (f.confidential !== undefined) q = q.where('registers.confidential', '=', f.confidential ? 1 : 0);
  return q.orderBy('registers.confidential').execute();
}

function registerDocuments(db: Kysely<DB>, actor: Actor, registerId: string, f: RegisterFilter) {
  let q = visibleDocuments(db.selectFrom('documents'), actor).where('documents.register_id', '=', registerId);
  if (f.year) q = q.where('documents.register_year', '=', f.year);
  if (f.statuses?.length) q = q.where('documents.status', 'in', f.statuses);
  const dateColumn = f.direction === 'incoming' ? 'documents.received_date' : 'documents.document_date';
  if (f.from) q = q.where(dateColumn, '>=', f.from);
  if (f.to) q = q.where(dateColumn, '<=', f.to);
  return q;
}

/** One page of a register, newest first (by year and number), with the exact total. */
export async function listRegisterPage(
  db: Kysely<DB>,
  actor: Actor,
  registerId: string,
  f: RegisterFilter,
  page: { limit: number; offset: number },
) {
  const base = registerDocuments(db, actor, registerId, f);
  const [rows, count] = await Promise.all([
    base
      .select([...SUMMARY_COLUMNS, 'documents.register_id'])
      .orderBy('documents.register_year', 'desc')
      .orderBy('documents.register_number', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every entry of a register between two dates, in register order, for the printed book. */
export function listForPrint(db: Kysely<DB>, actor: Actor, registerId: string, f: RegisterFilter, max: number) {
  return registerDocuments(db, actor, registerId, f)
    .select([...SUMMARY_COLUMNS, 'documents.register_id', 'documents.file_reference'])
    .orderBy('documents.register_year')
    .orderBy('documents.register_number')
    .limit(max)
    .execute();
}
