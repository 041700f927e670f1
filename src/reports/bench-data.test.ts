/** The benchmark's generated reports are valid reports: the generator and the shipped rules agree. */
import { describe, expect, it } from 'vitest';
import { generateReportsData } from '../../bench/reports.data.ts';
import { validateReport } from './validation.ts';

describe('benchmark data', () => {
  const data = generateReportsData({ schools: 11, periods: 2, seed: 7 });

  it('has the requested shape: 4 regimes × periods, provincial and sector schools', () => {
    expect(data.schools).toHaveLength(11);
    expect(data.schools.filter((s) => s.kind === 'sector_school')).toHaveLength(1);
    expect(data.periods).toHaveLength(8);
    expect(new Set(data.periods.map((p) => p.version.code)).size).toBe(4);
    expect(data.reports.length).toBe(data.submissions.length);
    expect(data.reports.length).toBeGreaterThan(60);
  });

  it('every generated report passes its regime version’s validation', () => {
    for (const report of data.reports) {
      const result = validateReport(report.version, report.content, report.school.kind);
      expect(result.errors, `${report.version.code} ${report.period.code} ${report.school.code}`).toEqual([]);
    }
  });
});
