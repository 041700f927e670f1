/**
 * Reporting periods of a regime: each with its calendar span, its data cut-off window and its deadline.
 * Cyclic regimes generate theirs from the frequency, the cut-off rule and the deadline rule; thematic and
 * ad hoc regimes list them. A period belongs to the regime version in force on its cut-off's last day.
 */
import { addDays, addWorkingDays, dayOfMonth, type IsoDate } from './dates.ts';
import type { Cutoff, DeadlineRule, PeriodKind, RegimeVersion } from './types.ts';

export type Period = {
  regimeCode: string;
  regimeVersion: number;
  code: string;
  label: string;
  kind: PeriodKind;
  /** Calendar span (first and last day); for explicit periods, the cut-off window. */
  start: IsoDate;
  end: IsoDate;
  cutoffFrom: IsoDate;
  cutoffTo: IsoDate;
  deadline: IsoDate;
};

export type PeriodOptions = {
  /** Periods whose cut-off ends in [from, to] (inclusive). */
  from: IsoDate;
  to: IsoDate;
  /** Public holidays, skipped by working-day deadlines (weekends always are). */
  holidays?: Iterable<IsoDate>;
};

/** Nghị định 09/2019's cut-off (15th of the previous month → 14th) [S]: the default for every regime. */
export const DECREE_09_CUTOFF: Cutoff = { startDay: 15, startMonthOffset: -1 };

const ROMAN = ['I', 'II', 'III', 'IV'];
type CyclicKind = 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year';
const LENGTH: Record<CyclicKind, number> = { month: 1, quarter: 3, half_year: 6, nine_months: 9, year: 12 };
const PER_YEAR: Record<CyclicKind, number> = { month: 12, quarter: 4, half_year: 2, nine_months: 1, year: 1 };

function naming(kind: CyclicKind, year: number, index: number): { code: string; label: string } {
  switch (kind) {
    case 'month':
      return { code: `${year}-${String(index).padStart(2, '0')}`, label: `Tháng ${index}/${year}` };
    case 'quarter':
      return { code: `${year}-Q${index}`, label: `Quý ${ROMAN[index - 1]}/${year}` };
    case 'half_year':
      return {
        code: `${year}-H${index}`,
        label: index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`,
      };
    case 'nine_months':
      return { code: `${year}-9M`, label: `9 tháng đầu năm ${year}` };
    case 'year':
      return { code: String(year), label: `Năm ${year}` };
  }
}

/** The deadline of a cut-off window ending on `cutoffTo`. */
export function deadlineFor(
  rule: DeadlineRule,
  cutoffTo: IsoDate,
  holidays: ReadonlySet<IsoDate> = new Set(),
): IsoDate {
  if (rule.kind === 'after_cutoff') {
    if (rule.days === 0) return cutoffTo;
    return rule.dayKind === 'working' ? addWorkingDays(cutoffTo, rule.days, holidays) : addDays(cutoffTo, rule.days);
  }
  return dayOfMonth(Number(cutoffTo.slice(0, 4)), Number(cutoffTo.slice(5, 7)), rule.monthOffset, rule.day);
}

/** Cut-off window of a span starting in (year, month) and lasting `months` months. */
export function cutoffWindow(
  cutoff: Cutoff,
  year: number,
  month: number,
  months: number,
): { from: IsoDate; to: IsoDate } {
  const from = dayOfMonth(year, month, cutoff.startMonthOffset, cutoff.startDay);
  const next = dayOfMonth(year, month, cutoff.startMonthOffset + months, cutoff.startDay);
  return { from, to: addDays(next, -1) };
}

function inForce(version: RegimeVersion, day: IsoDate): boolean {
  return day >= version.effectiveFrom && (version.effectiveTo === null || day <= version.effectiveTo);
}

/** The periods of one regime version whose cut-off ends within the range and within the version's validity. */
export function generatePeriods(version: RegimeVersion, options: PeriodOptions): Period[] {
  const holidays = new Set(options.holidays ?? []);
  const base = { regimeCode: version.code, regimeVersion: version.version };
  const keep = (p: Period) => p.cutoffTo >= options.from && p.cutoffTo <= options.to && inForce(version, p.cutoffTo);
  const frequency = version.frequency;
  if (frequency.kind === 'thematic' || frequency.kind === 'ad_hoc') {
    return frequency.periods
      .map((p) => ({
        ...base,
        code: p.code,
        label: p.label,
        kind: frequency.kind,
        start: p.cutoffFrom,
        end: p.cutoffTo,
        cutoffFrom: p.cutoffFrom,
        cutoffTo: p.cutoffTo,
        deadline: p.deadline,
      }))
      .filter(keep);
  }
  const cutoff = version.cutoff ?? DECREE_09_CUTOFF;
  const deadline = version.deadline;
  if (!deadline) throw new Error(`Chế độ báo cáo ${version.code} thiếu quy tắc thời hạn gửi`);
  const periods: Period[] = [];
  // A window can end up to a year after its span starts; start one year early to catch it.
  const firstYear = Number(options.from.slice(0, 4)) - 1;
  const lastYear = Number(options.to.slice(0, 4)) + 1;
  for (let year = firstYear; year <= lastYear; year++) {
    const spans: { code: string; label: string; month: number; months: number }[] = [];
    if (frequency.kind === 'school_year') {
      // A school year starting in January lies within one calendar year: name it by that year alone.
      const name = frequency.startMonth === 1 ? String(year) : `${year}-${year + 1}`;
      spans.push({ code: name, label: `Năm học ${name}`, month: frequency.startMonth, months: 12 });
    } else {
      const kind = frequency.kind as CyclicKind;
      const only = 'only' in frequency ? frequency.only : undefined;
      for (let index = 1; index <= PER_YEAR[kind]; index++) {
        if (only && !only.includes(index)) continue;
        spans.push({ ...naming(kind, year, index), month: (index - 1) * LENGTH[kind] + 1, months: LENGTH[kind] });
      }
    }
    for (const span of spans) {
      const window = cutoffWindow(cutoff, year, span.month, span.months);
      const endMonthIndex = span.month - 1 + span.months; // months after January of `year` at which the span ends
      periods.push({
        ...base,
        code: span.code,
        label: span.label,
        kind: frequency.kind,
        start: dayOfMonth(year, span.month, 0, 1),
        end: addDays(dayOfMonth(year, 1, endMonthIndex, 1), -1),
        cutoffFrom: window.from,
        cutoffTo: window.to,
        deadline: deadlineFor(deadline, window.to, holidays),
      });
    }
  }
  return periods.filter(keep).sort((a, b) => (a.cutoffTo < b.cutoffTo ? -1 : a.cutoffTo > b.cutoffTo ? 1 : 0));
}

/**
 * The periods of a regime across its versions: each period is generated by the version in force on its
 * cut-off's last day, so a report started under version 1 keeps it while later periods use version 2.
 */
export function periodsOfRegime(versions: readonly RegimeVersion[], options: PeriodOptions): Period[] {
  return versions
    .flatMap((v) => generatePeriods(v, options))
    .sort((a, b) => (a.cutoffTo < b.cutoffTo ? -1 : a.cutoffTo > b.cutoffTo ? 1 : 0));
}

/** One period by code, e.g. to recompute a stored report's window from its version. */
export function findPeriod(version: RegimeVersion, code: string, holidays?: Iterable<IsoDate>): Period | null {
  const year = Number(/^\d{4}/.exec(code)?.[0] ?? Number.NaN);
  const options =
    version.frequency.kind === 'thematic' || version.frequency.kind === 'ad_hoc' || Number.isNaN(year)
      ? { from: '0001-01-01', to: '9999-12-31', holidays }
      : { from: `${year - 1}-01-01`, to: `${year + 2}-12-31`, holidays };
  return generatePeriods(version, options).find((p) => p.code === code) ?? null;
}
