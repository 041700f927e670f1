/**
 * File intake: tells the file type from its content, reads the text (UTF-8 text as is; images through
 * tesseract; PDFs through pdf.ts: text layer, or OCR at the scan's own resolution) and extracts the letter's
 * metadata. A scanned page (image or PDF) whose reading lost a core field is read a second time with a local
 * threshold (image-read.ts). A long PDF gives its metadata from its first pages and its last (the signature)
 * within seconds; `source.remainingPages` lists the pages left for a background job (`readPdfPages`).
 */
import { open, readFile, stat } from 'node:fs/promises';
import { extractFromText, type ExtractOptions } from './extract/index.ts';
import { IntakeError } from './errors.ts';
import { betterReading, readImage, wantsSecondReading } from './image-read.ts';
import { detectFormat, type FileFormat } from './file-type.ts';
import type { OcrOptions, PageSelection } from './ocr-core.ts';
import { joinPages, type PageResult, type PdfLayout, readPdfLayout, readPdfPages } from './pdf.ts';
import type { Extraction } from './types.ts';

export { ocrImage } from './ocr-core.ts';
export type { OcrOptions, OcrProgress, PageSelection } from './ocr-core.ts';

/** A PDF longer than this is read for metadata from its first METADATA_HEAD pages and its last page. */
export const LONG_DOCUMENT_PAGES = 8;
export const METADATA_HEAD = 3;

export interface FileSource {
  kind: 'text' | 'pdf' | 'image';
  format: Exclude<FileFormat, 'unsupported'>;
  /** How the text was obtained. */
  method: 'text' | 'text-layer' | 'ocr' | 'text-layer+ocr';
  pages: number;
  ocrSeconds: number;
  /**
   * Image or scanned PDF: how many times the OCR'd pages were read, 1, or 2 when the first reading missed a
   * core field and they were read again with a local threshold (image-read.ts).
   */
  readings?: number;
  /** PDF: the pages whose text was read (1-based), and the pages left unread (for a background job). */
  pagesRead?: number[];
  remainingPages?: number[];
}

export type FileExtraction = Extraction & { source: FileSource; text: string };

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
export async function extractFromFile(path: string, opts: OcrOptions & ExtractOptions = {}): Promise<FileExtraction> {
  const { head } = await readHead(path);
  const format = detectFormat(head);
  let text: string;
  let source: FileSource;
  let extraction: Extraction | undefined;
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
    const pdf = await readPdfLetter(path, opts);
    text = pdf.text;
    extraction = pdf.extraction;
    source = {
      kind: 'pdf',
      format,
      method: pdf.method,
      pages: pdf.pages,
      ocrSeconds: pdf.ocrSeconds,
      readings: pdf.readings,
      pagesRead: pdf.pagesRead,
      remainingPages: pdf.remainingPages,
    };
  } else {
    const started = performance.now();
    const reading = await readImage(path, opts, 1, 1);
    text = reading.text;
    extraction = reading.extraction;
    opts.onProgress?.({ done: 1, pages: 1, page: 1 });
    const pages = format === 'tiff' ? Math.max(1, text.split('\f').length - (text.endsWith('\f') ? 1 : 0)) : 1;
    const ocrSeconds = (performance.now() - started) / 1000;
    source = { kind: 'image', format, method: 'ocr', pages, ocrSeconds, readings: reading.readings };
  }
  if (!/\p{L}/u.test(text)) throw new IntakeError('UNREADABLE', `Không đọc được chữ nào trong tệp ${path}`, path);
  return { ...(extraction ?? extractFromText(text, opts)), source, text };
}

/** Page numbers (1-based, ascending, unique) of a selection for a document of `count` pages. */
export function selectPages(selection: PageSelection | undefined, count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  if (selection === undefined || selection === 'auto') {
    if (count <= LONG_DOCUMENT_PAGES) return all;
    return [...all.slice(0, METADATA_HEAD), count];
  }
  if (selection === 'all') return all;
  if (Array.isArray(selection))
    return [...new Set(selection.filter((n) => n >= 1 && n <= count))].sort((a, b) => a - b);
  const out = new Set<number>();
  for (const part of selection.split(',')) {
    const m = /^\s*(\d+|last)\s*(?:-\s*(\d+|last)\s*)?$/i.exec(part);
    if (!m) throw new IntakeError('UNSUPPORTED', `Danh sách trang không hợp lệ: "${selection}" (ví dụ: 1-3,last)`);
    const at = (v: string) => (v.toLowerCase() === 'last' ? count : Number(v));
    const a = at(m[1] ?? '1');
    const b = m[2] ? at(m[2]) : a;
    for (let n = Math.min(a, b); n <= Math.max(a, b); n++) if (n >= 1 && n <= count) out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

export interface PdfText {
  text: string;
  pages: number;
  method: FileSource['method'];
  ocrSeconds: number;
  pagesRead: number[];
  remainingPages: number[];
}

/** Text of a PDF's selected pages (see OcrOptions.pages), joined so text running over a page break is kept. */
export async function readPdf(path: string, opts: OcrOptions = {}): Promise<PdfText> {
  const layout = await readPdfLayout(path, opts);
  const wanted = selectPages(opts.pages, layout.pages.length);
  const started = performance.now();
  const results = await readPdfPages(path, wanted, opts, layout);
  return pdfText(layout, wanted, results, started);
}

/**
 * A PDF letter's text and metadata (readPdf, then extraction), with the second reading of image-read.ts: when
 * the extraction misses a core field, the pages that were OCR'd (never the text-layer ones) are read again
 * with a local threshold, and the whole second reading (text and extraction) is kept only when it misses
 * fewer. `readings`: how many times the OCR'd pages were read (0 when every page had a text layer). The second
 * reading reports no progress: the pages were counted once already.
 */
async function readPdfLetter(
  path: string,
  opts: OcrOptions & ExtractOptions,
): Promise<PdfText & { extraction: Extraction; readings: number }> {
  const layout = await readPdfLayout(path, opts);
  const wanted = selectPages(opts.pages, layout.pages.length);
  const started = performance.now();
  const first = await readPdfPages(path, wanted, opts, layout);
  const extraction = extractFromText(joinPages(first.map((r) => r.text)), opts);
  const scanned = first.filter((r) => r.method === 'ocr').map((r) => r.page);
  if (scanned.length === 0 || !wantsSecondReading(extraction, opts)) {
    return { ...pdfText(layout, wanted, first, started), extraction, readings: scanned.length > 0 ? 1 : 0 };
  }
  const { onProgress: _counted, ...quiet } = opts;
  const again = await readPdfPages(path, scanned, { ...quiet, binarisation: 'sauvola' }, layout);
  const reread = new Map(again.map((r) => [r.page, r]));
  const second = first.map((r) => reread.get(r.page) ?? r);
  const extraction2 = extractFromText(joinPages(second.map((r) => r.text)), opts);
  return betterReading(extraction, extraction2) === 'second'
    ? { ...pdfText(layout, wanted, second, started), extraction: extraction2, readings: 2 }
    : { ...pdfText(layout, wanted, first, started), extraction, readings: 2 };
}

function pdfText(layout: PdfLayout, wanted: number[], results: PageResult[], started: number): PdfText {
  const ocr = results.filter((r) => r.method === 'ocr').length;
  const method = ocr === 0 ? 'text-layer' : ocr === results.length ? 'ocr' : 'text-layer+ocr';
  const read = new Set(wanted);
  return {
    text: joinPages(results.map((r) => r.text)),
    pages: layout.pages.length,
    method,
    ocrSeconds: ocr ? (performance.now() - started) / 1000 : 0,
    pagesRead: wanted,
    remainingPages: layout.pages.map((p) => p.page).filter((n) => !read.has(n)),
  };
}
