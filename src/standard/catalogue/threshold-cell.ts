/** Reads a threshold cell: "≥ 75", ">= 75", "75" (at least), "≤ 2", "tối đa 2", "75%". */
import type { RawCell } from '../../compliance/read-sheets.ts';
import { comparisonKey } from '../../compliance/text.ts';
import { formatNumberVi, parseVietnameseNumber } from '../common.ts';
import type { Threshold } from './types.ts';

const AT_LEAST = ['≥', '>=', '=>', '>'];
const AT_MOST = ['≤', '<=', '=<', '<'];
const AT_LEAST_WORDS = ['toi thieu', 'it nhat', 'khong duoi', 'tu'];
const AT_MOST_WORDS = ['toi da', 'khong qua', 'khong vuot qua', 'duoi'];

export type ThresholdResult = { value: Threshold | null } | { error: string };

/**
 * `unit` is the row's unit: a percent cell formatted as % in Excel arrives as 0.75, which would silently
 * mean 0.75%, so a raw fraction below 1 for a % indicator is refused with a hint.
 */
export function thresholdCell(cell: RawCell | undefined, unit: string | null): ThresholdResult {
  if (cell === null || cell === undefined) return { value: null };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { error: `Ngưỡng "${cell}" không phải số` };
    if (unit === '%' && cell > 0 && cell < 1)
      return {
        error: `Ngưỡng ${formatNumberVi(cell)} với đơn vị %: ô đang định dạng phần trăm; ghi ${formatNumberVi(cell * 100)} (không định dạng %)`,
      };
    return { value: { op: '>=', value: cell } };
  }
  if (typeof cell !== 'string') return { error: 'Ngưỡng phải là số, ví dụ "≥ 75"' };
  const typed = cell.normalize('NFC').trim();
  if (typed === '') return { value: null };
  let rest = typed;
  let op: Threshold['op'] = '>=';
  const symbol = [...AT_LEAST, ...AT_MOST].find((s) => rest.startsWith(s));
  if (symbol) {
    op = AT_MOST.includes(symbol) ? '<=' : '>=';
    rest = rest.slice(symbol.length);
  } else {
    const key = comparisonKey(rest);
    const word = [...AT_LEAST_WORDS, ...AT_MOST_WORDS]
      .sort((a, b) => b.length - a.length)
      .find((w) => key.startsWith(`${w} `));
    if (word) {
      op = AT_MOST_WORDS.includes(word) ? '<=' : '>=';
      rest = rest.slice(rest.search(/\d/) < 0 ? rest.length : rest.search(/\d/));
    }
  }
  if (symbol === '>' || symbol === '<')
    return { error: `Ngưỡng "${typed}": chỉ dùng ≥ hoặc ≤ (ngưỡng là giá trị tối thiểu hoặc tối đa)` };
  const match = /^\s*([-\d.,\s]*\d)\s*([^\d]*)$/.exec(rest);
  const value = match ? parseVietnameseNumber(match[1]!) : null;
  if (value === null) return { error: `Ngưỡng "${typed}" không đọc được; ghi ví dụ "≥ 75" hoặc "≤ 2"` };
  // "2 lớp trở xuống" / "75% trở lên" put the direction after the number.
  const tail = comparisonKey(match![2]!);
  if (tail.endsWith('tro xuong')) op = '<=';
  else if (tail.endsWith('tro len')) op = '>=';
  return { value: { op, value } };
}
