/** Home page cards: my open tasks, due soon, overdue; for leaders, documents waiting for their direction. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { addDays, vietnamToday } from '../../lib/dates.ts';
import type { HomeCardProvider } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { countAwaitingDirection, countOverdueTasks, findMyWorkingAssignments } from './deadlines.repository.ts';
import { links } from './links.ts';
import { isLeader, OPEN_STATUSES } from './tasks.policy.ts';

export const HOME_DUE_SOON_DAYS = 7;

/** The earlier of two dates (YYYY-MM-DD); null is "no deadline". */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

export function tasksHomeCards(db: Kysely<DB>, opts: { today?: () => string } = {}): HomeCardProvider {
  return async (ctx) => {
    const today = opts.today?.() ?? vietnamToday();
    const until = addDays(today, HOME_DUE_SOON_DAYS);
    const mine = await findMyWorkingAssignments(db, ctx.actor);
    const due = new Map<string, string | null>(); // task → my earliest deadline (null: for information only, or none)
    for (const r of mine) {
      const d = r.role === 'info' ? null : (r.deadline ?? r.task_deadline);
      const known = due.get(r.task_id) ?? null;
      due.set(r.task_id, earlier(known, d));
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
      const waiting = await countAwaitingDirection(db, ctx.actor);
      const narrow = isAcademyRole(ctx.actor.role) ? ctx.actor.organisationId : null;
      const orgOverdue = await countOverdueTasks(db, ctx.actor, narrow, OPEN_STATUSES, today);
      cards.push({ label: 'Chờ cho ý kiến', value: String(waiting), href: links.desk });
      cards.push({
        label: 'Việc quá hạn trong đơn vị',
        value: String(orgOverdue),
        href: `${links.deadlines}?scope=organisation`,
      });
    }
    return cards;
  };
}
