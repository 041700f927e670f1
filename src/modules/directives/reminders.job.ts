/**
 * Daily reminder to schools about their directive obligations that are due within 7 days or overdue:
 * one in-app notification and one e-mail per person (leaders, clerks, school admins) per day.
 * Idempotent per date through the notifications' and outbox's dedupe keys.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { type JobDefinition, payloadString } from '../../jobs/types.ts';
import { addDays } from '../../lib/dates.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { notifySchoolPeople } from './notify-school.ts';
import { findDueObligations } from './obligations.repository.ts';

export const OBLIGATION_REMINDERS_JOB = 'directives.reminders';
export const REMINDER_WINDOW_DAYS = 7;
/** Queued with the deadline digest, for 07:00 Vietnam time. */
export const REMINDER_HOUR_VN = 7;

export async function sendObligationReminders(
  db: Kysely<DB>,
  date: string,
): Promise<{ schools: number; notifications: number; emails: number }> {
  const horizon = addDays(date, REMINDER_WINDOW_DAYS);
  const due = await findDueObligations(db, horizon);
  const bySchool = new Map<string, typeof due>();
  for (const o of due) bySchool.set(o.organisation_id, [...(bySchool.get(o.organisation_id) ?? []), o]);
  let notifications = 0;
  let emails = 0;
  await db.transaction().execute(async (trx) => {
    for (const [organisationId, items] of bySchool) {
      const overdue = items.filter((o) => o.deadline! < date).length;
      const lines = items.map(
        (o) =>
          `- ${o.number_symbol ?? o.title}, yêu cầu ${o.no ?? '(không đánh số)'}: hạn ${formatDateVi(o.deadline)}${o.deadline! < date ? ' (QUÁ HẠN)' : ''}`,
      );
      const title = `${items.length} nhiệm vụ theo chỉ đạo sắp đến hạn hoặc quá hạn${overdue ? ` (${overdue} quá hạn)` : ''}`;
      const body = `Tính đến ngày ${formatDateVi(date)}:\n${lines.join('\n')}`;
      const sent = await notifySchoolPeople(trx, {
        organisationId,
        kind: 'obligation_reminder',
        title,
        body,
        link: '/nhiem-vu-chi-dao',
        dedupeKey: `obligations:${date}`,
      });
      notifications += sent.notifications;
      emails += sent.emails;
    }
  });
  return { schools: bySchool.size, notifications, emails };
}

export const obligationRemindersJob: JobDefinition = {
  name: OBLIGATION_REMINDERS_JOB,
  run: (payload, deps) => sendObligationReminders(deps.database.db, payloadString(payload, 'date')),
  daily: { hourVn: REMINDER_HOUR_VN },
};
