/**
 * In-app notifications and the e-mail outbox. Both are written inside the caller's transaction, so a
 * rolled-back change notifies nobody. Any module may call `notifyUsers`, `notifyUnit`,
 * `notifyOrganisationRoles` and `queueEmail`.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, EmailOutboxTable } from '../../db/types.ts';
import { nextTimestamp } from '../../lib/clock.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Trx = Kysely<DB> | Transaction<DB>;

export type NotificationInput = {
  organisationId: string;
  kind: string;
  title: string;
  body?: string;
  /** A path in the web app, e.g. "/viec-cua-toi/…". */
  link?: string | null;
  /** With a key, a user gets at most one notification per key (e.g. "digest:2026-11-27"). */
  dedupeKey?: string | null;
};

/** One notification per user (duplicates and `exceptUserId` left out). Returns how many were written. */
export async function notifyUsers(
  trx: Trx,
  userIds: readonly string[],
  input: NotificationInput,
  opts: { exceptUserId?: string | null } = {},
): Promise<number> {
  const unique = [...new Set(userIds)].filter((id) => id && id !== opts.exceptUserId);
  if (unique.length === 0) return 0;
  const now = nextTimestamp();
  const rows = unique.map((userId) => ({
    id: randomUUID(),
    organisation_id: input.organisationId,
    user_id: userId,
    kind: input.kind,
    title: input.title.slice(0, 300),
    body: (input.body ?? '').slice(0, 4000),
    link: input.link ?? null,
    dedupe_key: input.dedupeKey ?? null,
    created_at: now,
    read_at: null,
  }));
  if (!input.dedupeKey) {
    await trx.insertInto('notifications').values(rows).execute();
    return rows.length;
  }
  let written = 0;
  for (const row of rows) {
    const r = await trx
      .insertInto('notifications')
      .values(row)
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .executeTakeFirst();
    written += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}

/** The active members of a unit (a unit assigned to a task is reached through its people). */
export async function activeUnitMembers(trx: Trx, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await trx
    .selectFrom('users')
    .select('id')
    .where('unit_id', 'in', [...unitIds])
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

export async function notifyUnit(
  trx: Trx,
  unitId: string,
  input: NotificationInput,
  opts: { exceptUserId?: string | null } = {},
): Promise<number> {
  return notifyUsers(trx, await activeUnitMembers(trx, [unitId]), input, opts);
}

/** Notify everyone of an organisation holding one of `roles` (e.g. a school's leaders and clerks). */
export async function notifyOrganisationRoles(
  trx: Trx,
  organisationId: string,
  roles: readonly string[],
  input: Omit<NotificationInput, 'organisationId'>,
): Promise<number> {
  const rows = await trx
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', [...roles])
    .where('active', '=', 1)
    .execute();
  return notifyUsers(
    trx,
    rows.map((r) => r.id),
    { ...input, organisationId },
  );
}

export type EmailInput = {
  organisationId: string;
  userId?: string | null;
  to: string;
  subject: string;
  body: string;
  dedupeKey?: string | null;
};

/** Put an e-mail in the outbox; the `email.send` job delivers it. Returns false for a duplicate key. */
export async function queueEmail(trx: Trx, input: EmailInput): Promise<boolean> {
  const r = await trx
    .insertInto('email_outbox')
    .values({
      id: randomUUID(),
      organisation_id: input.organisationId,
      user_id: input.userId ?? null,
      to_address: input.to,
      subject: input.subject.slice(0, 300),
      body: input.body,
      status: 'queued',
      attempts: 0,
      dedupe_key: input.dedupeKey ?? null,
      created_at: new Date().toISOString(),
      sent_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.columns(['to_address', 'dedupe_key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The caller's own notifications, newest first (scoped as well as filtered to the caller). */
export async function findMyNotifications(db: Kysely<DB>, actor: Actor, opts: { unreadOnly: boolean; limit: number }) {
  let q = scoped(db.selectFrom('notifications'), actor, 'notifications.organisation_id').where(
    'user_id',
    '=',
    actor.userId,
  );
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  const items = await q.selectAll().orderBy('created_at', 'desc').limit(opts.limit).execute();
  const unread = await scoped(db.selectFrom('notifications'), actor, 'notifications.organisation_id')
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { items, unreadCount: Number(unread.n) };
}

/** Mark one of the caller's notifications read; false when it is not theirs (→ 404). */
export async function markNotificationRead(db: Kysely<DB>, actor: Actor, id: string): Promise<boolean> {
  const row = await scoped(db.selectFrom('notifications'), actor, 'notifications.organisation_id')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) return false;
  if (!row.read_at)
    await db
      .updateTable('notifications')
      .set({ read_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .execute();
  return true;
}

export async function markAllNotificationsRead(db: Kysely<DB>, actor: Actor): Promise<number> {
  const r = await scoped(db.updateTable('notifications'), actor, 'notifications.organisation_id')
    .set({ read_at: new Date().toISOString() })
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows ?? 0);
}

// ------------------------------------------------------------------ e-mail outbox delivery

export function findQueuedEmails(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('email_outbox')
    .selectAll()
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export async function hasQueuedEmail(db: Kysely<DB>): Promise<boolean> {
  return (
    (await db.selectFrom('email_outbox').select('id').where('status', '=', 'queued').executeTakeFirst()) !== undefined
  );
}

/** Leave rows queued with a note saying why they wait (no SMTP relay configured). */
export async function noteWaitingEmails(db: Kysely<DB>, ids: string[], note: string): Promise<void> {
  await db.updateTable('email_outbox').set({ last_error: note }).where('id', 'in', ids).execute();
}

export async function updateEmail(
  db: Kysely<DB>,
  id: string,
  patch: Partial<Pick<EmailOutboxTable, 'status' | 'sent_at' | 'attempts' | 'last_error'>>,
): Promise<void> {
  await db.updateTable('email_outbox').set(patch).where('id', '=', id).execute();
}
