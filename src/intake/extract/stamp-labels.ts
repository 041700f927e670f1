/**
 * The incoming stamp's printed labels and hand-filled values as OCR damages them, put back into their canonical
 * folded form before the stamp rules read a line. The stamp is red ink, often over the body or rotated, and its
 * number and date are handwriting, so tesseract misreads single letters of the labels ("Ngàv:", "Nqày:", "S6:",
 * "Chuvển:") and reads handwritten digits as look-alike letters ("11/O5/2026", "l5O7", "200g").
 *
 * Every change is a one-for-one substitution, so the result has the folded line's length and offsets (spans) stay
 * valid. A label is only recognised with its colon (a body's "ngày" or "số" has none), and a value only right after
 * such a label.
 */

// The labels a stamp prints (folded), compared letter for letter (substitutions only, see above).
const WORD_LABELS = ['ngay', 'chuyen'];

// "Số" with its letters misread: "S6", "5ố", "$ố", "Sô" (folded: "so").
const SO_FORM = /^(?:[s5$][o06e]|6o)$/;
// Handwritten digits read as letters (folded: lower case). "|" and "!" are a stroke of "1".
const DIGIT_OF: Record<string, string> = {
  o: '0',
  d: '0',
  l: '1',
  i: '1',
  '|': '1',
  '!': '1',
  z: '2',
  s: '5',
  b: '8',
  g: '9',
  q: '9',
};

/** Letters differing from the label at exactly one position (same length), or equal. */
function nearLabel(word: string, label: string): boolean {
  if (word.length !== label.length) return false;
  let diff = 0;
  for (let i = 0; i < word.length; i++) if (word[i] !== label[i]) diff++;
  // The first letter must be read: "ngay" is not a label when read as "bgay" (an unrelated word, or noise).
  return diff <= 1 && word[0] === label[0];
}

/** A value's run of digits and look-alikes turned into digits when it is mostly digits already. */
function digitsOf(value: string, minDigits: number): string | null {
  const real = value.replace(/\D/g, '').length;
  if (real < minDigits || real * 2 < value.replace(/[^0-9a-z|!]/g, '').length) return null;
  let out = '';
  for (const c of value) out += /[0-9]/.test(c) ? c : (DIGIT_OF[c] ?? c);
  return out;
}

/**
 * The folded line with damaged stamp labels and the hand-filled values after them made canonical: "so:" for
 * "s6:"/"5o:"/"$o:", "ngay:" and "chuyen:" for one letter misread, and the value after "so:" or "ngay:" with its
 * look-alike letters read as digits. Same length as the input.
 */
export function canonStampLine(folded: string): string {
  let out = folded;
  const put = (at: number, text: string) => {
    out = out.slice(0, at) + text + out.slice(at + text.length);
  };
  // A label's colon read as a semicolon ("số; 987", "Ngày; 4/5/2024", "S6; 284") before a value.
  for (const m of folded.matchAll(/(?<![a-z0-9])([a-z0-9$]{2,6})\s{0,2};(?=\s{0,3}[0-9olizsbgq])/g)) {
    const w = m[1] ?? '';
    if (SO_FORM.test(w) || WORD_LABELS.some((l) => nearLabel(w, l))) put(m.index + m[0].length - 1, ':');
  }
  const source = out;
  // Word labels: a word of the label's length, at a word start, before a colon.
  for (const m of source.matchAll(/(?<![a-z0-9])([a-z]{4,6})(?=\s{0,2}:)/g)) {
    const label = WORD_LABELS.find((l) => nearLabel(m[1] ?? '', l));
    if (label && m[1] !== label) put(m.index, label);
  }
  // "Số:" read as "S6:", "S0:", "5ố:", "$ố:" (with the colon, and a value after it).
  for (const m of source.matchAll(/(?<![a-z0-9])(?:[s5$][o06e]|6o)(?=\s{0,2}:\s{0,3}[0-9a-z])/g)) {
    if (m[0] !== 'so' && m[0] !== 'se') put(m.index, 'so');
  }
  // The label glued to the body word OCR read before it ("… ĐÀO TẠ6ố: 1920", the stamp printed over the body):
  // the word's last letter gives way to the space the label needs; only with the colon and a 2–5 digit number.
  for (const m of source.matchAll(/(?<=[a-z])[a-z]([s5$6]o)(?=\s{0,2}:\s{0,3}\d{2,5}(?![\d/-]))/g)) put(m.index, ' so');
  // The number after "so:": 1 to 5 handwritten digits, ended by a space, punctuation or the line's end.
  for (const m of out.matchAll(/(?<![a-z0-9])so\s{0,2}:\s{0,3}([0-9olizsbgq|!]{1,5})(?=[\s.,;)]|$)/g)) {
    const d = digitsOf(m[1] ?? '', 1);
    if (d) put(m.index + m[0].length - (m[1] ?? '').length, d);
  }
  // The date after "ngay:": day, month and perhaps the year, with look-alikes; separators kept.
  for (const m of out.matchAll(
    /(?<![a-z0-9])ngay\s{0,2}:\s{0,3}([0-9olizsbgq]{1,2}[./-][0-9olizsbgq]{1,2}(?:[./-][0-9olizsbgq]{2,4})?)(?![0-9a-z])/g,
  )) {
    const value = m[1] ?? '';
    // With its year a date needs four digits read; a day and month alone ("g/7") one.
    const d = digitsOf(value, value.split(/[./-]/).length === 3 ? 4 : 1);
    if (d) put(m.index + m[0].length - value.length, d);
  }
  return out;
}

// A receipt date without its label: day, month and a 2- or 4-digit year.
const BARE_DATE = /(?<![\d/.])\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})(?![\d/.])/;
// Words of a body's date (a deadline or an event), never of the stamp's.
const BODY_DATE = /thang|ngay\s{0,2}\d|truoc|den het|han|tu ngay|nam/;

/**
 * The stamp's date whose "Ngày:" label OCR lost or read on another line (":17/12/2021" under "Số:", "Chuyển: P. QLĐT
 * V: 24/7/2024" beside an empty "Ngày:"): the first numeric date among the stamp's lines [from, to] that stands
 * alone on its line or ends a line of stamp labels, and is no body date (a deadline wrapped from the line above).
 * The caller keeps it only when it is a clean date after the letter's (resolveReceiptDate, confidence 0.9).
 */
export function unlabelledDate(
  folded: (i: number) => string,
  from: number,
  to: number,
  isLabelLine: (i: number) => boolean,
): { line: number; from: number; to: number } | null {
  for (let i = from; i <= to; i++) {
    const f = folded(i);
    const d = BARE_DATE.exec(f);
    if (!d || BODY_DATE.test(f) || /(ngay|truoc|den|han|thang|nam)\s*$/.test(folded(i - 1))) continue;
    const before = f.slice(0, d.index).replace(/[^a-z]/g, '');
    const after = f.slice(d.index + d[0].length).replace(/[^a-z0-9]/g, '');
    if (after.length > 0) continue;
    if (before.length <= 3 || isLabelLine(i)) return { line: i, from: d.index, to: d.index + d[0].length };
  }
  return null;
}
