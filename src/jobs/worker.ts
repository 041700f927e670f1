/**
 * The in-process worker: polls the queue, runs each job through its registered handler, records the
 * result. Handlers must be idempotent (a job may run again after a crash).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { claimNextJob, completeJob, failJob } from './queue.ts';
import { jobHandlers } from './registry.ts';

export type JobDeps = { database: Database; config: Config; logger: FastifyBaseLogger | Console };

export function startWorker(deps: JobDeps, opts: { pollMs?: number; concurrency?: number } = {}) {
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  const pollMs = opts.pollMs ?? 500;
  let stopped = false;
  const running = new Set<Promise<void>>();

  async function runOnce(): Promise<boolean> {
    const job = await claimNextJob(deps.database.db, deps.database.dialect, workerId, Object.keys(jobHandlers));
    if (!job) return false;
    const handler = jobHandlers[job.name];
    try {
      if (!handler) throw new Error(`Không có bộ xử lý cho công việc "${job.name}"`);
      const result = await handler(JSON.parse(job.payload), deps, job);
      await completeJob(deps.database.db, job.id, result);
    } catch (error) {
      const outcome = await failJob(deps.database.db, job, error instanceof Error ? error.message : String(error));
      deps.logger.warn({ jobId: job.id, name: job.name, outcome, err: error }, 'job failed');
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
