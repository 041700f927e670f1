/** Every job name and its handler. A capability adds its jobs here. */
import type { JobTable } from '../db/types.ts';
import type { JobDeps } from './worker.ts';
import { DIGEST_JOB, digestJobHandler } from '../modules/tasks/digest.job.ts';
import { EMAIL_JOB, emailSendJobHandler } from '../modules/notifications/email.job.ts';
import { INTAKE_JOB, intakeExtractJob } from '../modules/documents/intake.job.ts';
import { OBLIGATION_REMINDERS_JOB, obligationRemindersJobHandler } from '../modules/directives/reminders.job.ts';

export type JobHandler = (payload: any, deps: JobDeps, job: JobTable) => Promise<unknown>;

export const jobHandlers: Record<string, JobHandler> = {
  [DIGEST_JOB]: digestJobHandler,
  [EMAIL_JOB]: emailSendJobHandler,
  [INTAKE_JOB]: intakeExtractJob,
  [OBLIGATION_REMINDERS_JOB]: obligationRemindersJobHandler,
};
