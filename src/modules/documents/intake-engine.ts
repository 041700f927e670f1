/**
 * The seam between documents and the intake engine (src/intake): text → Extraction, and a stored
 * file → text (+ page images for the review screen) → Extraction. Tests may pass their own engine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  extractFromFile,
  extractFromText,
  type Extraction,
  type FileSource,
  type PageResult,
  type ReceiverHints,
  readPdfLayout,
  readPdfPages,
} from '../../intake/index.ts';
import type { AcceptedKind } from './files.storage.ts';

const run = promisify(execFile);

/** `source` is how the text was obtained: text | text-layer | ocr | text-layer+ocr (pasted text: pasted-text). */
export type FileExtraction = Extraction & { source: string; text: string; fileSource?: FileSource };

export type IntakeEngine = {
  /** `hints`: the registering organisation (the receiver on its own stamp) and other bodies a stamp may name. */
  extractFromText(text: string, hints?: ReceiverHints): Extraction;
  extractFromFile(
    path: string,
    opts: { kind: AcceptedKind; ocrPageTimeoutMs: number; hints?: ReceiverHints },
  ): Promise<FileExtraction>;
  /** Reads the given pages (1-based) of a PDF; `onPage` is called as each one is read. */
  readPages(
    path: string,
    pages: number[],
    opts: { ocrPageTimeoutMs: number; onPage?: (page: PageResult) => void },
  ): Promise<PageResult[]>;
  /** Number of pages of a PDF. */
  countPages(path: string): Promise<number>;
  /** A new PDF holding pages `from`..`to` (1-based, inclusive) of a PDF: one letter of a scanner batch. */
  cutPdf(path: string, from: number, to: number): Promise<Buffer>;
  /** PNG renderings of the first pages of a PDF, for the review screen (empty when unavailable). */
  renderPages(path: string, opts: { maxPages: number }): Promise<Buffer[]>;
};

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tct-intake-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Page renderings for the review screen only (the engine reads PDFs itself). */
async function pdfPagesToPng(path: string, dir: string, opts: { maxPages: number; dpi: number }): Promise<string[]> {
  await run('pdftoppm', ['-r', String(opts.dpi), '-l', String(opts.maxPages), '-png', path, join(dir, 'page')], {
    timeout: 120_000,
  });
  return (await readdir(dir))
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

export const defaultIntakeEngine: IntakeEngine = {
  extractFromText: (text, hints) => extractFromText(text, hints ?? {}),
  async extractFromFile(path, opts) {
    const result = await extractFromFile(path, { ...opts.hints, pageTimeoutMs: opts.ocrPageTimeoutMs });
    return { ...result, source: result.source.method, text: result.text, fileSource: result.source };
  },
  readPages: (path, pages, opts) =>
    readPdfPages(path, pages, {
      pageTimeoutMs: opts.ocrPageTimeoutMs,
      ...(opts.onPage ? { onPage: opts.onPage } : {}),
    }),
  async countPages(path) {
    return (await readPdfLayout(path)).pages.length;
  },
  async cutPdf(path, from, to) {
    return withTempDir(async (dir) => {
      await run('pdfseparate', ['-f', String(from), '-l', String(to), path, join(dir, 'p-%d.pdf')], {
        timeout: 120_000,
      });
      const parts = Array.from({ length: to - from + 1 }, (_, i) => join(dir, `p-${from + i}.pdf`));
      if (parts.length === 1) return readFile(parts[0] as string);
      await run('pdfunite', [...parts, join(dir, 'out.pdf')], { timeout: 120_000 });
      return readFile(join(dir, 'out.pdf'));
    });
  },
  async renderPages(path, opts) {
    try {
      return await withTempDir(async (dir) =>
        Promise.all((await pdfPagesToPng(path, dir, { maxPages: opts.maxPages, dpi: 110 })).map((p) => readFile(p))),
      );
    } catch {
      return [];
    }
  },
};
