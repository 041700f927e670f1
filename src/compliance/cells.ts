/**
 * Converts raw cell values into typed values, or into a Vietnamese error message.
 * Dates arrive as real spreadsheet dates (exceljs gives a Date at UTC midnight), as Excel serial
 * numbers, or as text in dd/mm/yyyy, d/m/yyyy or ISO form; all become 'YYYY-MM-DD'.
 */
import type { RawCell } from './read-sheets.ts';
import { isoFromParts, isValidIsoDate } from './text.ts';
import { labelList, parseVocabulary, type Vocabulary } from './vocabulary.ts';

export type CellResult<T> = { value: T } | { error: string };

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 in the 1900 date system (its fictitious 29/02/1900 included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isEmptyCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Text as typed, trimmed and NFC-normalised so composed and decomposed Vietnamese compare equal. */
export function textCell(cell: RawCell | undefined): string | null {
  if (isEmptyCell(cell)) return null;
  if (cell instanceof Date) return formatDateCell(cell);
  return String(cell).normalize('NFC').trim();
}

function formatDateCell(date: Date): string {
  const iso = dateFromTimestamp(date.getTime());
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * The calendar day of a spreadsheet date. exceljs builds dates in UTC; a second's tolerance absorbs
 * floating-point noise in serials such as 44600.99999999 without moving a real time of day.
 */
function dateFromTimestamp(ms: number): string {
  return new Date(Math.floor((ms + 1000) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YMD = /^(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

export function dateCell(cell: RawCell | undefined): CellResult<string> | null {
  if (isEmptyCell(cell)) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { error: 'Ô ngày tháng không hợp lệ' };
    return { value: dateFromTimestamp(cell.getTime()) };
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return { error: `Số "${cell}" không phải ngày hợp lệ` };
    // A bare year (1980) is not serial 1980 (02/06/1905): the day and month are missing.
    if (Number.isInteger(cell) && cell >= 1900 && cell <= 2100)
      return { error: `"${cell}" chỉ có năm; nhập đủ ngày dạng dd/mm/yyyy` };
    return { value: dateFromTimestamp(EXCEL_EPOCH_MS + cell * DAY_MS) };
  }
  const text = String(cell).trim();
  const dmy = DMY.exec(text);
  const ymd = dmy ? null : YMD.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (!parts) return { error: `Ngày "${text}" không đúng dạng dd/mm/yyyy` };
  const iso = isoFromParts(Number(parts[0]), Number(parts[1]), Number(parts[2]));
  if (!isValidIsoDate(iso)) return { error: `Ngày "${text}" không tồn tại` };
  return { value: iso };
}

export function enumCell<T extends string>(cell: RawCell | undefined, vocabulary: Vocabulary<T>): CellResult<T> | null {
  const text = textCell(cell);
  if (text === null) return null;
  const value = parseVocabulary(vocabulary, text);
  if (value === null)
    return { error: `Giá trị "${text}" không hợp lệ; chọn một trong: ${labelList(vocabulary).join(', ')}` };
  return { value };
}

const YES = new Set([
  'co',
  'x',
  'v',
  'yes',
  'true',
  '1',
  'quy hoach',
  'co quy hoach',
  'trong quy hoach',
  'dien quy hoach',
]);
const NO = new Set(['khong', 'no', 'false', '0', 'khong quy hoach', 'chua']);

/** "Có" (or x) → true; blank or "Không" → false. */
export function flagCell(cell: RawCell | undefined, key: (text: string) => string): CellResult<boolean> {
  if (isEmptyCell(cell)) return { value: false };
  if (typeof cell === 'boolean') return { value: cell };
  const text = textCell(cell) ?? '';
  const k = key(text);
  if (YES.has(k)) return { value: true };
  if (NO.has(k)) return { value: false };
  return { error: `Giá trị "${text}" không hợp lệ; ghi "Có" hoặc để trống` };
}
