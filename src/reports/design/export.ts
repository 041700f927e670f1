/**
 * Writes a regime version as the design workbook: the downloadable template is the quarterly training
 * regime written this way, so a designer starts from a complete, valid example. The parser reads the
 * same layout back (design/parse.ts); export → parse gives the version back unchanged.
 */
import ExcelJS from 'exceljs';
import { labelList, type Vocabulary } from '../../compliance/vocabulary.ts';
import { QUARTERLY_TRAINING } from '../regimes/quarterly-training.ts';
import { SOURCE_CATALOGUE } from '../sources/catalogue.ts';
import type { Form, Provenance, RegimeVersion } from '../types.ts';
import {
  FORM_CELL_COLUMNS,
  FORM_COLUMN_COLUMNS,
  FORM_HEAD,
  FORM_MARKERS,
  FORM_ROW_COLUMNS,
  type FieldKey,
  OUTLINE_COLUMNS,
  PERIOD_COLUMNS,
  REGIME_FIELDS,
  REGIME_HEADERS,
  RULE_COLUMNS,
  type TableColumn,
} from './layout.ts';
import * as V from './vocabulary.ts';

type Cell = string | number | Date | null;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const day = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const label = <T extends string>(vocabulary: Vocabulary<T>, code: T) => vocabulary.labels[code];
export const paramsText = (params: Record<string, string> | undefined) =>
  Object.entries(params ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

function fieldValues(v: RegimeVersion): Record<FieldKey, Cell> {
  const f = v.frequency;
  const d = v.deadline;
  return {
    code: v.code,
    version: v.version,
    effectiveFrom: day(v.effectiveFrom),
    effectiveTo: day(v.effectiveTo),
    name: v.name,
    kind: label(V.REPORT_KIND_LABELS, v.kind),
    content: v.content,
    reporterKinds: v.reporters.kinds.map((k) => label(V.ORGANISATION_KIND_LABELS, k)).join('; '),
    reporterCodes: v.reporters.organisationCodes.join('; ') || null,
    recipientName: v.recipient.name,
    recipientCode: v.recipient.organisationCode,
    recipientVia: v.recipient.via ?? null,
    channels: v.method.channels.map((c) => label(V.CHANNEL_LABELS, c)).join('; '),
    methodNote: v.method.note,
    frequency: label(V.FREQUENCY_LABELS, f.kind),
    only: 'only' in f && f.only ? f.only.join('; ') : null,
    schoolYearStart: f.kind === 'school_year' ? f.startMonth : null,
    cutoffDay: v.cutoff?.startDay ?? null,
    cutoffMonth: v.cutoff ? label(V.CUTOFF_START_LABELS, String(v.cutoff.startMonthOffset) as '-1' | '0') : null,
    deadlineKind: d ? label(V.DEADLINE_KIND_LABELS, d.kind) : null,
    deadlineDays: d?.kind === 'after_cutoff' ? d.days : null,
    deadlineDayKind: d?.kind === 'after_cutoff' ? label(V.DAY_KIND_LABELS, d.dayKind) : null,
    deadlineDay: d?.kind === 'day_of_month' ? d.day : null,
    deadlineMonthOffset: d?.kind === 'day_of_month' ? d.monthOffset : null,
    template: 'Xem sheet "Đề cương" và các sheet "Biểu …"',
    procedure: v.procedure,
    basis: v.basis.map((b) => (b.article ? `${b.document} | ${b.article}` : b.document)).join('\n') || null,
  };
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

function listValidation(sheet: ExcelJS.Worksheet, column: number, from: number, to: number, choices: string[]): void {
  const letter = sheet.getColumn(column).letter;
  (sheet as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${letter}${from}:${letter}${to}`,
    {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',').replace(/"/g, '')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
    },
  );
}

function addTable(sheet: ExcelJS.Worksheet, columns: TableColumn[], rows: Cell[][]): number {
  const header = sheet.addRow(columns.map((c) => c.header));
  styleHeader(header);
  for (const values of rows) {
    const row = sheet.addRow(values);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  return header.number;
}

function regimeSheet(workbook: ExcelJS.Workbook, v: RegimeVersion): void {
  const sheet = workbook.addWorksheet(V.SHEETS.regime);
  sheet.columns = [{ width: 34 }, { width: 70 }, { width: 50 }, { width: 16 }, { width: 60 }];
  styleHeader(sheet.addRow([...REGIME_HEADERS]));
  const values = fieldValues(v);
  for (const field of REGIME_FIELDS) {
    const p: Provenance | undefined = field.element ? v.provenance[field.element] : undefined;
    const row = sheet.addRow([
      field.label,
      values[field.key],
      p?.source ?? null,
      p ? label(V.CONFIDENCE_LABELS, p.confidence) : null,
      p?.note ?? null,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (values[field.key] instanceof Date) row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.getCell(1).note = field.hint || field.label;
  }
  listValidation(sheet, 4, 2, REGIME_FIELDS.length + 1, labelList(V.CONFIDENCE_LABELS));
}

function formSheet(workbook: ExcelJS.Workbook, form: Form): void {
  const sheet = workbook.addWorksheet(`${V.SHEETS.formPrefix}${form.code}`.slice(0, 31));
  sheet.columns = FORM_COLUMN_COLUMNS.map((c) => ({ width: c.width }));
  sheet.addRow([FORM_HEAD.code, form.code]).font = { bold: true };
  sheet.addRow([FORM_HEAD.title, form.title]);
  sheet.addRow([FORM_HEAD.note, form.note ?? null]);
  sheet.addRow([]);
  sheet.addRow([FORM_MARKERS.columns]).font = { bold: true, color: { argb: 'FF1F4E79' } };
  const colHeader = addTable(
    sheet,
    FORM_COLUMN_COLUMNS,
    form.columns.map((c) => [
      c.code,
      c.label,
      label(V.COLUMN_TYPE_LABELS, c.type),
      c.unit,
      c.source?.key ?? null,
      paramsText(c.source?.params) || null,
      paramsText(c.params) || null,
      c.aggregate ? label(V.AGGREGATION_LABELS, c.aggregate) : null,
      c.min ?? null,
      c.max ?? null,
      c.options?.map((o) => `${o.code}=${o.label}`).join('; ') ?? null,
      c.note ?? null,
    ]),
  );
  listValidation(sheet, 3, colHeader + 1, colHeader + 60, labelList(V.COLUMN_TYPE_LABELS));
  listValidation(sheet, 8, colHeader + 1, colHeader + 60, labelList(V.AGGREGATION_LABELS));
  sheet.addRow([]);
  sheet.addRow([FORM_MARKERS.rows]).font = { bold: true, color: { argb: 'FF1F4E79' } };
  addTable(
    sheet,
    FORM_ROW_COLUMNS,
    form.rows.map((r) => [
      r.code,
      r.label,
      label(V.ROW_KIND_LABELS, r.kind),
      paramsText(r.params) || null,
      r.source?.key ?? null,
      paramsText(r.source?.params) || null,
      r.appliesTo?.map((k) => label(V.ORGANISATION_KIND_LABELS, k)).join('; ') ?? null,
    ]),
  );
  if (form.cells?.length) {
    sheet.addRow([]);
    sheet.addRow([FORM_MARKERS.cells]).font = { bold: true, color: { argb: 'FF1F4E79' } };
    addTable(
      sheet,
      FORM_CELL_COLUMNS,
      form.cells.map((c) => [
        c.row,
        c.column,
        c.source?.key ?? null,
        paramsText(c.source?.params ?? undefined) || null,
        c.source === null ? 'Có' : null,
        c.disabled ? 'Có' : null,
      ]),
    );
  }
}

const INSTRUCTIONS = [
  'MẪU THIẾT KẾ CHẾ ĐỘ BÁO CÁO — HỆ THỐNG TCT',
  '',
  '1. Sheet "Chế độ báo cáo": các yếu tố của chế độ báo cáo (tên, nội dung, đối tượng, cơ quan nhận, phương thức, thời gian chốt số liệu, thời hạn gửi, tần suất, mẫu, quy trình). Với mỗi yếu tố, ghi nguồn (văn bản quy định) và độ tin cậy; yếu tố do Học viện tự quy định thì ghi văn bản của Học viện.',
  '2. Sheet "Kỳ báo cáo": chỉ dùng cho báo cáo chuyên đề, đột xuất (mỗi dòng một kỳ). Báo cáo định kỳ tự sinh kỳ theo tần suất.',
  '3. Sheet "Đề cương": các mục phần lời của báo cáo.',
  '4. Mỗi biểu số liệu là một sheet tên "Biểu <mã>": phần đầu (mã, tên, ghi chú), bảng "CÁC CỘT", bảng "CÁC DÒNG", và nếu cần bảng "Ô RIÊNG".',
  '5. Nguồn số liệu: mã trong sheet "Nguồn số liệu"; TCT tính sẵn số liệu của ô cho khoảng chốt số liệu của kỳ. Tham số ghi dạng "tên=giá trị; tên=giá trị" (ví dụ level=trung_cap). Tham số của dòng và của cột được gộp vào nguồn của ô.',
  '6. Sheet "Quy tắc kiểm tra": vế trái, phép so sánh, vế phải như DHIS2. Ô ghi #{BIỂU.DÒNG.CỘT}; dấu * thay dòng hoặc cột: trong SUM, MIN, MAX, AVG, COUNT là mọi dòng số liệu (trừ dòng tổng) hoặc mọi cột số; ngoài hàm là lặp quy tắc cho từng dòng, từng cột. Ví dụ: #{B01.*.tot_nghiep} ≤ #{B01.*.hv_be}; #{B01.TONG.*} = SUM(#{B01.*.*}).',
  '7. Hệ thống liệt kê mọi lỗi (sheet, dòng, cột, nội dung) và chỉ tạo phiên bản khi không còn lỗi nào.',
];

export async function buildDesignWorkbook(version: RegimeVersion = QUARTERLY_TRAINING): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  const instructions = workbook.addWorksheet(V.SHEETS.instructions);
  instructions.getColumn(1).width = 150;
  for (const line of INSTRUCTIONS) instructions.addRow([line]).alignment = { wrapText: true };
  instructions.getRow(1).font = { bold: true, size: 14 };
  regimeSheet(workbook, version);
  if (version.frequency.kind === 'thematic' || version.frequency.kind === 'ad_hoc') {
    const periods = workbook.addWorksheet(V.SHEETS.periods);
    periods.columns = PERIOD_COLUMNS.map((c) => ({ width: c.width }));
    addTable(
      periods,
      PERIOD_COLUMNS,
      version.frequency.periods.map((p) => [p.code, p.label, day(p.cutoffFrom), day(p.cutoffTo), day(p.deadline)]),
    );
  }
  const outline = workbook.addWorksheet(V.SHEETS.outline);
  outline.columns = OUTLINE_COLUMNS.map((c) => ({ width: c.width }));
  addTable(
    outline,
    OUTLINE_COLUMNS,
    version.outline.map((s) => [s.code, s.title, s.level, s.required ? 'Có' : 'Không', s.guidance ?? null]),
  );
  for (const form of version.forms) formSheet(workbook, form);
  const rules = workbook.addWorksheet(V.SHEETS.rules);
  rules.columns = RULE_COLUMNS.map((c) => ({ width: c.width }));
  const ruleHeader = addTable(
    rules,
    RULE_COLUMNS,
    version.rules.map((r) => [
      r.code,
      r.left,
      label(V.OPERATOR_LABELS, r.operator),
      r.right,
      label(V.IMPORTANCE_LABELS, r.importance),
      r.message,
      r.missingValueStrategy ? label(V.MISSING_LABELS, r.missingValueStrategy) : null,
      r.source ?? null,
    ]),
  );
  listValidation(rules, 3, ruleHeader + 1, ruleHeader + 200, labelList(V.OPERATOR_LABELS));
  listValidation(rules, 5, ruleHeader + 1, ruleHeader + 200, labelList(V.IMPORTANCE_LABELS));
  const sources = workbook.addWorksheet(V.SHEETS.sources);
  sources.columns = [{ width: 32 }, { width: 36 }, { width: 70 }, { width: 10 }, { width: 70 }];
  addTable(
    sources,
    [
      { key: 'key', header: 'Mã nguồn', required: true, width: 0 },
      { key: 'label', header: 'Tên', required: true, width: 0 },
      { key: 'meaning', header: 'Cách tính', required: true, width: 0 },
      { key: 'unit', header: 'Đơn vị', required: false, width: 0 },
      { key: 'params', header: 'Tham số (tên: giá trị)', required: false, width: 0 },
    ],
    SOURCE_CATALOGUE.map((s) => [
      s.key,
      s.label,
      s.meaning,
      s.unit,
      Object.entries(s.params)
        .map(
          ([name, spec]) =>
            `${name} (${spec.label}): ${
              spec.values === 'free'
                ? 'tự ghi'
                : Object.entries(spec.values)
                    .map(([c, l]) => `${c} = ${l}`)
                    .join(', ')
            }`,
        )
        .join('\n'),
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
