/**
 * The daily whole backup of an embedded installation (issue 18 item 7): database + files + manifest into
 * `BACKUP_DIR/tct-<Vietnam date>`, then only the newest `BACKUP_KEEP` kept. Idempotent: a date already backed up
 * is skipped. PostgreSQL installations are backed up with pg_dump by the operator (README), so the job does nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup, pruneBackups } from '../../backup/backup.ts';
import { type JobDefinition, payloadString } from '../../jobs/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';

export const BACKUP_HOUR_VN = 2;

/** `files`: the installation's store; objects of a remote one (S3) are listed in the manifest, not copied. */
export const createDailyBackupJob = (files?: FileStore): JobDefinition => ({
  name: 'backups.daily',
  daily: { hourVn: BACKUP_HOUR_VN },
  async run(payload, { database, config, logger }) {
    const date = payloadString(payload, 'date');
    if (!database.sqlite) return { skipped: 'PostgreSQL: sao lưu bằng pg_dump' };
    if (config.backupKeep === 0) return { skipped: 'BACKUP_KEEP=0' };
    const target = join(config.backupDir, `tct-${date}`);
    if (existsSync(target)) return { skipped: 'đã sao lưu ngày này', target };
    const objects = files?.kind === 's3' ? files : undefined;
    const manifest = await createBackup(database.sqlite, config.dataDir, target, { objects });
    const removed = await pruneBackups(config.backupDir, config.backupKeep);
    const listed = manifest.objects?.entries.length;
    logger.info({ target, files: manifest.files.length, objects: listed, removed }, 'Đã sao lưu dữ liệu');
    return {
      target,
      tables: Object.keys(manifest.tables).length,
      files: manifest.files.length,
      ...(listed === undefined ? {} : { objects: listed }),
      removed,
    };
  },
});

export const dailyBackupJob = createDailyBackupJob();
