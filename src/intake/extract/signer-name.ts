/**
 * The signer's name under the signature: the last line of the closing that ends in 2–6 capitalised syllables,
 * its family name taken back where OCR cut or misread it at the seal's edge.
 */
import type { Span } from '../types.ts';
import { lineSpan } from './context.ts';
import type { Line } from './normalize.ts';
import {
  isCapitalizedSyllable,
  isSurname,
  repairPersonName,
  surnameEndingWith,
  surnameOneLetterOff,
  surnameWithMark,
} from './vietnamese.ts';

/** A name word as OCR reads it: casing broken inside ("ThỦy"), a speck stuck before it (":'Nguyễn"). */
function nameWord(token: string, first: boolean): string | null {
  const w = first ? token.replace(/^[^\p{L}]{1,3}/u, '') : token;
  // An upper-case word is a position ("GIÁM ĐỐC"), not a name.
  if (!w || (w.length > 1 && w === w.toUpperCase())) return null;
  const cased = w.charAt(0) + w.slice(1).toLowerCase();
  return isCapitalizedSyllable(cased) ? cased : null;
}

export function nameOf(text: string): { name: string; from: number; runFrom: number } | null {
  const words = [...text.matchAll(/\S+/g)];
  const got: string[] = [];
  let from = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    const word = w ? (nameWord(w[0], false) ?? nameWord(w[0], true)) : null;
    if (!w || !word) break;
    from = w.index + w[0].length - word.length;
    got.unshift(word);
    if (word !== w[0] && !nameWord(w[0], false)) break; // a speck before it: the name starts here
  }
  const runFrom = from;
  // Seal or handwriting read before a long run ("Mức Án Trần Song Hào"): a name starts with the family
  // name, so a run whose first word is no family name (even with its marks misread) starts at the first one.
  const surname = got.findIndex((x) => isSurname(x));
  if (surname > 0 && got.length >= 4 && got.length - surname >= 3 && !repairPersonName(got[0] ?? '').repaired) {
    from += got.slice(0, surname).join(' ').length + 1;
    got.splice(0, surname);
  }
  if (got.length < 2 || got.length > 6) return null;
  return { name: got.join(' '), from, runFrom };
}

export interface SignerName {
  name: string;
  span: Span;
  confidence: number;
  line: number;
}

export function findSignerName(lines: readonly Line[], closingStart: number): SignerName | null {
  // The name: the last line ending in 2–6 capitalised syllables.
  for (let i = lines.length - 1; i >= closingStart; i--) {
    const line = lines[i];
    if (!line?.text) continue;
    const got = nameOf(line.text);
    if (!got) continue;
    const left = line.text.slice(0, got.runFrom).trim();
    // The family name's first letters lost at the left edge ("guyễn Văn Cường", "ũ Quốc Quyết"): a lower-case
    // piece alone before the name that ends exactly one family name.
    // Or its one letter read as a mark ("T(ần Quốc Trung"): the one family name that fits the other letters.
    const lost = /^[^\p{L}\d]{0,3}(\p{Ll}{1,6})$/u.exec(left)?.[1];
    const marked = /(?:^|\s)(\p{Lu}\p{L}*[^\p{L}\s\d]\p{L}+)$/u.exec(left)?.[1];
    // Or one of its letters misread, junk before it ("_~Tfịnh Tiến Thúy"): the one family name a letter away.
    const near = /^[^\p{L}\d]{0,3}(\p{Lu}\p{L}{2,6})$/u.exec(left)?.[1];
    const family = lost
      ? surnameEndingWith(lost)
      : marked
        ? surnameWithMark(marked)
        : near
          ? surnameOneLetterOff(near)
          : null;
    // A speck read as one letter before a whole name that starts with a family name ("a Nguyễn Khắc Hằng").
    const speck =
      /^[^\p{L}\d]{0,3}\p{L}$/u.test(left) &&
      isSurname(got.name.split(' ')[0] ?? '') &&
      got.name.split(' ').length >= 3;
    if (family && !speck) got.name = `${family} ${got.name}`;
    // A modifier letter ("ˆ", "ˇ") read from a speck is a mark, not a word.
    else if (
      !speck &&
      left &&
      !/^[-~•+_|]/.test(left) &&
      !/^(?:[^\p{L}\d]|\p{Lm})+$/u.test(left) &&
      !/^\W{0,2}n[oơ]i/i.test(left)
    )
      continue;
    const repaired = repairPersonName(got.name);
    const first = repaired.name.split(' ')[0] ?? '';
    return {
      name: repaired.name,
      span: lineSpan(line, got.from, line.text.length),
      confidence: repaired.repaired || family ? 0.7 : isSurname(first) ? 0.95 : 0.75,
      line: i,
    };
  }
  return null;
}
