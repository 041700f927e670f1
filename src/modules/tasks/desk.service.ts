/** The leader's desk: documents presented to me awaiting direction, and every assigned task of the organisation. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { addDays, vietnamToday } from '../../lib/dates.ts';
import { countTasksByDocument, findAwaitingDirection } from './deadlines.repository.ts';
import { presentAwaiting, presentTaskSummary } from './tasks.presenter.ts';
import { findAssignees, groupByTask, scopedTasks } from './tasks.repository.ts';

export function createDeskService(db: Kysely<DB>, opts: { today?: () => string } = {}) {
  const today = opts.today ?? (() => vietnamToday());

  async function desk(
    ctx: RequestContext,
    query: { organisationId?: string | undefined; includeDone?: boolean | undefined },
  ) {
    const day = today();
    const narrow = query.organisationId ?? (isAcademyRole(ctx.actor.role) ? ctx.actor.organisationId : null);
    const presented = await findAwaitingDirection(db, ctx.actor, narrow);
    const byDoc = new Map<string, (typeof presented)[number]>(); // the latest presentation of each document
    for (const p of presented) if (!byDoc.has(p.id)) byDoc.set(p.id, p);
    const countOf = await countTasksByDocument(db, [...byDoc.keys()]);

    let q = scopedTasks(db, ctx.actor, narrow).where('tasks.status', '!=', 'unassigned');
    if (!query.includeDone) {
      const since = new Date(Date.parse(`${addDays(day, -30)}T00:00:00Z`)).toISOString();
      q = q.where((eb) => eb.or([eb('tasks.status', '!=', 'done'), eb('tasks.completed_at', '>=', since)]));
    }
    const rows = await q.orderBy('tasks.updated_at', 'desc').limit(1000).execute();
    const assignees = groupByTask(
      await findAssignees(
        db,
        rows.map((r) => r.id),
      ),
    );
    const rank = (s: string) =>
      (({ returned: 0, in_progress: 1, assigned: 1, done: 2 }) as Record<string, number>)[s] ?? 1;
    const tasks = rows
      .map((r) => presentTaskSummary(r, { actor: ctx.actor, assignees: assignees.get(r.id) ?? [], today: day }))
      .sort(
        (a, b) =>
          Number(b.pendingExtension !== null) - Number(a.pendingExtension !== null) ||
          rank(a.status) - rank(b.status) ||
          (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'),
      );
    return {
      awaiting: [...byDoc.values()].map((p) => presentAwaiting(p, countOf.get(p.id) ?? 0)),
      tasks,
    };
  }

  return { desk };
}

export type DeskService = ReturnType<typeof createDeskService>;
