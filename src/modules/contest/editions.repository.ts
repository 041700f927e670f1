/** Queries of contest editions and of judge assignments. Editions are reference data: everyone reads them. */
import type { Kysely, Transaction } from 'kysely';
import type { ContestEditionTable, ContestJudgeTable, DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function listEditionRows(db: Db) {
  return db.selectFrom('contest_editions').selectAll().orderBy('year', 'desc').execute();
}

export function findEditionRow(db: Db, id: string) {
  return db.selectFrom('contest_editions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEditionOfYear(db: Db, year: number) {
  return db.selectFrom('contest_editions').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function insertEditionRow(db: Db, row: ContestEditionTable): Promise<void> {
  await db.insertInto('contest_editions').values(row).execute();
}

export async function updateEditionRow(
  db: Db,
  id: string,
  patch: Pick<ContestEditionTable, 'data_json' | 'title' | 'status' | 'updated_by' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('contest_editions').set(patch).where('id', '=', id).execute();
}

/** Judge assignments of an edition that the actor may see (the Academy: all; a school: its own). */
export function listJudgeRows(db: Db, actor: Actor, editionId: string) {
  return scoped(
    db
      .selectFrom('contest_judges')
      .innerJoin('users', 'users.id', 'contest_judges.user_id')
      .select([
        'contest_judges.id',
        'contest_judges.round',
        'contest_judges.user_id',
        'contest_judges.organisation_id',
        'users.full_name',
      ])
      .where('contest_judges.edition_id', '=', editionId)
      .orderBy('contest_judges.round')
      .orderBy('users.full_name'),
    actor,
    'contest_judges.organisation_id',
  ).execute();
}

export async function insertJudgeRow(db: Db, row: ContestJudgeTable): Promise<void> {
  await db.insertInto('contest_judges').values(row).execute();
}

/** The user's own assignment (the judge is the caller: no organisation filter is needed). */
export function findAssignment(db: Db, editionId: string, round: string, userId: string) {
  return db
    .selectFrom('contest_judges')
    .selectAll()
    .where('edition_id', '=', editionId)
    .where('round', '=', round)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function judgeUserIds(db: Db, editionId: string): Promise<string[]> {
  const rows = await db.selectFrom('contest_judges').select('user_id').where('edition_id', '=', editionId).execute();
  return rows.map((r) => r.user_id);
}

/** A user the actor may assign (within the actor's scope). */
export function findAssignableUser(db: Db, actor: Actor, userId: string) {
  return scoped(
    db.selectFrom('users').select(['id', 'organisation_id', 'full_name']).where('id', '=', userId),
    actor,
    'users.organisation_id',
  ).executeTakeFirst();
}
