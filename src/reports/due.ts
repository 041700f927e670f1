/**
 * Who must report, and what a reporter has due on a given day. An organisation is expected for a period
 * when the regime names its kind or its code and it exists on the cut-off's last day: the 63 schools of
 * 2022 report for periods closing before 1/7/2025, the merged schools after (their successor's scope
 * covers the older reports).
 */
import { daysBetween, type IsoDate } from './dates.ts';
import { type Period, periodsOfRegime } from './periods.ts';
import type { OrganisationKind, RegimeVersion } from './types.ts';

export type ReporterRef = {
  code: string;
  kind: OrganisationKind | string;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
};

export function isExpectedReporter(
  version: RegimeVersion,
  org: ReporterRef,
  period: Pick<Period, 'cutoffTo'>,
): boolean {
  const named =
    (version.reporters.kinds as readonly string[]).includes(org.kind) ||
    version.reporters.organisationCodes.includes(org.code);
  const exists =
    (org.validFrom === null || org.validFrom <= period.cutoffTo) &&
    (org.validTo === null || org.validTo >= period.cutoffTo);
  return named && exists;
}

/** The organisations expected to report for a period. */
export function expectedReporters<T extends ReporterRef>(
  version: RegimeVersion,
  period: Pick<Period, 'cutoffTo'>,
  organisations: readonly T[],
): T[] {
  return organisations.filter((o) => isExpectedReporter(version, o, period));
}

/** collecting: the cut-off window is still open; due: closed, deadline not passed; overdue: deadline passed. */
export type DueState = 'collecting' | 'due' | 'overdue';

export type DueItem = {
  regimeCode: string;
  regimeVersion: number;
  regimeName: string;
  period: Period;
  state: DueState;
  /** Days from the given day to the deadline (negative once overdue). */
  daysLeft: number;
};

export type DueOptions = {
  onDate: IsoDate;
  /** Reports already sent, as `${regimeCode}|${periodCode}`: they are not due any more. */
  sent: ReadonlySet<string>;
  /** How far back overdue periods are still listed (default 366 days). */
  lookbackDays?: number;
  holidays?: Iterable<IsoDate>;
};

export const sentKey = (regimeCode: string, periodCode: string) => `${regimeCode}|${periodCode}`;

/**
 * What a reporter has to send, earliest deadline first: periods whose window has started, that it has
 * not sent, whose deadline is not more than `lookbackDays` in the past.
 * @param regimes every published version of every regime, grouped by regime code.
 */
export function dueFor(
  regimes: ReadonlyMap<string, readonly RegimeVersion[]>,
  reporter: ReporterRef,
  options: DueOptions,
): DueItem[] {
  const lookback = options.lookbackDays ?? 366;
  const earliest = new Date(Date.parse(`${options.onDate}T00:00:00Z`) - lookback * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const items: DueItem[] = [];
  for (const versions of regimes.values()) {
    // Windows end at most a year after they start and deadlines rarely later: look a year either side.
    const periods = periodsOfRegime(versions, {
      from: `${Number(earliest.slice(0, 4)) - 1}-01-01`,
      to: `${Number(options.onDate.slice(0, 4)) + 1}-12-31`,
      holidays: options.holidays ?? [],
    });
    for (const period of periods) {
      const version = versions.find((v) => v.version === period.regimeVersion)!;
      if (period.cutoffFrom > options.onDate || period.deadline < earliest) continue;
      if (options.sent.has(sentKey(period.regimeCode, period.code))) continue;
      if (!isExpectedReporter(version, reporter, period)) continue;
      const state: DueState =
        options.onDate <= period.cutoffTo ? 'collecting' : options.onDate <= period.deadline ? 'due' : 'overdue';
      items.push({
        regimeCode: version.code,
        regimeVersion: version.version,
        regimeName: version.name,
        period,
        state,
        daysLeft: daysBetween(options.onDate, period.deadline),
      });
    }
  }
  return items.sort((a, b) => a.daysLeft - b.daysLeft || a.regimeCode.localeCompare(b.regimeCode));
}
