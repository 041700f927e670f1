/**
 * Completeness and timeliness per regime × period × school, as DHIS2 computes them: reporting rate =
 * received / expected, on-time rate = received by the deadline / expected. A report counts as received
 * from its first sending (any later return or correction does not undo that), and on time when that first
 * sending falls on or before the deadline, by the calendar day in Vietnam.
 */
import { vietnameseCollator } from '../../lib/vn.ts';
import { daysBetween, type IsoDate, vietnamDateOf } from '../dates.ts';
import { isExpectedReporter, type ReporterRef } from '../due.ts';
import type { Period } from '../periods.ts';
import type { RegimeVersion } from '../types.ts';
import type { ReportState } from '../workflow.ts';

export type SchoolRef = ReporterRef & { name: string; regionCode?: string | null; regionName?: string | null };

/** What the module knows of one school's report for one period (its latest revision). */
export type SubmissionRecord = {
  regimeCode: string;
  periodCode: string;
  organisationCode: string;
  /** Timestamp of the first sending of any revision; null when never sent. */
  firstSentAt: string | null;
  state: ReportState;
  revision: number;
};

/** on_time / late: received; missing: deadline passed, nothing sent; pending: not sent, deadline ahead. */
export type CellStatus = 'on_time' | 'late' | 'missing' | 'pending' | 'not_expected';

export type MatrixCell = {
  status: CellStatus;
  firstSentOn: IsoDate | null;
  daysLate: number | null;
  /** The report's current state (e.g. returned), when one exists. */
  state: ReportState | null;
  revision: number | null;
};

export type Rates = {
  expected: number;
  received: number;
  onTime: number;
  /** received / expected, 0..1; null when nothing is expected. */
  reportingRate: number | null;
  onTimeRate: number | null;
};

export type PeriodColumn = Rates & {
  regimeCode: string;
  regimeName: string;
  period: Period;
  /** The deadline has passed on the as-of day: only such periods enter a school's and the overall rates. */
  due: boolean;
};

export type SchoolRow = Rates & { school: SchoolRef; cells: MatrixCell[] };

export type TimelinessMatrix = { asOf: IsoDate; columns: PeriodColumn[]; schools: SchoolRow[]; totals: Rates };

export type MatrixInput = {
  /** The periods to show, with the version each belongs to. */
  periods: readonly { version: RegimeVersion; period: Period }[];
  schools: readonly SchoolRef[];
  submissions: readonly SubmissionRecord[];
  asOf: IsoDate;
};

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const rates = (expected: number, received: number, onTime: number): Rates => ({
  expected,
  received,
  onTime,
  reportingRate: rate(received, expected),
  onTimeRate: rate(onTime, expected),
});

/** Plain literals, no spreads: the matrix builds thousands of cells and spreading each one doubles its cost. */
function cellFor(period: Period, submission: SubmissionRecord | undefined, asOf: IsoDate): MatrixCell {
  const state = submission ? submission.state : null;
  const revision = submission ? submission.revision : null;
  if (!submission?.firstSentAt) {
    const status = period.deadline < asOf ? 'missing' : 'pending';
    return { status, firstSentOn: null, daysLate: null, state, revision };
  }
  const day = vietnamDateOf(submission.firstSentAt);
  if (day <= period.deadline) return { status: 'on_time', firstSentOn: day, daysLate: 0, state, revision };
  return { status: 'late', firstSentOn: day, daysLate: daysBetween(period.deadline, day), state, revision };
}

export function timelinessMatrix(input: MatrixInput): TimelinessMatrix {
  const byKey = new Map(input.submissions.map((s) => [`${s.regimeCode}|${s.periodCode}|${s.organisationCode}`, s]));
  const schools = [...input.schools].sort((a, b) => vietnameseCollator.compare(a.name, b.name));
  const rows = schools.map((school) => ({ school, cells: [] as MatrixCell[], counts: [0, 0, 0] }));
  const columns: PeriodColumn[] = input.periods.map(({ version, period }) => {
    const due = period.deadline < input.asOf;
    let [expected, received, onTime] = [0, 0, 0];
    for (const row of rows) {
      if (!isExpectedReporter(version, row.school, period)) {
        row.cells.push({ status: 'not_expected', firstSentOn: null, daysLate: null, state: null, revision: null });
        continue;
      }
      const cell = cellFor(period, byKey.get(`${version.code}|${period.code}|${row.school.code}`), input.asOf);
      row.cells.push(cell);
      const got = cell.status === 'on_time' || cell.status === 'late';
      expected++;
      if (got) received++;
      if (cell.status === 'on_time') onTime++;
      if (due) {
        row.counts[0]!++;
        if (got) row.counts[1]!++;
        if (cell.status === 'on_time') row.counts[2]!++;
      }
    }
    return { regimeCode: version.code, regimeName: version.name, period, due, ...rates(expected, received, onTime) };
  });
  const schoolRows: SchoolRow[] = rows.map(({ school, cells, counts }) => ({
    school,
    cells,
    ...rates(counts[0]!, counts[1]!, counts[2]!),
  }));
  const sum = (k: 'expected' | 'received' | 'onTime') => columns.filter((c) => c.due).reduce((s, c) => s + c[k], 0);
  return {
    asOf: input.asOf,
    columns,
    schools: schoolRows,
    totals: rates(sum('expected'), sum('received'), sum('onTime')),
  };
}

/** "85,2%" — Vietnamese decimal comma; "—" when nothing was expected. */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${(Math.round(value * 1000) / 10).toString().replace('.', ',')}%`;
}
