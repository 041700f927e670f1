/**
 * `npm run drill -- diskfull [--sqlite|--postgres]`: `DATA_DIR/files` (where uploads go) is a 20 MB tmpfs, the
 * database stays on the ordinary disk. A clerk uploads 1 MB letters until the disk is full. Every refused upload
 * must say so clearly (HTTP 507, "Hết dung lượng lưu trữ…"), no temp or half-written file may stay, no row may
 * point at a missing or truncated file, reads (pages, search, downloads) keep working, and once space is freed
 * uploads work again. The worker is off (TCT_WORKER=0): the drill is about the upload path, not OCR.
 * Needs root (mount); on a machine where mount is refused the drill says so and fails.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';
import { drill, dropScratch, engineFromArgs, freePort, login, ServerProcess, scratchInstallation } from './support.ts';

const SIZE_MB = 20;
const FILE_BYTES = 1024 * 1024;

/** A distinct ~1 MB UTF-8 letter (content-addressed storage keeps one copy of identical bytes). */
function letter(n: number): Buffer {
  const head = `CÔNG VĂN SỐ ${n}/DT\nV/v diễn tập đầy đĩa\n`;
  return Buffer.from(head + randomBytes(FILE_BYTES / 2).toString('hex'), 'utf8');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export async function run(args: string[]): Promise<boolean> {
  const engine = engineFromArgs(args);
  const scratch = scratchInstallation(engine);
  scratch.env.TCT_WORKER = '0';
  const files = join(scratch.dataDir, 'files');
  // The demo's files (written by the seed) move onto the tmpfs: a mount would otherwise hide them.
  const seeded = join(scratch.dataDir, 'files.seed');
  mkdirSync(files, { recursive: true });
  renameSync(files, seeded);
  mkdirSync(files);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE_MB}m`, 'tmpfs', files], { stdio: 'pipe' });
    cpSync(seeded, files, { recursive: true });
  } catch (error) {
    console.error(`Không gắn được tmpfs (cần quyền root): ${String(error).slice(0, 200)}`);
    drill('diskfull', 'mounted', 0);
    return false;
  }
  const server = new ServerProcess(scratch, await freePort());
  try {
    await server.start();
    const clerk = await login(server.base, 'vanthu@tct-thainguyen.vn');
    // Ballast: freed at the end to show that uploads work again once there is room.
    const ballast = join(files, 'ballast');
    writeFileSync(ballast, Buffer.alloc(4 * FILE_BYTES));
    const upload = async (n: number) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(letter(n))], { type: 'text/plain' }), `cong-van-${n}.txt`);
      const res = await clerk.request('POST', '/api/intake/uploads', form);
      const body = (await res.json()) as { documentId?: string; fileId?: string; error?: { message: string } };
      return { status: res.status, body };
    };
    const stored: { documentId: string; fileId: string }[] = [];
    let refused = 0;
    let unclear = 0;
    let firstMessage = '';
    for (let n = 0; n < SIZE_MB * 2 && refused < 3; n++) {
      const { status, body } = await upload(n);
      if (status === 202 && body.documentId && body.fileId) {
        stored.push({ documentId: body.documentId, fileId: body.fileId });
        continue;
      }
      refused++;
      firstMessage ||= `${status} ${body.error?.message ?? ''}`;
      if (status !== 507 || !body.error?.message.startsWith('Hết dung lượng lưu trữ')) {
        unclear++;
        console.error(`(từ chối không rõ ràng) ${status} ${JSON.stringify(body).slice(0, 300)}`);
      }
    }
    // Reads while the disk is full: pages, a search, and every stored file downloaded byte for byte.
    let readsFailed = 0;
    for (const path of ['/api/home', '/api/documents/search?register=incoming', '/api/desk']) {
      if ((await clerk.request('GET', path)).status !== 200) readsFailed++;
    }
    for (const s of stored) {
      const res = await clerk.request('GET', `/api/documents/${s.documentId}/files/${s.fileId}`);
      if (res.status !== 200 || (await res.arrayBuffer()).byteLength < FILE_BYTES) readsFailed++;
    }
    const tmpLeft = walk(files).filter((f) => f.endsWith('.tmp')).length;
    // Every file row points at a whole file with its recorded size and checksum.
    const database = await createDatabase(loadConfig(scratch.env));
    const rows = await database.db.selectFrom('document_files').select(['storage_path', 'size', 'sha256']).execute();
    await database.destroy();
    let dangling = 0;
    for (const r of rows) {
      if (!r.storage_path.startsWith(files)) continue;
      const whole =
        existsSync(r.storage_path) &&
        statSync(r.storage_path).size === Number(r.size) &&
        createHash('sha256').update(readFileSync(r.storage_path)).digest('hex') === r.sha256;
      if (!whole) dangling++;
    }
    rmSync(ballast);
    const again = await upload(10_000);
    const uploadsAfterFreeing = again.status === 202 ? 1 : 0;

    drill('diskfull', 'engine', engine);
    drill('diskfull', 'tmpfs_mb', SIZE_MB);
    drill('diskfull', 'uploads_stored', stored.length);
    drill('diskfull', 'uploads_refused', refused);
    console.log(`(thông báo) ${firstMessage}`);
    drill('diskfull', 'refusals_unclear', unclear);
    drill('diskfull', 'temp_files_left', tmpLeft);
    drill('diskfull', 'rows_without_whole_file', dangling);
    drill('diskfull', 'reads_failed', readsFailed);
    drill('diskfull', 'upload_after_freeing', uploadsAfterFreeing);
    return refused > 0 && unclear + tmpLeft + dangling + readsFailed === 0 && uploadsAfterFreeing === 1;
  } finally {
    await server.kill();
    try {
      execFileSync('umount', [files], { stdio: 'pipe' });
    } catch (error) {
      console.error(`umount ${files}: ${String(error).slice(0, 200)}`);
    }
    await dropScratch(scratch);
    rmSync(scratch.dataDir, { recursive: true, force: true });
  }
}
