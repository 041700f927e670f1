/** Every job name and its handler. A capability adds its jobs here. */
import type { JobTable } from '../db/types.ts';
import type { JobDeps } from './worker.ts';

export type JobHandler = (payload: any, deps: JobDeps, job: JobTable) => Promise<unknown>;

export const jobHandlers: Record<string, JobHandler> = {};
