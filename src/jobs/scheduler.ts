/**
 * A tiny scheduler: on start and then every hour it makes sure that each job with a `daily` schedule is
 * queued for today — once per date (Vietnam), to run at its hour or at once if the server starts later —
 * and that each job with a `needed` check has a run queued when there is work for it (e.g. e-mail waiting
 * and SMTP configured). Several server processes run it at once behind a load balancer: the jobs table's
 * unique dedupe key (`name@date` for a daily job, `pending:name` for a needed one) lets only one insert win.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { vietnamTime, vietnamToday } from '../lib/dates.ts';
import { enqueueJobOnce, jobExists, jobPending, PENDING_KEY_PREFIX } from './queue.ts';
import type { JobDefinition, JobDeps } from './types.ts';

/** Queue the daily jobs of `date` unless they already are. Returns the names of the jobs it queued. */
export async function ensureDailyJobsScheduled(
  db: Kysely<DB>,
  jobs: readonly JobDefinition[],
  date: string,
  now: Date = new Date(),
): Promise<string[]> {
  const queued: string[] = [];
  for (const job of jobs) {
    // The lookup spares an insert and covers jobs queued before dedupe keys existed; the key decides races.
    if (!job.daily || (await jobExists(db, job.name, { date }))) continue;
    const at = vietnamTime(date, job.daily.hourVn);
    const input = { name: job.name, payload: { date }, runAt: at > now ? at : now, dedupeKey: `${job.name}@${date}` };
    if (await enqueueJobOnce(db, input)) queued.push(job.name);
  }
  return queued;
}

/** Queue one run of each job whose `needed` check says there is work, unless a run is already pending. */
export async function ensureNeededJobsQueued(deps: JobDeps, jobs: readonly JobDefinition[]): Promise<string[]> {
  const queued: string[] = [];
  for (const job of jobs) {
    if (!job.needed || !(await job.needed(deps)) || (await jobPending(deps.database.db, job.name))) continue;
    const dedupeKey = `${PENDING_KEY_PREFIX}${job.name}`;
    if (await enqueueJobOnce(deps.database.db, { name: job.name, payload: {}, dedupeKey })) queued.push(job.name);
  }
  return queued;
}

export function startScheduler(
  deps: JobDeps,
  jobs: readonly JobDefinition[],
  opts: { intervalMs?: number; now?: () => Date } = {},
) {
  const now = opts.now ?? (() => new Date());
  async function check(): Promise<void> {
    try {
      const at = now();
      const daily = await ensureDailyJobsScheduled(deps.database.db, jobs, vietnamToday(at), at);
      if (daily.length) deps.logger.info({ date: vietnamToday(at), jobs: daily }, 'đã lên lịch công việc hằng ngày');
      await ensureNeededJobsQueued(deps, jobs);
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
