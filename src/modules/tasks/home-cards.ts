/**
 * Home page cards (issue 16 item 6), each listing its first items: my tasks by deadline (staff and
 * anyone with work), due soon and overdue counts; for leaders, letters waiting for their direction and
 * overdue tasks in the organisation; for the clerk, the organisation's tasks due within a week. Every
 * read goes through tenancy/visibility.ts (a confidential letter's task only for those who may see it).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { addDays, daysBetween, vietnamToday } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/vn.ts';
import type { HomeCard, HomeCardProvider, HomeItem } from '../module.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { countAwaitingDirection, findAwaitingDirection, findMyWorkingAssignments } from './deadlines.repository.ts';
import { findOrganisationTasksByDeadline, findTaskHeadlines } from './home.repository.ts';
import { links } from './links.ts';
import { isLeader, OPEN_STATUSES } from './tasks.policy.ts';

export const HOME_DUE_SOON_DAYS = 7;
const HOME_ITEMS = 5;

/** The earlier of two dates (YYYY-MM-DD); null is "no deadline". */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

type TaskLine = { title: string; text: string; number_symbol: string | null; subject: string | null };

/** A task's own words: its content when the title only numbers it ("Yêu cầu 2", "Yêu cầu (không đánh số)"). */
function headline(t: TaskLine): string {
  const text = /^(yêu cầu|nhiệm vụ)\b/i.test(t.title.trim()) && t.text.trim() ? t.text.trim() : t.title;
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** "Hạn 12/12/2026", "Quá hạn 3 ngày", "Hôm nay đến hạn", with a tone for the last two. */
function deadlineMeta(deadline: string | null, today: string): { text: string; tone?: HomeItem['tone'] } {
  if (!deadline) return { text: 'Không có hạn' };
  if (deadline < today) return { text: `Quá hạn ${daysBetween(deadline, today)} ngày`, tone: 'danger' };
  if (deadline === today) return { text: 'Đến hạn hôm nay', tone: 'warning' };
  if (deadline <= addDays(today, HOME_DUE_SOON_DAYS)) return { text: `Hạn ${formatDateVi(deadline)}`, tone: 'warning' };
  return { text: `Hạn ${formatDateVi(deadline)}` };
}

function taskItem(t: TaskLine & { id: string }, deadline: string | null, today: string, who?: string): HomeItem {
  const due = deadlineMeta(deadline, today);
  return {
    title: headline(t),
    meta: [due.text, who, t.number_symbol].filter(Boolean).join(' · '),
    href: links.task(t.id),
    ...(due.tone ? { tone: due.tone } : {}),
  };
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
    const cards: HomeCard[] = [];
    const leading: HomeCard[] = []; // a leader's own queues come first on the page
    if (due.size > 0 || !isLeader(ctx.actor)) {
      const byDeadline = [...due.entries()]
        .sort(([, a], [, b]) => (a ?? '9999').localeCompare(b ?? '9999'))
        .slice(0, HOME_ITEMS);
      const lines = new Map(
        (
          await findTaskHeadlines(
            db,
            ctx.actor,
            byDeadline.map(([id]) => id),
          )
        ).map((t) => [t.id, t]),
      );
      cards.push({
        label: 'Việc của tôi đang xử lý',
        value: String(due.size),
        href: links.myTasks,
        items: byDeadline.flatMap(([id, d]) => {
          const t = lines.get(id);
          return t ? [taskItem(t, d, today)] : [];
        }),
        emptyText: 'Không có việc nào đang chờ bạn.',
      });
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
    const narrow = isAcademyRole(ctx.actor.role) ? ctx.actor.organisationId : null;
    if (isLeader(ctx.actor)) {
      const [waiting, awaiting, late] = await Promise.all([
        countAwaitingDirection(db, ctx.actor),
        findAwaitingDirection(db, ctx.actor, null),
        findOrganisationTasksByDeadline(
          db,
          ctx.actor,
          { to: addDays(today, -1), statuses: OPEN_STATUSES },
          HOME_ITEMS,
          narrow,
        ),
      ]);
      leading.push({
        label: 'Chờ cho ý kiến',
        value: String(waiting),
        href: links.desk,
        items: awaiting.slice(0, HOME_ITEMS).map((d) => ({
          title: `${d.number_symbol ? `${d.number_symbol} — ` : ''}${d.subject ?? '(chưa có trích yếu)'}`,
          meta: [d.issuer_name, `trình bởi ${d.presented_by}`, d.due_date ? `hạn ${formatDateVi(d.due_date)}` : null]
            .filter(Boolean)
            .join(' · '),
          href: links.deskDocument(d.id),
        })),
        emptyText: 'Không có văn bản nào chờ ý kiến chỉ đạo.',
      });
      leading.push({
        label: 'Việc quá hạn trong đơn vị',
        value: String(late.total),
        href: `${links.deadlines}?scope=organisation`,
        items: late.rows.map((t) =>
          taskItem(t, t.deadline, today, t.lead_user_name ?? t.lead_unit_name ?? 'Chưa giao'),
        ),
        emptyText: 'Không có việc nào quá hạn.',
      });
    }
    if (ctx.actor.role === 'clerk') {
      const soonInOrg = await findOrganisationTasksByDeadline(
        db,
        ctx.actor,
        { from: today, to: until, statuses: OPEN_STATUSES },
        HOME_ITEMS,
        null,
      );
      cards.push({
        label: `Sắp đến hạn trong đơn vị (${HOME_DUE_SOON_DAYS} ngày)`,
        value: String(soonInOrg.total),
        href: `${links.deadlines}?scope=organisation`,
        items: soonInOrg.rows.map((t) =>
          taskItem(t, t.deadline, today, t.lead_user_name ?? t.lead_unit_name ?? 'Chưa giao'),
        ),
        emptyText: 'Không có việc nào đến hạn trong tuần tới.',
      });
    }
    return [...leading, ...cards];
  };
}
