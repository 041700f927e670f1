/**
 * Registers, their number counters and numbering settings, and register lists. The registers the actor may read come first (scope + confidentiality, see
 * documents.policy.ts); documents are then read from ONE register, so the (register_id, register_year,
 * register_number) index serves "newest first" without sorting, and (register_id, received_date)
 * serves a date range.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB, DocumentSettingsTable } from '../../db/types.ts';
import { COUNT_CAP, SUMMARY_COLUMNS, visibleDocuments, visibleRegisters } from '../documents/documents.ports.ts';
import type { Actor } from '../tenancy/actor.ts';
import { type Direction, REGISTER_NAMES } from './numbering.ts';

type Db = Kysely<DB> | Transaction<DB>;

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
  if (f.organisationId) q = q.where('documents.organisation_id', '=', f.organisationId);
  if (f.year) q = q.where('documents.register_year', '=', f.year);
  if (f.statuses?.length) q = q.where('documents.status', 'in', f.statuses);
  const dateColumn = f.direction === 'incoming' ? 'documents.received_date' : 'documents.document_date';
  if (f.from) q = q.where(dateColumn, '>=', f.from);
  if (f.to) q = q.where(dateColumn, '<=', f.to);
  return q;
}

/**
 * One page of a register, newest first (by year and number), and its total counted up to COUNT_CAP, as search
 * counts: the count reads at most COUNT_CAP + 1 index entries, so a register of 200,000 entries costs what one
 * of 1,001 does. Beyond the cap `totalCapped` is true and `total` is COUNT_CAP; pages beyond it are read as any
 * other.
 *
 * The page is found in two steps: the (year, number) of its entries from the covering index
 * `documents_register_list_idx` alone (the offset skips index entries, not rows), then those rows. In one step
 * PostgreSQL read every skipped row — or, misjudging how many rows a school's register holds, all of them and
 * sorted: page 20 of a school's register took 0.2–0.45 s at a million documents.
 */
export async function listRegisterPage(
  db: Kysely<DB>,
  actor: Actor,
  registerId: string,
  f: RegisterFilter,
  page: { limit: number; offset: number },
) {
  const base = registerDocuments(db, actor, registerId, f);
  const [keys, count] = await Promise.all([
    base
      .select(['documents.register_year', 'documents.register_number'])
      .orderBy('documents.register_year', 'desc')
      .orderBy('documents.register_number', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom(
        base
          .select(sql<number>`1`.as('one'))
          .limit(COUNT_CAP + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(count.n);
  // Entries without a number (none are made so; an import might) are read the plain way.
  const rows = keys.every((k) => k.register_year !== null && k.register_number !== null)
    ? await rowsForKeys(base, keys as { register_year: number; register_number: number }[], page.limit)
    : await base
        .select([...SUMMARY_COLUMNS, 'documents.register_id'])
        .orderBy('documents.register_year', 'desc')
        .orderBy('documents.register_number', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
  return { rows, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

/**
 * The rows of a page found by key, in the page's order. A (year, number) is one entry (the register's counter
 * gives each number once); should an imported register repeat one, the page still holds `limit` rows at most.
 */
async function rowsForKeys(
  base: ReturnType<typeof registerDocuments>,
  keys: { register_year: number; register_number: number }[],
  limit: number,
) {
  if (keys.length === 0) return [];
  const rows = await base
    .select([...SUMMARY_COLUMNS, 'documents.register_id'])
    .where((eb) =>
      eb.or(
        keys.map((k) =>
          eb.and([
            eb('documents.register_year', '=', k.register_year),
            eb('documents.register_number', '=', k.register_number),
          ]),
        ),
      ),
    )
    .orderBy('documents.register_year', 'desc')
    .orderBy('documents.register_number', 'desc')
    .execute();
  return rows.slice(0, limit);
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

// ------------------------------------------------------------------ registers and number counters

/** The organisation's register for a direction (created on first use). */
export async function ensureRegister(trx: Db, organisationId: string, direction: Direction, confidential: boolean) {
  const flag = confidential ? 1 : 0;
  await trx
    .insertInto('registers')
    .values({
      id: randomUUID(),
      organisation_id: organisationId,
      direction,
      confidential: flag,
      name: REGISTER_NAMES[direction][flag],
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'direction', 'confidential']).doNothing())
    .execute();
  return trx
    .selectFrom('registers')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('direction', '=', direction)
    .where('confidential', '=', flag)
    .executeTakeFirstOrThrow();
}

/** Take the next number of a series. Must run inside the transaction that uses the number. */
export async function nextNumber(trx: Db, registerId: string, series: string): Promise<number> {
  await trx
    .insertInto('number_counters')
    .values({ register_id: registerId, series, last_value: 0 })
    .onConflict((oc) => oc.columns(['register_id', 'series']).doNothing())
    .execute();
  const row = await trx
    .updateTable('number_counters')
    .set((eb) => ({ last_value: eb('last_value', '+', 1) }))
    .where('register_id', '=', registerId)
    .where('series', '=', series)
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

// ------------------------------------------------------------------ numbering settings

export function findSettings(db: Db, organisationId: string) {
  return db
    .selectFrom('document_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertSettings(trx: Db, row: DocumentSettingsTable): Promise<void> {
  await trx
    .insertInto('document_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        symbol_abbr: row.symbol_abbr,
        default_unit: row.default_unit,
        party_term_anchor: row.party_term_anchor,
        party_congress_date: row.party_congress_date,
        edxml_organ_id: row.edxml_organ_id,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
