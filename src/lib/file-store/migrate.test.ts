/**
 * `tct files migrate`: local → S3 (s3rver started here), interrupted partway and resumed, then every file is
 * in the bucket and reads back verified; a copy made just before an interruption but not yet recorded is
 * verified, not copied again; a damaged source file is reported and never copied; and back to local.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../testing/s3-server.ts';
import { createFileStore, type FileStore, localFileStore, sha256Hex } from './index.ts';
import { migrateFiles } from './migrate.ts';

let s3: TestS3;
let dir: string;
beforeAll(async () => {
  s3 = await startTestS3();
  dir = await mkdtemp(join(tmpdir(), 'tct-migrate-'));
});
afterAll(async () => {
  await s3?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ORG = '5d0c9a8e-3b2f-4e61-8a7c-9f0e1d2c3b4a';

async function keysOf(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of store.list()) keys.push(key);
  return keys.sort();
}

describe('files migrate', () => {
  it('copies every local file to S3, resumes after an interruption and verifies each copy', async () => {
    const dataDir = join(dir, 'data');
    const local = localFileStore(dataDir);
    const contents = Array.from({ length: 7 }, (_, i) => Buffer.from(`Văn bản ${i} `.repeat(100 * (i + 1))));
    for (const data of contents) await local.put(ORG, data);
    // Files of the layout before the store: evidence by id, signed letters as <sha>.pdf.
    const evidence = Buffer.from('minh chứng cũ');
    await mkdir(join(dataDir, 'files', ORG, 'evidence'), { recursive: true });
    await writeFile(join(dataDir, 'files', ORG, 'evidence', 'a1b2c3d4-0000-4000-8000-000000000001'), evidence);
    const letter = Buffer.from('%PDF-1.7 đã ký');
    await mkdir(join(dataDir, 'letters', ORG), { recursive: true });
    await writeFile(join(dataDir, 'letters', ORG, `${sha256Hex(letter)}.pdf`), letter);
    const all = await keysOf(local);
    expect(all).toHaveLength(9);

    const bucket = createFileStore({ dataDir, files: s3.files });
    const progressFile = join(dir, 'progress.jsonl');
    // First run: stopped (as Ctrl-C does) after three objects.
    const stop = new AbortController();
    let n = 0;
    const first = await migrateFiles(local, bucket, {
      progressFile,
      concurrency: 1,
      signal: stop.signal,
      onObject: () => {
        if (++n === 3) stop.abort();
      },
    });
    expect(first).toMatchObject({ interrupted: true, copied: 3, failed: [] });
    expect(await keysOf(bucket)).toHaveLength(3);

    // A copy that landed but was never recorded (killed between upload and progress line).
    const lastKey = all[all.length - 1]!;
    const lastData = (await local.readRaw(lastKey))!;
    await bucket.putAt(lastKey, lastData, sha256Hex(lastData));
    // A cut-off last line (the process died mid-write) is ignored.
    await writeFile(progressFile, `${await readFile(progressFile, 'utf8')}{"key":"files/x`);

    const second = await migrateFiles(local, bucket, { progressFile });
    expect(second).toEqual({ total: 9, copied: 5, present: 1, skipped: 3, failed: [], interrupted: false });
    expect(await keysOf(bucket)).toEqual(all);
    for (const key of all) {
      const original = (await local.readRaw(key))!;
      expect((await bucket.get(key, sha256Hex(original))).equals(original)).toBe(true);
    }

    // A third run has nothing to do.
    const third = await migrateFiles(local, bucket, { progressFile });
    expect(third).toMatchObject({ total: 9, copied: 0, present: 0, skipped: 9, failed: [] });

    // And back: S3 → an empty DATA_DIR.
    const back = localFileStore(join(dir, 'restored'));
    const home = await migrateFiles(bucket, back, { progressFile: join(dir, 'back.jsonl') });
    expect(home).toMatchObject({ total: 9, copied: 9, failed: [] });
    expect(await keysOf(back)).toEqual(all);
  });

  it('reports a damaged source file and does not copy it', async () => {
    const dataDir = join(dir, 'damaged');
    const local = localFileStore(dataDir);
    const good = await local.put(ORG, Buffer.from('tệp tốt'));
    const bad = await local.put(ORG, Buffer.from('tệp sẽ hỏng'));
    await writeFile(join(dataDir, bad.key), 'đã bị sửa');
    const bucket = createFileStore({ dataDir, files: { ...s3.files, prefix: 'damaged/' } });
    const summary = await migrateFiles(local, bucket, { progressFile: join(dir, 'damaged.jsonl') });
    expect(summary.copied).toBe(1);
    expect(summary.failed).toEqual([{ key: bad.key, error: expect.stringContaining('không khớp') }]);
    expect(await bucket.exists(good.key)).toBe(true);
    expect(await bucket.exists(bad.key)).toBe(false);
  });
});
