/** Loading a task for an action, and finding who to tell about it. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { activeUnitMembers, notifyUsers } from '../notifications/notifications.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { links } from './links.ts';
import { rolesOf } from './tasks.policy.ts';
import {
  type AssigneeRow,
  findActiveLeaders,
  findAssignees,
  findDocumentForTasks,
  findTask,
  type TaskRow,
} from './tasks.repository.ts';

type Trx = Kysely<DB> | Transaction<DB>;
export type LoadedTask = { row: TaskRow; assignees: AssigneeRow[]; roles: Set<string> };

export async function loadTask(db: Kysely<DB>, ctx: RequestContext, id: string): Promise<LoadedTask> {
  const row = await findTask(db, ctx.actor, id);
  if (!row) throw notFound('Không tìm thấy nhiệm vụ.');
  const assignees = await findAssignees(db, [id]);
  return { row, assignees, roles: rolesOf(ctx.actor, assignees) };
}

/** Load, check the organisation is writable, and (optionally) that the task is being worked on. */
export async function loadTaskForWrite(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: string,
  opts: { open?: boolean } = {},
): Promise<LoadedTask> {
  const t = await loadTask(db, ctx, id);
  assertCanWrite(ctx.actor, t.row.organisation_id);
  if (opts.open && t.row.status !== 'assigned' && t.row.status !== 'in_progress') {
    throw new AppError(
      'CONFLICT',
      t.row.status === 'done' ? 'Nhiệm vụ đã hoàn thành.' : 'Nhiệm vụ chưa được giao hoặc đã bị trả lại.',
    );
  }
  return t;
}

export function requireLead(t: LoadedTask): void {
  if (!t.roles.has('lead'))
    throw new AppError('FORBIDDEN', 'Chỉ người hoặc đơn vị chủ trì được thực hiện thao tác này.');
}

/** The people acting as lead: the named person, or the active members of the lead unit. */
export async function leadPeople(trx: Trx, row: Pick<TaskRow, 'lead_user_id' | 'lead_unit_id'>): Promise<string[]> {
  if (row.lead_user_id) return [row.lead_user_id];
  return row.lead_unit_id ? activeUnitMembers(trx, [row.lead_unit_id]) : [];
}

/** The leader who assigned the task, else the document's director, else the organisation's leaders. */
export async function directorPeople(
  trx: Trx,
  row: Pick<TaskRow, 'assigned_by' | 'document_id' | 'organisation_id'>,
): Promise<string[]> {
  if (row.assigned_by) return [row.assigned_by];
  const doc = await findDocumentForTasks(trx, row.document_id);
  if (doc?.directed_by) return [doc.directed_by];
  return findActiveLeaders(trx, row.organisation_id);
}

export async function notifyAboutTask(
  trx: Trx,
  ctx: RequestContext,
  row: TaskRow,
  to: string[],
  kind: string,
  title: string,
  body: string,
): Promise<void> {
  await notifyUsers(
    trx,
    to,
    {
      organisationId: row.organisation_id,
      kind,
      title: `${title}: ${row.title} — ${row.document_subject ?? ''}`.slice(0, 300),
      body,
      link: links.task(row.id),
    },
    { exceptUserId: ctx.actor.userId },
  );
}
