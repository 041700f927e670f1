/**
 * The printed wording of a letter's parts: number line, place-date line, list punctuation, signer lines.
 * Kept apart from the renderers so the DOCX and the PDF print exactly the same words.
 */
import type { LayoutRuleSet } from './layout-rules.ts';
import type { Letter, LetterSigner } from './model.ts';

export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/** Blank space a clerk fills in by hand on a printed draft. */
const BLANK = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

/**
 * "Số: 15/TCT-VP" (state) or "Số 2174-CV/HVCTQG" (Party). A draft prints the blank before the symbol:
 * "Số:      /TCT-VP", "Số      -CV/TCTTN".
 */
export function numberLine(letter: Pick<Letter, 'numberSymbol' | 'draftSymbol'>, rules: LayoutRuleSet): string {
  const prefix = rules.numberPrefix;
  if (letter.numberSymbol) return `${prefix} ${letter.numberSymbol.trim()}`;
  const symbol = letter.draftSymbol?.trim() ?? '';
  const separator = rules.family === 'party' ? '-' : '/';
  return `${prefix}${BLANK}${symbol ? `${separator}${symbol.replace(/^[-/]/, '')}` : ''}`;
}

function pad(value: number, padded: boolean): string {
  return padded && value < 10 ? `0${value}` : String(value);
}

/** "Thái Nguyên, ngày 05 tháng 02 năm 2024"; a draft keeps the blanks ("ngày      tháng      năm 2026"). */
export function dateLine(place: string, date: string | null, rules: LayoutRuleSet, today: string): string {
  const where = place.trim();
  if (!date) return `${where}, ngày${BLANK}tháng${BLANK}năm ${today.slice(0, 4)}`;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dd = pad(day, rules.padDayBelow10);
  const mm = pad(month, rules.padMonths.includes(month));
  return `${where}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "V/v …" under the number of a công văn; a subject already starting with "V/v" is left alone. */
export function congVanSubjectLine(subject: string, rules: LayoutRuleSet): string {
  const text = subject.trim();
  if (!rules.congVanSubjectPrefix || /^v\/v\b/i.test(text)) return text;
  return `${rules.congVanSubjectPrefix}${text}`;
}

/** Trailing separators the drafter may have typed; the layout decides the punctuation. */
function stripEnd(text: string): string {
  return text.trim().replace(/[\s,;.]+$/u, '');
}

/**
 * List lines as printed under "Kính gửi:" and "Nơi nhận:": a dash before each, the family's separator
 * after each, a full stop after the last (NĐ 30 Phụ lục I; HD 36 uses commas).
 */
export function listLines(items: readonly string[], rules: LayoutRuleSet): string[] {
  const clean = items.map(stripEnd).filter((s) => s !== '');
  return clean.map((item, index) => `- ${item}${index === clean.length - 1 ? '.' : rules.listLineEnd}`);
}

/** A single addressee shares the "Kính gửi:" line; several go one per line. */
export function addresseeLines(items: readonly string[], rules: LayoutRuleSet): string[] {
  const clean = items.map(stripEnd).filter((s) => s !== '');
  if (clean.length === 1) return [`${clean[0]}.`];
  return listLines(clean, rules);
}

/** Authority line ("KT. HIỆU TRƯỞNG", "T/M BAN THƯỜNG VỤ") and the signer's own title, in capitals. */
export function signerLines(signer: LetterSigner): string[] {
  const lines: string[] = [];
  const authority = signer.authority?.trim();
  const onBehalf = signer.onBehalfOf?.trim();
  if (authority) lines.push(upperVi(`${authority} ${onBehalf ?? ''}`.trim()));
  else if (onBehalf) lines.push(upperVi(onBehalf));
  const title = signer.title?.trim();
  // "Q. GIÁM ĐỐC" already names the position; a title equal to the line above is not repeated either.
  const repeated = title && (upperVi(title) === lines[lines.length - 1] || upperVi(title) === upperVi(onBehalf ?? ''));
  if (title && !repeated) lines.push(upperVi(title));
  return lines;
}

/** "\n" in a body's name is a line break the drafter chose; otherwise the renderer wraps. */
export function bodyNameLines(name: string): string[] {
  return name
    .split('\n')
    .map((l) => upperVi(l.trim()))
    .filter((l) => l !== '');
}
