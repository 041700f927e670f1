/**
 * The legal regimes a class can fall under, chosen by its opening date (regulations.md §7).
 * Before 8/2/2022 no rule set is known: the engine says so rather than applying 57 backwards.
 */
import type { IsoDate } from '../types.ts';
import type { Regime } from './rule-types.ts';

export const R57_SOURCE = 'Quy định 57-QĐ/TW ngày 08/02/2022 của Ban Bí thư';
export const R350_SOURCE = 'Quy định 350-QĐ/TW ngày 29/8/2025';

export const REGIMES: readonly Regime[] = [
  {
    id: 'R57',
    name: 'Quy định 57-QĐ/TW',
    effectiveFrom: '2022-02-08',
    // 350 is reported as replacing 57; no explicit repeal clause was seen, so 57 ends the day before 350.
    effectiveTo: '2025-08-28',
    source: { document: R57_SOURCE, article: 'Có hiệu lực từ ngày ký (08/02/2022)' },
    unknowns: [],
  },
  {
    id: 'R350',
    name: 'Quy định 350-QĐ/TW',
    effectiveFrom: '2025-08-29',
    effectiveTo: null,
    source: { document: R350_SOURCE, article: 'Có hiệu lực từ ngày ký (29/8/2025)' },
    unknowns: [
      {
        levels: ['cao_cap'],
        message:
          'Chưa tìm được tiêu chuẩn và phân cấp đào tạo cao cấp LLCT trong Quy định 350-QĐ/TW: không kiểm tra L-CC-01…03 và C-02; cần người xác nhận tiêu chuẩn học viên.',
      },
      {
        levels: ['trung_cap'],
        message: 'Chưa tìm được phân cấp đào tạo trung cấp LLCT trong Quy định 350-QĐ/TW: không kiểm tra C-01.',
      },
      {
        levels: ['so_cap'],
        message: 'Chưa tìm được tiêu chuẩn sơ cấp LLCT trong phần Quy định 350-QĐ/TW đã đọc: không kiểm tra L-SC-01.',
      },
    ],
  },
];

/** The regime in force on a date, or null when the date precedes every known rule set. */
export function selectRegime(onDate: IsoDate, regimes: readonly Regime[] = REGIMES): Regime | null {
  for (const regime of regimes) {
    if (onDate >= regime.effectiveFrom && (regime.effectiveTo === null || onDate <= regime.effectiveTo)) return regime;
  }
  return null;
}
