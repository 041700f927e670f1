/** Daily whole backups of an embedded installation; no routes (restore is an operator's command: `tct restore`). */
import type { ModuleContext, TctModule } from '../module.ts';
import { dailyBackupJob } from './backups.job.ts';

export function createBackupsModule(_ctx: ModuleContext) {
  return { name: 'backups', jobs: [dailyBackupJob] } satisfies TctModule;
}
