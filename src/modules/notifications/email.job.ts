/**
 * `email.send`: deliver queued outbox rows through SMTP_URL. Without SMTP configured the rows stay
 * queued (with a note saying why) — nothing external is needed to run, and mail goes out once a
 * relay is configured. A row failing 5 times is marked failed. The scheduler queues a run each hour
 * when SMTP is configured and mail is waiting (`needed`).
 */
import type { JobDefinition, JobDeps } from '../../jobs/types.ts';
import { findQueuedEmails, hasQueuedEmail, noteWaitingEmails, updateEmail } from './notifications.repository.ts';
import { sendMail } from './smtp.ts';

export const EMAIL_JOB = 'email.send';
export const EMAIL_MAX_ATTEMPTS = 5;
export const NO_SMTP_NOTE = 'Chưa cấu hình máy chủ thư (SMTP_URL); thư được giữ trong hàng đợi.';

export async function sendQueuedEmails(deps: Pick<JobDeps, 'database' | 'config'>, opts: { limit?: number } = {}) {
  const { db } = deps.database;
  const rows = await findQueuedEmails(db, opts.limit ?? 100);
  if (rows.length === 0) return { sent: 0, failed: 0, waiting: 0 };
  const smtpUrl = deps.config.smtpUrl;
  if (!smtpUrl) {
    await noteWaitingEmails(
      db,
      rows.map((r) => r.id),
      NO_SMTP_NOTE,
    );
    return { sent: 0, failed: 0, waiting: rows.length, note: NO_SMTP_NOTE };
  }
  let sent = 0;
  let failed = 0;
  let waiting = 0;
  for (const row of rows) {
    try {
      await sendMail(smtpUrl, { from: deps.config.mailFrom, to: row.to_address, subject: row.subject, text: row.body });
      await updateEmail(db, row.id, {
        status: 'sent',
        sent_at: new Date().toISOString(),
        attempts: row.attempts + 1,
        last_error: null,
      });
      sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const giveUp = attempts >= EMAIL_MAX_ATTEMPTS;
      await updateEmail(db, row.id, {
        status: giveUp ? 'failed' : 'queued',
        attempts,
        last_error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
      });
      if (giveUp) failed++;
      else waiting++;
    }
  }
  return { sent, failed, waiting };
}

export const emailJob: JobDefinition = {
  name: EMAIL_JOB,
  run: (_payload, deps) => sendQueuedEmails(deps),
  needed: async (deps) => deps.config.smtpUrl !== null && (await hasQueuedEmail(deps.database.db)),
};
