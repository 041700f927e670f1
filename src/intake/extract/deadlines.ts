/**
 * Deadlines in a requirement, resolved against the document date: "trước ngày 15/7/2023", "chậm nhất ngày
 * 28 tháng 11 năm 2025", "trong tháng 8/2023" (end of month), "trong quý III năm 2023" (end of quarter),
 * "trong năm 2022" (31 December), "trước ngày 15/7" (the document's year, or the next one), "đến hết ngày
 * 5/6/2023", "(thời hạn: 25/10/2023)".
 * A date without a deadline word ("từ ngày … đến ngày …") is not a deadline.
 */
import { dateAt, endOfMonth, endOfQuarter, isoDate, resolveYearless, yearOf } from './dates.ts';

export interface Deadline {
  date: string;
  /** Offsets in the folded text given. */
  start: number;
  end: number;
  confidence: number;
}

// "đến hết ngày 5/6/2023" is a last day; a bare "đến ngày" is the end of a range ("từ ngày … đến ngày …"),
// not a deadline. A keyword may carry a colon: "(thời hạn: 25/10/2023)", "Thời hạn hoàn thành: 30/9/2025".
// After "ngày" a speck may stand before the date ("trước ngày / 24/5/2025").
const BEFORE_DATE =
  /(?<![a-z])(?:truoc|cham nhat(?:\s+(?:la|vao))?|han chot|han cuoi|thoi han(?:\s+hoan thanh)?|khong muon hon|han|den het)(?:\s{1,3}|\s{0,2}:\s{0,3})(?:\d{1,2}\s{0,2}(?:gio|h)(?:\s{0,2}\d{1,2}(?:\s{0,2}phut)?)?\s{0,3}(?:,\s{0,2})?)?(?:ngay\s{0,2}(?:[/|\\.,'‘’`]\s{1,2})?)?(?=\d)/g;
const IN_MONTH = /(?<![a-z])(?:trong|vao|het|cuoi|truoc)\s{1,3}thang\s{1,2}(\d{1,2})\s?(?:[/⁄∕]{1,2}|nam\s)\s?(\d{4})/g;
// The quarter's numeral as OCR reads it: I as 1, l, | or T, and II as H ("quý IH/2022", "quý TV năm 2025"); the
// slash doubled or read as a fraction slash ("quý I//2027", "quý I/⁄2027").
const IN_QUARTER =
  /(?<![a-z])(?:trong|vao|het|cuoi|truoc)\s{1,3}quy\s{1,2}([ivxhlt1|]{1,4}|[1-4])\s?(?:[/⁄∕]{1,2}|nam\s)\s?(\d{4})/g;
// "đến hết năm 2027" is a period ("theo lộ trình đến hết năm 2027", "từ nay đến hết năm 2026"), not a deadline.
const IN_YEAR = /(?<![a-z])(?:trong|vao|(?<!den\s{1,2})het|cuoi)\s{1,3}nam\s{1,2}(\d{4})(?!\s?[-/]\s?\d)/g;
const HALF_YEAR = /(?:trong\s+)?(6|sau)\s+thang\s+(dau|cuoi)\s+nam\s+(\d{4})/g;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * A quarter's numeral with OCR's confusions undone: 1, l, | and t read for I; h for II, or for a single I where
 * two would make no quarter ("quý HII" is III: there is no fourth I).
 */
function quarterNumeral(raw: string): string {
  if (/^[1-4]$/.test(raw)) return raw;
  const ones = raw.replace(/[1l|t]/g, 'i');
  const doubled = ones.replace(/h/g, 'ii');
  return ROMAN[doubled] ? doubled : ones.replace(/h/g, 'i');
}

/** The first deadline expression in folded text, or null. */
export function findDeadline(folded: string, documentDate: string | null): Deadline | null {
  const found: Deadline[] = [];
  for (const m of folded.matchAll(BEFORE_DATE)) {
    const at = m.index + m[0].length;
    const d = dateAt(folded, at, true);
    if (!d) continue;
    let date: string | null;
    let confidence = 0.9;
    if (d.year !== null) date = isoDate(d.year, d.month, d.day);
    else {
      date = resolveYearless(d.day, d.month, documentDate);
      confidence = 0.7;
    }
    // "trước tháng 8" reads as the end of July; "trước ngày" is the date itself.
    if (date) found.push({ date, start: m.index, end: d.end, confidence });
  }
  for (const m of folded.matchAll(IN_MONTH)) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    const before = m[0].startsWith('truoc');
    const date = before
      ? month > 1
        ? endOfMonth(year, month - 1)
        : isoDate(year - 1, 12, 31)
      : endOfMonth(year, month);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, confidence: before ? 0.6 : 0.85 });
  }
  for (const m of folded.matchAll(IN_QUARTER)) {
    const q = ROMAN[quarterNumeral(m[1] ?? '')] ?? 0;
    if (!q) continue;
    const year = Number(m[2]);
    const before = m[0].startsWith('truoc');
    const date = before ? (q > 1 ? endOfQuarter(year, q - 1) : isoDate(year - 1, 12, 31)) : endOfQuarter(year, q);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, confidence: before ? 0.6 : 0.85 });
  }
  for (const m of folded.matchAll(IN_YEAR)) {
    const date = isoDate(Number(m[1]), 12, 31);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, confidence: 0.85 });
  }
  for (const m of folded.matchAll(HALF_YEAR)) {
    const date = m[2] === 'dau' ? isoDate(Number(m[3]), 6, 30) : isoDate(Number(m[3]), 12, 31);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, confidence: 0.8 });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  const first = found[0] ?? null;
  // A deadline before the letter itself is a misreading or a past event, not a deadline.
  if (first && documentDate && first.date < documentDate && yearOf(first.date) < yearOf(documentDate) - 1) return null;
  return first;
}
