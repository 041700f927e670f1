/** Where the parts of a letter begin: body after the header, closing block ("Nơi nhận", signature). */
import type { Family } from '../types.ts';
import type { Ctx } from './context.ts';
import { daysBetween, isoDate, yearOf } from './dates.ts';
import { fold } from './normalize.ts';
import { ITEM_START, isHeading } from './paragraphs.ts';
import { startsLower } from './vietnamese.ts';

// How body paragraphs of official letters open.
const BODY_OPENERS =
  /^(can cu|thuc hien|theo de nghi|xet|qua |ngay \d|nham|de |trong thoi gian|thoi gian qua|hien nay|sau khi|vua qua|tiep theo|ve viec thuc hien)/;

export function findBodyStart(ctx: Ctx, from: number, kinhGui: number | null, exclude: Set<number>): number {
  const lines = ctx.doc.lines;
  const limit = Math.min(lines.length, 60);
  for (let i = from; i < limit; i++) {
    const line = lines[i];
    if (!line?.text || exclude.has(i)) continue;
    if (kinhGui !== null && i >= kinhGui) return kinhGui;
    const t = line.text;
    if (BODY_OPENERS.test(line.folded) && !summaryBeforeKinhGui(ctx, i, kinhGui)) return i;
    // "Triển khai Kế hoạch số …" opens a body; with a small letter it may be a summary's second line.
    if (/^\W{0,2}Tri[êểếề]n khai\b/u.test(t) && !summaryBeforeKinhGui(ctx, i, kinhGui)) return i;
    if (ITEM_START.test(t) || isHeading(t)) return i;
    if (t.length >= 100 && !startsLower(t) && /[.;:]$/.test(t)) return i;
  }
  return kinhGui ?? Math.min(from, lines.length);
}

/**
 * A summary that opens like a body sentence ("Đề nghị bổ sung biên chế …") printed just above "Kính gửi": the
 * lines up to it end in no full stop, colon or semicolon (a summary is one noun phrase, NĐ 30 Phụ lục I).
 */
function summaryBeforeKinhGui(ctx: Ctx, i: number, kinhGui: number | null): boolean {
  if (kinhGui === null || kinhGui - i > 4) return false;
  const texts = ctx.doc.lines
    .slice(i, kinhGui)
    .map((l) => l.text.trim())
    .filter(Boolean);
  return texts.length > 0 && texts.join(' ').length <= 250 && texts.every((t) => !/[.:;]$/.test(t));
}

export function findClosingStart(ctx: Ctx, from: number): number {
  const lines = ctx.doc.lines;
  for (let i = lines.length - 1; i >= from; i--) {
    if (/^\W{0,2}n[oơ]i\s*nh[aâậ]/.test(lines[i]?.folded ?? ''))
      return signatureAbove(ctx, i, from) ?? markLineAbove(ctx, i, from) ?? i;
  }
  // "Nơi nhận" lost: the signature starts at the last authority mark, else near the end.
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - 25); i--) {
    if (/(?:^|\s)(K\/T|T\/M|T\/L|KT\.|TM\.|TL\.)\s+\p{Lu}/u.test(lines[i]?.text ?? '')) return i;
  }
  // No signature block at all in the last lines (a typed or pasted letter cut before it): no closing, so the
  // last numbered items stay in the body.
  const tailStart = Math.max(from, lines.length - 8);
  const tail = lines.slice(tailStart).map((l) => l.text.trim());
  if (!tail.some((t) => UPPER_LINE.test(t) || NAME_LINE.test(t))) return lines.length;
  // The body's text ends with "./." (NĐ 30 Phụ lục I): what follows it is the signature, what precedes it the body.
  const end = tail.findLastIndex((t) => /\.\/\.$/.test(t));
  if (end >= 0 && tail.slice(end + 1).some((t) => UPPER_LINE.test(t) || NAME_LINE.test(t))) return tailStart + end + 1;
  return tailStart;
}

export function inferFamilyFromIssuer(name: string | null, parent: string | null): Family | null {
  const f = fold(`${parent ?? ''} ${name ?? ''}`);
  if (/\b(uy ban nhan dan|ubnd|hdnd|so |bo |chinh phu|cuc |tong cuc)/.test(f)) return 'state';
  if (/\b(tinh uy|thanh uy|huyen uy|quan uy|dang uy|ban chap hanh|chi bo|dang bo)/.test(f)) return 'party';
  return null;
}

/**
 * The letter's year was read from a wrapped line or not at all; the receipt stamp pins it down:
 * the latest year that puts the letter on or before the receipt date, within a year.
 */
export function fixLetterYear(
  date: string | null,
  day: number,
  month: number,
  receipt: string | null,
): { date: string | null; confidence: number } {
  if (!receipt) return { date, confidence: date ? 0.7 : 0 };
  const ok = (d: string | null) => d !== null && daysBetween(d, receipt) >= 0 && daysBetween(d, receipt) <= 366;
  if (ok(date)) return { date, confidence: 0.8 };
  for (const y of [yearOf(receipt), yearOf(receipt) - 1]) {
    const d = isoDate(y, month, day);
    if (ok(d)) return { date: d, confidence: 0.5 };
  }
  return { date, confidence: date ? 0.4 : 0 };
}

const AUTHORITY_LINE = /^\W{0,2}(K\s?\/\s?T|T\s?\/\s?M|T\s?\/\s?L|T\/UQ|KT\.|TM\.|TL\.|TUQ\.|Q\.)\s*\p{Lu}/u;
const UPPER_LINE = /^[\p{Lu}\s,.-]{4,}$/u;
const NAME_LINE = /^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,5}$/u;

/**
 * The signature block's authority line read just above "Nơi nhận" (it sits a little higher on the page than the
 * label beside it, so OCR may give it a line of its own first): "- Q. GIÁM ĐỐC" right before "Nơi nhận:".
 */
function markLineAbove(ctx: Ctx, noiNhan: number, from: number): number | null {
  const lines = ctx.doc.lines;
  for (let j = noiNhan - 1; j >= from && j >= noiNhan - 3; j--) {
    const t = lines[j]?.text.trim() ?? '';
    if (!t) continue;
    return AUTHORITY_LINE.test(t) ? j : null;
  }
  return null;
}

// "(Đã ký)", "(Ký, đóng dấu)", "(đã ký và đóng dấu)": a typed copy's note for the signature.
const SIGNED_NOTE = /^\((?:đã\s+)?ký[^)]{0,20}\)$/iu;

/**
 * The signature block typed before "Nơi nhận" (on the page the two sit side by side and a typist may put
 * either first): an authority mark or a position in capitals, then the name, just above "Nơi nhận".
 */
function signatureAbove(ctx: Ctx, noiNhan: number, from: number): number | null {
  const lines = ctx.doc.lines;
  const above: number[] = [];
  for (let j = noiNhan - 1; j >= Math.max(from, noiNhan - 8) && above.length < 5; j--)
    if (lines[j]?.text) above.unshift(j);
  const last = above[above.length - 1];
  if (last === undefined || !NAME_LINE.test(lines[last]?.text ?? '')) return null;
  // Upwards from the name: positions in capitals, an authority mark on top; nothing else.
  let start: number | null = null;
  for (let k = above.length - 2; k >= 0; k--) {
    const t = lines[above[k] ?? -1]?.text ?? '';
    if (AUTHORITY_LINE.test(t)) return above[k] ?? null;
    // A copy's "(Đã ký)" between the position and the name, where the signature was.
    if (SIGNED_NOTE.test(t.trim())) continue;
    if (!UPPER_LINE.test(t) || /\p{Ll}/u.test(t)) break;
    start = above[k] ?? null;
  }
  return start;
}
