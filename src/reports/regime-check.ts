/**
 * Everything that must hold before a regime version can be published: the TypeBox shape, unique codes,
 * consistent frequency / cut-off / deadline, cells whose sources exist and accept their parameters,
 * and rules that compile. Used by the XLSX designer, the module's design routes and the shipped regimes'
 * test. Messages are Vietnamese and all are returned, none thrown.
 */
import { ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { resolveCell, isNumericColumn } from './cells.ts';
import { vnDate } from './dates.ts';
import { generatePeriods } from './periods.ts';
import { compileRule } from './rule-compiler.ts';
import { sourceDefinition } from './sources/catalogue.ts';
import { type Form, RegimeVersion } from './types.ts';

function duplicates(codes: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) (seen.has(c) ? dup : seen).add(c);
  return [...dup];
}

function checkForm(form: Form, errors: string[]): void {
  const at = `Biểu ${form.code}`;
  for (const d of duplicates(form.rows.map((r) => r.code))) errors.push(`${at}: trùng mã dòng «${d}»`);
  for (const d of duplicates(form.columns.map((c) => c.code))) errors.push(`${at}: trùng mã cột «${d}»`);
  for (const column of form.columns) {
    const where = `${at}, cột «${column.label}»`;
    if (column.type === 'choice' && !column.options?.length)
      errors.push(`${where}: cột lựa chọn cần danh sách lựa chọn`);
    if (column.type !== 'choice' && column.options) errors.push(`${where}: chỉ cột lựa chọn mới có danh sách lựa chọn`);
    if (column.min !== undefined && column.max !== undefined && column.min > column.max)
      errors.push(`${where}: giá trị tối thiểu lớn hơn tối đa`);
    if (!isNumericColumn(column) && column.aggregate && column.aggregate !== 'none')
      errors.push(`${where}: cột không phải số không thể tổng hợp bằng cộng hoặc trung bình`);
  }
  for (const cell of form.cells ?? []) {
    if (!form.rows.some((r) => r.code === cell.row) || !form.columns.some((c) => c.code === cell.column))
      errors.push(`${at}: ô «${cell.row}.${cell.column}» không có trong biểu`);
  }
  for (const row of form.rows) {
    for (const column of form.columns) {
      const cell = resolveCell(form, row, column);
      const where = `${at}, dòng «${row.label}», cột «${column.label}»`;
      for (const conflict of cell.conflicts) errors.push(`${where}: ${conflict}`);
      if (!cell.source) continue;
      const definition = sourceDefinition(cell.source.key);
      if (!definition) {
        errors.push(`${where}: nguồn số liệu «${cell.source.key}» không có trong danh mục`);
        continue;
      }
      for (const [name, value] of Object.entries(cell.source.params)) {
        const spec = definition.params[name];
        if (!spec) errors.push(`${where}: nguồn «${definition.label}» không có tham số «${name}»`);
        else if (spec.values !== 'free' && !(value in spec.values))
          errors.push(
            `${where}: tham số «${spec.label}» không nhận giá trị «${value}» (có: ${Object.keys(spec.values).join(', ')})`,
          );
      }
      if (definition.valueType === 'count' && !isNumericColumn(column))
        errors.push(`${where}: nguồn «${definition.label}» cho ra số, nhưng cột không phải cột số`);
      if (definition.valueType === 'code') {
        const options = new Set(column.options?.map((o) => o.code) ?? []);
        const missing = Object.keys(definition.codes ?? {}).filter((c) => !options.has(c));
        if (column.type !== 'choice')
          errors.push(`${where}: nguồn «${definition.label}» cho ra lựa chọn, cột phải là cột lựa chọn`);
        else if (missing.length)
          errors.push(`${where}: cột thiếu lựa chọn ${missing.join(', ')} mà nguồn có thể cho ra`);
      }
    }
  }
}

function checkTiming(version: RegimeVersion, errors: string[]): void {
  const f = version.frequency;
  const explicit = f.kind === 'thematic' || f.kind === 'ad_hoc';
  const expectedKind = f.kind === 'thematic' ? 'thematic' : f.kind === 'ad_hoc' ? 'ad_hoc' : 'periodic';
  if (version.kind !== expectedKind)
    errors.push(
      `Loại báo cáo «${version.kind}» không khớp tần suất «${f.kind}» (định kỳ cần tần suất theo chu kỳ; chuyên đề, đột xuất cần kỳ báo cáo liệt kê sẵn)`,
    );
  if (explicit) {
    for (const d of duplicates(f.periods.map((p) => p.code))) errors.push(`Trùng mã kỳ báo cáo «${d}»`);
    for (const p of f.periods) {
      if (p.cutoffFrom > p.cutoffTo) errors.push(`Kỳ ${p.code}: ngày bắt đầu chốt số liệu sau ngày kết thúc`);
      if (p.deadline < p.cutoffTo)
        errors.push(`Kỳ ${p.code}: hạn gửi ${vnDate(p.deadline)} trước ngày chốt số liệu ${vnDate(p.cutoffTo)}`);
    }
    return;
  }
  if (!version.deadline) {
    errors.push('Chưa có quy tắc thời hạn gửi báo cáo');
    return;
  }
  // Deadlines must not fall inside the window they close: check two years of generated periods.
  const year = Number(version.effectiveFrom.slice(0, 4));
  const periods = generatePeriods(
    { ...version, effectiveTo: null },
    { from: `${year}-01-01`, to: `${year + 1}-12-31` },
  );
  const early = periods.find((p) => p.deadline < p.cutoffTo);
  if (early)
    errors.push(
      `Hạn gửi ${vnDate(early.deadline)} của kỳ ${early.label} trước ngày chốt số liệu ${vnDate(early.cutoffTo)}`,
    );
}

const SHAPE_MESSAGES: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'thiếu thông tin bắt buộc',
  [ValueErrorType.ObjectAdditionalProperties]: 'thông tin không thuộc mẫu',
  [ValueErrorType.StringMinLength]: 'không được để trống',
  [ValueErrorType.StringMaxLength]: 'quá dài',
  [ValueErrorType.StringPattern]:
    'không đúng định dạng (mã: chữ cái, chữ số, dấu gạch dưới, bắt đầu bằng chữ cái; ngày: yyyy-mm-dd)',
  [ValueErrorType.String]: 'phải là chữ',
  [ValueErrorType.Integer]: 'phải là số nguyên',
  [ValueErrorType.Number]: 'phải là số',
  [ValueErrorType.IntegerMinimum]: 'nhỏ hơn giá trị cho phép',
  [ValueErrorType.IntegerMaximum]: 'lớn hơn giá trị cho phép',
  [ValueErrorType.ArrayMinItems]: 'cần ít nhất một mục',
  [ValueErrorType.ArrayUniqueItems]: 'có mục trùng nhau',
  [ValueErrorType.Union]: 'không thuộc các giá trị cho phép',
  [ValueErrorType.Literal]: 'không thuộc các giá trị cho phép',
};

/** Every problem of a regime version, in Vietnamese; empty when it can be published. */
export function checkRegime(candidate: unknown): string[] {
  if (!Value.Check(RegimeVersion, candidate)) {
    return [...Value.Errors(RegimeVersion, candidate)]
      .slice(0, 20)
      .map((e) => `Trường «${e.path || '/'}»: ${SHAPE_MESSAGES[e.type] ?? 'giá trị không hợp lệ'}`);
  }
  const version = candidate;
  const errors: string[] = [];
  if (version.effectiveTo !== null && version.effectiveTo < version.effectiveFrom)
    errors.push('Ngày hết hiệu lực trước ngày có hiệu lực');
  if (version.reporters.kinds.length === 0 && version.reporters.organisationCodes.length === 0)
    errors.push('Chưa chọn đối tượng thực hiện báo cáo');
  for (const d of duplicates(version.forms.map((f) => f.code))) errors.push(`Trùng mã biểu «${d}»`);
  for (const d of duplicates(version.outline.map((s) => s.code))) errors.push(`Trùng mã mục đề cương «${d}»`);
  for (const d of duplicates(version.rules.map((r) => r.code))) errors.push(`Trùng mã quy tắc kiểm tra «${d}»`);
  if (version.forms.length === 0 && version.outline.length === 0)
    errors.push('Mẫu báo cáo cần ít nhất một mục đề cương hoặc một biểu');
  checkTiming(version, errors);
  for (const form of version.forms) checkForm(form, errors);
  if (errors.length === 0) {
    for (const rule of version.rules) {
      const result = compileRule(version, rule);
      if (!result.ok) errors.push(...result.errors);
    }
  }
  return errors;
}
