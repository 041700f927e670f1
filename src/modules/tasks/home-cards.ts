/** Home page cards: my open tasks, due soon, overdue; for leaders, documents waiting for their direction. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { HomeCardProvider } from '../home/home.routes.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { addDays, vietnamToday } from '../../lib/dates.ts';
import { WORKING_STATUSES } from './deadlines.service.ts';
import { links } from './links.ts';
import { isLeader } from './tasks.policy.ts';

export const HOME_DUE_SOON_DAYS = 7;

export function tasksHomeCards(db: Kysely<DB>, opts: { today?: () => string } = {}): HomeCardProvider {
  return async (ctx) => {
    const today = opts.today?.() ?? vietnamToday();
    const until = addDays(today, HOME_DUE_SOON_DAYS);
    const mine = await scoped(
      db.selectFrom('task_assignees').innerJoin('tasks', 'tasks.id', 'task_assignees.task_id'),
      ctx.actor,
      'task_assignees.organisation_id',
    )
      .select([
        'task_assignees.task_id',
        'task_assignees.role',
        'task_assignees.deadline',
        'tasks.deadline as task_deadline',
      ])
      .where('tasks.status', 'in', WORKING_STATUSES)
      .where((eb) =>
        eb.or([
          eb('task_assignees.user_id', '=', ctx.actor.userId),
          ...(ctx.actor.unitId ? [eb('task_assignees.unit_id', '=', ctx.actor.unitId)] : []),
        ]),
      )
      .execute();
    const due = new Map<string, string | null>(); // task → my earliest deadline (null: for information only, or none)
    for (const r of mine) {
      const d = r.role === 'info' ? null : (r.deadline ?? r.task_deadline);
      const known = due.get(r.task_id) ?? null;
      due.set(r.task_id, known === null ? d : d === null ? known : d < known ? d : known);
    }
    const dates = [...due.values()];
    const overdue = dates.filter((d) => d !== null && d < today).length;
    const soon = dates.filter((d) => d !== null && d >= today && d <= until).length;
    const cards = [];
    if (due.size > 0 || !isLeader(ctx.actor)) {
      cards.push({ label: 'Việc của tôi đang xử lý', value: String(due.size), href: links.myTasks });
      cards.push({
        label: `Sắp đến hạn (${HOME_DUE_SOON_DAYS} ngày)`,
        value: String(soon),
        href: `${links.myTasks}?due=soon`,
      });
      cards.push({
        label: 'Quá hạn',
        value: String(overdue),
        ...(overdue > 0 ? { hint: 'Cần xử lý ngay' } : {}),
        href: `${links.myTasks}?due=overdue`,
      });
    }
    if (isLeader(ctx.actor)) {
      const waiting = await scoped(
        db
          .selectFrom('document_presentations')
          .innerJoin('documents', 'documents.id', 'document_presentations.document_id'),
        ctx.actor,
        'document_presentations.organisation_id',
      )
        .select((eb) => eb.fn.count<number>('documents.id').distinct().as('n'))
        .where('document_presentations.presented_to', '=', ctx.actor.userId)
        .where('documents.status', 'in', ['registered', 'presented'])
        .executeTakeFirstOrThrow();
      const orgOverdue = await scoped(
        db.selectFrom('tasks'),
        ctx.actor,
        'tasks.organisation_id',
        isAcademyRole(ctx.actor.role) ? ctx.actor.organisationId : null,
      )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['unassigned', 'assigned', 'in_progress', 'returned'])
        .where('deadline', '<', today)
        .executeTakeFirstOrThrow();
      cards.push({ label: 'Chờ cho ý kiến', value: String(Number(waiting.n)), href: links.desk });
      cards.push({
        label: 'Việc quá hạn trong đơn vị',
        value: String(Number(orgOverdue.n)),
        href: `${links.deadlines}?scope=organisation`,
      });
    }
    return cards;
  };
}
