/**
 * Deadlines: what is due within N days and what is overdue, for me (as lead or support, in person or
 * through my unit), for a unit, or for an organisation (the Academy may pick a school or see all).
 * "Today" is the date in Vietnam and can be injected for tests.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { canRead, scoped } from '../tenancy/scope.ts';
import { addDays, daysBetween, vietnamToday } from '../../lib/dates.ts';
import { OPEN_STATUSES } from './tasks.policy.ts';
import { leadOf, presentTaskSummary, type Party } from './tasks.presenter.ts';
import { findAssignees, groupByTask, scopedTasks, type TaskRow } from './tasks.repository.ts';
import type { DeadlinesQuery } from './tasks.schemas.ts';

/** Statuses in which an assignee answers for a deadline (a returned task waits on the leader). */
export const WORKING_STATUSES = ['assigned', 'in_progress'];

export function createDeadlinesService(db: Kysely<DB>, opts: { today?: () => string } = {}) {
  const today = opts.today ?? (() => vietnamToday());

  /** Effective deadline per task for the assignee rows matching `filter` (the earliest one). */
  async function assigneeDeadlines(
    ctx: RequestContext,
    until: string,
    filter: (q: any) => any,
  ): Promise<Map<string, string>> {
    let q = scoped(
      db.selectFrom('task_assignees').innerJoin('tasks', 'tasks.id', 'task_assignees.task_id'),
      ctx.actor,
      'task_assignees.organisation_id',
    )
      .select(['task_assignees.task_id', 'task_assignees.deadline', 'tasks.deadline as task_deadline'])
      .where('task_assignees.role', 'in', ['lead', 'support'])
      .where('tasks.status', 'in', WORKING_STATUSES);
    q = filter(q);
    const map = new Map<string, string>();
    for (const r of await q.execute()) {
      const due = r.deadline ?? r.task_deadline;
      if (!due || due > until) continue;
      const known = map.get(r.task_id);
      if (!known || due < known) map.set(r.task_id, due);
    }
    return map;
  }

  async function list(ctx: RequestContext, query: DeadlinesQuery) {
    const day = today();
    const window = query.window ?? 7;
    const until = addDays(day, window);
    const scope = query.scope ?? 'me';
    let rows: TaskRow[];
    let due: Map<string, string>;
    if (scope === 'organisation') {
      rows = await scopedTasks(db, ctx.actor, query.organisationId ?? null)
        .where('tasks.status', 'in', [...OPEN_STATUSES])
        .where('tasks.deadline', 'is not', null)
        .where('tasks.deadline', '<=', until)
        .limit(5000)
        .execute();
      due = new Map(rows.map((r) => [r.id, r.deadline ?? '']));
    } else {
      if (scope === 'me') {
        const { userId, unitId } = ctx.actor;
        due = await assigneeDeadlines(ctx, until, (q) =>
          q.where((eb: any) =>
            eb.or([
              eb('task_assignees.user_id', '=', userId),
              ...(unitId ? [eb('task_assignees.unit_id', '=', unitId)] : []),
            ]),
          ),
        );
      } else {
        const unitId = query.unitId ?? ctx.actor.unitId;
        if (!unitId) throw new AppError('BAD_REQUEST', 'Tài khoản chưa thuộc phòng, khoa nào; hãy chọn phòng, khoa.');
        const unit = await db
          .selectFrom('org_units')
          .select(['id', 'organisation_id'])
          .where('id', '=', unitId)
          .executeTakeFirst();
        if (!unit || !canRead(ctx.actor, unit.organisation_id)) throw notFound('Không tìm thấy phòng, khoa.');
        due = await assigneeDeadlines(ctx, until, (q) =>
          q.where((eb: any) =>
            eb.or([
              eb('task_assignees.unit_id', '=', unitId),
              eb(
                'task_assignees.user_id',
                'in',
                eb.selectFrom('users').select('users.id').where('users.unit_id', '=', unitId),
              ),
            ]),
          ),
        );
      }
      rows = due.size
        ? await scopedTasks(db, ctx.actor)
            .where('tasks.id', 'in', [...due.keys()])
            .execute()
        : [];
    }
    const assignees = groupByTask(
      await findAssignees(
        db,
        rows.map((r) => r.id),
      ),
    );
    const orgIds = [...new Set(rows.map((r) => r.organisation_id))];
    const orgNames = new Map(
      (orgIds.length
        ? await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute()
        : []
      ).map((o) => [o.id, o.name]),
    );
    const items = rows
      .map((r) => {
        const effective = due.get(r.id) ?? r.deadline ?? day;
        return {
          ...presentTaskSummary(r, { actor: ctx.actor, assignees: assignees.get(r.id) ?? [], today: day }),
          effectiveDeadline: effective,
          daysLeft: daysBetween(day, effective),
          organisationName: orgNames.get(r.organisation_id) ?? '',
        };
      })
      .sort((a, b) => a.effectiveDeadline.localeCompare(b.effectiveDeadline) || a.title.localeCompare(b.title, 'vi'));
    const overdue = items.filter((i) => i.effectiveDeadline < day);
    const dueSoon = items.filter((i) => i.effectiveDeadline >= day);
    return { scope, today: day, window, dueSoon, overdue, byLead: summariseByLead(rows, due, day) };
  }

  return { list };
}

/** Counts per lead (null = not yet assigned), most overdue first. */
function summariseByLead(rows: TaskRow[], due: Map<string, string>, day: string) {
  const groups = new Map<string, { lead: Party | null; dueSoon: number; overdue: number }>();
  for (const r of rows) {
    const lead = leadOf(r);
    const key = lead ? `${lead.kind}:${lead.id}` : '-';
    const g = groups.get(key) ?? { lead, dueSoon: 0, overdue: 0 };
    if ((due.get(r.id) ?? '') < day) g.overdue++;
    else g.dueSoon++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon);
}

export type DeadlinesService = ReturnType<typeof createDeadlinesService>;
