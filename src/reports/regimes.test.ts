import { describe, expect, it } from 'vitest';
import { checkRegime } from './regime-check.ts';
import {
  findVersion,
  QUARTERLY_TRAINING,
  SHIPPED_REGIMES,
  STANDARD_SCHOOL_PROGRESS,
  versionInForce,
} from './regimes/index.ts';
import { ELEMENT_KEYS, type RegimeVersion } from './types.ts';

const copy = (): RegimeVersion => structuredClone(QUARTERLY_TRAINING);

describe('shipped regimes', () => {
  it('the five required regimes are shipped and each can be published', () => {
    expect(SHIPPED_REGIMES.map((r) => [r.code, r.frequency.kind])).toEqual([
      ['BC_DTBD_QUY', 'quarter'],
      ['BC_SO_KET_6T', 'half_year'],
      ['BC_TONG_KET_NAM', 'year'],
      ['BC_TRUONG_CHUAN', 'half_year'],
      ['BC_CV2174', 'ad_hoc'],
    ]);
    for (const regime of SHIPPED_REGIMES) expect(checkRegime(regime), regime.code).toEqual([]);
  });

  it('every Decree 09 element of every shipped regime says where it comes from', () => {
    for (const regime of SHIPPED_REGIMES) {
      for (const key of ELEMENT_KEYS) {
        const provenance = regime.provenance[key];
        expect(provenance, `${regime.code}.${key}`).toBeDefined();
        // Confirmed or secondary needs a source; an unsourced default must say why.
        if (provenance!.confidence === 'confirmed' || provenance!.confidence === 'secondary')
          expect(provenance!.source).toBeTruthy();
        else expect(provenance!.note).toBeTruthy();
      }
    }
  });

  it('nothing TCT chose is presented as prescribed: frequencies and deadlines are unsourced except the ad hoc letter', () => {
    for (const regime of SHIPPED_REGIMES.filter((r) => r.kind === 'periodic')) {
      expect(regime.provenance.frequency!.confidence).toBe('unsourced');
      expect(regime.provenance.deadline!.confidence).toBe('unsourced');
      expect(regime.provenance.cutoff!.confidence).toBe('uncertain');
    }
  });

  it('the standard-school report goes to provincial schools only', () => {
    expect(STANDARD_SCHOOL_PROGRESS.reporters).toEqual({ kinds: ['provincial_school'], organisationCodes: [] });
  });

  it('lookups by exact version and by date', () => {
    expect(findVersion(SHIPPED_REGIMES, 'BC_DTBD_QUY', 1)).toBe(QUARTERLY_TRAINING);
    expect(findVersion(SHIPPED_REGIMES, 'BC_DTBD_QUY', 2)).toBeNull();
    expect(versionInForce(SHIPPED_REGIMES, 'BC_DTBD_QUY', '2025-01-01')).toBe(QUARTERLY_TRAINING);
    expect(versionInForce(SHIPPED_REGIMES, 'BC_DTBD_QUY', '2022-01-01')).toBeNull();
  });
});

describe('checkRegime lists every problem in Vietnamese', () => {
  it('shape errors name the field', () => {
    const bad = { ...copy(), code: 'bc quý', version: 0 };
    expect(checkRegime(bad)).toEqual([
      expect.stringContaining('Trường «/code»: không đúng định dạng'),
      'Trường «/version»: nhỏ hơn giá trị cho phép',
    ]);
    expect(checkRegime({})[0]).toContain('thiếu thông tin bắt buộc');
  });

  it('duplicate codes, wrong kinds and unknown cells', () => {
    const r = copy();
    r.forms[1]!.code = 'B01';
    r.forms[0]!.rows.push({ ...r.forms[0]!.rows[0]! });
    r.kind = 'ad_hoc';
    r.reporters = { kinds: [], organisationCodes: [] };
    r.forms[0]!.cells = [{ row: 'TC', column: 'nope', disabled: true }];
    expect(checkRegime(r)).toEqual([
      'Chưa chọn đối tượng thực hiện báo cáo',
      'Trùng mã biểu «B01»',
      expect.stringContaining('Loại báo cáo «ad_hoc» không khớp tần suất «quarter»'),
      'Biểu B01: trùng mã dòng «SC»',
      'Biểu B01: ô «TC.nope» không có trong biểu',
    ]);
  });

  it('sources must exist, accept their parameters and suit the column', () => {
    const r = copy();
    const form = r.forms[0]!;
    form.columns[0]!.source = { key: 'training.classes_everywhere' };
    form.columns[1]!.params = { level: 'dai_hoc' };
    form.columns[2]!.source = { key: 'training.classes_ongoing', params: { colour: 'red' } };
    form.columns[3] = { ...form.columns[3]!, type: 'text', min: undefined as never };
    delete form.columns[3]!.min;
    const errors = checkRegime(r);
    expect(errors).toContain(
      'Biểu B01, dòng «Sơ cấp lý luận chính trị», cột «Lớp khai giảng trong kỳ»: nguồn số liệu «training.classes_everywhere» không có trong danh mục',
    );
    expect(errors).toContain(
      'Biểu B01, dòng «Sơ cấp lý luận chính trị», cột «Lớp bế giảng trong kỳ»: tham số "level" vừa là "so_cap" vừa là "dai_hoc"',
    );
    expect(errors).toContain(
      'Biểu B01, dòng «Tổng cộng», cột «Lớp bế giảng trong kỳ»: tham số «Chương trình» không nhận giá trị «dai_hoc» (có: so_cap, trung_cap, cao_cap, boi_duong)',
    );
    expect(errors).toContain(
      'Biểu B01, dòng «Tổng cộng», cột «Lớp đang học cuối kỳ»: nguồn «Lớp đang học cuối kỳ» không có tham số «colour»',
    );
    expect(errors).toContain(
      'Biểu B01, dòng «Tổng cộng», cột «Học viên các lớp khai giảng»: nguồn «Học viên các lớp khai giảng trong kỳ» cho ra số, nhưng cột không phải cột số',
    );
  });

  it('a deadline inside the window it closes, or a bad explicit period, is refused', () => {
    const early = { ...copy(), deadline: { kind: 'day_of_month' as const, day: 10, monthOffset: 0 } };
    expect(checkRegime(early)).toEqual(['Hạn gửi 10/06/2022 của kỳ Quý II/2022 trước ngày chốt số liệu 14/06/2022']);
    const adhoc: RegimeVersion = {
      ...copy(),
      kind: 'ad_hoc',
      frequency: {
        kind: 'ad_hoc',
        periods: [
          { code: 'X', label: 'Đột xuất', cutoffFrom: '2025-02-01', cutoffTo: '2025-01-01', deadline: '2024-12-01' },
        ],
      },
    };
    expect(checkRegime(adhoc)).toEqual([
      'Kỳ X: ngày bắt đầu chốt số liệu sau ngày kết thúc',
      'Kỳ X: hạn gửi 01/12/2024 trước ngày chốt số liệu 01/01/2025',
    ]);
  });

  it('rules that do not compile are listed with their position', () => {
    const r = copy();
    r.rules.push({
      code: 'X1',
      left: '#{B01.TC.mo',
      operator: '<=',
      right: '#{B07.TC.mo}',
      importance: 'error',
      message: 'x',
    });
    expect(checkRegime(r)).toEqual([
      'Quy tắc X1, vế trái, vị trí 1: Tham chiếu ô phải có dạng #{BIỂU.DÒNG.CỘT}',
      'Quy tắc X1: không có biểu «B07» (#{B07.TC.mo})',
    ]);
  });
});
