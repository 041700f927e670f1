/**
 * `email.send`: deliver queued outbox rows through SMTP_URL. Without SMTP configured the rows stay
 * queued (with a note saying why) — nothing external is needed to run, and mail goes out once a
 * relay is configured. A row failing 5 times is marked failed.
 */
import type { JobDeps } from '../../jobs/worker.ts';
import { sendMail } from './smtp.ts';

export const EMAIL_MAX_ATTEMPTS = 5;
export const NO_SMTP_NOTE = 'Chưa cấu hình máy chủ thư (SMTP_URL); thư được giữ trong hàng đợi.';

export async function sendQueuedEmails(deps: Pick<JobDeps, 'database' | 'config'>, opts: { limit?: number } = {}) {
  const { db } = deps.database;
  const rows = await db
    .selectFrom('email_outbox')
    .selectAll()
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(opts.limit ?? 100)
    .execute();
  if (rows.length === 0) return { sent: 0, failed: 0, waiting: 0 };
  const smtpUrl = deps.config.smtpUrl;
  if (!smtpUrl) {
    await db
      .updateTable('email_outbox')
      .set({ last_error: NO_SMTP_NOTE })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return { sent: 0, failed: 0, waiting: rows.length, note: NO_SMTP_NOTE };
  }
  let sent = 0;
  let failed = 0;
  let waiting = 0;
  for (const row of rows) {
    try {
      await sendMail(smtpUrl, { from: deps.config.mailFrom, to: row.to_address, subject: row.subject, text: row.body });
      await db
        .updateTable('email_outbox')
        .set({ status: 'sent', sent_at: new Date().toISOString(), attempts: row.attempts + 1, last_error: null })
        .where('id', '=', row.id)
        .execute();
      sent++;
    } catch (error) {
      const attempts = row.attempts + 1;
      const giveUp = attempts >= EMAIL_MAX_ATTEMPTS;
      await db
        .updateTable('email_outbox')
        .set({
          status: giveUp ? 'failed' : 'queued',
          attempts,
          last_error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        })
        .where('id', '=', row.id)
        .execute();
      if (giveUp) failed++;
      else waiting++;
    }
  }
  return { sent, failed, waiting };
}

export const EMAIL_JOB = 'email.send';
export const emailSendJobHandler = (_payload: unknown, deps: JobDeps) => sendQueuedEmails(deps);
