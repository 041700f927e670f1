/**
 * What each cell of a form is: which source fills it (the cell's own, else its column's, else its row's,
 * with the row's and column's dimension values merged in), whether it is disabled, and which reporters
 * fill it. Pre-filling, validation, the regime checker and the exports all resolve cells here.
 */
import type { Form, FormColumn, FormRow, RegimeVersion } from './types.ts';

export type ResolvedSource = { key: string; params: Record<string, string> };

export type ResolvedCell = {
  row: FormRow;
  column: FormColumn;
  source: ResolvedSource | null;
  disabled: boolean;
  /** Two of row, column and source give different values for the same dimension: a design error. */
  conflicts: string[];
};

export const cellId = (form: string, row: string, column: string) => `${form}.${row}.${column}`;

export function resolveCell(form: Form, row: FormRow, column: FormColumn): ResolvedCell {
  const override = form.cells?.find((c) => c.row === row.code && c.column === column.code);
  const disabled = override?.disabled === true;
  const binding = override && override.source !== undefined ? override.source : (column.source ?? row.source ?? null);
  if (binding === null || disabled) return { row, column, source: null, disabled, conflicts: [] };
  const params: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const layer of [row.params, column.params, binding.params]) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (params[name] !== undefined && params[name] !== value)
        conflicts.push(`tham số "${name}" vừa là "${params[name]}" vừa là "${value}"`);
      params[name] = value;
    }
  }
  return { row, column, source: { key: binding.key, params }, disabled, conflicts };
}

/** Whether a reporter of this kind fills the row; rows without `appliesTo` concern everyone. */
export function rowApplies(row: FormRow, reporterKind: string | null): boolean {
  return !row.appliesTo || reporterKind === null || (row.appliesTo as readonly string[]).includes(reporterKind);
}

export function isNumericColumn(column: FormColumn): boolean {
  return column.type === 'integer' || column.type === 'decimal' || column.type === 'percent';
}

/** The aggregation of a column across schools: declared, else mean for percentages, sum for numbers. */
export function aggregationOf(column: FormColumn): 'sum' | 'mean' | 'none' {
  if (column.aggregate) return column.aggregate;
  if (column.type === 'percent') return 'mean';
  return isNumericColumn(column) ? 'sum' : 'none';
}

/** Every cell a reporter fills: applicable rows, enabled cells, in form order. */
export function* fillableCells(
  version: RegimeVersion,
  reporterKind: string | null,
): Generator<{ form: Form } & ResolvedCell> {
  for (const form of version.forms) {
    for (const row of form.rows) {
      if (!rowApplies(row, reporterKind)) continue;
      for (const column of form.columns) {
        const cell = resolveCell(form, row, column);
        if (!cell.disabled) yield { form, ...cell };
      }
    }
  }
}

/** "Biểu B01, dòng «Trung cấp LLCT», cột «Khai giảng»": how every message names a cell. */
export function cellLabel(form: Form, row: FormRow, column: FormColumn): string {
  return `Biểu ${form.code}, dòng «${row.label}», cột «${column.label}»`;
}
