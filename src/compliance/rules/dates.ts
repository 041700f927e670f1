/**
 * Dates the sources do not give, kept configurable and marked uncertain (regulations.md §6.2, issue 11.4):
 * - 350-QĐ/TW's effective date (and so 57-QĐ/TW's last day): default 29/8/2025, the signing date;
 * - the start of rule C-01 (sector schools no longer teaching trung cấp): no default. Letter 2174 of
 *   31/5/2022 still only stopped *online* trung cấp at sector schools, so 57's date is not it; until
 *   someone configures a start, C-01 is not checked, and never before the configured date.
 * The rule and regime data keep the defaults; `datedRuleSet` returns copies with the configured dates,
 * the regimes' unknowns saying so, and "[?]" on every rule citing an uncertain date.
 */
import type { IsoDate } from '../types.ts';
import { formatVietnameseDate } from '../text.ts';
import type { Regime, Rule } from './rule-types.ts';

export const DEFAULT_R350_FROM: IsoDate = '2025-08-29';

export type DateSettings = {
  /** When 350-QĐ/TW took effect (57-QĐ/TW ends the day before). Default DEFAULT_R350_FROM. */
  r350EffectiveFrom?: IsoDate | undefined;
  /** From when C-01 applies; unset: C-01 is not checked. */
  c01EffectiveFrom?: IsoDate | null | undefined;
};

function dayBefore(iso: IsoDate): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const ALL_LEVELS = ['so_cap', 'trung_cap', 'cao_cap', 'boi_duong'] as Regime['unknowns'][number]['levels'];

export function datedRuleSet(
  rules: readonly Rule[],
  regimes: readonly Regime[],
  dates: DateSettings,
): { rules: Rule[]; regimes: Regime[] } {
  const r350From = dates.r350EffectiveFrom ?? DEFAULT_R350_FROM;
  const r57To = dayBefore(r350From);
  const mark350 = `hiệu lực từ ${formatVietnameseDate(r350From)} [?]`;
  const mark57 = `hết hiệu lực ngày ${formatVietnameseDate(r57To)} [?]`;
  const c01 = dates.c01EffectiveFrom ?? null;
  const out: Rule[] = [];
  for (const rule of rules) {
    if (rule.code === 'C-01' && rule.origin === 'R57') {
      if (!c01) continue;
      const from = rule.effectiveFrom && rule.effectiveFrom > c01 ? rule.effectiveFrom : c01;
      out.push(
        withMark(
          { ...rule, effectiveFrom: from, effectiveTo: r57To },
          `áp dụng từ ${formatVietnameseDate(c01)} [?], ngày do đơn vị cấu hình`,
        ),
      );
    } else if (rule.origin === 'R350') out.push(withMark({ ...rule, effectiveFrom: r350From }, mark350));
    else if (rule.origin === 'R57' && rule.effectiveTo !== null) out.push({ ...rule, effectiveTo: r57To });
    else out.push(rule);
  }
  const outRegimes = regimes.map((regime): Regime => {
    if (regime.id === 'R350')
      return {
        ...regime,
        effectiveFrom: r350From,
        unknowns: [
          {
            levels: ALL_LEVELS,
            message: `Ngày có hiệu lực của Quy định 350-QĐ/TW (và ngày hết hiệu lực của Quy định 57-QĐ/TW) chưa tìm được trong nguồn: đang dùng ${formatVietnameseDate(r350From)} [?]${dates.r350EffectiveFrom ? ' (đơn vị cấu hình)' : ' (mặc định: ngày ký, cấu hình được)'}; Quy định 57-QĐ/TW ${mark57}.`,
          },
          ...regime.unknowns,
        ],
      };
    if (regime.id === 'R57')
      return {
        ...regime,
        effectiveTo: r57To,
        unknowns: [
          {
            levels: ['trung_cap'],
            hostKinds: ['sector_school'],
            message: c01
              ? `C-01 (trường bộ, ngành không còn đào tạo trung cấp) áp dụng từ ${formatVietnameseDate(c01)} [?]: ngày do đơn vị cấu hình, nguồn chưa xác định.`
              : 'Chưa rõ từ ngày nào trường bộ, ngành phải dừng đào tạo trung cấp LLCT (Công văn 2174 tháng 5/2022 mới dừng đào tạo trực tuyến): chưa cấu hình ngày bắt đầu nên không kiểm tra C-01.',
          },
          ...regime.unknowns,
        ],
      };
    return regime;
  });
  return { rules: out, regimes: outRegimes };
}

function withMark(rule: Rule, mark: string): Rule {
  return { ...rule, uncertainDate: mark, source: { ...rule.source, article: `${rule.source.article} (${mark})` } };
}
