/**
 * Reading the design workbook: sheets as numbered lines of raw cells (read by the compliance engine's
 * XLSX reader), tables found by their header row, and typed cell reads that record a Vietnamese error
 * with sheet, row and column instead of stopping.
 */
import { dateCell, isEmptyCell, textCell } from '../../compliance/cells.ts';
import { type RawCell, type RawRow, readWorkbook } from '../../compliance/read-sheets.ts';
import { headerKey } from '../../compliance/row-reader.ts';
import { labelList, parseVocabulary, type Vocabulary } from '../../compliance/vocabulary.ts';
import type { TableColumn } from './layout.ts';

export type DesignError = { sheet: string; row: number | null; column: string | null; message: string };
export type Line = RawRow;
export type Sheet = { name: string; lines: Line[] };

/** Every non-blank line of every sheet, with its spreadsheet row number. */
export async function readSheets(buffer: Buffer): Promise<Sheet[]> {
  // A scorer that never recognises a header keeps row 1 as "headers": put it back in front.
  const sheets = await readWorkbook(buffer, () => 0);
  return sheets.map((s) => ({
    name: s.name,
    lines: s.headers.some((h) => h !== '') ? [{ rowNumber: 1, cells: s.headers }, ...s.rows] : s.rows,
  }));
}

export const keyOf = (cell: RawCell | undefined) => headerKey(textCell(cell) ?? '');

export type TableRow<K extends string> = { rowNumber: number; cell: (key: K) => RawCell | undefined };

/**
 * The table whose header row is `lines[headerIndex]`, up to the next line that starts with one of the
 * `stopAt` sequences — a marker such as ["CÁC DÒNG"] or another table's first headers, so a missing
 * marker does not swallow the next table — or the sheet's end. Missing required headers are errors.
 */
export function readTable<K extends string>(
  sheet: string,
  lines: Line[],
  headerIndex: number,
  columns: TableColumn<K>[],
  errors: DesignError[],
  stopAt: string[][] = [],
): { rows: TableRow<K>[]; end: number } {
  const header = lines[headerIndex]!;
  const positions = new Map<K, number>();
  header.cells.forEach((cell, i) => {
    const column = columns.find((c) => headerKey(c.header) === keyOf(cell));
    if (column && !positions.has(column.key)) positions.set(column.key, i);
  });
  for (const column of columns)
    if (column.required && !positions.has(column.key))
      errors.push({ sheet, row: header.rowNumber, column: column.header, message: `Thiếu cột "${column.header}"` });
  const stops = stopAt.map((sequence) => sequence.map((s) => headerKey(s)));
  const rows: TableRow<K>[] = [];
  let index = headerIndex + 1;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (stops.some((sequence) => sequence.every((key, i) => keyOf(line.cells[i]) === key))) break;
    const cell = (key: K) => {
      const position = positions.get(key);
      return position === undefined ? undefined : line.cells[position];
    };
    if (columns.every((c) => isEmptyCell(cell(c.key)))) continue;
    rows.push({ rowNumber: line.rowNumber, cell });
  }
  return { rows, end: index };
}

/** Typed reads that report problems against a sheet, row and column. */
export function cellReader(sheet: string, errors: DesignError[]) {
  const fail = (row: number | null, column: string, message: string) => {
    errors.push({ sheet, row, column, message });
    return null;
  };
  return {
    fail,
    text(raw: RawCell | undefined, row: number, column: string, required = false): string | null {
      const value = textCell(raw);
      if (value === null && required) return fail(row, column, `Chưa nhập ${column} (bắt buộc)`);
      return value;
    },
    integer(raw: RawCell | undefined, row: number, column: string, required = false): number | null {
      if (isEmptyCell(raw)) return required ? fail(row, column, `Chưa nhập ${column} (bắt buộc)`) : null;
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isInteger(n)) return fail(row, column, `"${textCell(raw)}" không phải số nguyên`);
      return n;
    },
    number(raw: RawCell | undefined, row: number, column: string): number | null {
      if (isEmptyCell(raw)) return null;
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
      if (!Number.isFinite(n)) return fail(row, column, `"${textCell(raw)}" không phải số`);
      return n;
    },
    date(raw: RawCell | undefined, row: number, column: string, required = false): string | null {
      const result = dateCell(raw ?? null);
      if (result === null) return required ? fail(row, column, `Chưa nhập ${column} (bắt buộc)`) : null;
      if ('error' in result) return fail(row, column, result.error);
      return result.value;
    },
    choice<T extends string>(
      raw: RawCell | undefined,
      vocabulary: Vocabulary<T>,
      row: number,
      column: string,
      required = false,
    ): T | null {
      const value = textCell(raw);
      if (value === null) return required ? fail(row, column, `Chưa nhập ${column} (bắt buộc)`) : null;
      const code = parseVocabulary(vocabulary, value);
      if (code === null)
        return fail(
          row,
          column,
          `Giá trị "${value}" không hợp lệ; chọn một trong: ${labelList(vocabulary).join(', ')}`,
        );
      return code;
    },
    /** Several choices separated by ";" or line breaks. */
    choices<T extends string>(raw: RawCell | undefined, vocabulary: Vocabulary<T>, row: number, column: string): T[] {
      const parts = (textCell(raw) ?? '')
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter(Boolean);
      const codes: T[] = [];
      for (const part of parts) {
        const code = parseVocabulary(vocabulary, part);
        if (code === null)
          fail(row, column, `Giá trị "${part}" không hợp lệ; chọn trong: ${labelList(vocabulary).join(', ')}`);
        else if (!codes.includes(code)) codes.push(code);
      }
      return codes;
    },
    /** "name=value; name=value" (":" also accepted). */
    pairs(raw: RawCell | undefined, row: number, column: string): Record<string, string> | null {
      const text = textCell(raw);
      if (text === null) return null;
      const result: Record<string, string> = {};
      for (const part of text
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const match = /^([^=:]+)[=:](.+)$/.exec(part);
        if (!match) {
          fail(row, column, `"${part}" phải có dạng tên=giá trị`);
          continue;
        }
        const name = match[1]!.trim();
        if (name in result) fail(row, column, `Tham số "${name}" ghi hai lần`);
        result[name] = match[2]!.trim();
      }
      return result;
    },
  };
}
