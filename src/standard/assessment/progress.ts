/**
 * The progress line schools publish — "47/55 đạt, 12 vượt chuẩn, 8 chưa đạt" — counted against the
 * number of indicators the regulation sets (55 at mức 1), not against the rows a provisional catalogue has.
 * Đạt includes vượt chuẩn, as in the survey reports ("53 đạt, trong đó 8 vượt chuẩn").
 */
import type { CatalogueVersion } from '../catalogue/types.ts';
import { formatNumberVi } from '../common.ts';
import { type IndicatorStatus, isMet } from './types.ts';

export type Tally = {
  met: number;
  exceeded: number;
  notMet: number;
  referred: number;
  notAssessed: number;
};

export type Progress = Tally & {
  declared: number;
  listed: number;
  /** Indicators of the regulation the catalogue does not list (provisional catalogue). */
  notInCatalogue: number;
  line: string;
  byCriterion: (Tally & { criterion: number; title: string; listed: number })[];
};

function tally(statuses: readonly (IndicatorStatus | null)[]): Tally {
  return {
    met: statuses.filter(isMet).length,
    exceeded: statuses.filter((s) => s === 'vuot_chuan').length,
    notMet: statuses.filter((s) => s === 'chua_dat').length,
    referred: statuses.filter((s) => s === 'xin_y_kien').length,
    notAssessed: statuses.filter((s) => s === null).length,
  };
}

/** "47/55 đạt, 12 vượt chuẩn, 8 chưa đạt" plus referred, unassessed and unlisted counts when there are any. */
export function progressLine(t: Tally, declared: number, notInCatalogue: number): string {
  const n = formatNumberVi;
  const parts = [`${n(t.met)}/${n(declared)} đạt`, `${n(t.exceeded)} vượt chuẩn`, `${n(t.notMet)} chưa đạt`];
  if (t.referred > 0) parts.push(`${n(t.referred)} xin ý kiến`);
  if (t.notAssessed > 0) parts.push(`${n(t.notAssessed)} chưa đánh giá`);
  if (notInCatalogue > 0) parts.push(`${n(notInCatalogue)} chưa có trong danh mục`);
  return parts.join(', ');
}

export function progressOf(
  catalogue: CatalogueVersion,
  results: readonly { item: { criterion: number }; status: IndicatorStatus | null }[],
): Progress {
  const total = tally(results.map((r) => r.status));
  const declared = Math.max(catalogue.declaredIndicatorCount, results.length);
  const notInCatalogue = declared - results.length;
  return {
    ...total,
    declared,
    listed: results.length,
    notInCatalogue,
    line: progressLine(total, declared, notInCatalogue),
    byCriterion: catalogue.criteria.map((c) => {
      const own = results.filter((r) => r.item.criterion === c.number);
      return { criterion: c.number, title: c.title, listed: own.length, ...tally(own.map((r) => r.status)) };
    }),
  };
}
