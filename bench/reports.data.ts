/**
 * Synthetic data for the reports benchmarks: 88 schools (80 provincial in the six regions, 8 sector),
 * 4 periodic regimes × 24 periods each, each school's source rows (classes with enrolments, staff,
 * standard-school assessments, directive obligations, contest entries, forum articles) and, for every
 * report sent, its content pre-filled by the engine plus hand-entered figures that pass the rules, its
 * events and submission record. Seeded, so every run builds the same data. The module's benchmark
 * (`npm run bench -- reports`, later) inserts this into the database and times its queries.
 */
import { REGIONS } from '../src/network/regions.ts';
import type { SchoolRef, SubmissionRecord } from '../src/reports/academy/timeliness.ts';
import { addDays } from '../src/reports/dates.ts';
import { type ReportContent, prefillReport, setFigure, setNarrative } from '../src/reports/figures.ts';
import { generatePeriods, type Period } from '../src/reports/periods.ts';
import {
  HALF_YEAR_REVIEW,
  QUARTERLY_TRAINING,
  STANDARD_SCHOOL_PROGRESS,
  YEAR_END_REVIEW,
} from '../src/reports/regimes/index.ts';
import { isExpectedReporter } from '../src/reports/due.ts';
import type { ClassRow, EnrolmentRow, SourceInputs } from '../src/reports/sources/inputs.ts';
import type { RegimeVersion } from '../src/reports/types.ts';
import type { ReportEvent } from '../src/reports/workflow.ts';
import { mulberry32 } from './support/random.ts';

export type BenchReport = {
  school: SchoolRef;
  version: RegimeVersion;
  period: Period;
  content: ReportContent;
  events: ReportEvent[];
};

export type ReportsBenchData = {
  schools: SchoolRef[];
  regimes: RegimeVersion[];
  periods: { version: RegimeVersion; period: Period }[];
  inputs: Map<string, SourceInputs>;
  submissions: SubmissionRecord[];
  reports: BenchReport[];
};

export type BenchOptions = { schools?: number; periods?: number; seed?: number; lastCutoff?: string };

const LEVELS = ['so_cap', 'trung_cap', 'cao_cap', 'boi_duong'] as const;
const MODES = ['tap_trung', 'khong_tap_trung'] as const;
const DELIVERIES = ['truc_tiep', 'truc_tiep', 'truc_tiep', 'truc_tuyen', 'ket_hop'] as const;
const DEGREES = ['tien_si', 'thac_si', 'thac_si', 'dai_hoc', 'other'] as const;

/** The four periodic regimes, started early enough that each has `count` periods before `lastCutoff`. */
function benchRegimes(): RegimeVersion[] {
  return [QUARTERLY_TRAINING, HALF_YEAR_REVIEW, YEAR_END_REVIEW, STANDARD_SCHOOL_PROGRESS].map((r) => ({
    ...r,
    effectiveFrom: '1990-01-01',
  }));
}

function schoolInputs(random: () => number, code: string, from: string, to: string): SourceInputs {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const startYear = Number(from.slice(0, 4));
  const endYear = Number(to.slice(0, 4));
  const classes: ClassRow[] = [];
  const enrolments: EnrolmentRow[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let i = 0, n = int(6, 14); i < n; i++) {
      const opening = `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      const id = `${code}-c${classes.length}`;
      classes.push({
        id,
        level: pick(LEVELS),
        mode: pick(MODES),
        delivery: pick(DELIVERIES),
        opening_date: opening,
        closing_date: random() < 0.9 ? addDays(opening, int(20, 330)) : null,
      });
      for (let l = 0, size = int(20, 60); l < size; l++) enrolments.push({ class_id: id, learner_id: `${id}-${l}` });
    }
  }
  const staff = Array.from({ length: int(35, 90) }, () => ({
    role: random() < 0.75 ? ('lecturer' as const) : ('staff' as const),
    degree: pick(DEGREES),
    startDate: `${int(startYear - 10, endYear)}-01-01`,
    endDate: random() < 0.15 ? `${int(startYear, endYear)}-06-30` : null,
  }));
  const statuses = ['met', 'met', 'met', 'exceeded', 'not_met', 'referred'] as const;
  const assessments = [];
  for (let year = startYear; year <= endYear; year++) {
    for (const month of ['03', '09']) {
      assessments.push({
        assessedOn: `${year}-${month}-01`,
        indicators: Array.from({ length: 55 }, (_, i) => ({
          code: `${i + 1}`,
          criterion: 1 + (i % 6),
          status: pick(statuses),
        })),
      });
    }
  }
  const directives = [{ id: `${code}-d1`, number_symbol: '2174-CV/HVCTQG', issued_date: from }];
  const requirements = [1, 2, 3, 4].map((no) => ({ id: `${code}-r${no}`, directive_id: `${code}-d1`, no }));
  const obligations = requirements.map((r) => ({
    id: `${r.id}-o`,
    directive_id: r.directive_id,
    requirement_id: r.id,
    status: 'done' as const,
    deadline: addDays(from, 200),
  }));
  const obligationEvents = obligations.flatMap((o) => [
    { obligation_id: o.id, at: `${from}T02:00:00Z`, status: 'not_started' as const },
    { obligation_id: o.id, at: `${addDays(from, int(10, 300))}T02:00:00Z`, status: 'in_progress' as const },
    { obligation_id: o.id, at: `${addDays(from, int(301, 900))}T02:00:00Z`, status: 'done' as const },
  ]);
  const contestEntries = Array.from({ length: int(10, 40) }, () => ({
    edition: '762-KH/HVCTQG',
    category: pick(['journal', 'newspaper', 'radio', 'television', 'video']),
    round: 'school' as const,
    submittedOn: `${int(startYear, endYear)}-0${int(2, 7)}-15`,
  }));
  const forumArticles = Array.from({ length: int(5, 20) }, () => {
    const sentOn = `${int(startYear, endYear)}-${String(int(1, 12)).padStart(2, '0')}-10`;
    return {
      sentOn,
      acceptedOn: addDays(sentOn, 10),
      publishedOn: random() < 0.7 ? addDays(sentOn, 30) : null,
      declinedOn: null,
    };
  });
  return {
    classes,
    enrolments,
    staff,
    assessments,
    directives,
    requirements,
    obligations,
    obligationEvents,
    contestEntries,
    forumArticles,
    findings: [],
    overrides: [],
  };
}

/** Fills the hand-entered cells so the report passes the shipped rules (graduates ≤ finishing learners…). */
function completeByHand(
  content: ReportContent,
  version: RegimeVersion,
  kind: string,
  random: () => number,
): ReportContent {
  let c = content;
  for (const section of version.outline)
    c = setNarrative(c, version, section.code, `${section.title}: nội dung thử nghiệm.`);
  const b01 = c.figures.B01;
  if (b01?.TONG?.tot_nghiep) {
    let total = 0;
    for (const row of ['SC', 'TC', 'CC', 'BD']) {
      const finishing = Number(b01[row]!.hv_be!.value ?? 0);
      const graduates = Math.floor(finishing * (0.9 + random() * 0.1));
      total += graduates;
      c = setFigure(c, version, kind, { form: 'B01', row, column: 'tot_nghiep' }, graduates);
    }
    c = setFigure(c, version, kind, { form: 'B01', row: 'TONG', column: 'tot_nghiep' }, total);
  }
  if (c.figures.B05) {
    const sums = { trien_khai: 0, nghiem_thu: 0 };
    for (const row of ['TINH', 'TRUONG', 'KHOA']) {
      for (const column of ['trien_khai', 'nghiem_thu'] as const) {
        const n = Math.floor(random() * 4);
        sums[column] += n;
        c = setFigure(c, version, kind, { form: 'B05', row, column }, n);
      }
    }
    for (const column of ['trien_khai', 'nghiem_thu'] as const)
      c = setFigure(c, version, kind, { form: 'B05', row: 'TONG', column }, sums[column]);
  }
  return c;
}

export function generateReportsData(options: BenchOptions = {}): ReportsBenchData {
  const random = mulberry32(options.seed ?? 20220531);
  const schoolCount = options.schools ?? 88;
  const periodCount = options.periods ?? 24;
  const lastCutoff = options.lastCutoff ?? '2026-06-30';
  const schools: SchoolRef[] = Array.from({ length: schoolCount }, (_, i) => {
    const sector = i >= schoolCount - Math.max(1, Math.round(schoolCount / 11));
    const region = REGIONS[i % REGIONS.length]!;
    return {
      code: sector ? `BENCH-S${i}` : `BENCH-P${i}`,
      name: sector
        ? `Trường cán bộ bộ, ngành số ${i + 1}`
        : `Trường Chính trị tỉnh số ${String(i + 1).padStart(2, '0')}`,
      kind: sector ? 'sector_school' : 'provincial_school',
      validFrom: null,
      validTo: null,
      regionCode: sector ? null : region.code,
      regionName: sector ? null : region.name,
    };
  });
  const regimes = benchRegimes();
  const periods = regimes.flatMap((version) =>
    generatePeriods(version, { from: '1990-01-01', to: lastCutoff })
      .slice(-periodCount)
      .map((period) => ({ version, period })),
  );
  const first = periods.map((p) => p.period.cutoffFrom).sort()[0] ?? lastCutoff;
  const inputs = new Map(schools.map((s) => [s.code, schoolInputs(random, s.code, first, lastCutoff)]));
  const submissions: SubmissionRecord[] = [];
  const reports: BenchReport[] = [];
  for (const { version, period } of periods) {
    for (const school of schools) {
      if (!isExpectedReporter(version, school, period)) continue;
      const roll = random();
      if (roll < 0.06) continue; // never sent
      const late = roll > 0.86;
      const sentOn = late
        ? addDays(period.deadline, 1 + Math.floor(random() * 20))
        : addDays(period.deadline, -Math.floor(random() * 5));
      const returned = random() < 0.1;
      const events: ReportEvent[] = [{ revision: 1, action: 'send', at: `${sentOn}T03:00:00Z` }];
      if (returned) {
        events.push({ revision: 1, action: 'return', at: `${addDays(sentOn, 3)}T03:00:00Z` });
        events.push({ revision: 2, action: 'send', at: `${addDays(sentOn, 6)}T03:00:00Z` });
      }
      events.push({
        revision: returned ? 2 : 1,
        action: 'accept',
        at: `${addDays(sentOn, returned ? 8 : 4)}T03:00:00Z`,
      });
      const prefilled = prefillReport(version, period, school, inputs.get(school.code)!).content;
      const content = completeByHand(prefilled, version, school.kind, random);
      reports.push({ school, version, period, content, events });
      submissions.push({
        regimeCode: version.code,
        periodCode: period.code,
        organisationCode: school.code,
        firstSentAt: events[0]!.at,
        state: 'accepted',
        revision: returned ? 2 : 1,
      });
    }
  }
  return { schools, regimes, periods, inputs, submissions, reports };
}
