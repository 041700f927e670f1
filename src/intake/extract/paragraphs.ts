/**
 * Rebuilds paragraphs from lines. Typed text has one paragraph per line; OCR and PDF text wrap lines and
 * separate paragraphs with blank lines. A line joins the previous one when it is not a new item, bullet or
 * heading and either the previous line did not end a sentence or the text separates paragraphs by blanks.
 */
import type { Ctx } from './context.ts';
import type { Line } from './normalize.ts';

export interface Paragraph {
  text: string;
  /** Offset in doc.text of each character run: [lineIndex...]. */
  lines: number[];
  start: number;
  end: number;
}

// An article's word may lose its first letter or two at the left edge ("iều 2.", "iêu 2.").
export const ITEM_START = /^(?:(\d{1,2})\s?[.)](?!\d)\s*(?=\S)|(?:[đd]?i)[eềê]u\s+(\d{1,3})\s*[.:])/iu;
// OCR damages the dot of an item number ("2ã Ủy ban"): accepted only when the number is the expected one.
export const LOOSE_ITEM_START = /^(\d{1,2})[^\s\d]?\s+(?=\p{Lu})/u;
const BULLET = /^[-–•+*✓✔☑➢►➤▪◦]\s*/u;
const HEADING = /^(?:[IVX]{1,4}|[1lI]{1,3}I?)\s*[.)]?\s+\p{Lu}{2,}/u;

export function isHeading(text: string): boolean {
  if (!HEADING.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.replace(/[^\p{Lu}]/gu, '').length / Math.max(1, letters.length) > 0.8;
}

function openParenthesis(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

// A line read across two columns: something short on the left, a gap of two spaces or more, and a numbered
// item on the right ("TRƯỜNG CHÍNH TRỊ TỈNH X  2. Các đơn vị …", "Số: 1086  4. Theo …"): a stamp or seal
// printed beside the body that OCR read into the body's line.
const BESIDE_ITEM = /^(\S.{0,39}?)\s{2,}(\d{1,2}\s?[.)]\s*\p{Lu}.*)$/u;

function rightColumnItem(line: Line, skipped: boolean): Line | null {
  const m = BESIDE_ITEM.exec(line.text);
  const left = m?.[1] ?? '';
  const right = m?.[2];
  if (!right || (!skipped && /\p{Ll}/u.test(left))) return skipped ? null : line;
  const start = line.start + line.text.length - right.length;
  return { ...line, start, text: right, folded: line.folded.slice(line.text.length - right.length) };
}

export function buildParagraphs(ctx: Ctx, from: number, to: number, skip: Set<number>): Paragraph[] {
  const lines = ctx.doc.lines
    .slice(from, to)
    .map((l) => rightColumnItem(l, skip.has(l.index)))
    .filter((l): l is Line => l !== null);
  // Blank lines between text lines (not the leading/trailing ones) tell how paragraphs are separated.
  const first = lines.findIndex((l) => l.text);
  let last = lines.length - 1;
  while (last >= 0 && !lines[last]?.text) last--;
  const inner = first < 0 ? [] : lines.slice(first, last + 1);
  const nonBlank = inner.filter((l) => l.text).length;
  const blank = inner.length - nonBlank;
  const blankSeparated = blank >= 2 && blank / nonBlank > 0.15;
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let prevBlank = true;
  for (const line of lines) {
    if (!line.text) {
      prevBlank = true;
      continue;
    }
    const t = line.text;
    const starts = ITEM_START.test(t) || LOOSE_ITEM_START.test(t) || BULLET.test(t) || isHeading(t);
    // A lower-case line after a blank goes on with a sentence OCR cut by a blank ("Thời hạn:" / "trong năm").
    // So does a date or period ("27/6/2025.", "13 tháng 5 năm 2024.", "IV/2025.") after a blank, and any line after a blank that goes on
    // with a numbered item left without its end ("2. … cử 01 lãnh đạo tham gia" / "Ban Tổ chức.").
    const unfinished = cur !== null && !/[.!?]["”)]?$/.test(cur.text) && !isHeading(cur.text);
    const resumes =
      cur !== null &&
      prevBlank &&
      !starts &&
      unfinished &&
      (/^\p{Ll}/u.test(t) ||
        /^(?:\d{1,2}|[IVXHlT1|]{1,4})\s?\/{1,2}\s?\d/u.test(t) ||
        /^\d{1,2}\s{1,2}th[aá]ng\s{1,2}\d{1,2}\b/u.test(t) ||
        (ITEM_START.test(cur.text) && !/[;:]$/.test(cur.text) && /^\p{Lu}\p{Ll}/u.test(t)));
    // A label left open at the line's end ("(thời hạn:" / "25/09/2025).") takes its value from the next line:
    // a parenthesis still open, or a colon followed by a number or a lower-case word, is no sentence's end.
    const openLabel =
      cur !== null &&
      !prevBlank &&
      !starts &&
      (openParenthesis(cur.text) || (/:$/.test(cur.text) && /^[\p{Ll}\d]/u.test(t)));
    const joins =
      resumes ||
      openLabel ||
      (cur !== null && !prevBlank && !starts && (!/[.;:!?]["”)]?$/.test(cur.text) || blankSeparated));
    if (joins && cur) {
      cur.text += ` ${t}`;
      cur.lines.push(line.index);
      cur.end = line.end;
    } else {
      cur = { text: t, lines: [line.index], start: line.start, end: line.end };
      out.push(cur);
    }
    prevBlank = false;
  }
  return out;
}
