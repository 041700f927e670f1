/**
 * `tct files migrate --to s3|local`: copy the uploaded files of DATA_DIR into the S3 bucket named by S3_*
 * (or back), verified and resumable (src/lib/file-store/migrate.ts). The rows keep their keys (older rows
 * their absolute paths, which the store reads by key), so after a migration to S3 it is enough to set
 * FILES_STORAGE=s3 and restart. Ctrl-C stops after the current file; a rerun continues.
 */
import { join } from 'node:path';
import { loadConfig, loadFilesConfig } from '../config.ts';
import { createFileStore, type FileStore, localFileStore } from '../lib/file-store/index.ts';
import { migrateFiles } from '../lib/file-store/migrate.ts';

const USAGE =
  'Cách dùng: tct files migrate --to s3|local [--jobs 4]   (cấu hình S3 qua S3_BUCKET, S3_ENDPOINT, …; xem README)';

function stores(to: string): { from: FileStore; to: FileStore } | null {
  const config = loadConfig();
  const local = localFileStore(config.dataDir);
  // The bucket comes from S3_* whatever FILES_STORAGE says: the switch happens after the migration.
  const s3 = createFileStore({
    dataDir: config.dataDir,
    files: loadFilesConfig({ ...process.env, FILES_STORAGE: 's3' }),
  });
  if (to === 's3') return { from: local, to: s3 };
  if (to === 'local') return { from: s3, to: local };
  return null;
}

export async function runFiles(args: string[]): Promise<number> {
  const toAt = args.indexOf('--to');
  const target = toAt >= 0 ? args[toAt + 1] : undefined;
  if (args[0] !== 'migrate' || !target) {
    console.error(USAGE);
    return 2;
  }
  let pair: ReturnType<typeof stores>;
  try {
    pair = stores(target);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (!pair) {
    console.error(USAGE);
    return 2;
  }
  const progressFile = join(loadConfig().dataDir, `files-migrate-to-${target}.progress.jsonl`);
  const stop = new AbortController();
  const onSignal = () => {
    console.error('Đang dừng sau tệp hiện tại… (chạy lại lệnh để tiếp tục)');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  console.log(`Chuyển tệp: ${pair.from.location} → ${pair.to.location} (tiến độ: ${progressFile})`);
  let seen = 0;
  const jobsAt = args.indexOf('--jobs');
  const summary = await migrateFiles(pair.from, pair.to, {
    progressFile,
    concurrency: jobsAt >= 0 ? Math.max(1, Number(args[jobsAt + 1]) || 4) : 4,
    signal: stop.signal,
    onObject: (key, outcome) => {
      seen++;
      if (outcome === 'failed' || seen % 100 === 0)
        console.log(`  ${seen} tệp… ${outcome === 'failed' ? `LỖI ${key}` : ''}`);
    },
  }).catch((e: unknown) => {
    // The listing itself failed (bucket unreachable, wrong credentials): nothing recorded is lost; rerun later.
    console.error(`Không chuyển được tệp: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (!summary) return 1;
  for (const f of summary.failed) console.error(`  Lỗi: ${f.key}: ${f.error}`);
  console.log(
    `FILES migrate.total ${summary.total}\nFILES migrate.copied ${summary.copied}\nFILES migrate.present ${summary.present}\n` +
      `FILES migrate.skipped ${summary.skipped}\nFILES migrate.failed ${summary.failed.length}`,
  );
  if (summary.interrupted) {
    console.log('Đã dừng giữa chừng: chạy lại cùng lệnh để tiếp tục.');
    return 130;
  }
  if (summary.failed.length) return 1;
  console.log(
    target === 's3'
      ? 'Xong: mọi tệp đã có trong bucket và đã kiểm tra mã SHA-256. Đặt FILES_STORAGE=s3 rồi khởi động lại máy chủ.'
      : 'Xong: mọi tệp đã có trong DATA_DIR và đã kiểm tra mã SHA-256. Bỏ FILES_STORAGE=s3 rồi khởi động lại máy chủ.',
  );
  return 0;
}
