/**
 * SQLite online backup and restore. `tct backup FILE` copies the database alone; `tct backup --full DIR` makes
 * a whole backup (database + files + manifest, as the daily job does), `tct backup --verify DIR` checks one, and
 * `tct restore DIR` restores one. For PostgreSQL use pg_dump/pg_restore (README).
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { createBackup, restoreBackup, verifyBackup } from '../backup/backup.ts';
import { loadConfig } from '../config.ts';
import { createFileStore } from '../lib/file-store/index.ts';

/** With FILES_STORAGE=s3 the bucket's objects are listed in the manifest and checked, not copied. */
function objectStore() {
  const config = loadConfig();
  return { objects: config.files.storage === 's3' ? createFileStore(config) : undefined };
}

function sqliteFile(): string | null {
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error('Đang dùng PostgreSQL: hãy sao lưu bằng pg_dump (xem README, mục "Triển khai trên PostgreSQL").');
    return null;
  }
  return join(config.dataDir, 'tct.db');
}

async function runFullBackup(target: string): Promise<number> {
  const file = sqliteFile();
  if (!file) return 2;
  if (!existsSync(file)) {
    console.error(`Không có CSDL tại ${file}.`);
    return 1;
  }
  const db = new SQLite(file, { readonly: true });
  try {
    const manifest = await createBackup(db, loadConfig().dataDir, resolve(target), objectStore());
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    const listed = manifest.objects
      ? `, ${manifest.objects.entries.length} đối tượng S3 (ghi danh sách, không chép)`
      : '';
    console.log(`Đã sao lưu toàn bộ → ${resolve(target)}: ${rows} dòng, ${manifest.files.length} tệp${listed}.`);
    return 0;
  } catch (e) {
    console.error(`Không sao lưu được: ${(e as Error).message}`);
    return 1;
  } finally {
    db.close();
  }
}

async function runVerify(dir: string): Promise<number> {
  try {
    const problems = await verifyBackup(resolve(dir), objectStore());
    for (const p of problems) console.error(p);
    console.log(problems.length ? `Bản sao lưu có ${problems.length} vấn đề.` : 'Bản sao lưu toàn vẹn.');
    return problems.length ? 1 : 0;
  } catch (e) {
    console.error(`Không kiểm tra được: ${(e as Error).message}`);
    return 2;
  }
}

export async function runBackup(args: string[]): Promise<number> {
  if (args[0] === '--full' && args[1]) return runFullBackup(args[1]);
  if (args[0] === '--verify' && args[1]) return runVerify(args[1]);
  const target = args[0];
  if (!target) {
    console.error('Cách dùng: tct backup TỆP.db | tct backup --full THƯ_MỤC | tct backup --verify THƯ_MỤC');
    return 2;
  }
  const file = sqliteFile();
  if (!file) return 2;
  if (!existsSync(file)) {
    console.error(`Không có CSDL tại ${file}.`);
    return 1;
  }
  const db = new SQLite(file, { readonly: true });
  mkdirSync(dirname(resolve(target)), { recursive: true });
  let lastShown = -1;
  await db.backup(resolve(target), {
    progress: ({ totalPages, remainingPages }) => {
      const pct = totalPages ? Math.round(((totalPages - remainingPages) / totalPages) * 100) : 100;
      if (pct !== lastShown && pct % 10 === 0) process.stderr.write(`Sao lưu: ${pct}%\n`);
      lastShown = pct;
      return 200;
    },
  });
  db.close();
  console.log(`Đã sao lưu ${file} → ${resolve(target)} (${(statSync(resolve(target)).size / 1024).toFixed(0)} KB).`);
  return 0;
}

export async function runRestore(args: string[]): Promise<number> {
  const source = args[0];
  if (!source || !existsSync(source)) {
    console.error('Cách dùng: tct restore TỆP_SAO_LƯU.db (tệp phải tồn tại). Hãy dừng máy chủ trước khi khôi phục.');
    return 2;
  }
  const file = sqliteFile();
  if (!file) return 2;
  if (statSync(source).isDirectory()) {
    try {
      const manifest = await restoreBackup(resolve(source), loadConfig().dataDir, objectStore());
      console.log(`Đã khôi phục ${resolve(source)} (${manifest.files.length} tệp) → ${loadConfig().dataDir}.`);
      return 0;
    } catch (e) {
      console.error(`Không khôi phục được: ${(e as Error).message}`);
      return 1;
    }
  }
  try {
    const check = new SQLite(source, { readonly: true });
    const ok = check.pragma('integrity_check', { simple: true });
    const hasUsers = check.prepare("select count(*) as n from sqlite_master where name = 'users'").get() as {
      n: number;
    };
    check.close();
    if (ok !== 'ok' || hasUsers.n !== 1) throw new Error('không phải bản sao lưu TCT hợp lệ');
  } catch (e) {
    console.error(`Không khôi phục được: ${(e as Error).message}.`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(source, file);
  console.log(`Đã khôi phục ${resolve(source)} → ${file}.`);
  return 0;
}
