/** The daily backup job (issue 18 item 7) on the real schema: whole, verifiable, once per date, pruned. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBackup } from '../src/backup/backup.ts';
import { dailyBackupJob } from '../src/modules/backups/backups.job.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ demo: 'full' });
});
afterAll(async () => database?.cleanup());

const deps = () => ({ database, config: { ...database.config, backupKeep: 2 }, logger: console });

describe('daily backup job', () => {
  it('backs up an embedded installation once per date and keeps the newest BACKUP_KEEP', async () => {
    const result = (await dailyBackupJob.run({ date: '2026-12-05' }, deps(), {} as never)) as Record<string, unknown>;
    if (!database.sqlite) {
      expect(result.skipped).toMatch(/pg_dump/);
      return;
    }
    await mkdir(join(database.config.dataDir, 'files', 'org'), { recursive: true });
    await writeFile(join(database.config.dataDir, 'files', 'org', 'scan'), 'ảnh trang 1');
    const first = join(database.config.backupDir, 'tct-2026-12-05');
    expect(result.target).toBe(first);
    expect(await verifyBackup(first)).toEqual([]);
    expect(Number(result.tables)).toBeGreaterThan(20);

    const again = (await dailyBackupJob.run({ date: '2026-12-05' }, deps(), {} as never)) as Record<string, unknown>;
    expect(again.skipped).toBeTruthy();
    await dailyBackupJob.run({ date: '2026-12-06' }, deps(), {} as never);
    const third = (await dailyBackupJob.run({ date: '2026-12-07' }, deps(), {} as never)) as Record<string, unknown>;
    expect(third.removed).toEqual(['tct-2026-12-05']);
    expect(existsSync(first)).toBe(false);
    expect(third.files).toBe(1);
  });

  it('refuses a payload without a date', async () => {
    await expect(dailyBackupJob.run({}, deps(), {} as never)).rejects.toThrow(/date/);
  });
});
