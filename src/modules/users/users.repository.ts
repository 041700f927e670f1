/** People (users) with their organisation and unit; reads always pass through `scoped()`. */
import type { Kysely, Transaction } from 'kysely';
import type { DB, UserTable } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** People the actor may read, with organisation and unit names. */
export function scopedPeople(db: Db, actor: Actor) {
  return scoped(
    db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .leftJoin('org_units', 'org_units.id', 'users.unit_id')
      .select([
        'users.id',
        'users.email',
        'users.full_name',
        'users.title',
        'users.role',
        'users.organisation_id',
        'organisations.name as organisation_name',
        'organisations.kind as organisation_kind',
        'users.unit_id',
        'org_units.name as unit_name',
        'users.active',
        'users.last_login_at',
      ]),
    actor,
    'users.organisation_id',
  );
}

export type PersonRow = NonNullable<Awaited<ReturnType<ReturnType<typeof scopedPeople>['executeTakeFirst']>>>;

export function findPeople(db: Db, actor: Actor, organisationId: string | undefined) {
  const q = scopedPeople(db, actor);
  return (organisationId ? q.where('users.organisation_id', '=', organisationId) : q).execute();
}

export function findPerson(db: Db, actor: Actor, id: string) {
  return scopedPeople(db, actor).where('users.id', '=', id).executeTakeFirst();
}

export function findOrganisationKind(db: Db, organisationId: string) {
  return db.selectFrom('organisations').select(['kind']).where('id', '=', organisationId).executeTakeFirst();
}

export function findUnitOf(db: Db, unitId: string, organisationId: string) {
  return db
    .selectFrom('org_units')
    .select('id')
    .where('id', '=', unitId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export function findUserIdByEmail(db: Db, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
}

export async function insertUser(trx: Db, row: UserTable): Promise<void> {
  await trx.insertInto('users').values(row).execute();
}

export async function updateUser(trx: Db, id: string, patch: Partial<UserTable>): Promise<void> {
  await trx.updateTable('users').set(patch).where('id', '=', id).execute();
}

/** Sign a user out everywhere (account locked, password reset). */
export async function deleteSessionsOf(trx: Db, userId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Active people in the actor's scope (narrowed to `narrowTo` when given), for the home card. */
export async function countActivePeople(db: Db, actor: Actor, narrowTo: string | null): Promise<number> {
  const row = await scoped(
    db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('active', '=', 1),
    actor,
    'users.organisation_id',
    narrowTo,
  ).executeTakeFirstOrThrow();
  return Number(row.n);
}
