/**
 * Whole backups of an embedded (SQLite) installation: the database copied online through SQLite's backup
 * API (readers and writers carry on), the uploaded files beside it, and a manifest of row counts per table and
 * the SHA-256 of every file, so a restore can be proved complete. Uploaded files never change once written
 * (stored under a new name, or written to a temporary file and renamed — never rewritten in place), so a backup
 * hard-links them where the file system allows (a copy otherwise): daily backups cost little disk. A restore
 * copies, so the live files never share an inode with a backup.
 * PostgreSQL installations back up with pg_dump (README, `drills/restore.drill.ts`).
 *
 * With files in S3 (FILES_STORAGE=s3) the objects are not copied: the manifest lists every object's key, size
 * and SHA-256 (`objects`), and the bucket's own versioning or replication is the backup of the bytes. A verify
 * or a restore given the store checks that every listed object is still in the bucket with its size.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import SQLite from 'better-sqlite3';
import { type FileStore, shaOfKey } from '../lib/file-store/index.ts';

export type BackupFileEntry = { path: string; size: number; sha256: string };
export type BackupManifest = {
  format: 'tct-backup-1';
  createdAt: string;
  tables: Record<string, number>;
  files: BackupFileEntry[];
  /** Files kept in object storage, listed (not copied): where, and each object's key (`path`), size, SHA-256. */
  objects?: { location: string; entries: BackupFileEntry[] };
};

const MANIFEST = 'manifest.json';
const DATABASE_FILE = 'tct.db';
const FILES_DIR = 'files';

/** Rows per user table (SQLite's own and FTS shadow tables left out: they follow from the others). */
export function tableCounts(db: SQLite.Database): Record<string, number> {
  const names = db
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL TABLE%' order by name",
    )
    .pluck()
    .all() as string[];
  const shadow = new Set(
    (
      db.prepare("select name from sqlite_master where sql like 'CREATE VIRTUAL TABLE%'").pluck().all() as string[]
    ).flatMap((v) => ['_data', '_idx', '_content', '_docsize', '_config'].map((s) => v + s)),
  );
  const counts: Record<string, number> = {};
  for (const name of names) {
    if (shadow.has(name)) continue;
    counts[name] =
      (db
        .prepare(`select count(*) from "${name.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number) ?? 0;
  }
  return counts;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under `root`, with size and SHA-256, in a stable order. */
export async function fileChecksums(root: string): Promise<BackupFileEntry[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.endsWith('.tmp'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const out: BackupFileEntry[] = [];
  for (const path of files) {
    out.push({ path: relative(root, path), size: (await stat(path)).size, sha256: await sha256Of(path) });
  }
  return out;
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/**
 * Backs up the open database `source` and `${dataDir}/files` into `targetDir` (which must not exist).
 * Written under a temporary name and renamed at the end, so a crash never leaves a backup that looks whole.
 */
export async function createBackup(
  source: SQLite.Database,
  dataDir: string,
  targetDir: string,
  opts: { objects?: FileStore } = {},
): Promise<BackupManifest> {
  if (existsSync(targetDir)) throw new Error(`Thư mục sao lưu ${targetDir} đã tồn tại.`);
  const work = `${targetDir}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await source.backup(join(work, DATABASE_FILE));
  const copy = new SQLite(join(work, DATABASE_FILE), { readonly: true });
  const tables = tableCounts(copy);
  copy.close();
  const files = await fileChecksums(join(dataDir, FILES_DIR));
  for (const f of files) await linkOrCopy(join(dataDir, FILES_DIR, f.path), join(work, FILES_DIR, f.path));
  const manifest: BackupManifest = { format: 'tct-backup-1', createdAt: new Date().toISOString(), tables, files };
  if (opts.objects) manifest.objects = { location: opts.objects.location, entries: await objectList(opts.objects) };
  await writeFile(join(work, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  await rename(work, targetDir);
  return manifest;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as BackupManifest;
  if (manifest.format !== 'tct-backup-1') throw new Error('Không phải bản sao lưu TCT (thiếu manifest.json hợp lệ).');
  return manifest;
}

/** Differences between what a manifest promises and what a database + files directory hold. */
export async function compareWithManifest(
  manifest: BackupManifest,
  databaseFile: string,
  filesRoot: string,
): Promise<string[]> {
  const problems: string[] = [];
  const db = new SQLite(databaseFile, { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`CSDL hỏng: ${String(integrity)}`);
    const counts = tableCounts(db);
    for (const [table, n] of Object.entries(manifest.tables)) {
      if (counts[table] !== n)
        problems.push(`Bảng ${table}: ${counts[table] ?? 'không có'} dòng, bản sao lưu ghi ${n}`);
    }
  } finally {
    db.close();
  }
  const actual = new Map((await fileChecksums(filesRoot)).map((f) => [f.path, f]));
  for (const f of manifest.files) {
    const found = actual.get(f.path);
    if (!found) problems.push(`Thiếu tệp ${f.path}`);
    else if (found.sha256 !== f.sha256) problems.push(`Tệp ${f.path} khác nội dung (SHA-256)`);
  }
  return problems;
}

/** Every object of a remote store; the SHA-256 from the key (content-addressed) or the object's metadata. */
async function objectList(store: FileStore): Promise<BackupFileEntry[]> {
  const out: BackupFileEntry[] = [];
  for await (const { key, size } of store.list())
    out.push({ path: key, size, sha256: shaOfKey(key) ?? (await store.head(key))?.sha256 ?? '' });
  return out;
}

/** Objects the manifest lists that the store no longer holds, or holds with another size. */
export async function compareObjects(manifest: BackupManifest, store: FileStore): Promise<string[]> {
  const problems: string[] = [];
  for (const o of manifest.objects?.entries ?? []) {
    const found = await store.head(o.path);
    if (!found) problems.push(`Thiếu đối tượng ${o.path} trong ${store.location}`);
    else if (found.size !== o.size) problems.push(`Đối tượng ${o.path} khác kích thước`);
  }
  return problems;
}

export async function verifyBackup(dir: string, opts: { objects?: FileStore } = {}): Promise<string[]> {
  const manifest = await readManifest(dir);
  const problems = await compareWithManifest(manifest, join(dir, DATABASE_FILE), join(dir, FILES_DIR));
  return opts.objects ? [...problems, ...(await compareObjects(manifest, opts.objects))] : problems;
}

/**
 * Restores a verified backup into `dataDir` (the server must be stopped): the database replaces the current
 * one and the files directory is replaced as a whole. Refuses a backup that does not match its manifest.
 */
export async function restoreBackup(
  dir: string,
  dataDir: string,
  opts: { objects?: FileStore } = {},
): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  const problems = await verifyBackup(dir, opts);
  if (problems.length) throw new Error(`Bản sao lưu không toàn vẹn: ${problems.slice(0, 5).join('; ')}`);
  await mkdir(dataDir, { recursive: true });
  const target = join(dataDir, DATABASE_FILE);
  for (const suffix of ['-wal', '-shm']) await rm(target + suffix, { force: true });
  await copyFile(join(dir, DATABASE_FILE), `${target}.restoring`);
  await rename(`${target}.restoring`, target);
  const files = join(dataDir, FILES_DIR);
  await rm(`${files}.restoring`, { recursive: true, force: true });
  for (const f of manifest.files) {
    const to = join(`${files}.restoring`, f.path);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(dir, FILES_DIR, f.path), to);
  }
  await rm(files, { recursive: true, force: true });
  if (existsSync(`${files}.restoring`)) await rename(`${files}.restoring`, files);
  return manifest;
}

/** Keeps the newest `keep` backups named `tct-YYYY-MM-DD…` under `root`; returns the removed names. */
export async function pruneBackups(root: string, keep: number): Promise<string[]> {
  if (!existsSync(root)) return [];
  const names = (await readdir(root, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^tct-\d{4}-\d{2}-\d{2}/.test(e.name) && !e.name.endsWith('.partial'))
    .map((e) => e.name)
    .sort();
  const removed = names.slice(0, Math.max(0, names.length - Math.max(1, keep)));
  for (const name of removed) await rm(join(root, name), { recursive: true, force: true });
  return removed;
}
