/**
 * One message to a school's leaders, clerks and school admins: an in-app notification and an e-mail each,
 * deduplicated by `dedupeKey` (the daily reminders and the Academy's "Đôn đốc" both send this way).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notifyUsers, queueEmail } from '../notifications/notifications.ports.ts';
import { findActivePeopleWithRoles } from './obligations.repository.ts';

const SCHOOL_ROLES = ['leader', 'clerk', 'school_admin'];

export async function notifySchoolPeople(
  trx: Kysely<DB> | Transaction<DB>,
  message: { organisationId: string; kind: string; title: string; body: string; link: string; dedupeKey: string },
): Promise<{ notifications: number; emails: number }> {
  const { organisationId, title, body, dedupeKey } = message;
  const people = await findActivePeopleWithRoles(trx, organisationId, SCHOOL_ROLES);
  const notifications = await notifyUsers(
    trx,
    people.map((p) => p.id),
    message,
  );
  let emails = 0;
  for (const p of people) {
    if (
      await queueEmail(trx, { organisationId, userId: p.id, to: p.email, subject: `[TCT] ${title}`, body, dedupeKey })
    )
      emails++;
  }
  return { notifications, emails };
}
