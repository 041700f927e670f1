/** Users as far as signing in is concerned, and sessions (stored by the SHA-256 of their token). */
import type { Kysely, Transaction } from 'kysely';
import type { DB, SessionTable } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export function findActiveUser(db: Db, userId: string) {
  return db.selectFrom('users').selectAll().where('id', '=', userId).where('active', '=', 1).executeTakeFirst();
}

export function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function recordFailedLogin(
  trx: Db,
  userId: string,
  change: { failedLogins: number; lockedUntil: string | null },
): Promise<void> {
  await trx
    .updateTable('users')
    .set({ failed_logins: change.failedLogins, locked_until: change.lockedUntil })
    .where('id', '=', userId)
    .execute();
}

export async function recordSuccessfulLogin(trx: Db, userId: string, at: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: at })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(trx: Db, row: SessionTable): Promise<void> {
  await trx.insertInto('sessions').values(row).execute();
}

export function findSession(db: Db, id: string) {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every session of a user (the account was locked). */
export async function deleteUserSessions(trx: Db, userId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteSession(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Every session of a user except `keepId` (after a password change). */
export async function deleteOtherSessions(trx: Db, userId: string, keepId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}

export function findPasswordHash(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'password_hash', 'failed_logins', 'locked_until'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export async function updatePasswordHash(trx: Db, userId: string, hash: string, at: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: hash, updated_at: at, failed_logins: 0 })
    .where('id', '=', userId)
    .execute();
}

/** What the signed-in user's page header needs besides the actor: e-mail and organisation. */
export function findMe(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.email',
      'organisations.id as org_id',
      'organisations.name as org_name',
      'organisations.kind as org_kind',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
}
