/**
 * Figures aggregated across schools for one regime version and period: per cell the sum or the mean
 * (as the column declares), the number of schools with a value, min and max, subtotals by region and
 * by kind of school, and the drill-down — each school's own value. Choice cells are counted per option.
 * Pass the latest sent revision of each school's report (sent or accepted), never drafts.
 */
import { vietnameseCollator } from '../../lib/vn.ts';
import { aggregationOf, fillableCells } from '../cells.ts';
import type { ReportContent } from '../figures.ts';
import type { RegimeVersion } from '../types.ts';
import type { SchoolRef } from './timeliness.ts';

export const KIND_LABELS: Record<string, string> = {
  provincial_school: 'Trường chính trị tỉnh, thành phố trực thuộc Trung ương',
  sector_school: 'Trường cán bộ của bộ, ngành, đoàn thể Trung ương',
  regional_academy: 'Học viện Chính trị khu vực',
  member_academy: 'Học viện trực thuộc',
  academy: 'Học viện Chính trị quốc gia Hồ Chí Minh',
};

export type GroupValue = { key: string; label: string; value: number | null; n: number };

export type AggregateCell = {
  form: string;
  row: string;
  column: string;
  method: 'sum' | 'mean' | 'none';
  /** Sum or mean of the schools that gave a number; null when none did or the column is not numeric. */
  value: number | null;
  n: number;
  min: number | null;
  max: number | null;
  /** For choice cells: how many schools chose each option. */
  counts: Record<string, number> | null;
  byRegion: GroupValue[];
  byKind: GroupValue[];
  /** Every school that filled the cell (blank ones too), in Vietnamese name order. */
  schools: { code: string; name: string; value: number | string | null }[];
};

export type Aggregate = {
  regimeCode: string;
  regimeVersion: number;
  periodCode: string;
  reports: number;
  cells: AggregateCell[];
};

function combine(values: number[], method: 'sum' | 'mean' | 'none'): number | null {
  if (method === 'none' || values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return method === 'sum' ? sum : sum / values.length;
}

function groups(
  entries: { school: SchoolRef; value: number | string | null }[],
  keyOf: (s: SchoolRef) => [string, string],
  method: 'sum' | 'mean' | 'none',
): GroupValue[] {
  const map = new Map<string, { label: string; values: number[] }>();
  for (const { school, value } of entries) {
    const [key, label] = keyOf(school);
    const group = map.get(key) ?? { label, values: [] };
    if (typeof value === 'number') group.values.push(value);
    map.set(key, group);
  }
  return [...map.entries()]
    .map(([key, g]) => ({ key, label: g.label, value: combine(g.values, method), n: g.values.length }))
    .sort((a, b) => vietnameseCollator.compare(a.label, b.label));
}

export function aggregateFigures(
  version: RegimeVersion,
  periodCode: string,
  reports: readonly { school: SchoolRef; content: ReportContent }[],
): Aggregate {
  for (const { content, school } of reports) {
    if (
      content.regimeCode !== version.code ||
      content.regimeVersion !== version.version ||
      content.periodCode !== periodCode
    )
      throw new Error(
        `Báo cáo của ${school.name} không thuộc ${version.code} phiên bản ${version.version}, kỳ ${periodCode}`,
      );
  }
  const sorted = [...reports].sort((a, b) => vietnameseCollator.compare(a.school.name, b.school.name));
  const cells: AggregateCell[] = [];
  // Every cell any reporter kind fills (null kind: all rows), in form order.
  for (const { form, row, column } of fillableCells(version, null)) {
    const method = aggregationOf(column);
    const entries = sorted
      .filter((r) => r.content.figures[form.code]?.[row.code]?.[column.code] !== undefined)
      .map((r) => ({ school: r.school, value: r.content.figures[form.code]![row.code]![column.code]!.value }));
    const numbers = entries.map((e) => e.value).filter((v): v is number => typeof v === 'number');
    let counts: Record<string, number> | null = null;
    if (column.type === 'choice') {
      counts = Object.fromEntries((column.options ?? []).map((o) => [o.code, 0]));
      for (const e of entries) if (typeof e.value === 'string' && e.value in counts) counts[e.value]!++;
    }
    cells.push({
      form: form.code,
      row: row.code,
      column: column.code,
      method,
      value: combine(numbers, method),
      n: numbers.length,
      min: numbers.length ? Math.min(...numbers) : null,
      max: numbers.length ? Math.max(...numbers) : null,
      counts,
      byRegion: groups(entries, (s) => [s.regionCode ?? '', s.regionName ?? 'Chưa xác định vùng'], method),
      byKind: groups(entries, (s) => [String(s.kind), KIND_LABELS[s.kind] ?? String(s.kind)], method),
      schools: entries.map((e) => ({ code: e.school.code, name: e.school.name, value: e.value })),
    });
  }
  return { regimeCode: version.code, regimeVersion: version.version, periodCode, reports: reports.length, cells };
}

/** One cell of an aggregate by its address. */
export function aggregateCell(aggregate: Aggregate, form: string, row: string, column: string): AggregateCell | null {
  return aggregate.cells.find((c) => c.form === form && c.row === row && c.column === column) ?? null;
}
