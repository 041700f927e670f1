/**
 * The append-only audit log. `recordAudit` must be called with the same transaction as the change
 * it describes, so a change and its audit row commit or roll back together. There is deliberately
 * no update or delete here (and database triggers refuse them).
 */
import { auditRowVisibleSql } from '../tenancy/visibility.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor, RequestContext } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | null;
  organisationId: string | null;
  before?: unknown;
  after?: unknown;
};

const SECRET_KEYS = new Set(['password_hash', 'passwordHash', 'password', 'csrf_token']);

function serialise(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? '[ẩn]' : v));
}

/** Who acts: a signed-in request, an anonymous request (a refused login) or the system (null). */
export type AuditContext = RequestContext | Pick<RequestContext, 'requestId' | 'clientRequestId'> | null;

export async function recordAudit(
  trx: Kysely<DB> | Transaction<DB>,
  ctx: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  const actor = ctx && 'actor' in ctx ? ctx.actor : null;
  await trx
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      actor_user_id: actor?.userId ?? null,
      actor_org_id: actor?.organisationId ?? null,
      organisation_id: entry.organisationId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before_json: serialise(entry.before),
      after_json: serialise(entry.after),
      request_id: ctx?.requestId ?? null,
      client_request_id: ctx?.clientRequestId ?? null,
    })
    .execute();
}

/** The UTC instant at which Vietnam day `date` (+ `plusDays`) begins, as ISO text. */
function vietnamDayStartUtc(date: string, plusDays: number): string {
  const start = new Date(`${date}T00:00:00+07:00`);
  start.setUTCDate(start.getUTCDate() + plusDays);
  return start.toISOString();
}

export type AuditFilter = {
  organisationId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

export async function findAuditEntries(db: Kysely<DB>, ctx: RequestContext, filter: AuditFilter) {
  let q = scoped(
    db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_user_id'),
    ctx.actor,
    'audit_log.organisation_id',
    filter.organisationId,
  ).where(auditRowVisibleSql(ctx.actor, 'audit_log.entity_type', 'audit_log.entity_id'));
  if (filter.action) q = q.where('audit_log.action', 'like', `${filter.action}%`);
  if (filter.entityType) q = q.where('audit_log.entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('audit_log.entity_id', '=', filter.entityId);
  if (filter.actorUserId) q = q.where('audit_log.actor_user_id', '=', filter.actorUserId);
  // Dates are Vietnam calendar days (UTC+7); timestamps are stored in UTC.
  if (filter.from) q = q.where('audit_log.at', '>=', vietnamDayStartUtc(filter.from, 0));
  if (filter.to) q = q.where('audit_log.at', '<', vietnamDayStartUtc(filter.to, 1));
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_user_id',
      'audit_log.actor_org_id',
      'audit_log.organisation_id',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.before_json',
      'audit_log.after_json',
      'audit_log.request_id',
      'users.full_name as actor_name',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total: Number(total.n), rows };
}

/** Names of the organisations an audit page mentions. */
export function findOrganisationNames(db: Kysely<DB>, ids: string[]) {
  return ids.length ? db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute() : [];
}

/** Changes (audit rows) the actor may see since an instant, for the administrator's home card. */
export async function countChangesSince(db: Kysely<DB>, actor: Actor, since: string): Promise<number> {
  const row = await scoped(
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('at', '>=', since),
    actor,
    'audit_log.organisation_id',
  )
    .where(auditRowVisibleSql(actor, 'audit_log.entity_type', 'audit_log.entity_id'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
