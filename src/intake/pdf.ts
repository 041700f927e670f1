/**
 * PDF pages to text. A page with a text layer (≥ 40 letters) is taken as is. A scanned page is read at the
 * resolution of the image inside it, as OCRmyPDF does: `pdfimages -list` gives each image's effective ppi on
 * its page. A page that is one image covering the whole page (a scanner's or img2pdf's output) hands that
 * image to tesseract unchanged (`pdfimages -all`: a JPEG stays the same JPEG, no re-encoding); any other page
 * is rasterised by `pdftoppm` at the image's ppi, kept between a floor and a ceiling and under a pixel cap.
 * Rasterising a 200 ppi scan at a fixed 300 dpi (or a 96 dpi-tagged one, which becomes a huge page) made
 * tesseract read 2–20 times more pixels than the scanner produced.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntakeError } from './errors.ts';
import { ocrImage, type OcrOptions, toIntakeError, timeoutOf } from './ocr-core.ts';
import { mapParallel, processLimiter, ProcessMissing, runProcess } from './process.ts';

/** A PDF page whose text layer has fewer letters than this is a scan. */
const MIN_LETTERS_PER_PAGE = 40;
/** Effective resolution bounds for rasterising a scanned page (dpi). */
export const MIN_DPI = 150;
export const MAX_DPI = 400;
/** Without an image to go by (vector-only page with no text layer). */
export const DEFAULT_DPI = 300;
/** At most this many pixels per rasterised page (A4 at 400 dpi is about 15.5 Mpx). */
export const MAX_PIXELS = 25_000_000;

export interface PdfPage {
  page: number;
  widthPt: number;
  heightPt: number;
  rotate: number;
  /** Text layer, '' when none. */
  layer: string;
  images: PdfImage[];
}

export interface PdfImage {
  width: number;
  height: number;
  enc: string;
  type: string;
  xPpi: number;
  yPpi: number;
}

export interface PdfLayout {
  pages: PdfPage[];
}

function pdfFailed(path: string, e: unknown): IntakeError {
  return new IntakeError('PDF_FAILED', `Không đọc được tệp PDF ${path} (hỏng hoặc có mật khẩu)`, path, { cause: e });
}

async function run(cmd: string, args: string[], path: string, opts: OcrOptions, timeoutMs = timeoutOf(opts)) {
  try {
    return await runProcess(cmd, args, { timeoutMs, signal: opts.signal });
  } catch (e) {
    if (e instanceof ProcessMissing) throw toIntakeError(e, path, 0, 0, opts);
    throw toIntakeError(e, path, 0, 0, opts);
  }
}

/** Page sizes, rotation, text layer and embedded images of every page (three poppler calls in all). */
export async function readPdfLayout(path: string, opts: OcrOptions = {}): Promise<PdfLayout> {
  const info = await run('pdfinfo', ['-f', '1', '-l', '1000000', path], path, opts);
  const count = /^Pages:\s+(\d+)/m.exec(info.stdout);
  if (info.code !== 0 || !count) throw pdfFailed(path, new Error(info.stderr.trim() || 'pdfinfo'));
  const n = Number(count[1]);
  const pages: PdfPage[] = Array.from({ length: n }, (_, i) => ({
    page: i + 1,
    widthPt: 612,
    heightPt: 792,
    rotate: 0,
    layer: '',
    images: [],
  }));
  for (const m of info.stdout.matchAll(/^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)/gm)) {
    const p = pages[Number(m[1]) - 1];
    if (p) {
      p.widthPt = Number(m[2]);
      p.heightPt = Number(m[3]);
    }
  }
  for (const m of info.stdout.matchAll(/^Page\s+(\d+)\s+rot:\s+(-?\d+)/gm)) {
    const p = pages[Number(m[1]) - 1];
    if (p) p.rotate = ((Number(m[2]) % 360) + 360) % 360;
  }
  const wholeTimeout = timeoutOf(opts) * Math.max(1, Math.ceil(n / 10));
  const [layer, list] = await Promise.all([
    run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], path, opts, wholeTimeout),
    run('pdfimages', ['-list', path], path, opts, wholeTimeout),
  ]);
  if (layer.code === 0) {
    layer.stdout
      .split('\f')
      .slice(0, n)
      .forEach((t, i) => {
        const p = pages[i];
        if (p && (t.match(/\p{L}/gu) ?? []).length >= MIN_LETTERS_PER_PAGE) p.layer = t;
      });
  }
  if (list.code === 0) {
    for (const line of list.stdout.split('\n').slice(2)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 14) continue;
      const p = pages[Number(f[0]) - 1];
      if (!p) continue;
      p.images.push({
        type: f[2] ?? '',
        width: Number(f[3]),
        height: Number(f[4]),
        enc: f[8] ?? '',
        xPpi: Number(f[12]),
        yPpi: Number(f[13]),
      });
    }
  }
  return { pages };
}

export interface PagePlan {
  /** 'extract': hand the embedded image to tesseract; 'raster': pdftoppm at dpi. */
  mode: 'extract' | 'raster';
  dpi: number;
}

/** How a scanned page is turned into an image for tesseract. */
export function planPage(p: PdfPage): PagePlan {
  const pictures = p.images.filter((i) => i.type === 'image');
  const main = pictures.reduce<PdfImage | null>(
    (a, b) => (!a || b.width * b.height > a.width * a.height ? b : a),
    null,
  );
  if (!main || !(main.xPpi > 0)) return { mode: 'raster', dpi: capDpi(p, DEFAULT_DPI) };
  const native = Math.round(Math.max(main.xPpi, main.yPpi));
  const covers =
    Math.abs(main.width / main.xPpi - p.widthPt / 72) < 0.05 * (p.widthPt / 72) &&
    Math.abs(main.height / main.yPpi - p.heightPt / 72) < 0.05 * (p.heightPt / 72);
  const alone = pictures.length === 1 && p.images.length === 1;
  const readable = main.enc === 'jpeg' || main.enc === 'image';
  // The scanner's own pixels, whatever ppi the file claims (img2pdf tags an untagged JPEG at 96 ppi).
  if (covers && alone && readable && p.rotate === 0 && main.width * main.height <= MAX_PIXELS) {
    return { mode: 'extract', dpi: native };
  }
  return { mode: 'raster', dpi: capDpi(p, Math.min(MAX_DPI, Math.max(MIN_DPI, native))) };
}

function capDpi(p: PdfPage, dpi: number): number {
  const inches2 = (p.widthPt / 72) * (p.heightPt / 72);
  const capped = Math.floor(Math.sqrt(MAX_PIXELS / Math.max(inches2, 0.01)));
  return Math.max(36, Math.min(dpi, capped));
}

/** Text of one page: its text layer, or OCR of its image. */
async function pageText(path: string, p: PdfPage, dir: string, opts: OcrOptions, total: number): Promise<string> {
  if (p.layer) return p.layer;
  const plan = planPage(p);
  const base = join(dir, `p${p.page}`);
  const pg = String(p.page);
  const args =
    plan.mode === 'extract'
      ? ['-all', '-f', pg, '-l', pg, path, base]
      : ['-r', String(plan.dpi), '-gray', '-f', pg, '-l', pg, '-singlefile', path, base];
  const res = await processLimiter
    .run(() =>
      runProcess(plan.mode === 'extract' ? 'pdfimages' : 'pdftoppm', args, {
        timeoutMs: timeoutOf(opts),
        signal: opts.signal,
      }),
    )
    .catch((e: unknown) => {
      throw toIntakeError(e, path, p.page, total, opts);
    });
  const files = (await readdir(dir)).filter((f) => f.startsWith(`p${p.page}.`) || f.startsWith(`p${p.page}-`));
  const image = files[0] ? join(dir, files[0]) : null;
  if (res.code !== 0 || !image)
    throw new IntakeError('PDF_FAILED', `Không chuyển được trang ${p.page}/${total} của ${path} thành ảnh`, path);
  try {
    return await ocrImage(image, opts, p.page, total);
  } finally {
    await Promise.all(files.map((f) => rm(join(dir, f), { force: true })));
  }
}

export interface PageResult {
  page: number;
  text: string;
  method: 'text-layer' | 'ocr';
}

export interface PagesOptions extends OcrOptions {
  /** Called as each page is read, in completion order (a background job stores the text and shows progress). */
  onPage?: (r: PageResult & { done: number; pages: number }) => void;
}

/** Reads the given pages (1-based) of a PDF: text layer or OCR, pages in parallel. Keeps the order given. */
export async function readPdfPages(
  path: string,
  pages: number[],
  opts: PagesOptions = {},
  layout?: PdfLayout,
): Promise<PageResult[]> {
  const lay = layout ?? (await readPdfLayout(path, opts));
  const total = lay.pages.length;
  const wanted = pages.map((n) => {
    const p = lay.pages[n - 1];
    if (!p) throw new IntakeError('PDF_FAILED', `Tệp ${path} không có trang ${n} (chỉ có ${total} trang)`, path);
    return p;
  });
  const dir = await mkdtemp(join(tmpdir(), 'tct-ocr-'));
  let done = 0;
  try {
    return await mapParallel(wanted, opts.parallelism ?? availableParallelism(), async (p) => {
      const text = await pageText(path, p, dir, opts, total);
      const r: PageResult = { page: p.page, text, method: p.layer ? 'text-layer' : 'ocr' };
      done++;
      if (!p.layer) opts.onProgress?.({ done, pages: wanted.length, page: p.page });
      opts.onPage?.({ ...r, done, pages: wanted.length });
      return r;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Joins page texts into one letter's text: a page number printed alone at the top of a following page
 * ("2", "- 2 -") is dropped and blank lines at the break are removed, so a sentence, a requirement or a
 * deadline that runs over the break stays one paragraph.
 */
export function joinPages(texts: string[]): string {
  let out = '';
  texts.forEach((t, i) => {
    let s = t.replace(/\s+$/, '');
    if (i === 0) {
      out = s;
      return;
    }
    s = s.replace(/^\s*(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?[ \t]*\n/, '').replace(/^\s*\n/, '');
    // A page that ended a sentence keeps the paragraph break; otherwise the text runs on.
    out += /[.;:!?]["”)]?$/.test(out) ? `\n\n${s}` : `\n${s}`;
  });
  return out;
}
