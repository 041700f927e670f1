/**
 * A stamp printed over the body, when OCR reads it into the body's lines: its labels garbled or lost, its
 * receiving body's name left at the end of a body line ("I. KẾT QUẢ ĐẠT ĐƯỢC TRƯỜNG CHÍNH TRỊ TRẦN PHÚ",
 * "… thường xuyên. ƯỜNG CHÍNH TRỊ TỈNH HÀ GIANG") and perhaps its date field alone ("| Ngày: 29-11-2022").
 */
import type { Span } from '../types.ts';
import { type Ctx, lineSpan } from './context.ts';
import { exactOrganisation, orgKey, snapOrganisation } from './org-vocab.ts';
import { resolveReceiptDate } from './receipt-date.ts';
import { CHUYEN_LABEL, DEN_WORD, FILE_LABEL, NGAY_LABEL, SO_LABEL } from './stamp.ts';
import { canonStampLine } from './stamp-labels.ts';
import { isPositionWord } from './titles.ts';
import { fold } from './normalize.ts';
import { coreWord, isUpperWord } from './vietnamese.ts';

// "Ngày: 29-11-2022" with the label's colon and a numeric date: the stamp's date field, its other labels lost.
// Its first letters may be lost where the stamp's edge cut them ("ày:,20/7/2026").
const LONE_RECEIPT = /(?:^|[\s|:(])(?:ng)?ay\s{0,2}:[\s,.]{0,3}(\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{4})(?![\d/.-])/;

/**
 * A receipt date left alone by OCR when the rest of a stamp (printed over the body) was lost: exactly one
 * labelled numeric date in the letter that falls on or after the letter's date and within the transit bound.
 * Two candidates, or one out of range, give nothing: a body's own "Ngày:" must not pass for a stamp.
 */
export function findLoneReceiptDate(ctx: Ctx, letterDate: string | null): { date: string; span: Span } | null {
  if (!letterDate) return null;
  const hits: Array<{ date: string; span: Span }> = [];
  for (const line of ctx.doc.lines) {
    const m = LONE_RECEIPT.exec(canonStampLine(line.folded));
    if (!m?.[1]) continue;
    const at = m.index + m[0].length - m[1].length;
    const r = resolveReceiptDate(m[1], letterDate);
    if (r.date && r.confidence >= 0.9) hits.push({ date: r.date, span: lineSpan(line, at, at + m[1].length) });
    else return null;
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

// "Số: 1946" closing a body line (or alone on one): the stamp's number field, the rest of the stamp lost.
// At a line's start the label may be read in small letters ("số: 640"); inside a line that is a body's count.
const LONE_NUMBER = /(?:^\W{0,2}s|(?:^|\s)S?)ố\s{0,2}:\s{0,2}(\d{1,5})\s*$/u;

/**
 * A stamp's number left alone by OCR when the rest of the stamp (printed over the body) was lost: exactly one
 * line below the header ending in the number label and a bare number. The letter's own "Số:" carries a symbol
 * ("Số: 12/KH-UBND"), and two such lines give nothing.
 */
export function findLoneStampNumber(ctx: Ctx, from: number): { number: number; span: Span } | null {
  const hits: Array<{ number: number; span: Span }> = [];
  for (const line of ctx.doc.lines.slice(Math.max(0, from))) {
    const m = LONE_NUMBER.exec(line.text);
    if (!m?.[1]) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    hits.push({ number: Number(m[1]), span: lineSpan(line, at, at + m[1].length) });
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

export interface OverlaidName {
  name: string;
  line: number;
  span: Span;
  /** Snapped to the vocabulary (letters cut or misread), not read whole. */
  repaired: boolean;
}

// A body's whole name long enough not to be a heading's word ("TRƯỜNG CHÍNH TRỊ" alone is not enough).
const MIN_NAME_LETTERS = 16;

/** The longest run of upper-case words ending a line that is (or snaps to) one body's name, or null. */
function trailingName(text: string, exactOnly = false): { name: string; from: number; repaired: boolean } | null {
  const words = [...text.matchAll(/\S+/g)];
  let k = words.length;
  while (k > 0) {
    const core = coreWord(words[k - 1]?.[0] ?? '');
    if (!core || !isUpperWord(core)) break;
    k--;
  }
  for (let start = k; start <= words.length - 3; start++) {
    const at = words[start]?.index ?? 0;
    const run = text
      .slice(at)
      .replace(/[,.;:]+$/, '')
      .trim();
    if (orgKey(run).length < MIN_NAME_LETTERS - 2) break;
    const exact = exactOrganisation(run);
    if (exact && orgKey(exact).length >= MIN_NAME_LETTERS) return { name: exact, from: at, repaired: false };
    if (exactOnly) continue;
    const snap = snapOrganisation(run);
    if (snap && orgKey(snap.name).length >= MIN_NAME_LETTERS) return { name: snap.name, from: at, repaired: true };
  }
  return null;
}

const LABELS = [NGAY_LABEL, CHUYEN_LABEL, FILE_LABEL, SO_LABEL];

/**
 * The receiving body's name of a stamp over the body: exactly one body line in [from, to) ending in a body's
 * name, with a stamp label or the stamp word within four lines of it (a heading in capitals has neither).
 */
export function findOverlaidName(ctx: Ctx, from: number, to: number): OverlaidName | null {
  const lines = ctx.doc.lines;
  const hits: OverlaidName[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const line = lines[i];
    // Body lines are read by the other rules too (ctx.used): the stamp's name sits at their end.
    if (!line?.text) continue;
    const text = ctx.masked[i] ?? line.text;
    const hit = trailingName(text);
    if (!hit) continue;
    let labelled = false;
    for (let j = Math.max(0, i - 4); j <= Math.min(lines.length - 1, i + 4) && !labelled; j++) {
      const near = lines[j];
      if (!near) continue;
      const folded = canonStampLine(near.folded);
      labelled = LABELS.some((re) => re.test(folded)) || DEN_WORD.test(ctx.masked[j] ?? near.text);
    }
    if (labelled)
      hits.push({ name: hit.name, line: i, span: lineSpan(line, hit.from, text.length), repaired: hit.repaired });
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

// Words that make a body's name part of a heading's phrase ("II. NHIỆM VỤ CỦA TRƯỜNG CHÍNH TRỊ …").
const LINKING = new Set(['cua', 'voi', 'cho', 'tai', 've', 'va', 'tu', 'thuoc', 'gui', 'trong', 'doi']);
// What follows a decision's preamble ("ỦY BAN NHÂN DÂN TỈNH …" / "Căn cứ …" / "QUYẾT ĐỊNH:").
const PREAMBLE_NEXT = /^\W{0,2}(can cu|quyet dinh)\b/;

/**
 * The receiving body's name of a stamp over the body when OCR kept nothing else of it, no label nor number
 * ("I. KẾT QUẢ ĐẠT ĐƯỢC TRƯỜNG CHÍNH TRỊ THÀNH PHỐ ĐÀ NẴNG"): exactly one body line ending in a whole name read
 * letter for letter. A body's name in capitals inside the body is otherwise a position's ("CHỦ TỊCH ỦY BAN NHÂN
 * DÂN …", a decision's preamble), a heading's ("II. NHIỆM VỤ CỦA TRƯỜNG …") or the issuer's own: names after a
 * position word or a linking word, names the issuer's starts, and lines a preamble follows are not a stamp's.
 */
export function findBareName(ctx: Ctx, from: number, to: number, issuerName: string | null): OverlaidName | null {
  const lines = ctx.doc.lines;
  const issuerKey = issuerName ? orgKey(issuerName) : null;
  const hits: OverlaidName[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const line = lines[i];
    if (!line?.text) continue;
    const text = (ctx.masked[i] ?? line.text).replace(/(?:\s+[^\p{L}\d\s]+)+\s*$/u, '');
    const hit = trailingName(text, true);
    if (!hit) continue;
    if (issuerKey && orgKey(hit.name).startsWith(issuerKey)) continue;
    const before = coreWord(text.slice(0, hit.from).trim().split(/\s+/).pop() ?? '');
    if (before && (isPositionWord(fold(before)) || LINKING.has(fold(before)))) continue;
    const next = lines.slice(i + 1, i + 4).find((l) => l.text.trim());
    if (next && PREAMBLE_NEXT.test(next.folded)) continue;
    hits.push({ name: hit.name, line: i, span: lineSpan(line, hit.from, text.length), repaired: false });
  }
  return hits.length === 1 ? (hits[0] ?? null) : null;
}
