/**
 * The in-process worker: polls the queue, runs each job through its definition, records the result.
 * The job definitions come from the composition root (every module's `jobs`, see src/server.ts);
 * handlers must be idempotent (a job may run again after a crash).
 */
import { randomUUID } from 'node:crypto';
import { claimNextJob, completeJob, failJob, HEARTBEAT_MS, renewLease } from './queue.ts';
import type { JobDefinition, JobDeps } from './types.ts';

export function startWorker(
  deps: JobDeps,
  jobs: readonly JobDefinition[],
  opts: { pollMs?: number; concurrency?: number } = {},
) {
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  const pollMs = opts.pollMs ?? 500;
  const byName = new Map(jobs.map((j) => [j.name, j]));
  let stopped = false;
  const running = new Set<Promise<void>>();

  async function runOnce(): Promise<boolean> {
    const job = await claimNextJob(deps.database.db, deps.database.dialect, workerId, [...byName.keys()]);
    if (!job) return false;
    const definition = byName.get(job.name);
    const heartbeat = setInterval(() => {
      renewLease(deps.database.db, job.id, workerId).catch((err) => deps.logger.warn({ err }, 'lease renewal failed'));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
      if (!definition) throw new Error(`Không có bộ xử lý cho công việc "${job.name}"`);
      const result = await definition.run(JSON.parse(job.payload), deps, job);
      await completeJob(deps.database.db, job.id, result);
    } catch (error) {
      const outcome = await failJob(deps.database.db, job, error instanceof Error ? error.message : String(error));
      deps.logger.warn({ jobId: job.id, name: job.name, outcome, err: error }, 'job failed');
    } finally {
      clearInterval(heartbeat);
    }
    return true;
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      let worked = false;
      try {
        worked = await runOnce();
      } catch (error) {
        deps.logger.error({ err: error }, 'worker poll failed');
      }
      if (!worked) await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  const concurrency = opts.concurrency ?? 1;
  for (let i = 0; i < concurrency; i++) {
    const p = loop();
    running.add(p);
  }
  return {
    workerId,
    runOnce,
    async stop() {
      stopped = true;
      await Promise.all(running);
    },
  };
}
