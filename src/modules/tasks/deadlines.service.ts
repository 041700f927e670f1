/**
 * Deadlines: what is due within N days and what is overdue, for me (as lead or support, in person or
 * through my unit), for a unit, or for an organisation (the Academy may pick a school or see all).
 * "Today" is the date in Vietnam and can be injected for tests.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { canRead } from '../tenancy/scope.ts';
import { addDays, daysBetween, vietnamToday } from '../../lib/dates.ts';
import { type AssigneeFilter, findAssigneeDeadlines, findUnit } from './deadlines.repository.ts';
import { OPEN_STATUSES } from './tasks.policy.ts';
import { leadOf, presentTaskSummary, type Party } from './tasks.presenter.ts';
import { findAssignees, groupByTask, scopedTasks, type TaskRow } from './tasks.repository.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import type { DeadlinesQuery } from './tasks.schemas.ts';

export function createDeadlinesService(db: Kysely<DB>, opts: { today?: () => string } = {}) {
  const today = opts.today ?? (() => vietnamToday());

  /** Effective deadline per task for the assignees `who` (the earliest one). */
  async function assigneeDeadlines(
    ctx: RequestContext,
    until: string,
    who: AssigneeFilter,
  ): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (const r of await findAssigneeDeadlines(db, ctx.actor, who)) {
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
        due = await assigneeDeadlines(ctx, until, { userId: ctx.actor.userId, unitId: ctx.actor.unitId });
      } else {
        const unitId = query.unitId ?? ctx.actor.unitId;
        if (!unitId) throw new AppError('BAD_REQUEST', 'Tài khoản chưa thuộc phòng, khoa nào; hãy chọn phòng, khoa.');
        const unit = await findUnit(db, unitId);
        if (!unit || !canRead(ctx.actor, unit.organisation_id)) throw notFound('Không tìm thấy phòng, khoa.');
        due = await assigneeDeadlines(ctx, until, { unitMembersOf: unitId });
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
    const orgNames = new Map((await findOrganisationsByIds(db, orgIds)).map((o) => [o.id, o.name]));
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
