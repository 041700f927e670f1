/**
 * Test-only writer for the "unseen spreadsheet" checks: lays out classes and learners the way schools
 * actually produce them (headers without diacritics, in upper case, reordered, extra columns, title
 * rows, blank rows, CSV with ; and a BOM) and reads the engine's answer back as short strings.
 * Expected answers are written by hand in unseen.test.ts; nothing here computes them.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateImport, type FindingLine } from './check-import.ts';
import type { ComplianceConfig } from './config.ts';
import { createHostResolver } from './hosts.ts';
import { parseImportFile } from './parse-import.ts';
import { CLASS_HEADERS, LEARNER_HEADERS } from './test-support.ts';

export type Row = Record<string, unknown>;
export type Style = {
  header?: 'plain' | 'nodiac' | 'upper' | 'spaces' | 'lower' | 'notes';
  reverse?: boolean;
  extra?: boolean;
  /** A blank row (or a row of spaces) after every data row. */
  blank?: boolean;
  /** Rows pre-numbered in STT but otherwise empty, left at the end of a form (needs `extra`). */
  stt?: number;
  /** Title rows above the header, as printed reports have. */
  title?: number;
  names?: [string, string];
  csv?: ',' | ';' | '\t';
};
export type Case = {
  id: string;
  style?: Style;
  classes: Row[];
  learners: Row[];
  expect: string[];
  regimes: (string | null)[];
  config?: ComplianceConfig;
};

export const D = (iso: string): Date => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
export const SERIAL = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
export const strip = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

const BASE_CLASS: Row = {
  'Mã lớp': 'K0',
  'Tên lớp': 'Lớp thử',
  'Chương trình': 'Trung cấp LLCT',
  'Hình thức': 'Tập trung',
  'Phương thức': 'Trực tiếp',
  'Cơ sở đào tạo': 'Trường Chính trị tỉnh Thái Nguyên',
  'Ngày khai giảng': '01/09/2024',
  'Địa điểm': 'Thái Nguyên',
};
const BASE_LEARNER: Row = {
  'Mã lớp': 'K0',
  'Ngày sinh': '01/01/1980',
  'Giới tính': 'Nam',
  'Dân tộc': 'Kinh',
  'Đảng viên': 'Chính thức',
  'Ngày vào Đảng': '01/01/2020',
  'Trình độ học vấn': 'Đại học',
  'Trình độ LLCT': 'Chưa có',
  'Chức vụ': 'Phó Chủ tịch UBND xã',
  'Đơn vị công tác': 'UBND xã',
  'Xếp loại năm trước': 'HTTNV',
  'Xếp loại hai năm trước': 'HTTNV',
};
/** A learner who meets no trung cấp standard: not a member, THPT, 25 in 2022, no listed position, no ratings. */
export const UNFIT: Row = {
  'Ngày sinh': '01/01/1997',
  'Đảng viên': 'Không',
  'Ngày vào Đảng': null,
  'Trình độ học vấn': 'THPT',
  'Chức vụ': 'Chuyên viên',
  'Xếp loại năm trước': null,
  'Xếp loại hai năm trước': null,
};

export const fullClasses = (c: Case): Row[] => c.classes.map((r, i) => ({ ...BASE_CLASS, 'Mã lớp': `K${i}`, ...r }));
export const fullLearners = (c: Case): Row[] =>
  c.learners.map((r, i) => ({ ...BASE_LEARNER, 'Họ và tên': `Học viên Số ${i}`, ...r }));

function headerText(h: string, style: Style): string {
  switch (style.header) {
    case 'nodiac':
      return strip(h);
    case 'upper':
      return h.toUpperCase();
    case 'lower':
      return strip(h).toLowerCase();
    case 'spaces':
      return `  ${h.replace(/ /g, '   ')} `;
    case 'notes':
      return `${h}\n${h.startsWith('Ngày') ? '(dd/mm/yyyy)' : '(*)'}`;
    default:
      return h;
  }
}

/** Header and body rows of one sheet, with the data row of each record index (title/blank rows accounted for). */
function layout(headers: string[], records: Row[], style: Style): { rows: unknown[][]; rowOf: number[] } {
  const order = style.reverse ? [...headers].reverse() : headers;
  const cols = style.extra ? ['STT', ...order, 'Ghi chú'] : order;
  const rows: unknown[][] = [];
  for (let t = 0; t < (style.title ?? 0); t++) rows.push([t === 0 ? 'DANH SÁCH TRÍCH NGANG' : null]);
  rows.push(cols.map((h) => (h === 'STT' || h === 'Ghi chú' ? h : headerText(h, style))));
  const rowOf: number[] = [];
  records.forEach((record, i) => {
    rows.push(cols.map((h) => (h === 'STT' ? i + 1 : h === 'Ghi chú' ? 'ghi chú tự do' : (record[h] ?? null))));
    rowOf.push(rows.length);
    if (style.blank) rows.push(i % 2 ? [null, '   '] : []);
  });
  for (let k = 0; k < (style.stt ?? 0); k++) rows.push([records.length + k + 1]);
  return { rows, rowOf };
}

const csvCell = (v: unknown, sep: string): string => {
  if (v === null || v === undefined) return '';
  const s =
    v instanceof Date
      ? `${v.toISOString().slice(8, 10)}/${v.toISOString().slice(5, 7)}/${v.toISOString().slice(0, 4)}`
      : String(v);
  return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
};

export type Written = { files: string[]; classRow: number[]; learnerRow: number[] };

export async function writeCase(dir: string, c: Case): Promise<Written> {
  const style = c.style ?? {};
  const cl = layout(CLASS_HEADERS, fullClasses(c), style);
  const le = layout(LEARNER_HEADERS, fullLearners(c), style);
  if (style.csv) {
    const sep = style.csv;
    const text = (rows: unknown[][]) =>
      `\uFEFF${rows.map((r) => r.map((v) => csvCell(v, sep)).join(sep)).join('\r\n')}\r\n`;
    const files = [join(dir, `${c.id}-lop.csv`), join(dir, `${c.id}-hv.csv`)];
    writeFileSync(files[0]!, text(cl.rows));
    writeFileSync(files[1]!, text(le.rows));
    return { files, classRow: cl.rowOf, learnerRow: le.rowOf };
  }
  const wb = new ExcelJS.Workbook();
  const [classSheet, learnerSheet] = style.names ?? ['Lớp học', 'Học viên'];
  for (const [name, rows] of [
    [classSheet, cl.rows],
    [learnerSheet, le.rows],
  ] as const) {
    const ws = wb.addWorksheet(name);
    rows.forEach((values, r) => {
      values.forEach((v, col) => {
        if (v !== null && v !== undefined) ws.getRow(r + 1).getCell(col + 1).value = v as ExcelJS.CellValue;
      });
    });
  }
  const file = join(dir, `${c.id}.xlsx`);
  writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return { files: [file], classRow: cl.rowOf, learnerRow: le.rowOf };
}

export const resolveHost = createHostResolver();

/** Parses the written files like the CLI does (a learner CSV may refer to the class CSV). */
export async function checkInProcess(files: string[], buffers: Buffer[], config: ComplianceConfig = {}) {
  const parsed = [];
  const classCodes: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const p = await parseImportFile(buffers[i]!, files[i]!.split('/').pop()!, {
      resolveHost,
      existingClassCodes: classCodes,
    });
    classCodes.push(...p.classes.map((x) => x.code));
    parsed.push(p);
  }
  const errors = parsed.flatMap((p) => p.errors);
  const checked = evaluateImport(
    { classes: parsed.flatMap((p) => p.classes), learners: parsed.flatMap((p) => p.learners) },
    config,
  );
  return { errors, lines: checked.lines };
}

/** "c1 C-03 w" / "l2 L-TC-04 b": which class or learner (by position in the case), rule and severity. */
export function shorten(line: FindingLine, w: Written): string {
  const list = line.sheet === 'Lớp học' ? w.classRow : w.learnerRow;
  const index = list.indexOf(line.row);
  return `${line.sheet === 'Lớp học' ? 'c' : 'l'}${index} ${line.rule} ${line.severity === 'blocking' ? 'b' : 'w'}`;
}
