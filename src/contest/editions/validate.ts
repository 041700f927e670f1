/**
 * Checks an edition (e.g. one the Academy edited) before anything uses it: the TypeBox schema first, then the
 * rules the schema cannot express (codes unique, references existing, dates in order). Every problem is listed
 * in Vietnamese with where it is.
 */
import { type ValueError, Value, ValueErrorType } from '@sinclair/typebox/value';
import { type Edition, EditionSchema } from './schema.ts';

export type EditionCheck = { ok: true; edition: Edition } | { ok: false; errors: string[] };

function describe(type: ValueErrorType): string {
  switch (type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'thiếu trường bắt buộc';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'có trường không được hỗ trợ';
    case ValueErrorType.String:
    case ValueErrorType.Number:
    case ValueErrorType.Integer:
    case ValueErrorType.Boolean:
    case ValueErrorType.Array:
    case ValueErrorType.Object:
      return 'sai kiểu dữ liệu';
    case ValueErrorType.StringPattern:
      return 'sai định dạng';
    case ValueErrorType.StringMinLength:
      return 'không được để trống';
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.NumberExclusiveMinimum:
    case ValueErrorType.IntegerMinimum:
      return 'nhỏ hơn giá trị cho phép';
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return 'lớn hơn giá trị cho phép';
    case ValueErrorType.ArrayMinItems:
      return 'cần ít nhất một mục';
    default:
      return 'giá trị không hợp lệ';
  }
}

const TYPE_MISMATCH = new Set([ValueErrorType.Null, ValueErrorType.Literal, ValueErrorType.Union]);

/** For "one of" (e.g. a number or null), the reason from the alternative that came closest. */
function specific(error: ValueError): ValueError {
  if (error.type !== ValueErrorType.Union) return error;
  for (const alternative of error.errors) {
    const first = alternative.First();
    if (first && !TYPE_MISMATCH.has(first.type)) return specific(first);
  }
  return error;
}

export function checkEdition(input: unknown): EditionCheck {
  if (!Value.Check(EditionSchema, input)) {
    const seen = new Set<string>();
    const errors: string[] = [];
    for (const error of Value.Errors(EditionSchema, input)) {
      const line = `Trường "${error.path || '/'}": ${describe(specific(error).type)}.`;
      if (!seen.has(line)) errors.push(line);
      seen.add(line);
      if (errors.length >= 20) break;
    }
    return { ok: false, errors };
  }
  const edition = input;
  const errors: string[] = [];
  const codes = new Set<string>();
  for (const c of edition.categories) {
    if (codes.has(c.code)) errors.push(`Mã thể loại "${c.code}" bị trùng.`);
    codes.add(c.code);
  }
  const prizeCodes = new Set<string>();
  for (const p of edition.prizeCategories) {
    if (prizeCodes.has(p.code)) errors.push(`Mã hạng mục giải "${p.code}" bị trùng.`);
    prizeCodes.add(p.code);
    for (const c of p.categories)
      if (!codes.has(c)) errors.push(`Hạng mục giải "${p.label}" nhắc tới thể loại không có: "${c}".`);
  }
  for (const c of Object.keys(edition.quota.value?.maxByCategory ?? {}))
    if (!codes.has(c)) errors.push(`Giới hạn số bài nhắc tới thể loại không có: "${c}".`);
  const window = edition.window.value;
  if (window?.opens && window.closes && window.opens > window.closes)
    errors.push('Ngày bắt đầu nhận bài phải trước ngày kết thúc.');
  if (window && !isRealDate(window.opens)) errors.push('Ngày bắt đầu nhận bài không tồn tại.');
  if (window && !isRealDate(window.closes)) errors.push('Ngày kết thúc nhận bài không tồn tại.');
  const marks = edition.marking;
  if (
    marks.scale.value !== null &&
    marks.thirdJudgeMargin.value !== null &&
    marks.thirdJudgeMargin.value > marks.scale.value
  )
    errors.push('Chênh lệch điểm để mời giám khảo thứ ba không thể lớn hơn thang điểm.');
  const rounds = edition.rounds.value?.map((r) => r.code) ?? [];
  if (new Set(rounds).size !== rounds.length) errors.push('Một vòng thi được khai báo hai lần.');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, edition };
}

function isRealDate(iso: string | null): boolean {
  if (iso === null) return true;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}
