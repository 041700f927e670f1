import { existsSync, mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore } from '../lib/file-store/index.ts';
import { startTestS3, type TestS3 } from '../testing/s3-server.ts';
import { createBackup, pruneBackups, restoreBackup, tableCounts, verifyBackup } from './backup.ts';

let root: string;
let dataDir: string;
let db: SQLite.Database;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tct-backup-'));
  dataDir = join(root, 'data');
  await mkdir(join(dataDir, 'files', 'org-1'), { recursive: true });
  db = new SQLite(join(dataDir, 'tct.db'));
  db.pragma('journal_mode = WAL');
  db.exec(
    'create table documents (id text primary key, subject text); create virtual table documents_fts using fts5(subject);',
  );
  const insert = db.prepare('insert into documents values (?, ?)');
  for (let i = 0; i < 50; i++) insert.run(`d${i}`, `Văn bản ${i}`);
  await writeFile(join(dataDir, 'files', 'org-1', 'a'), 'trang 1');
  await writeFile(join(dataDir, 'files', 'org-1', 'b'), Buffer.alloc(70_000, 7));
});
afterEach(async () => {
  db.close();
  await rm(root, { recursive: true, force: true });
});

describe('whole backups', () => {
  it('copy the database and files with a manifest, and a restore gives back the same rows and bytes', async () => {
    const target = join(root, 'backups', 'tct-2026-12-07');
    const manifest = await createBackup(db, dataDir, target);
    expect(manifest.tables).toEqual({ documents: 50 });
    expect(manifest.files.map((f) => f.path).sort()).toEqual([join('org-1', 'a'), join('org-1', 'b')]);
    expect(await verifyBackup(target)).toEqual([]);

    // Changes after the backup are undone by the restore.
    db.prepare('delete from documents where id < ?').run('d3');
    db.close();
    // The app never rewrites a stored file in place (new name, or write-then-rename), which is what makes the
    // backup's hard links safe; a changed file is therefore a new inode here too.
    await rm(join(dataDir, 'files', 'org-1', 'a'));
    await writeFile(join(dataDir, 'files', 'org-1', 'a'), 'đã sửa');
    await writeFile(join(dataDir, 'files', 'org-1', 'c'), 'mới');
    await restoreBackup(target, dataDir);
    db = new SQLite(join(dataDir, 'tct.db'));
    expect(tableCounts(db)).toEqual({ documents: 50 });
    expect(await readFile(join(dataDir, 'files', 'org-1', 'a'), 'utf8')).toBe('trang 1');
    await expect(readFile(join(dataDir, 'files', 'org-1', 'c'))).rejects.toThrow();
  });

  it('notice a damaged or incomplete backup and refuse to restore it', async () => {
    const target = join(root, 'backups', 'tct-2026-12-07');
    await createBackup(db, dataDir, target);
    await rm(join(target, 'files', 'org-1', 'a'));
    await writeFile(join(target, 'files', 'org-1', 'a'), 'hỏng');
    await rm(join(target, 'files', 'org-1', 'b'));
    const problems = await verifyBackup(target);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/khác nội dung/);
    expect(problems.join('\n')).toMatch(/Thiếu tệp/);
    await expect(restoreBackup(target, dataDir)).rejects.toThrow(/không toàn vẹn/);
  });

  it('never overwrite a backup and keep only the newest ones', async () => {
    const backups = join(root, 'backups');
    for (const day of ['01', '02', '03', '04']) await createBackup(db, dataDir, join(backups, `tct-2026-12-${day}`));
    await expect(createBackup(db, dataDir, join(backups, 'tct-2026-12-04'))).rejects.toThrow(/đã tồn tại/);
    expect(await pruneBackups(backups, 2)).toEqual(['tct-2026-12-01', 'tct-2026-12-02']);
    expect(await verifyBackup(join(backups, 'tct-2026-12-04'))).toEqual([]);
  });
});

describe('whole backups with files in S3', () => {
  let s3: TestS3;
  beforeAll(async () => {
    s3 = await startTestS3();
  });
  afterAll(async () => s3?.close());

  it('list the objects with their checksums instead of copying them, and refuse a restore when one is gone', async () => {
    const store = createFileStore({ dataDir, files: s3.files });
    const scan = await store.put('org-1', Buffer.from('bản quét trang 1'));
    const pdf = await store.put('org-1', Buffer.alloc(70_000, 9));
    const target = join(root, 'backups', 'tct-2026-12-07');
    const manifest = await createBackup(db, dataDir, target, { objects: store });
    expect(manifest.objects?.location).toBe(`s3://${s3.files.bucket}/`);
    expect(manifest.objects?.entries).toEqual(
      expect.arrayContaining([
        { path: scan.key, size: scan.size, sha256: scan.sha256 },
        { path: pdf.key, size: pdf.size, sha256: pdf.sha256 },
      ]),
    );
    // The bytes stay in the bucket (its versioning/replication backs them up); only DATA_DIR's files are copied.
    expect(existsSync(join(target, 'files', scan.key))).toBe(false);
    expect(await verifyBackup(target, { objects: store })).toEqual([]);

    await store.delete(pdf.key);
    expect(await verifyBackup(target, { objects: store })).toEqual([
      expect.stringContaining(`Thiếu đối tượng ${pdf.key}`),
    ]);
    await expect(restoreBackup(target, dataDir, { objects: store })).rejects.toThrow(/không toàn vẹn/);
  });
});
