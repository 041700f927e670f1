/**
 * Turns a design workbook into a regime version, all or nothing: every problem of every sheet is
 * listed (sheet, row, column, Vietnamese message) and a version is returned only when there is none,
 * after the same checks a version designed in the UI must pass (regime-check.ts).
 */
import type { RawCell } from '../../compliance/read-sheets.ts';
import { comparisonKey } from '../../compliance/text.ts';
import { labelList } from '../../compliance/vocabulary.ts';
import { UnreadableFileError } from '../../compliance/read-sheets.ts';
import { checkRegime } from '../regime-check.ts';
import { SOURCE_CATALOGUE } from '../sources/catalogue.ts';
import type {
  ExplicitPeriod,
  Form,
  FormColumn,
  FormRow,
  Operator,
  RegimeVersion,
  SourceBinding,
  ValidationRule,
} from '../types.ts';
import {
  FORM_CELL_COLUMNS,
  FORM_COLUMN_COLUMNS,
  FORM_HEAD,
  FORM_MARKERS,
  FORM_ROW_COLUMNS,
  OUTLINE_COLUMNS,
  PERIOD_COLUMNS,
  RULE_COLUMNS,
} from './layout.ts';
import { parseRegimeSheet } from './parse-regime.ts';
import { cellReader, type DesignError, keyOf, readSheets, readTable, type Sheet } from './sheet-reader.ts';
import * as V from './vocabulary.ts';

export { UnreadableFileError, type DesignError };
export type ParsedDesign = { version: RegimeVersion | null; errors: DesignError[] };

/** Parameter names and values as codes, whether written as codes or as their Vietnamese labels. */
function normaliseParams(params: Record<string, string> | null): Record<string, string> | undefined {
  if (!params || Object.keys(params).length === 0) return undefined;
  const specs = SOURCE_CATALOGUE.flatMap((s) => Object.entries(s.params));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const matching = specs.filter(
      ([n, spec]) => comparisonKey(n) === comparisonKey(name) || comparisonKey(spec.label) === comparisonKey(name),
    );
    const code = matching[0]?.[0] ?? name;
    let resolved = value;
    for (const [, spec] of matching) {
      if (spec.values === 'free') continue;
      const hit = Object.entries(spec.values).find(
        ([c, l]) => comparisonKey(c) === comparisonKey(value) || comparisonKey(l) === comparisonKey(value),
      );
      if (hit) resolved = hit[0];
    }
    out[code] = resolved;
  }
  return out;
}

/** A source key written as its code or its label. */
function sourceKey(text: string | null): string | null {
  if (text === null) return null;
  return SOURCE_CATALOGUE.find((s) => s.key === text || comparisonKey(s.label) === comparisonKey(text))?.key ?? text;
}

function binding(key: string | null, params: Record<string, string> | null): SourceBinding | undefined {
  if (key === null) return undefined;
  const normalised = normaliseParams(params);
  return normalised ? { key, params: normalised } : { key };
}

const findLine = (sheet: Sheet, marker: string) => sheet.lines.findIndex((l) => keyOf(l.cells[0]) === keyOf(marker));

function parseForm(sheet: Sheet, errors: DesignError[]): Form | null {
  const read = cellReader(sheet.name, errors);
  const head = (label: string) => sheet.lines.find((l) => keyOf(l.cells[0]) === keyOf(label));
  const codeLine = head(FORM_HEAD.code);
  const code = codeLine
    ? read.text(codeLine.cells[1], codeLine.rowNumber, FORM_HEAD.code, true)
    : read.fail(null, FORM_HEAD.code, `Thiếu dòng "${FORM_HEAD.code}"`);
  const titleLine = head(FORM_HEAD.title);
  const title = titleLine
    ? read.text(titleLine.cells[1], titleLine.rowNumber, FORM_HEAD.title, true)
    : read.fail(null, FORM_HEAD.title, `Thiếu dòng "${FORM_HEAD.title}"`);
  const noteLine = head(FORM_HEAD.note);
  const note = noteLine ? read.text(noteLine.cells[1], noteLine.rowNumber, FORM_HEAD.note) : null;
  const stops = [
    ...Object.values(FORM_MARKERS).map((m) => [m]),
    ...[FORM_COLUMN_COLUMNS, FORM_ROW_COLUMNS, FORM_CELL_COLUMNS].map((t) => t.slice(0, 2).map((c) => c.header)),
  ];
  const table = <K extends string>(marker: string, columns: Parameters<typeof readTable<K>>[3], required: boolean) => {
    const at = findLine(sheet, marker);
    if (at < 0 || at + 1 >= sheet.lines.length) {
      if (required)
        read.fail(null, marker, `Thiếu bảng "${marker}" (dòng tiêu đề "${marker}" ở cột A, tiếp theo là dòng tên cột)`);
      return [];
    }
    return readTable(sheet.name, sheet.lines, at + 1, columns, errors, stops).rows;
  };
  const columns: FormColumn[] = table(FORM_MARKERS.columns, FORM_COLUMN_COLUMNS, true).map((r) => {
    const at = (k: (typeof FORM_COLUMN_COLUMNS)[number]['key']) => r.cell(k);
    const h = (k: string) => FORM_COLUMN_COLUMNS.find((c) => c.key === k)!.header;
    const options = read.pairs(at('options'), r.rowNumber, h('options'));
    const column: FormColumn = {
      code: read.text(at('code'), r.rowNumber, h('code'), true) ?? '',
      label: read.text(at('label'), r.rowNumber, h('label'), true) ?? '',
      type: read.choice(at('type'), V.COLUMN_TYPE_LABELS, r.rowNumber, h('type'), true) ?? 'integer',
      unit: read.text(at('unit'), r.rowNumber, h('unit')),
    };
    if (options) column.options = Object.entries(options).map(([c, l]) => ({ code: c, label: l }));
    const min = read.number(at('min'), r.rowNumber, h('min'));
    const max = read.number(at('max'), r.rowNumber, h('max'));
    if (min !== null) column.min = min;
    if (max !== null) column.max = max;
    const aggregate = read.choice(at('aggregate'), V.AGGREGATION_LABELS, r.rowNumber, h('aggregate'));
    if (aggregate) column.aggregate = aggregate;
    const params = normaliseParams(read.pairs(at('params'), r.rowNumber, h('params')));
    if (params) column.params = params;
    const source = binding(
      sourceKey(read.text(at('source'), r.rowNumber, h('source'))),
      read.pairs(at('sourceParams'), r.rowNumber, h('sourceParams')),
    );
    if (source) column.source = source;
    const noteText = read.text(at('note'), r.rowNumber, h('note'));
    if (noteText) column.note = noteText;
    return column;
  });
  const rows: FormRow[] = table(FORM_MARKERS.rows, FORM_ROW_COLUMNS, true).map((r) => {
    const h = (k: string) => FORM_ROW_COLUMNS.find((c) => c.key === k)!.header;
    const row: FormRow = {
      code: read.text(r.cell('code'), r.rowNumber, h('code'), true) ?? '',
      label: read.text(r.cell('label'), r.rowNumber, h('label'), true) ?? '',
      kind: read.choice(r.cell('kind'), V.ROW_KIND_LABELS, r.rowNumber, h('kind'), true) ?? 'data',
    };
    const params = normaliseParams(read.pairs(r.cell('params'), r.rowNumber, h('params')));
    if (params) row.params = params;
    const source = binding(
      sourceKey(read.text(r.cell('source'), r.rowNumber, h('source'))),
      read.pairs(r.cell('sourceParams'), r.rowNumber, h('sourceParams')),
    );
    if (source) row.source = source;
    const appliesTo = read.choices(r.cell('appliesTo'), V.ORGANISATION_KIND_LABELS, r.rowNumber, h('appliesTo'));
    if (appliesTo.length) row.appliesTo = appliesTo;
    return row;
  });
  const cells = table(FORM_MARKERS.cells, FORM_CELL_COLUMNS, false).map((r) => {
    const h = (k: string) => FORM_CELL_COLUMNS.find((c) => c.key === k)!.header;
    const manual = read.choice(r.cell('manual'), V.YES_NO, r.rowNumber, h('manual')) === 'yes';
    const disabled = read.choice(r.cell('disabled'), V.YES_NO, r.rowNumber, h('disabled')) === 'yes';
    const source = binding(
      sourceKey(read.text(r.cell('source'), r.rowNumber, h('source'))),
      read.pairs(r.cell('sourceParams'), r.rowNumber, h('sourceParams')),
    );
    if (manual && source) read.fail(r.rowNumber, h('manual'), 'Ô nhập tay không thể có nguồn số liệu');
    return {
      row: read.text(r.cell('row'), r.rowNumber, h('row'), true) ?? '',
      column: read.text(r.cell('column'), r.rowNumber, h('column'), true) ?? '',
      ...(manual ? { source: null } : source ? { source } : {}),
      ...(disabled ? { disabled: true } : {}),
    };
  });
  if (code === null || title === null) return null;
  return { code, title, ...(note ? { note } : {}), rows, columns, ...(cells.length ? { cells } : {}) };
}

function parseRules(sheet: Sheet, errors: DesignError[]): ValidationRule[] {
  const read = cellReader(sheet.name, errors);
  if (sheet.lines.length === 0) return [];
  const h = (k: string) => RULE_COLUMNS.find((c) => c.key === k)!.header;
  const readOperator = (raw: RawCell | undefined, row: number): Operator => {
    const text = read.text(raw, row, h('operator'), true);
    if (text === null) return '==';
    const operator = V.parseOperator(text);
    if (operator === null)
      read.fail(
        row,
        h('operator'),
        `Phép so sánh "${text}" không hợp lệ; chọn một trong: ${labelList(V.OPERATOR_LABELS).join(', ')}`,
      );
    return operator ?? '==';
  };
  return readTable(sheet.name, sheet.lines, 0, RULE_COLUMNS, errors).rows.map((r) => {
    const rule: ValidationRule = {
      code: read.text(r.cell('code'), r.rowNumber, h('code'), true) ?? '',
      left: read.text(r.cell('left'), r.rowNumber, h('left'), true) ?? '',
      operator: readOperator(r.cell('operator'), r.rowNumber),
      right: read.text(r.cell('right'), r.rowNumber, h('right'), true) ?? '',
      importance: read.choice(r.cell('importance'), V.IMPORTANCE_LABELS, r.rowNumber, h('importance'), true) ?? 'error',
      message: read.text(r.cell('message'), r.rowNumber, h('message'), true) ?? '',
    };
    const missing = read.choice(r.cell('missing'), V.MISSING_LABELS, r.rowNumber, h('missing'));
    if (missing) rule.missingValueStrategy = missing;
    const source = read.text(r.cell('source'), r.rowNumber, h('source'));
    if (source) rule.source = source;
    return rule;
  });
}

function parseOutline(sheet: Sheet | undefined, errors: DesignError[]): RegimeVersion['outline'] {
  if (!sheet || sheet.lines.length === 0) return [];
  const read = cellReader(sheet.name, errors);
  const h = (k: string) => OUTLINE_COLUMNS.find((c) => c.key === k)!.header;
  return readTable(sheet.name, sheet.lines, 0, OUTLINE_COLUMNS, errors).rows.map((r) => {
    const guidance = read.text(r.cell('guidance'), r.rowNumber, h('guidance'));
    return {
      code: read.text(r.cell('code'), r.rowNumber, h('code'), true) ?? '',
      title: read.text(r.cell('title'), r.rowNumber, h('title'), true) ?? '',
      level: read.integer(r.cell('level'), r.rowNumber, h('level'), true) ?? 1,
      required: read.choice(r.cell('required'), V.YES_NO, r.rowNumber, h('required')) === 'yes',
      ...(guidance ? { guidance } : {}),
    };
  });
}

function parsePeriods(sheet: Sheet | undefined, errors: DesignError[]): ExplicitPeriod[] {
  if (!sheet || sheet.lines.length === 0) return [];
  const read = cellReader(sheet.name, errors);
  const h = (k: string) => PERIOD_COLUMNS.find((c) => c.key === k)!.header;
  return readTable(sheet.name, sheet.lines, 0, PERIOD_COLUMNS, errors).rows.map((r) => ({
    code: read.text(r.cell('code'), r.rowNumber, h('code'), true) ?? '',
    label: read.text(r.cell('label'), r.rowNumber, h('label'), true) ?? '',
    cutoffFrom: read.date(r.cell('cutoffFrom'), r.rowNumber, h('cutoffFrom'), true) ?? '',
    cutoffTo: read.date(r.cell('cutoffTo'), r.rowNumber, h('cutoffTo'), true) ?? '',
    deadline: read.date(r.cell('deadline'), r.rowNumber, h('deadline'), true) ?? '',
  }));
}

/**
 * Reads a design workbook. @throws UnreadableFileError when the bytes are not an XLSX workbook.
 */
export async function parseDesignWorkbook(buffer: Buffer): Promise<ParsedDesign> {
  const sheets = await readSheets(buffer);
  const errors: DesignError[] = [];
  const byName = (name: string) => sheets.find((s) => comparisonKey(s.name) === comparisonKey(name));
  const regimeSheet = byName(V.SHEETS.regime);
  if (!regimeSheet)
    return {
      version: null,
      errors: [{ sheet: V.SHEETS.regime, row: null, column: null, message: `Không có sheet "${V.SHEETS.regime}"` }],
    };
  const periods = parsePeriods(byName(V.SHEETS.periods), errors);
  const regime = parseRegimeSheet(regimeSheet, periods, errors);
  const outline = parseOutline(byName(V.SHEETS.outline), errors);
  const prefix = comparisonKey(V.SHEETS.formPrefix);
  const forms = sheets
    .filter((s) => comparisonKey(s.name).startsWith(`${prefix} `) || comparisonKey(s.name) === prefix)
    .map((s) => parseForm(s, errors))
    .filter((f): f is Form => f !== null);
  const rulesSheet = byName(V.SHEETS.rules);
  const rules = rulesSheet ? parseRules(rulesSheet, errors) : [];
  if (errors.length > 0 || !regime) return { version: null, errors };
  const candidate: RegimeVersion = { ...regime, outline, forms, rules };
  const problems = checkRegime(candidate);
  if (problems.length > 0)
    return {
      version: null,
      errors: problems.map((message) => ({ sheet: '(toàn bộ mẫu)', row: null, column: null, message })),
    };
  return { version: candidate, errors: [] };
}
