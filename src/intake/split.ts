/**
 * A scanner batch: several letters scanned into one PDF. A page starts a new letter when its top carries a
 * letter's header block (documents.md: national or Party motto, issuing body, "Số …" number-symbol, place and
 * date); the previous page ending in a signature block (authority mark, "Nơi nhận", the signer's name) is
 * supporting evidence, and a page that opens mid-sentence or with a numbered item counts against. Each
 * boundary carries a confidence and its evidence so a clerk can move it before the drafts are made.
 */
import { extractFromText, type ExtractOptions } from './extract/index.ts';
import { fold } from './extract/normalize.ts';
import { IntakeError } from './errors.ts';
import type { OcrOptions } from './ocr-core.ts';
import { joinPages, readPdfLayout, readPdfPages } from './pdf.ts';
import type { Extraction } from './types.ts';

export type StartEvidence = 'motto' | 'issuer' | 'number' | 'date' | 'stamp' | 'previous-signature' | 'continues';

export interface PageStart {
  page: number;
  /** 0..1: how sure the engine is that a letter starts on this page. */
  score: number;
  starts: boolean;
  evidence: StartEvidence[];
}

const TOP_LINES = 14;
const BOTTOM_LINES = 14;
const MOTTO = /dang\s*cong\s*san|cong\s*hoa\s*xa\s*hoi|doc\s*lap\s*-?\s*tu\s*do/;
const NUMBER = /(?<![a-z])so\s{0,2}[:.]?\s{0,3}\d{1,6}\s{0,2}(?:\/\s?\d{4}\s?)?[-/]\s{0,2}[a-z]/;

/** "Số 12-KH/TU" opening its line, or after the other header column (capitals), never inside prose. */
function isNumberLine(line: string): boolean {
  const m = NUMBER.exec(fold(line));
  return m !== null && !/\p{Ll}{2,}/u.test(line.slice(0, m.index));
}
// "Hà Nội, ngày 5 tháng 9 …": a place before the date, not a date inside a sentence.
const DATE = /\p{Lu}\p{Ll}*,\s{0,2}ng[aà]y\s{0,2}\d{1,2}\s{0,2}[,.]?\s{0,2}th[aá]ng\s{0,2}\d{1,2}/u;
const ISSUER =
  /^\W{0,3}(ban chap hanh|hoc vien|tinh uy|thanh uy|huyen uy|dang uy|uy ban|ubnd|hoi dong|so |bo |truong|ban )/;
const STAMP = /(?:^|[^a-z])(den|cong van den|cv den)(?:[^a-z]|$)/;
const AUTHORITY = /(?:^|\s)(k\s?\/\s?t|t\s?\/\s?m|t\s?\/\s?l|kt\.|tm\.|tl\.|tuq\.|q\.)\s+\S/;
const NOI_NHAN = /^\W{0,2}n[o]i\s*nh[a]n/;
const NAME_LINE = /^(?:[\p{Lu}][\p{Ll}]+\s+){1,5}[\p{Lu}][\p{Ll}]+$/u;

function nonEmpty(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Evidence that `text` (one page) opens a letter, given the page before it. */
export function scorePageStart(text: string, previous: string | null): Omit<PageStart, 'page' | 'starts'> {
  const lines = nonEmpty(text);
  const top = lines.slice(0, TOP_LINES);
  const topFolded = top.map((l) => fold(l));
  const evidence: StartEvidence[] = [];
  let score = 0;
  if (topFolded.some((l) => MOTTO.test(l))) {
    score += 0.35;
    evidence.push('motto');
  }
  if (topFolded.slice(0, 4).some((l, i) => ISSUER.test(l) && (top[i] ?? '') === (top[i] ?? '').toUpperCase())) {
    score += 0.15;
    evidence.push('issuer');
  }
  if (top.some(isNumberLine)) {
    score += 0.3;
    evidence.push('number');
  }
  if (top.some((l) => DATE.test(l))) {
    score += 0.2;
    evidence.push('date');
  }
  if (topFolded.some((l) => STAMP.test(l))) {
    score += 0.05;
    evidence.push('stamp');
  }
  if (previous !== null) {
    const bottom = nonEmpty(previous).slice(-BOTTOM_LINES);
    const folded = bottom.map((l) => fold(l));
    const signed =
      folded.some((l) => NOI_NHAN.test(l)) ||
      folded.some((l) => AUTHORITY.test(l)) ||
      bottom.slice(-3).some((l) => NAME_LINE.test(l.replace(/^[^\p{L}]+/u, '')));
    if (signed) {
      score += 0.2;
      evidence.push('previous-signature');
    }
    // A page that opens in the middle of a sentence or with a numbered item continues the letter before.
    const first = lines[0] ?? '';
    if (/^\p{Ll}/u.test(first) || /^\d{1,2}\s?[.)]\s/.test(first)) {
      score -= 0.3;
      evidence.push('continues');
    }
  }
  return { score: Math.max(0, Math.min(1, Number(score.toFixed(2)))), evidence };
}

/** Where letters start in a sequence of page texts (page 1 always does). Pure. */
export function findLetterStarts(pageTexts: string[], threshold = 0.5): PageStart[] {
  return pageTexts.map((t, i) => {
    const s = scorePageStart(t, i === 0 ? null : (pageTexts[i - 1] ?? ''));
    const starts = i === 0 || s.score >= threshold;
    return { page: i + 1, score: i === 0 ? Math.max(s.score, 1) : s.score, starts, evidence: s.evidence };
  });
}

export interface BatchLetter {
  /** First and last page (1-based, inclusive). */
  pages: [number, number];
  /** Confidence that this letter starts on its first page (1 for page 1). */
  startConfidence: number;
  evidence: StartEvidence[];
  extraction: Extraction;
  text: string;
}

export interface BatchSplit {
  pages: number;
  /** Every page with its start score: a UI shows these to let the clerk move a boundary. */
  pageStarts: PageStart[];
  letters: BatchLetter[];
  /** Text of every page, in page order (kept so moved boundaries need no new OCR). */
  pageTexts: string[];
}

/** Letters for given boundaries (first pages, 1-based, ascending, starting with 1). Pure. */
export function lettersFromStarts(
  pageTexts: string[],
  firstPages: number[],
  pageStarts: PageStart[] = [],
  opts: ExtractOptions = {},
): BatchLetter[] {
  const starts = [...new Set([1, ...firstPages])].filter((p) => p >= 1 && p <= pageTexts.length).sort((a, b) => a - b);
  return starts.map((from, k) => {
    const to = (starts[k + 1] ?? pageTexts.length + 1) - 1;
    const text = joinPages(pageTexts.slice(from - 1, to));
    const ps = pageStarts[from - 1];
    return {
      pages: [from, to],
      startConfidence: ps?.score ?? 1,
      evidence: ps?.evidence ?? [],
      extraction: extractFromText(text, opts),
      text,
    };
  });
}

/** Reads every page of a scanned batch (PDF) and splits it into letters with their fields. */
export async function splitBatch(path: string, opts: OcrOptions & ExtractOptions = {}): Promise<BatchSplit> {
  const layout = await readPdfLayout(path, opts);
  const all = layout.pages.map((p) => p.page);
  if (all.length === 0) throw new IntakeError('EMPTY', `Tệp PDF không có trang nào: ${path}`, path);
  const pages = await readPdfPages(path, all, opts, layout);
  const pageTexts = pages.map((p) => p.text);
  const pageStarts = findLetterStarts(pageTexts);
  const letters = lettersFromStarts(
    pageTexts,
    pageStarts.filter((s) => s.starts).map((s) => s.page),
    pageStarts,
    opts,
  );
  return { pages: all.length, pageStarts, letters, pageTexts };
}
