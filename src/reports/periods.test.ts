import { describe, expect, it } from 'vitest';
import { dueFor, expectedReporters, isExpectedReporter, sentKey } from './due.ts';
import { cutoffWindow, deadlineFor, findPeriod, generatePeriods, periodsOfRegime } from './periods.ts';
import {
  groupVersions,
  nextVersion,
  QUARTERLY_TRAINING,
  SHIPPED_REGIMES,
  STANDARD_SCHOOL_PROGRESS,
} from './regimes/index.ts';
import type { RegimeVersion } from './types.ts';

const DECREE = { startDay: 15, startMonthOffset: -1 } as const;
const regime = (frequency: RegimeVersion['frequency'], extra: Partial<RegimeVersion> = {}): RegimeVersion => ({
  ...QUARTERLY_TRAINING,
  effectiveFrom: '2000-01-01',
  frequency,
  ...extra,
});
const windows = (r: RegimeVersion, from: string, to: string) =>
  generatePeriods(r, { from, to }).map((p) => [p.code, p.cutoffFrom, p.cutoffTo]);

describe('cut-off windows of Nghị định 09/2019 (standard-reports-contests.md §2 table)', () => {
  it('month: 15th of the previous month to the 14th', () => {
    expect(cutoffWindow(DECREE, 2025, 3, 1)).toEqual({ from: '2025-02-15', to: '2025-03-14' });
    expect(cutoffWindow(DECREE, 2025, 1, 1)).toEqual({ from: '2024-12-15', to: '2025-01-14' });
  });

  it('quarter, half year, nine months and year', () => {
    expect(windows(regime({ kind: 'quarter' }), '2025-01-01', '2025-12-31')).toEqual([
      ['2025-Q1', '2024-12-15', '2025-03-14'],
      ['2025-Q2', '2025-03-15', '2025-06-14'],
      ['2025-Q3', '2025-06-15', '2025-09-14'],
      ['2025-Q4', '2025-09-15', '2025-12-14'],
    ]);
    expect(windows(regime({ kind: 'half_year' }), '2025-01-01', '2025-12-31')).toEqual([
      ['2025-H1', '2024-12-15', '2025-06-14'],
      ['2025-H2', '2025-06-15', '2025-12-14'],
    ]);
    expect(windows(regime({ kind: 'nine_months' }), '2025-01-01', '2025-12-31')).toEqual([
      ['2025-9M', '2024-12-15', '2025-09-14'],
    ]);
    expect(windows(regime({ kind: 'year' }), '2025-01-01', '2025-12-31')).toEqual([
      ['2025', '2024-12-15', '2025-12-14'],
    ]);
  });

  it('calendar periods when configured so', () => {
    const calendar = regime({ kind: 'quarter' }, { cutoff: { startDay: 1, startMonthOffset: 0 } });
    expect(windows(calendar, '2024-01-01', '2024-06-30')).toEqual([
      ['2024-Q1', '2024-01-01', '2024-03-31'],
      ['2024-Q2', '2024-04-01', '2024-06-30'],
    ]);
  });

  it('labels in Vietnamese and the calendar span beside the window', () => {
    const [q] = generatePeriods(regime({ kind: 'quarter' }), { from: '2025-03-01', to: '2025-03-31' });
    expect(q).toMatchObject({ label: 'Quý I/2025', start: '2025-01-01', end: '2025-03-31', deadline: '2025-03-20' });
    const [h2] = generatePeriods(regime({ kind: 'half_year', only: [2] }), { from: '2025-01-01', to: '2025-12-31' });
    expect(h2).toMatchObject({
      code: '2025-H2',
      label: '6 tháng cuối năm 2025',
      start: '2025-07-01',
      end: '2025-12-31',
    });
    const [m] = generatePeriods(regime({ kind: 'month' }), { from: '2025-02-01', to: '2025-02-28' });
    expect(m).toMatchObject({ code: '2025-02', label: 'Tháng 2/2025' });
  });

  it('school year from a configured month', () => {
    const [y] = generatePeriods(regime({ kind: 'school_year', startMonth: 9 }), {
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(y).toMatchObject({
      code: '2025-2026',
      label: 'Năm học 2025-2026',
      start: '2025-09-01',
      end: '2026-08-31',
      cutoffFrom: '2025-08-15',
      cutoffTo: '2026-08-14',
    });
  });
});

describe('deadlines', () => {
  it('calendar days after the cut-off', () => {
    expect(deadlineFor({ kind: 'after_cutoff', days: 6, dayKind: 'calendar' }, '2025-03-14')).toBe('2025-03-20');
  });

  it('working days skip weekends and holidays', () => {
    // 14/3/2025 is a Friday: Mon 17, Tue 18 (holiday), Wed 19.
    const rule = { kind: 'after_cutoff', days: 2, dayKind: 'working' } as const;
    expect(deadlineFor(rule, '2025-03-14')).toBe('2025-03-18');
    expect(deadlineFor(rule, '2025-03-14', new Set(['2025-03-18']))).toBe('2025-03-19');
  });

  it('a fixed day of a later month, clamped to the month end', () => {
    expect(deadlineFor({ kind: 'day_of_month', day: 20, monthOffset: 0 }, '2025-06-14')).toBe('2025-06-20');
    expect(deadlineFor({ kind: 'day_of_month', day: 31, monthOffset: 0 }, '2025-06-14')).toBe('2025-06-30');
    expect(deadlineFor({ kind: 'day_of_month', day: 5, monthOffset: 1 }, '2025-12-14')).toBe('2026-01-05');
  });
});

describe('versions and explicit periods', () => {
  it('a period belongs to the version in force on its cut-off end', () => {
    const [v1, v2] = nextVersion(
      QUARTERLY_TRAINING,
      { ...QUARTERLY_TRAINING, name: 'Báo cáo quý (sửa đổi)' },
      '2025-07-01',
    );
    const periods = periodsOfRegime([v1, v2], { from: '2025-01-01', to: '2025-12-31' });
    expect(periods.map((p) => `${p.code}:v${p.regimeVersion}`)).toEqual([
      '2025-Q1:v1',
      '2025-Q2:v1',
      '2025-Q3:v2',
      '2025-Q4:v2',
    ]);
    expect(v1.effectiveTo).toBe('2025-06-30');
    expect(() => nextVersion(QUARTERLY_TRAINING, QUARTERLY_TRAINING, '2020-01-01')).toThrow(/sau ngày/);
  });

  it('nothing before the regime takes effect', () => {
    // Q1/2022 closed on 14/3/2022, before letter 2174 (31/5/2022); Q2 closes after it.
    expect(generatePeriods(QUARTERLY_TRAINING, { from: '2021-01-01', to: '2022-05-31' })).toEqual([]);
    expect(generatePeriods(QUARTERLY_TRAINING, { from: '2022-01-01', to: '2022-12-31' }).map((p) => p.code)).toEqual([
      '2022-Q2',
      '2022-Q3',
      '2022-Q4',
    ]);
  });

  it('ad hoc periods are listed by the designer', () => {
    const letter = SHIPPED_REGIMES.find((r) => r.code === 'BC_CV2174')!;
    expect(generatePeriods(letter, { from: '2022-01-01', to: '2022-12-31' })).toEqual([
      expect.objectContaining({
        code: '2022-CV2174',
        cutoffFrom: '2022-05-31',
        cutoffTo: '2022-12-14',
        deadline: '2022-12-20',
      }),
    ]);
  });

  it('findPeriod recomputes a stored period from its code', () => {
    expect(findPeriod(QUARTERLY_TRAINING, '2024-Q4')).toMatchObject({
      cutoffFrom: '2024-09-15',
      cutoffTo: '2024-12-14',
    });
    expect(findPeriod(QUARTERLY_TRAINING, '2024-Q9')).toBeNull();
  });
});

describe('who reports and what is due', () => {
  const thaiNguyen = { code: 'TCT-2004-19', kind: 'provincial_school', validFrom: null, validTo: null };
  const oldSchool = { code: 'TCT-2004-02', kind: 'provincial_school', validFrom: null, validTo: '2025-06-30' };
  const merged = { code: 'TCT-2025-08', kind: 'provincial_school', validFrom: '2025-07-01', validTo: null };
  const sector = { code: 'TBN-TTCP', kind: 'sector_school', validFrom: null, validTo: null };

  it('reporters by kind, by list, and only while the organisation exists', () => {
    const q2 = findPeriod(QUARTERLY_TRAINING, '2025-Q2')!;
    const q3 = findPeriod(QUARTERLY_TRAINING, '2025-Q3')!;
    expect(
      expectedReporters(QUARTERLY_TRAINING, q2, [thaiNguyen, oldSchool, merged, sector]).map((o) => o.code),
    ).toEqual(['TCT-2004-19', 'TCT-2004-02', 'TBN-TTCP']);
    expect(
      expectedReporters(QUARTERLY_TRAINING, q3, [thaiNguyen, oldSchool, merged, sector]).map((o) => o.code),
    ).toEqual(['TCT-2004-19', 'TCT-2025-08', 'TBN-TTCP']);
    expect(isExpectedReporter(STANDARD_SCHOOL_PROGRESS, sector, q3)).toBe(false);
    const listed = { ...STANDARD_SCHOOL_PROGRESS, reporters: { kinds: [], organisationCodes: ['TBN-TTCP'] } };
    expect(isExpectedReporter(listed, sector, q3)).toBe(true);
  });

  it('collecting, due and overdue, earliest deadline first; sent reports drop out', () => {
    const regimes = groupVersions([QUARTERLY_TRAINING, STANDARD_SCHOOL_PROGRESS]);
    const items = dueFor(regimes, thaiNguyen, {
      onDate: '2025-06-18',
      sent: new Set([sentKey('BC_DTBD_QUY', '2025-Q1')]),
      lookbackDays: 120,
    });
    expect(items.map((i) => [i.regimeCode, i.period.code, i.state, i.daysLeft])).toEqual([
      ['BC_DTBD_QUY', '2025-Q2', 'due', 2],
      ['BC_TRUONG_CHUAN', '2025-H1', 'due', 2],
      ['BC_DTBD_QUY', '2025-Q3', 'collecting', 94],
      ['BC_TRUONG_CHUAN', '2025-H2', 'collecting', 185],
    ]);
    const late = dueFor(regimes, sector, { onDate: '2025-06-18', sent: new Set(), lookbackDays: 120 });
    expect(late.map((i) => [i.period.code, i.state])).toEqual([
      ['2025-Q1', 'overdue'],
      ['2025-Q2', 'due'],
      ['2025-Q3', 'collecting'],
    ]);
  });
});
