/**
 * Daily reminder to schools about periodic reports due within 7 days or overdue (not yet sent): one
 * in-app notification and one e-mail per person (leaders, clerks, school admins) per day, as the
 * directive reminders do. Idempotent per date through the notifications' and outbox's dedupe keys.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { type JobDefinition, payloadString } from '../../jobs/types.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { dueFor, sentKey } from '../../reports/index.ts';
import { notifyUsers, queueEmail } from '../notifications/notifications.ports.ts';
import type { RegimesService } from './regimes.service.ts';
import { activePeopleWithRoles, listReportingOrganisations, listSentKeys } from './reports.repository.ts';

export const REPORT_REMINDERS_JOB = 'reports.reminders';
export const REPORT_REMINDER_DAYS = 7;
const REMINDED_ROLES = ['leader', 'clerk', 'school_admin'];

export async function sendReportReminders(db: Kysely<DB>, regimes: RegimesService, date: string) {
  const grouped = await regimes.grouped();
  const sentRows = await listSentKeys(db);
  const sentBy = new Map<string, Set<string>>();
  for (const r of sentRows) {
    const set = sentBy.get(r.organisation_id) ?? new Set<string>();
    set.add(sentKey(r.regime_code, r.period_code));
    sentBy.set(r.organisation_id, set);
  }
  const reminders: { organisationId: string; lines: string[]; overdue: number }[] = [];
  for (const school of await listReportingOrganisations(db)) {
    if ((school.valid_from && school.valid_from > date) || (school.valid_to && school.valid_to < date)) continue;
    const items = dueFor(
      grouped,
      { code: school.code, kind: school.kind, validFrom: school.valid_from, validTo: school.valid_to },
      { onDate: date, sent: sentBy.get(school.id) ?? new Set(), lookbackDays: 92 },
    ).filter((i) => i.state === 'overdue' || (i.state === 'due' && i.daysLeft <= REPORT_REMINDER_DAYS));
    if (!items.length) continue;
    reminders.push({
      organisationId: school.id,
      overdue: items.filter((i) => i.state === 'overdue').length,
      lines: items.map(
        (i) =>
          `- ${i.regimeName}, ${i.period.label}: hạn ${formatDateVi(i.period.deadline)}${i.state === 'overdue' ? ' (QUÁ HẠN)' : ''}`,
      ),
    });
  }
  let notifications = 0;
  let emails = 0;
  await db.transaction().execute(async (trx) => {
    for (const r of reminders) {
      const title = `${r.lines.length} báo cáo định kỳ sắp đến hạn hoặc quá hạn${r.overdue ? ` (${r.overdue} quá hạn)` : ''}`;
      const body = `Tính đến ngày ${formatDateVi(date)}:\n${r.lines.join('\n')}`;
      const people = await activePeopleWithRoles(trx, r.organisationId, REMINDED_ROLES);
      const dedupeKey = `reports:${date}`;
      notifications += await notifyUsers(
        trx,
        people.map((p) => p.id),
        { organisationId: r.organisationId, kind: 'report_reminder', title, body, link: '/bao-cao', dedupeKey },
      );
      for (const p of people)
        if (
          await queueEmail(trx, {
            organisationId: r.organisationId,
            userId: p.id,
            to: p.email,
            subject: `[TCT] ${title}`,
            body,
            dedupeKey,
          })
        )
          emails++;
    }
  });
  return { schools: reminders.length, notifications, emails };
}

export function reportRemindersJob(regimes: RegimesService): JobDefinition {
  return {
    name: REPORT_REMINDERS_JOB,
    run: (payload, deps) => sendReportReminders(deps.database.db, regimes, payloadString(payload, 'date')),
    daily: { hourVn: 7 },
  };
}
