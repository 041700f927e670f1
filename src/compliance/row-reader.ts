/**
 * Header matching and per-row typed reading for one sheet. Every problem becomes an ImportError
 * with sheet, row and column; reading never stops at the first one.
 */
import { dateCell, enumCell, flagCell, isEmptyCell, textCell } from './cells.ts';
import type { ColumnSpec } from './columns.ts';
import type { RawRow, RawSheet } from './read-sheets.ts';
import { comparisonKey } from './text.ts';
import type { Vocabulary } from './vocabulary.ts';

export type ImportError = {
  sheet: string;
  /** Spreadsheet row (header = 1); null for a problem with the whole file. */
  row: number | null;
  /** The template's header of the column; null for a problem with the whole sheet or file. */
  column: string | null;
  message: string;
};

export type ColumnIndex<K extends string> = Map<K, number>;

/**
 * Header comparison key: like comparisonKey, but notes in brackets are dropped, so "Ngày sinh
 * (dd/mm/yyyy)", "Mã lớp (*)" and "Giới tính [Nam/Nữ]" match their columns.
 */
export function headerKey(header: string): string {
  return comparisonKey(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** Counts the cells that are template headers of the given columns: how a header row is recognised. */
export function headerScorer(columns: ColumnSpec[]): (cells: string[]) => number {
  const keys = new Set(columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]).map(headerKey));
  return (cells) => new Set(cells.map(headerKey).filter((k) => keys.has(k))).size;
}

/** False for a row whose template columns are all empty (e.g. only a pre-numbered STT): it is not data. */
export function rowHasData(index: ColumnIndex<string>, row: RawRow): boolean {
  for (const position of index.values()) if (!isEmptyCell(row.cells[position])) return true;
  return false;
}

/** Maps template columns to positions in the sheet, whatever their order or spelling. */
export function matchHeaders<K extends string>(
  sheet: RawSheet,
  sheetLabel: string,
  columns: ColumnSpec<K>[],
  errors: ImportError[],
): ColumnIndex<K> {
  const byKey = new Map<string, ColumnSpec<K>>();
  for (const column of columns) {
    for (const header of [column.header, ...(column.aliases ?? [])]) byKey.set(headerKey(header), column);
  }
  const index: ColumnIndex<K> = new Map();
  sheet.headers.forEach((header, position) => {
    const column = byKey.get(headerKey(header));
    if (!column) return; // extra columns (STT, ghi chú…) are ignored
    if (index.has(column.key)) {
      errors.push({
        sheet: sheetLabel,
        row: sheet.headerRow,
        column: column.header,
        message: `Cột "${column.header}" xuất hiện nhiều lần`,
      });
      return;
    }
    index.set(column.key, position);
  });
  for (const column of columns) {
    if (column.required && !index.has(column.key)) {
      errors.push({
        sheet: sheetLabel,
        row: sheet.headerRow,
        column: column.header,
        message: `Thiếu cột bắt buộc "${column.header}"`,
      });
    }
  }
  return index;
}

/** True when the sheet's headers include the given column (by header or alias). */
export function hasColumn(sheet: RawSheet, column: ColumnSpec): boolean {
  const keys = new Set([column.header, ...(column.aliases ?? [])].map(headerKey));
  return sheet.headers.some((h) => keys.has(headerKey(h)));
}

export type RowReader<K extends string> = {
  text(key: K, required?: boolean): string | null;
  date(key: K, required?: boolean): string | null;
  choice<T extends string>(key: K, vocabulary: Vocabulary<T>, required?: boolean): T | null;
  flag(key: K): boolean;
  fail(key: K, message: string): void;
  /** Whether this row already has an error in the column (e.g. an unreadable date). */
  failed(key: K): boolean;
  readonly ok: boolean;
};

export function rowReader<K extends string>(
  sheetLabel: string,
  columns: ColumnSpec<K>[],
  index: ColumnIndex<K>,
  row: RawRow,
  errors: ImportError[],
): RowReader<K> {
  let ok = true;
  const failedKeys = new Set<K>();
  const header = (key: K) => columns.find((c) => c.key === key)?.header ?? key;
  const fail = (key: K, message: string) => {
    ok = false;
    failedKeys.add(key);
    errors.push({ sheet: sheetLabel, row: row.rowNumber, column: header(key), message });
  };
  const cell = (key: K) => {
    const position = index.get(key);
    return position === undefined ? undefined : (row.cells[position] ?? null);
  };
  /** A missing column was already reported once at row 1; don't repeat it on every row. */
  const requireValue = (key: K, value: unknown, required: boolean) => {
    if (value === null && required && index.has(key)) fail(key, `Chưa nhập ${header(key)} (bắt buộc)`);
    if (value === null && required && !index.has(key)) ok = false;
  };
  return {
    text(key, required = false) {
      const value = textCell(cell(key));
      requireValue(key, value, required);
      return value;
    },
    date(key, required = false) {
      const result = dateCell(cell(key));
      if (result && 'error' in result) {
        fail(key, result.error);
        return null;
      }
      requireValue(key, result?.value ?? null, required);
      return result?.value ?? null;
    },
    choice(key, vocabulary, required = false) {
      const result = enumCell(cell(key), vocabulary);
      if (result && 'error' in result) {
        fail(key, result.error);
        return null;
      }
      requireValue(key, result?.value ?? null, required);
      return result?.value ?? null;
    },
    flag(key) {
      const result = flagCell(cell(key), comparisonKey);
      if ('error' in result) {
        fail(key, result.error);
        return false;
      }
      return result.value;
    },
    fail,
    failed: (key) => failedKeys.has(key),
    get ok() {
      return ok;
    },
  };
}
