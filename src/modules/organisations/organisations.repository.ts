/**
 * The network: organisations, their validity periods and succession links, and units inside them.
 * The directory itself is reference data readable by every signed-in user; what a school owns
 * (people, documents, …) lives in other modules and is scoped there.
 */
import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { DB, OrgUnitTable, OrganisationTable } from '../../db/types.ts';
import { foldVietnamese, vietnameseCollator } from '../../lib/vn.ts';

export type OrganisationRow = OrganisationTable;

export type OrganisationQuery = {
  at?: string | undefined;
  kind?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
};

/** Organisations in operation on `date` (open-ended validity on either side counts as valid). */
export function validOn<O>(
  qb: SelectQueryBuilder<DB, 'organisations', O>,
  date: string,
): SelectQueryBuilder<DB, 'organisations', O> {
  return qb
    .where((eb) => eb.or([eb('organisations.valid_from', 'is', null), eb('organisations.valid_from', '<=', date)]))
    .where((eb) => eb.or([eb('organisations.valid_to', 'is', null), eb('organisations.valid_to', '>=', date)]));
}

export async function findOrganisations(
  db: Kysely<DB>,
  query: OrganisationQuery,
): Promise<{ rows: OrganisationRow[]; total: number }> {
  let q = db.selectFrom('organisations');
  if (query.at) q = validOn(q, query.at);
  if (query.kind) q = q.where('kind', '=', query.kind);
  const all = await q.selectAll().execute();
  // Filtering by name is done in memory: the directory has ~100 rows and the match must ignore diacritics.
  const needle = query.q ? foldVietnamese(query.q) : null;
  const matched = needle
    ? all.filter((o) => foldVietnamese(`${o.name} ${o.province_name ?? ''} ${o.code}`).includes(needle))
    : all;
  matched.sort(
    (a, b) =>
      kindOrder(a.kind) - kindOrder(b.kind) ||
      vietnameseCollator.compare(a.province_name ?? a.name, b.province_name ?? b.name) ||
      vietnameseCollator.compare(a.name, b.name),
  );
  return { rows: matched.slice(query.offset, query.offset + query.limit), total: matched.length };
}

const KIND_ORDER = ['academy', 'regional_academy', 'member_academy', 'provincial_school', 'sector_school'];
function kindOrder(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

/** Organisations by id (in no particular order), with what other modules show of them. */
export async function findOrganisationsByIds(db: Kysely<DB> | Transaction<DB>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'short_name', 'kind', 'province_name', 'valid_from', 'valid_to'])
    .where('id', 'in', [...ids])
    .execute();
}

export function findOrganisationById(db: Kysely<DB>, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSuccessionLinks(db: Kysely<DB>, ids: string[]) {
  if (!ids.length)
    return {
      predecessors: new Map<string, { id: string; name: string }[]>(),
      successors: new Map<string, { id: string; name: string }[]>(),
    };
  const preds = await db
    .selectFrom('organisation_successions as s')
    .innerJoin('organisations as o', 'o.id', 's.predecessor_id')
    .select(['s.successor_id as owner', 'o.id', 'o.name'])
    .where('s.successor_id', 'in', ids)
    .execute();
  const succs = await db
    .selectFrom('organisation_successions as s')
    .innerJoin('organisations as o', 'o.id', 's.successor_id')
    .select(['s.predecessor_id as owner', 'o.id', 'o.name'])
    .where('s.predecessor_id', 'in', ids)
    .execute();
  const group = (rows: { owner: string; id: string; name: string }[]) => {
    const map = new Map<string, { id: string; name: string }[]>();
    for (const r of rows) map.set(r.owner, [...(map.get(r.owner) ?? []), { id: r.id, name: r.name }]);
    return map;
  };
  return { predecessors: group(preds), successors: group(succs) };
}

export function findUnits(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('org_units')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export function findOrganisationByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirst();
}

export async function insertOrganisation(trx: Transaction<DB>, row: OrganisationRow): Promise<void> {
  await trx.insertInto('organisations').values(row).execute();
}

export async function updateOrganisationRow(
  trx: Transaction<DB>,
  id: string,
  patch: Partial<Pick<OrganisationRow, 'name' | 'note' | 'name_uncertain' | 'updated_at'>>,
): Promise<void> {
  await trx.updateTable('organisations').set(patch).where('id', '=', id).execute();
}

export async function insertUnit(trx: Transaction<DB>, row: OrgUnitTable): Promise<void> {
  await trx.insertInto('org_units').values(row).execute();
}

/** Active people of one organisation (its workspace page). */
export async function countActivePeople(db: Kysely<DB>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many organisations of a kind there are (on `date`, when given). */
export async function countOrganisations(db: Kysely<DB>, kind: string, date?: string): Promise<number> {
  const q = db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', kind);
  const row = await (date ? validOn(q, date) : q).executeTakeFirstOrThrow();
  return Number(row.n);
}
