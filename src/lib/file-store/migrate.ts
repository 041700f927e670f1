/**
 * `tct files migrate`: copy every object of one store into another under the same key (local → S3, or back),
 * checking each copy by reading it back and hashing it. Progress is a JSON-lines file: one line per object,
 * appended only after its copy was verified, so a run stopped at any moment (Ctrl-C, kill -9, a network
 * failure) loses nothing and a rerun resumes. A rerun skips recorded objects that are still there with the
 * right size, and an object present but not recorded (copied just before the interruption) is verified by
 * reading it back rather than copied again. A source object whose name states a SHA-256 it does not match is
 * reported and not copied: the migration never spreads a damaged file.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { type FileStore, FileIntegrityError, sha256Hex, shaOfKey } from './file-store.ts';

export type MigrateOptions = {
  /** The progress file (JSON lines); created when missing. */
  progressFile: string;
  /** Checked before each object: when aborted, the run stops cleanly after the current one. */
  signal?: AbortSignal;
  onObject?: (key: string, outcome: 'copied' | 'present' | 'skipped' | 'failed') => void;
  /** Objects copied at once (default 4): a round trip to S3 per step is what a single copy waits on. */
  concurrency?: number;
};

export type MigrateSummary = {
  total: number;
  copied: number;
  /** Found in the destination with the right checksum (not recorded yet): verified, not copied again. */
  present: number;
  /** Recorded as done by an earlier run and still in the destination. */
  skipped: number;
  failed: { key: string; error: string }[];
  interrupted: boolean;
};

async function readProgress(path: string): Promise<Map<string, { sha256: string; size: number }>> {
  const done = new Map<string, { sha256: string; size: number }>();
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  // A line cut short by an interruption is ended, so the next record starts on a line of its own.
  if (text !== '' && !text.endsWith('\n')) await appendFile(path, '\n');
  for (const line of text.split('\n')) {
    try {
      const entry = JSON.parse(line) as { key?: unknown; sha256?: unknown; size?: unknown };
      if (typeof entry.key === 'string' && typeof entry.sha256 === 'string' && typeof entry.size === 'number')
        done.set(entry.key, { sha256: entry.sha256, size: entry.size });
    } catch {
      // an empty line, or the last line cut short by an interruption: that object is simply checked again
    }
  }
  return done;
}

export async function migrateFiles(from: FileStore, to: FileStore, opts: MigrateOptions): Promise<MigrateSummary> {
  const done = await readProgress(opts.progressFile);
  const summary: MigrateSummary = { total: 0, copied: 0, present: 0, skipped: 0, failed: [], interrupted: false };
  const record = (key: string, sha256: string, size: number) =>
    appendFile(opts.progressFile, `${JSON.stringify({ key, sha256, size })}\n`);

  // Workers share one listing (an async generator serves concurrent next() calls one after another).
  const listing = from.list()[Symbol.asyncIterator]();
  const worker = async () => {
    for (let next = await listing.next(); !next.done; next = await listing.next()) {
      if (opts.signal?.aborted) {
        summary.interrupted = true;
        return;
      }
      await copyOne(next.value.key);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
  return summary;

  async function copyOne(key: string) {
    summary.total++;
    try {
      const recorded = done.get(key);
      const there = await to.head(key);
      if (recorded && there && there.size === recorded.size && (!there.sha256 || there.sha256 === recorded.sha256)) {
        summary.skipped++;
        opts.onObject?.(key, 'skipped');
        return;
      }
      const data = await from.readRaw(key);
      if (!data) throw new Error('tệp nguồn không còn');
      const sha256 = sha256Hex(data);
      const named = shaOfKey(key);
      if (named && named !== sha256) throw new FileIntegrityError(key, named, sha256);
      if (there && there.size === data.length && (await verifies(to, key, sha256))) {
        await record(key, sha256, data.length);
        summary.present++;
        opts.onObject?.(key, 'present');
        return;
      }
      // A different object under the key (a damaged or half-copied one) is replaced, never trusted.
      if (there) await to.delete(key);
      await to.putAt(key, data, sha256);
      if (!(await verifies(to, key, sha256))) throw new Error('bản chép đọc lại không khớp mã SHA-256');
      await record(key, sha256, data.length);
      summary.copied++;
      opts.onObject?.(key, 'copied');
    } catch (e) {
      summary.failed.push({ key, error: e instanceof Error ? e.message : String(e) });
      opts.onObject?.(key, 'failed');
    }
  }
}

async function verifies(store: FileStore, key: string, sha256: string): Promise<boolean> {
  try {
    await store.get(key, sha256);
    return true;
  } catch (e) {
    if (e instanceof FileIntegrityError) return false;
    throw e;
  }
}
