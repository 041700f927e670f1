/**
 * OCR and file intake. Images go through Debian's tesseract (`-l vie --psm 3`, one thread per process);
 * PDFs use their text layer when it holds real text, otherwise each page is rasterised at 300 dpi and read,
 * pages in parallel up to the number of cores. No pre-processing: tesseract binarises and deskews itself
 * and the measured accuracy on the sample scans did not call for more.
 */
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFromText } from './extract/index.ts';
import { IntakeError } from './errors.ts';
import { detectFormat, type FileFormat } from './file-type.ts';
import { mapParallel, processLimiter, ProcessMissing, ProcessTimeout, runProcess } from './process.ts';
import type { Extraction } from './types.ts';

export interface OcrProgress {
  /** Pages finished so far. */
  done: number;
  pages: number;
  /** The page just finished (1-based). */
  page: number;
}

export interface OcrOptions {
  /** Time limit per page and per process, in ms (default 120 000). */
  pageTimeoutMs?: number;
  /** Pages read at once (default: the number of cores). */
  parallelism?: number;
  language?: string;
  tesseractPath?: string;
  onProgress?: (p: OcrProgress) => void;
  signal?: AbortSignal;
}

export interface FileSource {
  kind: 'text' | 'pdf' | 'image';
  format: Exclude<FileFormat, 'unsupported'>;
  /** How the text was obtained. */
  method: 'text' | 'text-layer' | 'ocr' | 'text-layer+ocr';
  pages: number;
  ocrSeconds: number;
}

export type FileExtraction = Extraction & { source: FileSource; text: string };

const DEFAULT_TIMEOUT_MS = 120_000;
/** A PDF page whose text layer has fewer letters than this is a scan. */
const MIN_LETTERS_PER_PAGE = 40;

function timeoutOf(opts: OcrOptions): number {
  return opts.pageTimeoutMs ?? DEFAULT_TIMEOUT_MS;
}

/** OCRs one image file (PNG, JPEG, TIFF; a multi-page TIFF gives all pages). */
export async function ocrImage(path: string, opts: OcrOptions = {}, page = 1, pages = 1): Promise<string> {
  const tesseract = opts.tesseractPath ?? 'tesseract';
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  try {
    const res = await processLimiter.run(() =>
      runProcess(tesseract, [path, 'stdout', '-l', opts.language ?? 'vie', '--psm', '3'], {
        timeoutMs: timeoutOf(opts),
        env,
        signal: opts.signal,
      }),
    );
    if (res.code !== 0) {
      throw new IntakeError(
        'OCR_FAILED',
        `Nhận dạng chữ thất bại ở trang ${page}/${pages}: ${res.stderr.trim().split('\n').pop() ?? ''}`,
        path,
      );
    }
    return res.stdout;
  } catch (e) {
    throw toIntakeError(e, path, page, pages, opts);
  }
}

function toIntakeError(e: unknown, path: string, page: number, pages: number, opts: OcrOptions): unknown {
  if (e instanceof IntakeError) return e;
  if (e instanceof ProcessTimeout) {
    return new IntakeError(
      'OCR_TIMEOUT',
      `Trang ${page}/${pages} của ${path} xử lý quá ${Math.round(timeoutOf(opts) / 1000)} giây nên đã dừng`,
      path,
      { cause: e },
    );
  }
  if (e instanceof ProcessMissing) {
    return new IntakeError(
      'OCR_MISSING',
      `Không chạy được ${e.message}: cần cài gói tesseract-ocr, tesseract-ocr-vie và poppler-utils`,
      path,
      { cause: e },
    );
  }
  if (opts.signal?.aborted) return new IntakeError('ABORTED', `Đã hủy xử lý ${path}`, path, { cause: e });
  return new IntakeError(
    'OCR_FAILED',
    `Nhận dạng chữ thất bại ở trang ${page}/${pages} của ${path}: ${(e as Error).message}`,
    path,
    { cause: e },
  );
}

async function pdfPageCount(path: string, opts: OcrOptions): Promise<number> {
  try {
    const res = await runProcess('pdfinfo', [path], { timeoutMs: timeoutOf(opts), signal: opts.signal });
    const m = /^Pages:\s+(\d+)/m.exec(res.stdout);
    if (res.code !== 0 || !m) throw new Error(res.stderr.trim() || 'pdfinfo');
    return Number(m[1]);
  } catch (e) {
    if (e instanceof ProcessMissing) throw toIntakeError(e, path, 0, 0, opts);
    throw new IntakeError('PDF_FAILED', `Không đọc được tệp PDF ${path} (hỏng hoặc có mật khẩu)`, path, { cause: e });
  }
}

/** Text of a PDF: the text layer where a page has one, OCR of the rasterised page elsewhere. */
export async function readPdf(
  path: string,
  opts: OcrOptions = {},
): Promise<{ text: string; pages: number; method: FileSource['method']; ocrSeconds: number }> {
  const pages = await pdfPageCount(path, opts);
  const layer = await runProcess('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    timeoutMs: timeoutOf(opts) * Math.max(1, pages),
    signal: opts.signal,
  }).catch((e: unknown) => {
    throw toIntakeError(e, path, 0, pages, opts);
  });
  const pageTexts = layer.code === 0 ? layer.stdout.split('\f').slice(0, pages) : [];
  while (pageTexts.length < pages) pageTexts.push('');
  const scanned = pageTexts
    .map((t, i) => ((t.match(/\p{L}/gu) ?? []).length < MIN_LETTERS_PER_PAGE ? i : -1))
    .filter((i) => i >= 0);
  if (scanned.length === 0) return { text: pageTexts.join('\n'), pages, method: 'text-layer', ocrSeconds: 0 };
  const dir = await mkdtemp(join(tmpdir(), 'tct-ocr-'));
  const started = performance.now();
  let done = 0;
  try {
    await mapParallel(scanned, opts.parallelism ?? availableParallelism(), async (pageIndex) => {
      const page = pageIndex + 1;
      const base = join(dir, `p${page}`);
      const raster = await processLimiter
        .run(() =>
          runProcess(
            'pdftoppm',
            ['-r', '300', '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', path, base],
            { timeoutMs: timeoutOf(opts), signal: opts.signal },
          ),
        )
        .catch((e: unknown) => {
          throw toIntakeError(e, path, page, pages, opts);
        });
      if (raster.code !== 0)
        throw new IntakeError('PDF_FAILED', `Không chuyển được trang ${page}/${pages} của ${path} thành ảnh`, path);
      pageTexts[pageIndex] = await ocrImage(`${base}.png`, opts, page, pages);
      await rm(`${base}.png`, { force: true });
      opts.onProgress?.({ done: ++done, pages: scanned.length, page });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const method = scanned.length === pages ? 'ocr' : 'text-layer+ocr';
  return { text: pageTexts.join('\n'), pages, method, ocrSeconds: (performance.now() - started) / 1000 };
}

async function readHead(path: string): Promise<{ head: Uint8Array; size: number }> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new IntakeError('NOT_FOUND', `Không tìm thấy tệp: ${path}`, path, { cause: e });
    throw new IntakeError('UNREADABLE', `Không đọc được tệp ${path}: ${(e as Error).message}`, path, { cause: e });
  }
  if (st.isDirectory()) throw new IntakeError('UNREADABLE', `${path} là thư mục, không phải tệp`, path);
  if (st.size === 0) throw new IntakeError('EMPTY', `Tệp rỗng: ${path}`, path);
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(st.size, 4096));
      await fh.read(buf, 0, buf.length, 0);
      return { head: buf, size: st.size };
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw new IntakeError('UNREADABLE', `Không đọc được tệp ${path}: ${(e as Error).message}`, path, { cause: e });
  }
}

/**
 * Reads a file (PDF, PNG, JPEG, TIFF or UTF-8 text, told apart by content), OCRs it when needed and
 * extracts the letter's metadata. Throws IntakeError (Vietnamese message) for unreadable or unsupported files.
 */
export async function extractFromFile(path: string, opts: OcrOptions = {}): Promise<FileExtraction> {
  const { head } = await readHead(path);
  const format = detectFormat(head);
  let text: string;
  let source: FileSource;
  if (format === 'unsupported') {
    throw new IntakeError(
      'UNSUPPORTED',
      `Định dạng tệp không được hỗ trợ (chỉ nhận PDF, PNG, JPEG, TIFF hoặc văn bản UTF-8): ${path}`,
      path,
    );
  } else if (format === 'text') {
    const bytes = await readFile(path);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      throw new IntakeError('UNSUPPORTED', `Tệp văn bản không phải UTF-8: ${path}`, path, { cause: e });
    }
    source = { kind: 'text', format, method: 'text', pages: 1, ocrSeconds: 0 };
  } else if (format === 'pdf') {
    const pdf = await readPdf(path, opts);
    text = pdf.text;
    source = { kind: 'pdf', format, method: pdf.method, pages: pdf.pages, ocrSeconds: pdf.ocrSeconds };
  } else {
    const started = performance.now();
    text = await ocrImage(path, opts, 1, 1);
    opts.onProgress?.({ done: 1, pages: 1, page: 1 });
    const pages = format === 'tiff' ? Math.max(1, text.split('\f').length - (text.endsWith('\f') ? 1 : 0)) : 1;
    source = { kind: 'image', format, method: 'ocr', pages, ocrSeconds: (performance.now() - started) / 1000 };
  }
  if (!/\p{L}/u.test(text)) throw new IntakeError('UNREADABLE', `Không đọc được chữ nào trong tệp ${path}`, path);
  return { ...extractFromText(text), source, text };
}
