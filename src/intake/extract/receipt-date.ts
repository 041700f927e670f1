/**
 * The receipt date of an incoming stamp, mostly handwritten: read as printed when it is a clean date after the
 * letter's, else its digits weighed as a bag against the dates a letter can be received on.
 */
import { daysBetween, expandYear, isoDate, yearOf } from './dates.ts';

export interface ReceiptDate {
  date: string | null;
  confidence: number;
}

/** Receipt must not precede the letter and normally follows it within weeks. */
const MAX_TRANSIT_DAYS = 120;

function plausible(date: string, letterDate: string | null): boolean {
  if (!letterDate) return true;
  const d = daysBetween(letterDate, date);
  return d >= 0 && d <= MAX_TRANSIT_DAYS;
}

/**
 * Reads a handwritten receipt date. A clean d.m.yyyy that falls on/after the letter date is taken as is.
 * Otherwise the handwriting was misread: its digits are treated as a bag (OCR splits and reorders strokes,
 * adds dots), and the valid date after the letter that explains the most digits wins, with low confidence.
 */
export function resolveReceiptDate(text: string | null, letterDate: string | null): ReceiptDate {
  if (!text) return { date: null, confidence: 0 };
  const groups = text.split(/[^0-9a-z]+/i).filter(Boolean);
  const last = groups[groups.length - 1] ?? '';
  const year: number | null =
    /^\d{4}$/.test(last) || (groups.length === 3 && /^\d{2}$/.test(last)) ? expandYear(last) : null;
  // A last group that is no day or month is a year cut or misread ("202", "202g"): the year is guessed.
  const cutYear = groups.length > 1 && (/^\d{2,4}[a-z]$/i.test(last) || /^20\d$/.test(last));
  const dayMonth = year !== null ? groups.slice(0, -1) : groups.slice(0, cutYear ? -1 : groups.length);
  const yearGuessed = year === null;
  const guessed = letterDate ? [yearOf(letterDate), yearOf(letterDate) + 1] : [];
  const years = year !== null ? [year] : guessed;
  // Day and month written without their separator ("2208.202" for 22.08.2023): split where both are valid.
  const parts =
    dayMonth.length === 1 && /^\d{3,4}$/.test(dayMonth[0] ?? '')
      ? [(dayMonth[0] ?? '').slice(0, -2), (dayMonth[0] ?? '').slice(-2)]
      : dayMonth;
  if (parts.length === 2 && parts.every((g) => /^\d{1,2}$/.test(g))) {
    for (const y of years) {
      const d = isoDate(y, Number(parts[1]), Number(parts[0]));
      if (d && plausible(d, letterDate)) return { date: d, confidence: yearGuessed ? 0.6 : 0.9 };
    }
    // The year is the handwriting's most damaged part ("202g" for 2025): a day and month read clean keep their
    // date in the letter's year (or the next) when the year read gives no date after the letter.
    if (!yearGuessed) {
      for (const y of guessed) {
        const d = isoDate(y, Number(parts[1]), Number(parts[0]));
        if (d && plausible(d, letterDate)) return { date: d, confidence: 0.6 };
      }
    }
  }
  const digits = dayMonth.join('').replace(/\D/g, '');
  if (!digits || years.length === 0) return { date: null, confidence: 0 };
  const bag = new Map<string, number>();
  for (const c of digits) bag.set(c, (bag.get(c) ?? 0) + 1);
  let best: { date: string; cost: number } | null = null;
  let ties = 0;
  for (const y of years) {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 31; d++) {
        const iso = isoDate(y, m, d);
        if (!iso || !plausible(iso, letterDate)) continue;
        let cost = Infinity;
        for (const form of [
          `${d}${m}`,
          `${String(d).padStart(2, '0')}${m}`,
          `${d}${String(m).padStart(2, '0')}`,
          `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}`,
        ]) {
          const left = new Map(bag);
          let ok = true;
          for (const c of form) {
            const n = left.get(c) ?? 0;
            if (n === 0) {
              ok = false;
              break;
            }
            left.set(c, n - 1);
          }
          if (!ok) continue;
          // Unexplained digits cost 1, a stray zero less (padding and dots are often read as 0).
          let c = 0;
          for (const [digit, n] of left) c += n * (digit === '0' ? 0.3 : 1);
          if (!isSubsequence(form, digits)) c += 0.1;
          cost = Math.min(cost, c);
        }
        if (cost === Infinity) continue;
        if (!best || cost < best.cost - 1e-9) {
          best = { date: iso, cost };
          ties = 0;
        } else if (Math.abs(cost - best.cost) < 1e-9) ties++;
      }
    }
  }
  if (!best) return { date: null, confidence: 0 };
  return { date: best.date, confidence: ties > 0 ? 0.2 : 0.35 };
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}
