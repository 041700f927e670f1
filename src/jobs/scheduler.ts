/**
 * A tiny scheduler for daily work: on start and then every hour it makes sure today's deadline digest
 * is queued — once per date (Vietnam), to run at DIGEST_HOUR (07:00) or at once if the server starts
 * later — and, when SMTP is configured, that queued e-mail gets a delivery job. Several server
 * processes may run it: the digest job itself is idempotent per date.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/types.ts';
import { vietnamTime, vietnamToday } from '../lib/dates.ts';
import { DIGEST_JOB } from '../modules/tasks/digest.job.ts';
import { EMAIL_JOB } from '../modules/notifications/email.job.ts';
import { OBLIGATION_REMINDERS_JOB } from '../modules/directives/reminders.job.ts';
import { enqueueJob } from './queue.ts';

export const DIGEST_HOUR = 7;

/** Daily jobs: the deadline digest (tasks) and the directive obligation reminders (schools). */
const DAILY_JOBS = [DIGEST_JOB, OBLIGATION_REMINDERS_JOB];

/** Queue the daily jobs of `date` unless they already are. Returns whether the digest was queued. */
export async function ensureDigestScheduled(db: Kysely<DB>, date: string, now: Date = new Date()): Promise<boolean> {
  let queuedDigest = false;
  for (const name of DAILY_JOBS) {
    const exists = await db
      .selectFrom('jobs')
      .select('id')
      .where('name', '=', name)
      .where('payload', '=', JSON.stringify({ date }))
      .executeTakeFirst();
    if (exists) continue;
    const at = vietnamTime(date, DIGEST_HOUR);
    await enqueueJob(db, { name, payload: { date }, runAt: at > now ? at : now });
    if (name === DIGEST_JOB) queuedDigest = true;
  }
  return queuedDigest;
}

/** With SMTP configured, give waiting outbox rows a delivery job if none is pending. */
export async function ensureEmailDelivery(db: Kysely<DB>, config: Pick<Config, 'smtpUrl'>): Promise<boolean> {
  if (!config.smtpUrl) return false;
  const waiting = await db.selectFrom('email_outbox').select('id').where('status', '=', 'queued').executeTakeFirst();
  if (!waiting) return false;
  const pending = await db
    .selectFrom('jobs')
    .select('id')
    .where('name', '=', EMAIL_JOB)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  if (pending) return false;
  await enqueueJob(db, { name: EMAIL_JOB, payload: {} });
  return true;
}

export function startScheduler(
  deps: { database: Database; config: Config; logger: FastifyBaseLogger | Console },
  opts: { intervalMs?: number; now?: () => Date } = {},
) {
  const now = opts.now ?? (() => new Date());
  async function check(): Promise<void> {
    try {
      const at = now();
      if (await ensureDigestScheduled(deps.database.db, vietnamToday(at), at))
        deps.logger.info({ date: vietnamToday(at) }, 'đã lên lịch bản tin hạn xử lý');
      await ensureEmailDelivery(deps.database.db, deps.config);
    } catch (error) {
      deps.logger.warn({ err: error }, 'scheduler tick failed');
    }
  }
  let chain = Promise.resolve();
  /** One check at a time: overlapping ticks would both see "not queued yet". */
  const tick = (): Promise<void> => (chain = chain.then(check));
  const first = tick();
  const timer = setInterval(() => void tick(), opts.intervalMs ?? 3_600_000);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await first;
      await chain;
    },
  };
}
