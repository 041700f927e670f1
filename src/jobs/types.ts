/**
 * What a job is, for the worker and the scheduler. A capability declares its jobs as `JobDefinition`s
 * (see src/modules/module.ts); the composition root hands them to `startWorker` and `startScheduler`,
 * so nothing under src/jobs imports a module.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { JobTable } from '../db/types.ts';
import { AppError } from '../lib/app-error.ts';

/** What a handler gets besides its payload: the database, the configuration and a logger. */
export type JobDeps = { database: Database; config: Config; logger: FastifyBaseLogger | Console };

/**
 * Runs one job. The payload is what was enqueued, read back from JSON: a handler checks it (see
 * `payloadString`) rather than trusting its shape. The result is stored on the job row. Handlers must
 * be idempotent: a job may run again after a crash.
 */
export type JobHandler = (payload: unknown, deps: JobDeps, job: JobTable) => Promise<unknown>;

export type JobDefinition = {
  /** Unique job name, e.g. 'deadlines.digest' (the `jobs.name` column). */
  name: string;
  run: JobHandler;
  /**
   * Optional daily schedule: the scheduler queues one run per Vietnam date, with payload `{ date }`,
   * due at `hourVn`:00 Vietnam time (or at once when the server starts later that day).
   */
  daily?: { hourVn: number };
  /**
   * Optional check made at every scheduler tick (hourly): when it answers true and no run of this job is
   * queued or running, one run is queued with an empty payload (e.g. e-mail waiting in the outbox).
   */
  needed?: (deps: JobDeps) => Promise<boolean>;
};

/** A required string field of a job payload; a malformed payload fails the job with a clear message. */
export function payloadString(payload: unknown, field: string): string {
  const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[field] : null;
  if (typeof value !== 'string' || value === '')
    throw new AppError('BAD_REQUEST', `Dữ liệu công việc thiếu trường "${field}".`);
  return value;
}
