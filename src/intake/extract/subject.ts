/**
 * Type and subject (trích yếu). A công văn carries "V/v …" under its number (a Party công văn may carry the
 * bare summary); other types print their name as a title line ("KẾ HOẠCH") with the summary below it.
 */
import type { Family, Span } from '../types.ts';
import { type Ctx, editDistance, lineSpan, unionSpan } from './context.ts';
import { fold, squash } from './normalize.ts';
import { TITLE_CODES, TYPE_NAMES, type SymbolMatch } from './number-symbol.ts';
import { isKnownPair, lowerStrayCapitals, secondOfPair } from './lexicon.ts';
import { fixOcrWords, startsLower, wordQuality } from './vietnamese.ts';

export interface TitleLine {
  line: number;
  code: string;
  span: Span;
  /** Read with a letter or two wrong. */
  near?: boolean;
}

export function findTitleLine(ctx: Ctx, from: number, limit: number, exclude: Set<number>): TitleLine | null {
  for (let i = from; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const text = (ctx.masked[i] ?? line.text).trim();
    // "QUYẾT ĐỊNH:" opening a decision's articles is its operative clause, not its title (the title has no colon).
    if (!text || text !== text.toUpperCase() || /:$/.test(text)) continue;
    const key = squash(line.folded.replace(/[^a-z\s]/g, ' '));
    const code = TITLE_CODES[key];
    if (code) return { line: i, code, span: lineSpan(line) };
  }
  // The title read with a letter or two lost or misread ("Ế HOẠCH", "KE HOẠ", "HÔNG BÁO"): a short upper-case
  // line whose letters are near exactly one title's, taken only when no title is read exactly.
  for (let i = from; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const text = (ctx.masked[i] ?? line.text).trim();
    if (!text || text !== text.toUpperCase() || /:$/.test(text) || text.split(/\s+/).length > 4) continue;
    const code = nearTitle(line.folded.replace(/[^a-z]/g, ''));
    if (code) return { line: i, code, span: lineSpan(line), near: true };
  }
  return null;
}

const TITLE_LETTERS = Object.entries(TITLE_CODES).map(([k, code]) => [k.replace(/ /g, ''), code] as const);

/** The one title within two edits of these letters (one for titles under seven letters), else null. */
function nearTitle(letters: string): string | null {
  if (letters.length < 5) return null;
  let best: string | null = null;
  let bestDistance = 99;
  let tie = false;
  for (const [key, code] of TITLE_LETTERS) {
    if (Math.abs(key.length - letters.length) > 2) continue;
    const d = editDistance(key, letters);
    if (d > (key.length >= 7 ? 2 : 1)) continue;
    if (d < bestDistance) {
      best = code;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && code !== best) tie = true;
  }
  return tie ? null : best;
}

export interface SubjectResult {
  subject: string | null;
  span: Span | null;
  confidence: number;
  lines: number[];
  hasVv: boolean;
}

// "V/v" as OCR reads it: the slash as a fraction or division slash ("V⁄v"), the small v as "%" ("V⁄%"), or the
// slash and v run together into a "4" ("V4 cử cán bộ …", before a lower-case word).
const VV_PREFIX = /^V\s?(?:[/⁄∕]\s?(?:%?[vVwW](?=[\s.:])|%(?=[\s.:]))?|4(?=\s+\p{Ll}))[\s.:]*/u;
const VV_START = /^V\s?(?:[/⁄∕]|4\s+\p{Ll})/u;

/** The subject without its "V/v" label; `repaired` when words were repaired (tone marks, punctuation). */
function cleanSubject(raw: string): { text: string; repaired: boolean } | null {
  let s = squash(raw).replace(VV_PREFIX, '');
  // "Về việc" with damaged marks ("Về viềc", "Ve viec") is the label too.
  s = s.replace(/^v\p{L}\s+vi\p{L}c\s*[:.]?\s*/iu, (m) => (/^ve\s+viec/.test(fold(m)) ? '' : m));
  s = s.replace(/^[\s\-.:;,*•]+/, '').replace(/[\s,;:]+$/, '');
  if (s.length < 3) return null;
  // A summary is one noun phrase (NĐ 30/2020 Phụ lục I): a full stop, colon or semicolon between two of
  // its words is a speck read as punctuation ("bảo vệ. nền tảng", "Tăng cường: công tác"). Abbreviations
  // ("TP. Hồ Chí Minh") end in a capital and are kept.
  s = s.replace(/(\p{Ll}{2})[.:;](?=\s+[\p{L}\d])/gu, '$1');
  const fixed = fixOcrWords(lowerStrayCapitals(s));
  return { text: fixed.charAt(0).toUpperCase() + fixed.slice(1), repaired: fixed !== s };
}

/** Repaired subjects are less sure than subjects read as printed. */
const conf = (c: { repaired: boolean }, base: number) => (c.repaired ? Math.round(base * 80) / 100 : base);

// A wrapped summary line may start with a proper noun ("Đảng bộ tỉnh …", "Trường Chính trị …") when it
// stays inside the header; labels and sentences of the body do not continue it.
const NOT_SUMMARY =
  /^(?:k[ií]nh\s*g[uử]i|n[oơ]i\s*nh[aậ]n|c[aă]n\s*c[uứ]|th[uự]c\s*hi[eệ]n|ph[uú]c\s*đ[aá]p|ng[aà]y\s)/iu;

const KINH_GUI = /^\W{0,2}k[ií]nh\s*g[uửư]i/iu;

function isContinuation(text: string, capitalOk = false): boolean {
  if (!text) return false;
  const capital =
    capitalOk && /^\p{Lu}\p{Ll}/u.test(text) && !NOT_SUMMARY.test(text) && !/[:.]$/.test(text) && text.length <= 90;
  if (!(startsLower(text) || /^\d/.test(text) || capital)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return letters.length > 0 && lower / letters.length >= 0.6 && wordQuality(text) >= 0.75;
}

// The receiving stamp printed beside the title, read side by side with the summary's lines: its word and
// labels open the line ("CV ĐẾN Số: 1185 Ngày: 22/6/22 Tăng cường …", "Số: 2636 viên năm 2022").
const STAMP_LEAD =
  /^(?:(?:cv|cong van)\s{1,3})?(?:den\b[\s:]{0,3})?(?:so\s{0,2}:?\s{0,2}\d{1,5}\s{1,3})?(?:ngay\s{0,2}:?\s{0,2}\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}\s{1,3})?/;

/** Length of the stamp's labels opening a line of the stamp (0 when none, or when nothing follows them). */
export function stampLead(folded: string): number {
  const m = STAMP_LEAD.exec(folded);
  const n = m?.[0].length ?? 0;
  return n > 0 && /^\p{L}/u.test(folded.slice(n)) && folded.length - n >= 8 ? n : 0;
}

/** The non-blank lines from `from` up to `limit` (exclusive), trimmed. */
function headerLinesFrom(ctx: Ctx, from: number, limit: number): string[] {
  const out: string[] = [];
  for (let k = from; k < limit; k++) {
    const t = (ctx.masked[k] ?? ctx.doc.lines[k]?.text ?? '').trim();
    if (t) out.push(t);
  }
  return out;
}

/** Collects the subject starting at line `first`, joining wrapped lines. */
function collect(ctx: Ctx, first: number, limit: number, exclude: Set<number>, startCol = 0) {
  const line = ctx.doc.lines[first];
  if (!line) return null;
  const masked = ctx.masked[first] ?? line.text;
  let text = masked.slice(startCol);
  const spans: Span[] = [lineSpan(line, startCol + (text.length - text.trimStart().length), masked.trimEnd().length)];
  const lines = [first];
  for (let j = first + 1; j < Math.min(limit + 3, ctx.doc.lines.length); j++) {
    const next = ctx.doc.lines[j];
    if (!next) break;
    const lead = exclude.has(j) ? stampLead(next.folded) : 0;
    if (exclude.has(j) && !lead) break;
    const t = (ctx.masked[j] ?? next.text).slice(lead).trim();
    // OCR leaves a blank line inside a wrapped summary; a short lower-case line of words just after it goes on
    // (a lone fragment after the blank is a speck or handwriting).
    if (!t && j + 1 < limit) {
      const after = (ctx.masked[j + 1] ?? ctx.doc.lines[j + 1]?.text ?? '').trim();
      const words = after.split(/\s+/).length;
      // A summary cut after a word that cannot end it ("… theo tinh thần Kết luận của" / "Bộ Chính trị …") goes
      // on with a capital too.
      const dangling = /\s(?:của|và|về|cho|với|theo|các|những|tại|trong|đối với|đến|từ|giữa|sau|trước)$/u.test(
        text.trimEnd(),
      );
      // So does a name cut in two ("… tư tưởng Hồ Chí" / "Minh năm 2023").
      const nameGoesOn = isKnownPair(text.trimEnd().split(/\s+/).pop() ?? '', after.split(/\s+/)[0] ?? '');
      // So does a capital that opens the last lines before "Kính gửi", none ending a sentence, after a summary
      // not closed by a year ("… tình hình thực hiện" / "Quy định về chuẩn …" / "viên lý luận chính trị").
      const restOfHeader = headerLinesFrom(ctx, j + 1, limit);
      const capitalOk =
        dangling ||
        nameGoesOn ||
        (KINH_GUI.test(ctx.doc.lines[limit]?.text.trim() ?? '') &&
          !/\d$/.test(text.trimEnd()) &&
          restOfHeader.length <= 5 &&
          restOfHeader.join(' ').length <= 250 &&
          restOfHeader.every((x) => !/[.;:]$/.test(x)));
      if (
        (startsLower(after) || (capitalOk && /^\p{Lu}\p{Ll}/u.test(after))) &&
        words >= 2 &&
        after.length <= 90 &&
        isContinuation(after, capitalOk) &&
        !/[.;:]$/.test(text.trimEnd())
      )
        continue;
    }
    // A year alone on a line ends a summary cut after "năm" (or after "2024 -"); otherwise it is the wrapped end of the date
    // line beside the summary ("… tháng 5 năm" / "2026"), and the summary may go on below it.
    // A summary ending in a dash ("giai đoạn 2024 -") is a period cut in two: the year is its end.
    if (/^\d{4}$/.test(t) && !/(^|\s)năm$/iu.test(text.trimEnd()) && !/\d{4}\s?[-–]$/.test(text.trimEnd())) continue;
    // A period of years ("2025 - 2030") wrapped alone is always the summary's ("giai đoạn …", "nhiệm kỳ …").
    const years = /^\d{4}\s?[-–]\s?\d{4}$/.test(t);
    // A quoted name (of a conference, a plan) opened on the next line or still open goes on to its close.
    const open = (x: string) => (x.match(/[“„]/g)?.length ?? 0) > (x.match(/”/g)?.length ?? 0);
    const quoted =
      j < limit &&
      (open(text) || (/^[“„"]\p{L}/u.test(t) && !/[.;:]$/.test(text.trimEnd()))) &&
      t.length <= 120 &&
      !NOT_SUMMARY.test(t) &&
      wordQuality(t) >= 0.75;
    // The summary's last word read alone, its case or marks damaged ("… dân tộc thiểu" / "SƠ"): taken when it ends
    // the compound the word before it starts.
    const lone = /^\p{L}{1,7}$/u.test(t) ? secondOfPair(text.trimEnd().split(/\s+/).pop() ?? '', t) : null;
    if (lone) {
      text += ` ${lone}`;
      spans.push(lineSpan(next, lead, (ctx.masked[j] ?? next.text).trimEnd().length));
      lines.push(j);
      continue;
    }
    if (!/^\d{4}$/.test(t) && !years && !quoted && !isContinuation(t, j < limit && !/[.;:]$/.test(text.trimEnd())))
      break;
    // A line broken after a hyphen ("2023-" / "2024") joins without a space.
    text += /\S-$/.test(text.trimEnd()) ? t : ` ${t}`;
    spans.push(lineSpan(next, lead, (ctx.masked[j] ?? next.text).trimEnd().length));
    lines.push(j);
  }
  return { text, span: unionSpan(spans), lines };
}

export function findSubject(
  ctx: Ctx,
  opts: { limit: number; title: TitleLine | null; after: number; exclude: Set<number> },
): SubjectResult {
  const { limit, title, after, exclude } = opts;
  // 1. "V/v …" anywhere in the header.
  for (let i = 0; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const masked = ctx.masked[i] ?? line.text;
    const lead = masked.length - masked.trimStart().length;
    if (!VV_PREFIX.test(masked.trimStart()) || !VV_START.test(masked.trimStart())) continue;
    const got = collect(ctx, i, limit, exclude, lead);
    const c = got ? cleanSubject(got.text) : null;
    if (got && c) return { subject: c.text, span: got.span, confidence: conf(c, 0.9), lines: got.lines, hasVv: true };
  }
  // 2. The line(s) under the type title.
  if (title) {
    for (let i = title.line + 1; i < Math.min(title.line + 4, ctx.doc.lines.length); i++) {
      const line = ctx.doc.lines[i];
      if (!line || !(ctx.masked[i] ?? line.text).trim()) continue;
      const lead = stampLead(line.folded);
      if (exclude.has(i) && !lead) continue;
      const got = collect(ctx, i, limit, exclude, lead);
      const c = got ? cleanSubject(got.text) : null;
      if (got && c)
        return { subject: c.text, span: got.span, confidence: conf(c, 0.9), lines: got.lines, hasVv: false };
      break;
    }
  }
  // 3. A Party công văn may print the bare summary under the number and date.
  for (let i = after + 1; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const text = (ctx.masked[i] ?? line.text).trim();
    if (text.length < 10 || text.length > 250) continue;
    // Fields of the incoming stamp ("Lưu hồ sơ số:", "Số và ký hiệu HS:", "Chuyển: …") and a handwritten
    // instruction dated with a day and month only ("Đ/c Phó HT chỉ đạo. 13/11"): no summary.
    if (/^(luu ho so|so va ky hieu|chuyen\b|ngay\s?:)/.test(line.folded) || /:$/.test(text)) continue;
    // The body has begun: its grounds ("Căn cứ", "Xét đề nghị") and articles come after the summary.
    if (/^(kinh gui|so\b|noi nhan|can cu\b|xet de nghi|dieu \d)/.test(line.folded)) break;
    if (/(?:^|\s)\d{1,2}\s?[/.]\s?\d{1,2}\.?$/.test(text)) continue;
    const letters = text.replace(/[^\p{L}]/gu, '');
    const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
    if (startsLower(text) || lower / Math.max(1, letters.length) < 0.6 || wordQuality(text) < 0.85) continue;
    const got = collect(ctx, i, limit, exclude);
    const c = got ? cleanSubject(got.text) : null;
    if (got && c) return { subject: c.text, span: got.span, confidence: conf(c, 0.6), lines: got.lines, hasVv: false };
  }
  return { subject: null, span: null, confidence: 0, lines: [], hasVv: false };
}

export interface TypeResult {
  type: string | null;
  typeName: string | null;
  confidence: number;
  span: Span | null;
}

export function resolveType(
  symbol: SymbolMatch | null,
  title: TitleLine | null,
  hasVv: boolean,
  family: Family | null,
): TypeResult {
  let titleCode = title?.code ?? null;
  if (titleCode === 'QĐi' && family === 'state') titleCode = 'QyĐ';
  let symbolCode: string | null = null;
  if (symbol) {
    if (symbol.family === 'party') symbolCode = symbol.code && TYPE_NAMES[symbol.code] ? symbol.code : null;
    else symbolCode = symbol.code ?? (title ? null : 'CV');
  }
  const make = (code: string | null, confidence: number, span: Span | null): TypeResult => ({
    type: code,
    typeName: code ? (TYPE_NAMES[code] ?? null) : null,
    confidence: code ? confidence : 0,
    span: code ? span : null,
  });
  const symbolSpan: Span | null = symbol ? [symbol.start, symbol.end] : null;
  const sameQuyDinh = (a: string, b: string) => new Set([a, b, 'QĐi', 'QyĐ', 'QĐ']).size === 3;
  if (titleCode && symbolCode) {
    if (titleCode === symbolCode) return make(symbolCode, 0.97, symbolSpan);
    if (titleCode.startsWith('Q') && symbolCode.startsWith('Q') && sameQuyDinh(titleCode, symbolCode))
      return make(symbolCode, 0.85, symbolSpan);
    return make(symbolCode, 0.55, symbolSpan);
  }
  if (titleCode) return make(titleCode, title?.near ? 0.6 : 0.85, title?.span ?? null);
  if (symbolCode) return make(symbolCode, symbol?.family === 'party' || hasVv ? 0.9 : 0.7, symbolSpan);
  if (hasVv) return make('CV', 0.6, null);
  return make(null, 0, null);
}
