/**
 * tesseract on one image file: Debian's tesseract (`-l vie --psm 3`, one thread per process, no
 * pre-processing: it binarises and deskews itself), with a time limit, the shared process cap, and
 * Vietnamese errors. The PDF and file-intake layers build on it.
 */
import { ocrPageSeconds } from '../lib/metrics.ts';
import { IntakeError } from './errors.ts';
import { processLimiter, ProcessMissing, ProcessTimeout, runProcess } from './process.ts';

export type PageSelection = 'auto' | 'all' | string | number[];

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
  /**
   * Which PDF pages to read: 'auto' (default: every page of a short document; the first 3 and the last of a
   * longer one, see LONG_DOCUMENT_PAGES), 'all', a spec like "1-3,last", or page numbers (1-based).
   */
  pages?: PageSelection;
  /**
   * How tesseract turns the grey page into black and white: 'otsu' (default, one global threshold) or
   * 'sauvola' (a local threshold per window, `-c thresholding_method=2`), which keeps strokes under a grey seal
   * or stamp that a global threshold merges into the seal. Used for the second reading (image-read.ts).
   */
  binarisation?: 'otsu' | 'sauvola';
}

const DEFAULT_TIMEOUT_MS = 120_000;

export function timeoutOf(opts: OcrOptions): number {
  return opts.pageTimeoutMs ?? DEFAULT_TIMEOUT_MS;
}

/** OCRs one image file (PNG, JPEG, TIFF; a multi-page TIFF gives all pages). */
export async function ocrImage(path: string, opts: OcrOptions = {}, page = 1, pages = 1): Promise<string> {
  const tesseract = opts.tesseractPath ?? 'tesseract';
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  try {
    const res = await processLimiter.run(async () => {
      const endTimer = ocrPageSeconds.startTimer();
      const args = [path, 'stdout', '-l', opts.language ?? 'vie', '--psm', '3'];
      if (opts.binarisation === 'sauvola') args.push('-c', 'thresholding_method=2');
      const result = await runProcess(tesseract, args, {
        timeoutMs: timeoutOf(opts),
        env,
        signal: opts.signal,
      }).catch((e: unknown) => {
        endTimer({ outcome: 'error' });
        throw e;
      });
      endTimer({ outcome: result.code === 0 ? 'ok' : 'error' });
      return result;
    });
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

export function toIntakeError(e: unknown, path: string, page: number, pages: number, opts: OcrOptions): unknown {
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
