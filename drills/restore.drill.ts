/**
 * `npm run drill -- restore [--sqlite|--postgres]`: a live installation with letters, scans and classes is backed
 * up the way the README says, restored somewhere else, and compared: row counts per table and the SHA-256 of every
 * stored file. SQLite: `tct backup --full` / `tct restore DIR`. PostgreSQL: `pg_dump -Fc` / `pg_restore` into a new
 * database (the drill's schema only), row counts compared table by table.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import SQLite from 'better-sqlite3';
import { fileChecksums, tableCounts } from '../src/backup/backup.ts';
import { drill, engineFromArgs, freePort, login, ServerProcess, scratchInstallation } from './support.ts';

const TCT = fileURLToPath(new URL('../bin/tct.js', import.meta.url));
const PAGES = ['002', '003', '004'].map((n) =>
  readFileSync(fileURLToPath(new URL(`../test/fixtures/documents/${n}/page.jpg`, import.meta.url))),
);

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(command, args, { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

async function pgCounts(url: string, schema: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by 1",
      [schema],
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables.rows) {
      const r = await client.query<{ n: string }>(`select count(*) as n from "${schema}"."${table_name}"`);
      counts[table_name] = Number(r.rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

function mismatches(a: Record<string, number>, b: Record<string, number>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).length;
}

export async function run(args: string[]): Promise<boolean> {
  const engine = engineFromArgs(args);
  const scratch = scratchInstallation(engine);
  const server = new ServerProcess(scratch, await freePort());
  await server.start();
  const clerk = await login(server.base, 'vanthu@tct-thainguyen.vn');
  for (const [i, page] of PAGES.entries()) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(page)], { type: 'image/jpeg' }), `scan-${i}.jpg`);
    const res = await clerk.request('POST', '/api/intake/uploads', form);
    if (res.status >= 300) throw new Error(`tải ảnh: ${res.status}`);
  }
  await server.stop();
  const started = Date.now();
  const files = await fileChecksums(join(scratch.dataDir, 'files'));
  let tablesMismatched: number;
  let filesMismatched: number;
  if (engine === 'sqlite') {
    const backupDir = join(mkdtempSync(join(tmpdir(), 'tct-drill-backup-')), 'tct-drill');
    sh(process.execPath, [TCT, 'backup', '--full', backupDir], scratch.env);
    const restoredDir = mkdtempSync(join(tmpdir(), 'tct-drill-restored-'));
    sh(process.execPath, [TCT, 'restore', backupDir], { ...scratch.env, DATA_DIR: restoredDir });
    const original = new SQLite(join(scratch.dataDir, 'tct.db'), { readonly: true });
    const restored = new SQLite(join(restoredDir, 'tct.db'), { readonly: true });
    tablesMismatched = mismatches(tableCounts(original), tableCounts(restored));
    original.close();
    restored.close();
    const after = await fileChecksums(join(restoredDir, 'files'));
    filesMismatched = mismatches(
      Object.fromEntries(files.map((f) => [f.path, f.size])),
      Object.fromEntries(after.map((f) => [f.path, f.size])),
    );
    filesMismatched += files.filter((f, i) => after[i]?.sha256 !== f.sha256).length;
  } else {
    const url = scratch.env.DATABASE_URL as string;
    const schema = scratch.schema as string;
    const dump = join(mkdtempSync(join(tmpdir(), 'tct-drill-dump-')), 'tct.dump');
    sh('pg_dump', ['-Fc', '-n', schema, '-f', dump, url]);
    const target = `tct_restore_drill_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${target}`);
    await admin.end();
    const targetUrl = url.replace(/\/[^/?]+(\?|$)/, `/${target}$1`);
    try {
      sh('pg_restore', ['--no-owner', '-d', targetUrl, dump]);
      tablesMismatched = mismatches(await pgCounts(url, schema), await pgCounts(targetUrl, schema));
    } finally {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${target}`);
      await cleanup.query(`drop schema if exists "${schema}" cascade`);
      await cleanup.end();
    }
    // Files of a PostgreSQL installation live in DATA_DIR (or object storage) and are copied by the operator.
    filesMismatched = 0;
  }
  drill('restore', 'engine', engine);
  drill('restore', 'files', files.length);
  drill('restore', 'tables_mismatched', tablesMismatched);
  drill('restore', 'files_mismatched', filesMismatched);
  drill('restore', 'seconds', ((Date.now() - started) / 1000).toFixed(1), 's');
  return tablesMismatched === 0 && filesMismatched === 0;
}
