/**
 * The number line ("Số 2174-CV/HVCTQG", "Số: 45/UBND-VP") and the place-and-date line
 * ("Hà Nội, ngày 31 tháng 5 năm 2022"). In OCR both often share one line, and the year of the date may be
 * pushed to the next line, after the subject ("V/v … thực tế 2023").
 */
import type { Family, Span } from '../types.ts';
import { type Ctx, editDistance, lineSpan, mask, unionSpan } from './context.ts';
import { isoDate } from './dates.ts';
import { findSymbols, symbolWithLostSeparator, type SymbolMatch } from './number-symbol.ts';
import { isKnownPair } from './lexicon.ts';
import { PROVINCES } from './organisations.ts';
import { fixOcrWords, isCapitalizedSyllable, coreWord } from './vietnamese.ts';

export interface NumberLine {
  line: number;
  symbol: SymbolMatch | null;
  span: Span | null;
  confidence: number;
}

const SO_LABEL = /(?:^|[^a-z])so\s{0,2}[:.]?\s{0,3}(?=\d)/;

/** Finds the "Số …" line in the first lines of the document (before limit). */
export function findNumberLine(ctx: Ctx, limit: number, exclude: Set<number>): NumberLine | null {
  for (let i = 0; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const m = SO_LABEL.exec(line.folded);
    if (!m) continue;
    // "… Hướng dẫn số 84-HD/BTGTW của …" in a body sentence is a citation, not the number line: the label
    // stands at the start of the line or after the other header column (upper case), never after prose.
    if (/\p{Ll}{2,}/u.test(line.text.slice(0, m.index).replace(/\bs[ốô]\b/giu, ''))) continue;
    const at = line.start + m.index + m[0].length;
    const symbol = findSymbols(ctx.doc.text, at, line.end, false)[0] ?? null;
    if (symbol && symbol.start === at) {
      return { line: i, symbol, span: [symbol.start, symbol.end], confidence: symbol.repaired ? 0.75 : 0.95 };
    }
    const mended = symbolWithLostSeparator(ctx.doc.text, at, line.end);
    if (mended) return { line: i, symbol: mended, span: [mended.start, mended.end], confidence: 0.7 };
    // "Số: 811" with no symbol is a receiving stamp, not the document number: keep looking.
  }
  // OCR lost the "Số" label: take a symbol standing in a header line.
  for (let i = 0; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const symbol = findSymbols(ctx.doc.text, line.start, line.end)[0];
    if (symbol && !/(so|hieu|theo)\s*$/.test(line.folded.slice(0, symbol.start - line.start))) {
      return { line: i, symbol, span: [symbol.start, symbol.end], confidence: 0.6 };
    }
  }
  return null;
}

/** A line that starts with "Số" but whose symbol could not be read still marks where the header ends. */
export function findGarbledNumberLine(ctx: Ctx, limit: number, exclude: Set<number>): number | null {
  for (let i = 0; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (line && !exclude.has(i) && /^\W{0,3}so\s*[:.]/.test(line.folded)) return i;
  }
  return null;
}

export interface DateLine {
  line: number;
  place: string | null;
  placeSpan: Span | null;
  date: string | null;
  dateSpan: Span | null;
  /** Year found on a following line (lower confidence), or missing. */
  yearSource: 'line' | 'next-line' | 'missing';
  month: number;
  day: number;
  placeConfidence: number;
}

const DATE_WORDS =
  /ngay\s{0,2}(\d{1,2})\s{0,2}[,.]?\s{0,2}thang\s{0,2}(\d{1,2})(?:\s{0,2}[,.]?\s{0,2}nam\s{0,2}(\d{4})?)?/;
const BODY_START = /^(can cu|thuc hien|theo|xet|qua|de|trong|nham|tai)\s/;
const YEAR_TAIL = /(?:^|\s)(?:(\S{2,4})\s+)?((?:19|20)\d{2})\s*$/;

/** The place is the run of capitalised words just before ", ngày" ("TP. Hồ Chí Minh", "Đắk Lắk"). */
function placeBefore(text: string): { place: string; from: number } | null {
  const words = [...text.matchAll(/\S+/g)];
  let from = -1;
  let count = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w) break;
    const core = coreWord(w[0]);
    const isCap = isCapitalizedSyllable(core) || /^(TP|Tp)\.?$/.test(w[0]);
    const isLink = count > 0 && (/^(phố|xã|thị|trấn)$/.test(core) || /^[-–]$/.test(w[0]));
    // A one-word place from a minority language, written without marks ("Pleiku"), is no Vietnamese syllable.
    if (!isCap && !isLink && count === 0 && /^[A-Z][a-z]{3,9},?$/.test(w[0])) {
      from = w.index;
      count++;
      break;
    }
    if (!isCap && !isLink) break;
    from = w.index;
    count++;
  }
  if (from < 0 || count > 6) return null;
  const place = text.slice(from).replace(/[,\s]+$/, '');
  return { place, from };
}

const PLACE_NAMES = PROVINCES.map((p) => p.split(' '));

/**
 * A summary that ends with a province's name read on the date line beside the place ("… Trường Chính trị tỉnh
 * Đồng Tháp Hà Nội, ngày …"): two province names run together, and the place is the one written last.
 */
function provinceBeforePlace(p: { place: string; from: number } | null): { place: string; from: number } | null {
  if (!p) return p;
  const words = [...p.place.matchAll(/\S+/g)];
  const read = words.map((w) => coreWord(w[0]));
  const endsWith = (end: number, name: string[]) =>
    end >= name.length && name.every((w, k) => read[end - name.length + k] === w);
  const last = PLACE_NAMES.filter((n) => endsWith(read.length, n)).sort((a, b) => b.length - a.length)[0];
  if (!last || last.length === read.length) return p;
  const cut = read.length - last.length;
  if (!PLACE_NAMES.some((n) => endsWith(cut, n))) return p;
  const at = words[cut]?.index ?? 0;
  return { place: p.place.slice(at), from: p.from + at };
}

/**
 * A summary column read on the date line ("V/v tham gia ý kiến vào dự thảo Đề Hà Nội, ngày …" / "án sắp xếp …"):
 * its last word, capitalised at the start of a compound the next line ends ("Đề" + "án"), is not the place's.
 */
function summaryWordOff(
  p: { place: string; from: number } | null,
  below: Array<{ text: string } | undefined>,
): { place: string; from: number } | null {
  if (!p) return p;
  const words = [...p.place.matchAll(/\S+/g)];
  const next =
    below
      .find((l) => l?.text.trim())
      ?.text.trim()
      .split(/\s+/)[0] ?? '';
  const first = words[0];
  const second = words[1];
  if (!first || !second || !/^\p{Ll}/u.test(next) || !isKnownPair(coreWord(first[0]), coreWord(next))) return p;
  return { place: p.place.slice(second.index), from: p.from + second.index };
}

export function findDateLine(ctx: Ctx, limit: number, exclude: Set<number>, symbolEnd: number | null): DateLine | null {
  for (let i = 0; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const m = DATE_WORDS.exec(line.folded);
    if (!m || BODY_START.test(line.folded)) continue;
    // The body's "Ngày 16/11/2023, …" is not the date line; the date line reads "…, ngày DD tháng MM".
    const day = Number(m[1]);
    const month = Number(m[2]);
    let year = m[3] ? Number(m[3]) : null;
    let yearSource: DateLine['yearSource'] = year ? 'line' : 'missing';
    let dateSpan: Span = lineSpan(line, m.index, m.index + m[0].length);
    if (!year) {
      const endsWithNam = /nam\s*$/.test(m[0]);
      for (let j = i + 1; j < Math.min(i + 4, ctx.doc.lines.length); j++) {
        const next = ctx.doc.lines[j];
        if (!next || next.text === '') continue;
        const t = YEAR_TAIL.exec(next.folded);
        if (!t) break;
        const word = t[1];
        // The word before the year is "năm" misread ("nám", "Rồm") only when the date line lacks its "năm"; when
        // the line already ends with it, that word is the summary's beside the year ("Đoàn khảo sát" / "2024").
        const namLike =
          !endsWithNam &&
          word !== undefined &&
          word.length >= 3 &&
          editDistance(word.replace(/[^a-z]/g, ''), 'nam') <= 2;
        if (!endsWithNam && !namLike) break;
        const lead = t[0].length - t[0].trimStart().length;
        const from = namLike ? t.index + lead : t.index + t[0].lastIndexOf(t[2] ?? '');
        year = Number(t[2]);
        yearSource = 'next-line';
        mask(ctx, j, from, next.text.length);
        dateSpan = unionSpan([dateSpan, lineSpan(next, from)]) ?? dateSpan;
        break;
      }
    }
    let before = line.text.slice(0, m.index);
    let beforeStart = 0;
    if (symbolEnd !== null && symbolEnd > line.start && symbolEnd <= line.start + m.index) {
      beforeStart = symbolEnd - line.start;
      before = line.text.slice(beforeStart, m.index);
    }
    const p = provinceBeforePlace(summaryWordOff(placeBefore(before), ctx.doc.lines.slice(i + 1, i + 3)));
    // OCR puts the left column (issuer, number) on the same line: blank only the place and date, so the
    // issuer text before them is still read.
    const leftEnd = beforeStart + (p ? p.from : before.trimEnd().length);
    mask(ctx, i, /\p{L}/u.test(line.text.slice(beforeStart, leftEnd)) ? leftEnd : 0, line.text.length);
    return {
      line: i,
      place: p ? fixOcrWords(p.place) : null,
      placeSpan: p ? lineSpan(line, beforeStart + p.from, beforeStart + p.from + p.place.length) : null,
      date: year ? isoDate(year, month, day) : null,
      dateSpan,
      yearSource,
      month,
      day,
      placeConfidence: p ? 0.85 : 0,
    };
  }
  return null;
}

export function familyFromSymbol(symbol: SymbolMatch | null): Family | null {
  return symbol ? symbol.family : null;
}
