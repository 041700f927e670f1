/**
 * `npm run bench -- ocr [--pages=N]`: seconds per page through our OCR path, its ratio to running plain
 * `tesseract IMG stdout -l vie --psm 3` on the same pages (both one thread, runs interleaved so machine load
 * hits both alike), and pages per second when all pages run in parallel.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { extractFromFile, ocrImage } from '../src/intake/ocr.ts';
import { mapParallel } from '../src/intake/process.ts';

const ROOT = join(import.meta.dirname, '..', 'test', 'fixtures', 'documents');

export async function run(flags: string[]): Promise<void> {
  const all = readdirSync(ROOT)
    .filter((d) => existsSync(join(ROOT, d, 'page.jpg')))
    .sort()
    .map((d) => join(ROOT, d, 'page.jpg'));
  const count = Number(flags.find((f) => f.startsWith('--pages='))?.slice(8) ?? 6);
  const pages = all.slice(0, Math.max(1, Math.min(count, all.length)));
  let ours = 0;
  let plain = 0;
  for (const page of pages) {
    const a = performance.now();
    spawnSync('tesseract', [page, 'stdout', '-l', 'vie', '--psm', '3'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      encoding: 'utf8',
    });
    plain += performance.now() - a;
    // Our path as the server uses it: file type detection, OCR, extraction.
    const b = performance.now();
    await extractFromFile(page);
    ours += performance.now() - b;
  }
  const perPage = ours / pages.length / 1000;
  process.stdout.write(
    `${pages.length} trang, tuần tự: đường của chúng ta ${(perPage).toFixed(2)} s/trang, tesseract trần ${(plain / pages.length / 1000).toFixed(2)} s/trang\n`,
  );
  process.stdout.write(`BENCH ocr.s_per_page ${perPage.toFixed(2)} s\n`);
  process.stdout.write(`BENCH ocr.ratio_to_tesseract ${(ours / plain).toFixed(3)}\n`);
  const t0 = performance.now();
  await mapParallel(all, availableParallelism(), (p) => ocrImage(p));
  const wall = (performance.now() - t0) / 1000;
  process.stdout.write(`${all.length} trang song song (${availableParallelism()} lõi): ${wall.toFixed(1)} s\n`);
  process.stdout.write(`BENCH ocr.pages_per_s_parallel ${(all.length / wall).toFixed(2)} pages/s\n`);
}
