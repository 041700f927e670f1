/**
 * The file store and `tct files migrate`, against s3rver (npm, started here on a free port): puts and verified
 * gets per second for the local directory and for S3, then a local → S3 migration of N files interrupted
 * halfway and resumed.
 *
 *   npm run bench -- files-store                      # 400 files of 64 KB
 *   npm run bench -- files-store --files=2000 --kb=256
 *
 * Prints `BENCH files-store.<store>.put_per_s`, `….get_per_s`, `BENCH files-store.migrate_mb_per_s`,
 * `BENCH files-store.migrate_resumed_copied` and `….migrate_resumed_skipped` (the resumed run copies only what
 * the interrupted one had not), and `BENCH files-store.migrate_verified` (files read back equal afterwards).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore, type FileStore, localFileStore } from '../src/lib/file-store/index.ts';
import { migrateFiles } from '../src/lib/file-store/migrate.ts';
import { startTestS3 } from '../src/testing/s3-server.ts';

const flag = (flags: string[], name: string, fallback: number) =>
  Number(flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

const ORG = '7e1f0c2a-9b3d-4c5e-8f6a-1b2c3d4e5f60';

async function putsAndGets(name: string, store: FileStore, blobs: Buffer[]): Promise<string[]> {
  let start = performance.now();
  const keys: string[] = [];
  for (const b of blobs) keys.push((await store.put(ORG, b)).key);
  const putS = (performance.now() - start) / 1000;
  start = performance.now();
  for (const k of keys) await store.get(k);
  const getS = (performance.now() - start) / 1000;
  console.log(`BENCH files-store.${name}.put_per_s ${(blobs.length / putS).toFixed(0)}`);
  console.log(`BENCH files-store.${name}.get_per_s ${(blobs.length / getS).toFixed(0)}`);
  return keys;
}

export async function run(flags: string[]): Promise<void> {
  const count = flag(flags, 'files', 400);
  const kb = flag(flags, 'kb', 64);
  const dir = await mkdtemp(join(tmpdir(), 'tct-bench-files-'));
  const s3 = await startTestS3();
  try {
    const blobs = Array.from({ length: count }, () => randomBytes(kb * 1024));
    const local = localFileStore(join(dir, 'data'));
    const keys = await putsAndGets('local', local, blobs);
    await putsAndGets('s3', createFileStore({ dataDir: dir, files: { ...s3.files, prefix: 'direct/' } }), blobs);

    const bucket = createFileStore({ dataDir: dir, files: s3.files });
    const progressFile = join(dir, 'progress.jsonl');
    const stop = new AbortController();
    let n = 0;
    const start = performance.now();
    const first = await migrateFiles(local, bucket, {
      progressFile,
      signal: stop.signal,
      onObject: () => {
        if (++n === Math.floor(count / 2)) stop.abort();
      },
    });
    const second = await migrateFiles(local, bucket, { progressFile });
    const seconds = (performance.now() - start) / 1000;
    let verified = 0;
    for (const [i, key] of keys.entries()) if ((await bucket.get(key)).equals(blobs[i] as Buffer)) verified++;
    console.log(`BENCH files-store.migrate_files ${count}`);
    console.log(`BENCH files-store.migrate_mb_per_s ${((count * kb) / 1024 / seconds).toFixed(1)}`);
    console.log(`BENCH files-store.migrate_interrupted_after ${first.copied}`);
    console.log(`BENCH files-store.migrate_resumed_copied ${second.copied}`);
    console.log(`BENCH files-store.migrate_resumed_skipped ${second.skipped}`);
    console.log(`BENCH files-store.migrate_failed ${first.failed.length + second.failed.length}`);
    console.log(`BENCH files-store.migrate_verified ${verified}`);
  } finally {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  }
}
