/** Calendar helpers and date expressions ("ngày 31 tháng 5 năm 2022", 16/6/2022, 16.6.2022), on folded text. */

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, daysInMonth(year, month));
}

export function endOfQuarter(year: number, quarter: number): string | null {
  return quarter >= 1 && quarter <= 4 ? endOfMonth(year, quarter * 3) : null;
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Two-digit years are read in the 2000s: official letters in scope are recent. */
export function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

export interface DateMatch {
  start: number;
  end: number;
  day: number;
  month: number;
  /** null when the expression gives no year ("trước ngày 15/7"). */
  year: number | null;
}

// Digits: 16/6/2022, 16.6.2022, 16-6-22, "31/ 10/2025"; the year is optional only when allowYearless.
const DIGIT_DATE = /(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2})(?!\d))?/y;
// A two-digit month OCR split with a space ("08/1 1/2025"), taken only with its year.
const SPLIT_MONTH_DATE = /(\d{1,2})\s?[/.-]\s?(\d) (\d)\s?[/.-]\s?(\d{4})(?!\d)/y;
// Words, on folded text: "ngay 31 thang 5 nam 2022", "31 thang 5 nam 2022", "ngay 15 thang 7".
const WORD_DATE = /(?:ngay\s*)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:,\s*)?nam\s+(\d{4}))?/y;

/** Parses a date expression that starts exactly at pos in folded text. */
export function dateAt(folded: string, pos: number, allowYearless = false): DateMatch | null {
  SPLIT_MONTH_DATE.lastIndex = pos;
  const split = SPLIT_MONTH_DATE.exec(folded);
  if (split) {
    const day = Number(split[1]);
    const month = Number(`${split[2]}${split[3]}`);
    const year = Number(split[4]);
    if (isoDate(year, month, day)) return { start: pos, end: SPLIT_MONTH_DATE.lastIndex, day, month, year };
  }
  for (const re of [WORD_DATE, DIGIT_DATE]) {
    re.lastIndex = pos;
    const m = re.exec(folded);
    if (!m) continue;
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? expandYear(m[3]) : null;
    if (year === null && !allowYearless) continue;
    if (year === null && re === DIGIT_DATE && /^\d/.test(folded.slice(re.lastIndex))) continue;
    if (!isoDate(year ?? 2000, month, day)) continue;
    return { start: pos, end: re.lastIndex, day, month, year };
  }
  return null;
}

export function matchToIso(d: DateMatch): string | null {
  return d.year === null ? null : isoDate(d.year, d.month, d.day);
}

/** Every full date (with year) in folded text, in order. */
export function findDates(folded: string, from = 0, to = folded.length): DateMatch[] {
  const out: DateMatch[] = [];
  const re = /\d/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) && m.index < to) {
    if (m.index > 0 && /\d/.test(folded.charAt(m.index - 1))) continue;
    const d = dateAt(folded, m.index);
    if (d) {
      out.push(d);
      re.lastIndex = d.end;
    }
  }
  return out;
}

/**
 * A date printed without its year resolves to the document's year, or the next year when that would fall
 * before the document date (a deadline is never before the letter that sets it).
 */
export function resolveYearless(day: number, month: number, documentDate: string | null): string | null {
  if (!documentDate) return null;
  const y = yearOf(documentDate);
  const same = isoDate(y, month, day);
  if (same && same >= documentDate) return same;
  return isoDate(y + 1, month, day);
}
