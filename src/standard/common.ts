/**
 * Vocabulary shared by the standard-school engines (Quy định 11-QĐ/TW): levels, confidence marks and the
 * number formatting every Vietnamese message uses. Pure data; no database, no HTTP.
 */
import { Type, type Static } from '@sinclair/typebox';
import { isValidIsoDate } from '../compliance/text.ts';

export { formatDateVi } from '../lib/vn.ts';
export { isValidIsoDate };

export type IsoDate = string;

export const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Ngày dạng YYYY-MM-DD' });

/** Mức 1 and mức 2 of Quy định 11-QĐ/TW [C]; mức 2 raises the thresholds of some indicators. */
export const StandardLevelSchema = Type.Union([Type.Literal(1), Type.Literal(2)], {
  description: 'Mức chuẩn (1 hoặc 2)',
});
export type StandardLevel = Static<typeof StandardLevelSchema>;
export const LEVEL_LABELS: Record<StandardLevel, string> = { 1: 'Mức 1', 2: 'Mức 2' };

/**
 * How sure a fact is, with the same codes as the compliance engine: confirmed = read in a primary source,
 * secondary = a summary or a provincial copy, uncertain = inferred. Only confirmed facts are shown without
 * the "Chưa xác minh" mark.
 */
export const ConfidenceSchema = Type.Union([
  Type.Literal('confirmed'),
  Type.Literal('secondary'),
  Type.Literal('uncertain'),
]);
export type Confidence = Static<typeof ConfidenceSchema>;
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Đã xác minh',
  secondary: 'Chưa xác minh (nguồn thứ cấp)',
  uncertain: 'Chưa xác minh',
};
export const isVerified = (confidence: Confidence) => confidence === 'confirmed';

/** The regulation every standard-school fact hangs on. */
export const REGULATION_11 = 'Quy định 11-QĐ/TW ngày 19/5/2021 của Ban Bí thư về trường chính trị chuẩn';

const NUMBER_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** 91.1 → "91,1"; 9648 → "9.648" (Vietnamese separators). */
export function formatNumberVi(value: number): string {
  return NUMBER_VI.format(value);
}

/** A percentage rounded to one decimal, as schools publish it (89,9%). */
export function percent(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 1000) / 10;
}

/** The same calendar day `years` earlier; 29/02 falls back to 28/02 in a common year. */
export function minusYears(iso: IsoDate, years: number): IsoDate {
  const year = Number(iso.slice(0, 4)) - years;
  const monthDay = iso.slice(5);
  const candidate = `${String(year).padStart(4, '0')}-${monthDay}`;
  return isValidIsoDate(candidate) ? candidate : `${String(year).padStart(4, '0')}-02-28`;
}

/**
 * A number as Vietnamese users type it: "2,5" (decimal comma), "9.648" (thousands dot), "75.5" or "75".
 * Null when the text is not one unambiguous number.
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.replace(/\s+/g, '');
  let normalised: string | null = null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normalised = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(t)) normalised = t.replace(',', '.');
  else if (/^-?\d+\.\d+$/.test(t)) normalised = t;
  if (normalised === null) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
