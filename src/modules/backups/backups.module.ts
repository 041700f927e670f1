/** Daily whole backups of an embedded installation; no routes (restore is an operator's command: `tct restore`). */
import type { ModuleContext, TctModule } from '../module.ts';
import { createDailyBackupJob } from './backups.job.ts';

export function createBackupsModule(ctx: ModuleContext) {
  return { name: 'backups', jobs: [createDailyBackupJob(ctx.files)] } satisfies TctModule;
}
