/** Queries of prizes and of the network view (counts per school, category and round). */
import type { Kysely, Transaction } from 'kysely';
import type { ContestAwardTable, DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Entries in the final round that have not been screened out or withdrawn: the candidates for prizes. */
export function finalRoundEntries(db: Db, editionId: string) {
  return db
    .selectFrom('contest_entries')
    .select(['id', 'category_code', 'organisation_id'])
    .where('edition_id', '=', editionId)
    .where('round', '=', 'final')
    .where('status', 'in', ['registered', 'awarded'])
    .execute();
}

export async function replaceAwards(db: Db, editionId: string, rows: ContestAwardTable[]): Promise<void> {
  await db
    .updateTable('contest_entries')
    .set({ status: 'registered' })
    .where('edition_id', '=', editionId)
    .where('status', '=', 'awarded')
    .execute();
  await db.deleteFrom('contest_awards').where('edition_id', '=', editionId).execute();
  if (rows.length === 0) return;
  await db.insertInto('contest_awards').values(rows).execute();
  await db
    .updateTable('contest_entries')
    .set({ status: 'awarded' })
    .where(
      'id',
      'in',
      rows.map((r) => r.entry_id),
    )
    .execute();
}

/** Awards with the entry, its school and authors' names (the results and certificate list: Academy only). */
export function awardRows(db: Db, editionId: string) {
  return db
    .selectFrom('contest_awards')
    .innerJoin('contest_entries', 'contest_entries.id', 'contest_awards.entry_id')
    .innerJoin('organisations', 'organisations.id', 'contest_awards.organisation_id')
    .select([
      'contest_awards.id',
      'contest_awards.entry_id',
      'contest_awards.prize_category',
      'contest_awards.level',
      'contest_awards.organisation_id',
      'contest_entries.title',
      'contest_entries.blind_code',
      'contest_entries.category_code',
      'organisations.name as organisation_name',
    ])
    .where('contest_awards.edition_id', '=', editionId)
    .orderBy('contest_awards.prize_category')
    .orderBy('contest_awards.level')
    .orderBy('contest_entries.blind_code')
    .execute();
}

/** Entries counted per school, category, round and status (the network view), within the actor's scope. */
export function entryCounts(db: Db, actor: Actor | null, editionId: string, organisationIds?: string[]) {
  let q = db
    .selectFrom('contest_entries')
    .select(['organisation_id', 'category_code', 'round', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('edition_id', '=', editionId)
    .groupBy(['organisation_id', 'category_code', 'round', 'status']);
  if (actor) q = scoped(q, actor, 'contest_entries.organisation_id');
  if (organisationIds)
    q = organisationIds.length
      ? q.where('organisation_id', 'in', organisationIds)
      : q.where('organisation_id', '=', '');
  return q.execute();
}

export function awardCounts(db: Db, actor: Actor | null, editionId: string, organisationIds?: string[]) {
  let q = db
    .selectFrom('contest_awards')
    .select(['organisation_id', 'level', (eb) => eb.fn.countAll<number>().as('n')])
    .where('edition_id', '=', editionId)
    .groupBy(['organisation_id', 'level']);
  if (actor) q = scoped(q, actor, 'contest_awards.organisation_id');
  if (organisationIds)
    q = organisationIds.length
      ? q.where('organisation_id', 'in', organisationIds)
      : q.where('organisation_id', '=', '');
  return q.execute();
}

export function organisationNames(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', 'in', ids).execute();
}

/** Every entry sent in the edition (not withdrawn), with its school: the collective prizes count them. */
export function sentEntries(db: Db, editionId: string) {
  return db
    .selectFrom('contest_entries')
    .select(['id', 'organisation_id'])
    .where('edition_id', '=', editionId)
    .where('status', '!=', 'withdrawn')
    .execute();
}
