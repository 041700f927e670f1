import { describe, expect, it } from 'vitest';
import { ExpressionError, parseExpression } from './expressions.ts';
import { prefillReport, type ReportContent, setFigure } from './figures.ts';
import { findPeriod } from './periods.ts';
import { LETTER_2174_REPORT, QUARTERLY_TRAINING } from './regimes/index.ts';
import { compileRule } from './rule-compiler.ts';
import { sampleSchool } from './test-support.ts';
import type { RegimeVersion, ValidationRule } from './types.ts';
import { checkRules, validateReport } from './validation.ts';

const rule = (
  left: string,
  operator: ValidationRule['operator'],
  right: string,
  extra: Partial<ValidationRule> = {},
): ValidationRule => ({
  code: 'T',
  left,
  operator,
  right,
  importance: 'error',
  message: 'Kiểm tra',
  ...extra,
});
const withRules = (rules: ValidationRule[]): RegimeVersion => ({ ...QUARTERLY_TRAINING, rules });
const Q1 = findPeriod(QUARTERLY_TRAINING, '2025-Q1')!;
const PROVINCIAL = 'provincial_school';
const filled = () =>
  prefillReport(QUARTERLY_TRAINING, Q1, { code: 'TCT-2004-19', kind: PROVINCIAL }, sampleSchool()).content;
const set = (content: ReportContent, row: string, column: string, value: number | null, form = 'B01') =>
  setFigure(content, QUARTERLY_TRAINING, PROVINCIAL, { form, row, column }, value, 'Điều chỉnh để kiểm thử');

describe('expressions', () => {
  it('parses arithmetic, references, wildcards and functions', () => {
    expect(parseExpression('#{B01.TC.mo} + 2 * (#{B01.SC.mo} - 1)')).toMatchObject({ t: 'bin', op: '+' });
    expect(parseExpression('sum(#{B01.*.*})')).toMatchObject({
      t: 'fn',
      name: 'SUM',
      args: [{ t: 'ref', row: '*', column: '*' }],
    });
    expect(parseExpression('-#{B01.TC.mo}')).toMatchObject({ t: 'neg' });
  });

  it('reports the position and the problem in Vietnamese', () => {
    const error = (text: string) => {
      try {
        parseExpression(text);
      } catch (e) {
        return e instanceof ExpressionError ? [e.position, e.message] : e;
      }
      return null;
    };
    expect(error('#{B01.TC}')).toEqual([1, expect.stringContaining('#{BIỂU.DÒNG.CỘT}')]);
    expect(error('#{B01.TC.mo} +')).toEqual([15, 'Biểu thức chưa kết thúc']);
    expect(error('TONG(#{B01.TC.mo})')).toEqual([1, expect.stringContaining('Hàm «TONG» không có')]);
    expect(error('(#{B01.TC.mo}')).toEqual([14, 'Thiếu «)»']);
    expect(error('#{B01.TC.mo} % 2')).toEqual([14, 'Ký tự không hợp lệ «%»']);
    expect(error('1 2')).toEqual([3, 'Thừa «2»']);
  });
});

describe('compiling rules against a regime version', () => {
  it('names missing forms, rows, columns and text columns used as numbers', () => {
    const version = LETTER_2174_REPORT;
    const errors = (r: ValidationRule) => {
      const result = compileRule(version, r);
      return result.ok ? [] : result.errors;
    };
    expect(errors(rule('#{B09.TUOI.lop}', '<=', '1'))).toEqual(['Quy tắc T: không có biểu «B09» (#{B09.TUOI.lop})']);
    expect(errors(rule('#{B03.X.lop}', '<=', '#{B03.TUOI.nope}'))).toEqual([
      'Quy tắc T: biểu B03 không có dòng «X» (#{B03.X.lop})',
      'Quy tắc T: biểu B03 không có cột «nope» (#{B03.TUOI.nope})',
    ]);
    expect(errors(rule('#{B01.Y2.ket_qua}', '==', '1'))[0]).toContain('không phải cột số');
    expect(errors(rule('#{B01.Y2.ket_qua}', 'compulsory_pair', '#{B01.Y2.trang_thai}'))).toEqual([]);
    expect(errors(rule('#{B02.*.mo}', '<=', '#{B03.*.lop}'))[0]).toContain('biểu B03 không có dòng này');
    expect(errors(rule('#{B01.Y2.x', '<', '1'))[0]).toMatch(/^Quy tắc T, vế trái, vị trí 1:/);
  });

  it('a wildcard outside a function repeats the rule per data row or numeric column', () => {
    const perRow = compileRule(QUARTERLY_TRAINING, rule('#{B01.*.tot_nghiep}', '<=', '#{B01.*.hv_be}'));
    expect(perRow.ok && perRow.compiled.instances.map((i) => i.binding.row)).toEqual(['SC', 'TC', 'CC', 'BD']);
    const perColumn = compileRule(QUARTERLY_TRAINING, rule('#{B01.TONG.*}', '==', 'SUM(#{B01.*.*})'));
    expect(perColumn.ok && perColumn.compiled.instances.length).toBe(7);
    expect(perColumn.ok && perColumn.compiled.instances[0]!.right).toMatchObject({
      t: 'fn',
      name: 'SUM',
      args: [{ row: 'SC', column: 'mo' }, {}, {}, {}],
    });
    expect(perColumn.ok && perColumn.compiled.instances[0]!.rightText).toBe(
      'tổng B01 «Lớp khai giảng trong kỳ» các dòng',
    );
  });
});

describe('validation of a filled report', () => {
  it('a pre-filled report from consistent data passes the shipped rules', () => {
    const result = validateReport(QUARTERLY_TRAINING, { ...filled(), narrative: { '1': 'Kết quả quý I' } }, PROVINCIAL);
    expect(result.errors).toEqual([]);
  });

  it('graduated ≤ enrolled: the message names the row, the columns and the values', () => {
    const content = set(filled(), 'TC', 'tot_nghiep', 30);
    const issues = checkRules(QUARTERLY_TRAINING, content, PROVINCIAL).filter((i) => i.code === 'B01_TOT_NGHIEP');
    expect(issues).toEqual([
      expect.objectContaining({
        importance: 'error',
        message:
          'Số học viên tốt nghiệp không được vượt số học viên của các lớp bế giảng: B01 «Trung cấp lý luận chính trị – Học viên tốt nghiệp» (30) không được lớn hơn B01 «Trung cấp lý luận chính trị – Học viên các lớp bế giảng» (25).',
        cells: [
          { form: 'B01', row: 'TC', column: 'tot_nghiep' },
          { form: 'B01', row: 'TC', column: 'hv_be' },
        ],
        left: 30,
        right: 25,
      }),
    ]);
  });

  it('rows sum to the total, per column', () => {
    const content = set(filled(), 'TC', 'mo', 3);
    const issues = checkRules(QUARTERLY_TRAINING, content, PROVINCIAL).filter((i) => i.code === 'B01_TONG');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe(
      'Dòng tổng cộng của biểu B01 phải bằng tổng các dòng: B01 «Tổng cộng – Lớp khai giảng trong kỳ» (2) phải bằng tổng B01 «Lớp khai giảng trong kỳ» các dòng (4).',
    );
  });

  it('missing values: skipped by default, zero when never skipped, skipped when all are missing', () => {
    const empty = set(filled(), 'TC', 'hv_be', null);
    const skipAny = withRules([rule('#{B01.TC.tot_nghiep}', '<=', '#{B01.TC.hv_be}')]);
    const graduated = set(empty, 'TC', 'tot_nghiep', 4);
    expect(checkRules(skipAny, graduated, PROVINCIAL)).toEqual([]);
    const never = withRules([
      rule('#{B01.TC.tot_nghiep}', '<=', '#{B01.TC.hv_be}', { missingValueStrategy: 'never_skip' }),
    ]);
    expect(checkRules(never, graduated, PROVINCIAL).map((i) => [i.left, i.right])).toEqual([[4, 0]]);
    const skipAll = withRules([
      rule('#{B01.TC.tot_nghiep}', '>', '#{B01.TC.hv_be}', { missingValueStrategy: 'skip_if_all_missing' }),
    ]);
    expect(checkRules(skipAll, empty, PROVINCIAL)).toEqual([]);
    expect(checkRules(skipAll, graduated, PROVINCIAL)).toEqual([]);
  });

  it('functions, constants, division by zero and warnings', () => {
    const content = filled();
    const rules = withRules([
      rule('MAX(#{B01.*.hv_dang})', '<=', '40', { code: 'MAX' }),
      // COUNT over cells that may be empty only makes sense when empty cells do not skip the rule.
      rule('COUNT(#{B01.*.tot_nghiep})', '>=', '1', {
        code: 'COUNT',
        importance: 'warning',
        missingValueStrategy: 'never_skip',
      }),
      rule('#{B01.TONG.hv_mo} / #{B01.CC.mo}', '>', '1000', { code: 'DIV' }),
      rule('AVG(#{B01.SC.mo}, #{B01.TC.mo}) * 2', '==', '#{B01.TONG.mo}', { code: 'AVG' }),
    ]);
    const issues = checkRules(rules, content, PROVINCIAL);
    expect(issues.map((i) => [i.code, i.importance, i.left, i.right])).toEqual([
      ['MAX', 'error', 65, 40],
      ['COUNT', 'warning', 0, 1],
    ]);
  });

  it('compulsory pair and exclusive pair', () => {
    const period = findPeriod(LETTER_2174_REPORT, '2022-CV2174')!;
    const base = prefillReport(LETTER_2174_REPORT, period, { code: 'X', kind: PROVINCIAL }, {}).content;
    const content = setFigure(
      base,
      LETTER_2174_REPORT,
      PROVINCIAL,
      { form: 'B01', row: 'Y2', column: 'trang_thai' },
      'done',
    );
    const pair = checkRules(LETTER_2174_REPORT, content, PROVINCIAL).filter((i) => i.code === 'B01_KET_QUA');
    expect(pair.map((i) => i.cells[0]!.row)).toEqual(['Y2']);
    expect(pair[0]!.importance).toBe('warning');
    const exclusive = {
      ...LETTER_2174_REPORT,
      rules: [rule('#{B01.*.trang_thai}', 'exclusive_pair', '#{B01.*.ket_qua}')],
    };
    const both = setFigure(
      content,
      LETTER_2174_REPORT,
      PROVINCIAL,
      { form: 'B01', row: 'Y2', column: 'ket_qua' },
      'Đã quán triệt',
    );
    expect(checkRules(exclusive, both, PROVINCIAL).map((i) => i.cells[0]!.row)).toEqual(['Y2']);
  });

  it('rows a reporter does not fill are left out of its checks', () => {
    const period = findPeriod(LETTER_2174_REPORT, '2022-CV2174')!;
    const content = prefillReport(LETTER_2174_REPORT, period, { code: 'S', kind: 'sector_school' }, {}).content;
    const always = {
      ...LETTER_2174_REPORT,
      rules: [rule('#{B01.*.trang_thai}', 'compulsory_pair', '#{B01.*.ket_qua}')],
    };
    const filledOne = setFigure(
      content,
      always,
      'sector_school',
      { form: 'B01', row: 'Y3', column: 'ket_qua' },
      'Đã dừng',
    );
    expect(checkRules(always, filledOne, 'sector_school').map((i) => i.cells[0]!.row)).toEqual(['Y3']);
  });

  it('types, bounds, missing reasons and required sections are errors before any rule', () => {
    const content = filled();
    content.figures.B01!.TC!.tot_nghiep!.value = 2.5;
    content.figures.B01!.SC!.tot_nghiep!.value = -1;
    const result = validateReport(QUARTERLY_TRAINING, content, PROVINCIAL);
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Biểu B01, dòng «Sơ cấp lý luận chính trị», cột «Học viên tốt nghiệp»: không được nhỏ hơn 0 (đang là -1)',
      'Biểu B01, dòng «Trung cấp lý luận chính trị», cột «Học viên tốt nghiệp»: phải là số nguyên (đang là 2.5)',
      'Chưa viết mục 1. «Kết quả công tác đào tạo, bồi dưỡng trong quý» (bắt buộc)',
    ]);
    const unexplained = filled();
    unexplained.figures.B01!.TC!.mo!.value = 9;
    const reasons = validateReport(QUARTERLY_TRAINING, unexplained, PROVINCIAL).errors.filter(
      (e) => e.kind === 'reason',
    );
    expect(reasons.map((e) => e.message)).toEqual([
      'Biểu B01, dòng «Trung cấp lý luận chính trị», cột «Lớp khai giảng trong kỳ»: số liệu khác số TCT tính (1) nhưng chưa ghi lý do',
    ]);
  });

  it('a report is checked against the version it was made with', () => {
    const content = { ...filled(), regimeVersion: 2 };
    expect(validateReport(QUARTERLY_TRAINING, content, PROVINCIAL).errors[0]!.code).toBe('VERSION');
  });
});
