/**
 * A roster in numbers, for the school's roster page and the Academy: counts by kind, degree, theory level,
 * grade, certificate, gender and age band. Age is counted in calendar years (the roster holds birth years).
 */
import { EDUCATION_LEVELS, THEORY_LEVELS } from '../../compliance/vocabulary.ts';
import type { IsoDate } from '../common.ts';
import { GRADE_VOCABULARY, type StaffMember } from './types.ts';

export type Tally = { label: string; count: number }[];

export type RosterSummary = {
  total: number;
  lecturers: number;
  contract: number;
  female: number;
  /** Among lecturers. */
  byEducation: Tally;
  byTheoryLevel: Tally;
  byGrade: Tally;
  classicsCertificate: number;
  /** Everyone, by age reached in the year of `onDate`: under 30, 30–39, 40–49, 50–59, 60 and over. */
  byAgeBand: Tally;
};

const BANDS: [string, number, number][] = [
  ['Dưới 30', 0, 29],
  ['30–39', 30, 39],
  ['40–49', 40, 49],
  ['50–59', 50, 59],
  ['Từ 60', 60, Number.POSITIVE_INFINITY],
];

function tally<T extends string>(values: (T | null)[], labels: Record<T, string>, none: string): Tally {
  const counts = new Map<string, number>();
  for (const v of values) {
    const label = v === null ? none : labels[v];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const order = [...Object.values(labels), none] as string[];
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
}

export function summarizeRoster(members: readonly StaffMember[], onDate: IsoDate): RosterSummary {
  const lecturers = members.filter((m) => m.kind === 'giang_vien');
  const year = Number(onDate.slice(0, 4));
  return {
    total: members.length,
    lecturers: lecturers.length,
    contract: members.filter((m) => m.employment === 'hop_dong').length,
    female: members.filter((m) => m.gender === 'nu').length,
    byEducation: tally(
      lecturers.map((m) => m.education),
      EDUCATION_LEVELS.labels,
      'Chưa ghi',
    ),
    byTheoryLevel: tally(
      lecturers.map((m) => m.theoryLevel),
      THEORY_LEVELS.labels,
      'Chưa ghi',
    ),
    byGrade: tally(
      lecturers.map((m) => m.grade),
      GRADE_VOCABULARY.labels,
      'Chưa ghi',
    ),
    classicsCertificate: lecturers.filter((m) => m.classicsCertificate).length,
    byAgeBand: BANDS.map(([label, from, to]) => ({
      label,
      count: members.filter((m) => year - m.birthYear >= from && year - m.birthYear <= to).length,
    })),
  };
}
