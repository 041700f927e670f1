/**
 * `npm run bench -- ocr [--pages=N] [--pdf-pages=N] [--long-pages=N]`: seconds per page through our OCR path,
 * its ratio to running plain `tesseract IMG stdout -l vie --psm 3` on the same pages (both one thread, runs
 * interleaved so machine load hits both alike), pages per second when all pages run in parallel; then the same
 * sample pages as one scanned PDF vs as image files, each in one `tct extract` call (ratio target ≤ 1.15), and
 * the metadata of a 300-page scanned PDF (first pages and the last, default `--pages auto`; target < 60 s).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrImage } from '../src/intake/ocr-core.ts';
import { extractFromFile } from '../src/intake/ocr.ts';
import { mapParallel } from '../src/intake/process.ts';
import { writeImagePdf } from '../src/intake/test-support.ts';

const REPO = join(import.meta.dirname, '..');

/** Wall seconds of one `tct extract …` run (exit code checked). */
function timeCli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['bin/tct.js', 'extract', '--no-text', ...args], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`tct extract: mã thoát ${code}`)),
    );
  });
}

async function pdfFigures(all: string[], flags: string[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tct-bench-pdf-'));
  try {
    const n = Number(flags.find((f) => f.startsWith('--pdf-pages='))?.slice(12) ?? 20);
    const pages = all.slice(0, Math.max(1, Math.min(n, all.length)));
    const pdf = join(dir, 'pages.pdf');
    writeImagePdf(pdf, pages);
    // Interleaved so that load from other processes hits both alike.
    const images = await timeCli(pages);
    const asPdf = await timeCli(['--pages', 'all', pdf]);
    process.stdout.write(
      `${pages.length} trang: ảnh ${images.toFixed(1)} s, cùng các trang trong một PDF ${asPdf.toFixed(1)} s\n`,
    );
    process.stdout.write(`BENCH ocr.pdf_s_per_page ${(asPdf / pages.length).toFixed(2)} s\n`);
    process.stdout.write(`BENCH ocr.pdf_ratio_to_images ${(asPdf / images).toFixed(3)}\n`);
    const longPages = Number(flags.find((f) => f.startsWith('--long-pages='))?.slice(13) ?? 300);
    const long = join(dir, 'long.pdf');
    writeImagePdf(
      long,
      Array.from({ length: longPages }, (_, i) => all[i % all.length] as string),
    );
    const meta = await timeCli([long]);
    process.stdout.write(`PDF ${longPages} trang, siêu dữ liệu (trang 1-3 và trang cuối): ${meta.toFixed(1)} s\n`);
    process.stdout.write(`BENCH ocr.long_pdf_metadata_s ${meta.toFixed(1)} s\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
  await pdfFigures(all, flags);
}
