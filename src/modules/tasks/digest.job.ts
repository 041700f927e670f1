/**
 * `deadlines.digest`: once per date, every person with work due within DIGEST_WINDOW_DAYS or overdue
 * (as lead or support, in person or through their unit), and every leader whose directed tasks are
 * overdue, gets one in-app notification and one e-mail in the outbox. Idempotent per date: running
 * it again for the same date writes nothing new (dedupe keys "digest:<date>").
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import type { JobDefinition } from '../../jobs/types.ts';
import { addDays, daysBetween, isRealDate, vietnamToday } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { EMAIL_JOB, notifyUsers, queueEmail } from '../notifications/notifications.ports.ts';
import { findActiveRecipients, findActiveUnitMembers, findDigestAssignments } from './deadlines.repository.ts';
import { links } from './links.ts';

export const DIGEST_JOB = 'deadlines.digest';
export const DIGEST_WINDOW_DAYS = 3;
/** The digest is queued for 07:00 Vietnam time each day (or at once when the server starts later). */
export const DIGEST_HOUR_VN = 7;

type Item = { taskId: string; title: string; document: string; due: string };
type Digest = { dueSoon: Map<string, Item>; overdue: Map<string, Item>; directedOverdue: Map<string, Item> };

function add(map: Map<string, Item>, item: Item): void {
  const known = map.get(item.taskId);
  if (!known || item.due < known.due) map.set(item.taskId, item);
}

async function collect(db: Kysely<DB>, date: string): Promise<Map<string, Digest>> {
  const until = addDays(date, DIGEST_WINDOW_DAYS);
  const rows = await findDigestAssignments(db);
  const unitIds = [...new Set(rows.map((r) => r.unit_id).filter((u): u is string => u !== null))];
  const members = await findActiveUnitMembers(db, unitIds);
  const digests = new Map<string, Digest>();
  const of = (userId: string) => {
    let d = digests.get(userId);
    if (!d) digests.set(userId, (d = { dueSoon: new Map(), overdue: new Map(), directedOverdue: new Map() }));
    return d;
  };
  for (const r of rows) {
    const due = r.deadline ?? r.task_deadline;
    if (!due || due > until) continue;
    const item = {
      taskId: r.task_id,
      title: r.title,
      document: [r.number_symbol, r.subject].filter(Boolean).join(' — '),
      due,
    };
    const people = r.user_id ? [r.user_id] : (members.get(r.unit_id ?? '') ?? []);
    for (const p of people) add(due < date ? of(p).overdue : of(p).dueSoon, item);
    const taskOverdue = r.task_deadline !== null && r.task_deadline < date;
    if (taskOverdue && r.assigned_by) add(of(r.assigned_by).directedOverdue, { ...item, due: r.task_deadline! });
  }
  return digests;
}

function lines(title: string, items: Map<string, Item>, date: string): string[] {
  if (items.size === 0) return [];
  const sorted = [...items.values()].sort((a, b) => a.due.localeCompare(b.due));
  return [
    `${title} (${items.size}):`,
    ...sorted.map((i) => {
      const days = daysBetween(date, i.due);
      const when = days < 0 ? `quá hạn ${-days} ngày` : days === 0 ? 'đến hạn hôm nay' : `còn ${days} ngày`;
      return `- ${i.title}${i.document ? ` — ${i.document}` : ''}: hạn ${formatDateVi(i.due)} (${when})`;
    }),
    '',
  ];
}

export function composeDigest(name: string, d: Digest, date: string) {
  const overdue = d.overdue.size;
  const soon = d.dueSoon.size;
  const subject = `[TCT] Hạn xử lý ngày ${formatDateVi(date)}: ${overdue} quá hạn, ${soon} sắp đến hạn${d.directedOverdue.size ? `, ${d.directedOverdue.size} việc đã giao quá hạn` : ''}`;
  const body = [
    `Kính gửi ${name},`,
    '',
    ...lines('Việc quá hạn', d.overdue, date),
    ...lines(`Việc đến hạn trong ${DIGEST_WINDOW_DAYS} ngày tới`, d.dueSoon, date),
    ...lines('Việc đồng chí đã giao đang quá hạn', d.directedOverdue, date),
    'Xem chi tiết tại mục "Việc của tôi" và "Hạn xử lý" trên hệ thống TCT.',
  ].join('\n');
  return { subject, body };
}

/** Write the digest for `date` (YYYY-MM-DD, Vietnam; default today). */
export async function runDeadlineDigest(db: Kysely<DB>, payload: { date?: string } = {}) {
  const date = payload.date && isRealDate(payload.date) ? payload.date : vietnamToday();
  const digests = await collect(db, date);
  const users = await findActiveRecipients(db, [...digests.keys()]);
  let notifications = 0;
  let emails = 0;
  await db.transaction().execute(async (trx) => {
    for (const u of users) {
      const { subject, body } = composeDigest(u.full_name, digests.get(u.id)!, date);
      const dedupeKey = `digest:${date}`;
      notifications += await notifyUsers(trx, [u.id], {
        organisationId: u.organisation_id,
        kind: 'deadline_digest',
        title: subject.replace(/^\[TCT\] /, ''),
        body,
        link: links.deadlines,
        dedupeKey,
      });
      if (
        await queueEmail(trx, {
          organisationId: u.organisation_id,
          userId: u.id,
          to: u.email,
          subject,
          body,
          dedupeKey,
        })
      )
        emails++;
    }
    if (emails > 0) await enqueueJob(trx, { name: EMAIL_JOB, payload: {} });
  });
  return { date, users: users.length, notifications, emails };
}

export const digestJob: JobDefinition = {
  name: DIGEST_JOB,
  run: (payload, deps) => {
    const date = typeof payload === 'object' && payload !== null ? (payload as { date?: unknown }).date : undefined;
    return runDeadlineDigest(deps.database.db, typeof date === 'string' ? { date } : {});
  },
  daily: { hourVn: DIGEST_HOUR_VN },
};
