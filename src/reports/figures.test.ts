import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error.ts';
import { figureValue, isEdited, prefillReport, refreshComputed, setFigure } from './figures.ts';
import { findPeriod } from './periods.ts';
import { LETTER_2174_REPORT, QUARTERLY_TRAINING } from './regimes/index.ts';
import { enrol, klass, sampleSchool } from './test-support.ts';

const Q1 = findPeriod(QUARTERLY_TRAINING, '2025-Q1')!;
const school = { code: 'TCT-2004-19', kind: 'provincial_school' };

describe('pre-filled figures', () => {
  it('fills every sourced cell of the period from the school rows, leaves hand-entered cells empty', () => {
    const { content, problems } = prefillReport(QUARTERLY_TRAINING, Q1, school, sampleSchool());
    expect(problems).toEqual([]);
    expect(content).toMatchObject({
      regimeCode: 'BC_DTBD_QUY',
      regimeVersion: 1,
      periodCode: '2025-Q1',
      organisationCode: 'TCT-2004-19',
    });
    expect(figureValue(content, 'B01', 'TC', 'mo')).toBe(1);
    expect(figureValue(content, 'B01', 'TONG', 'mo')).toBe(2);
    expect(figureValue(content, 'B01', 'TONG', 'hv_be')).toBe(105);
    expect(figureValue(content, 'B01', 'TC', 'tot_nghiep')).toBeNull();
    expect(content.figures.B01!.TC!.tot_nghiep!.computed).toBeNull();
    expect(figureValue(content, 'B02', 'KTT_TRUCTIEP', 'dang')).toBe(2);
    expect(content.figures.B01!.SC!.mo!.computed!.explanation).toContain('Sơ cấp LLCT');
    expect(Object.keys(content.narrative)).toEqual(['1', '2', '3']);
  });

  it('lists the sources it could not compute instead of inventing zeros', () => {
    const { content, problems } = prefillReport(QUARTERLY_TRAINING, Q1, school, { classes: sampleSchool().classes });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ form: 'B01', column: 'hv_mo', message: expect.stringContaining('enrolments') });
    expect(figureValue(content, 'B01', 'TC', 'hv_mo')).toBeNull();
    expect(figureValue(content, 'B01', 'TC', 'mo')).toBe(1);
  });

  it('a row addressed to provincial schools only is not part of a sector school report', () => {
    const period = findPeriod(LETTER_2174_REPORT, '2022-CV2174')!;
    const sector = prefillReport(LETTER_2174_REPORT, period, { code: 'TBN-TTCP', kind: 'sector_school' }, {}).content;
    const provincial = prefillReport(LETTER_2174_REPORT, period, school, {}).content;
    expect(Object.keys(sector.figures.B01!)).toEqual(['Y2', 'Y3', 'Y4']);
    expect(Object.keys(provincial.figures.B01!)).toEqual(['Y1', 'Y2', 'Y3', 'Y4']);
    expect(() =>
      setFigure(sector, LETTER_2174_REPORT, 'sector_school', { form: 'B01', row: 'Y1', column: 'ket_qua' }, 'x'),
    ).toThrow(/không thuộc phần đơn vị phải báo cáo/);
  });
});

describe('editing a figure', () => {
  const base = prefillReport(QUARTERLY_TRAINING, Q1, school, sampleSchool()).content;
  const cell = { form: 'B01', row: 'TC', column: 'mo' };

  it('a changed computed value needs a reason; the computed value stays beside it', () => {
    expect(() => setFigure(base, QUARTERLY_TRAINING, 'provincial_school', cell, 2)).toThrow(AppError);
    expect(() => setFigure(base, QUARTERLY_TRAINING, 'provincial_school', cell, 2, '  ')).toThrow(/ghi rõ lý do/);
    const edited = setFigure(
      base,
      QUARTERLY_TRAINING,
      'provincial_school',
      cell,
      2,
      'Lớp K12 mở ngày 14/3 chưa nhập vào TCT',
    );
    const figure = edited.figures.B01!.TC!.mo!;
    expect(figure).toMatchObject({
      value: 2,
      computed: { value: 1 },
      reason: 'Lớp K12 mở ngày 14/3 chưa nhập vào TCT',
    });
    expect(isEdited(figure)).toBe(true);
    expect(base.figures.B01!.TC!.mo!.value).toBe(1); // the original is untouched
    const back = setFigure(edited, QUARTERLY_TRAINING, 'provincial_school', cell, 1);
    expect(back.figures.B01!.TC!.mo).toMatchObject({ value: 1, reason: null });
  });

  it('hand-entered cells need no reason; types and cells are checked with the cell named', () => {
    const entered = setFigure(
      base,
      QUARTERLY_TRAINING,
      'provincial_school',
      { form: 'B01', row: 'TC', column: 'tot_nghiep' },
      20,
    );
    expect(entered.figures.B01!.TC!.tot_nghiep).toEqual({ value: 20, computed: null, reason: null });
    expect(() =>
      setFigure(base, QUARTERLY_TRAINING, 'provincial_school', { form: 'B01', row: 'TC', column: 'tot_nghiep' }, '20'),
    ).toThrow('Biểu B01, dòng «Trung cấp lý luận chính trị», cột «Học viên tốt nghiệp»: phải nhập số');
    expect(() =>
      setFigure(base, QUARTERLY_TRAINING, 'provincial_school', { form: 'B09', row: 'TC', column: 'mo' }, 1),
    ).toThrow(/Không có ô/);
  });

  it('choice cells accept only their options', () => {
    const period = findPeriod(LETTER_2174_REPORT, '2022-CV2174')!;
    const content = prefillReport(LETTER_2174_REPORT, period, school, {}).content;
    const at = { form: 'B01', row: 'Y2', column: 'trang_thai' };
    expect(
      setFigure(content, LETTER_2174_REPORT, 'provincial_school', at, 'done').figures.B01!.Y2!.trang_thai!.value,
    ).toBe('done');
    expect(() => setFigure(content, LETTER_2174_REPORT, 'provincial_school', at, 'xong')).toThrow(
      /chọn một trong «Chưa thực hiện»/,
    );
  });

  it('recomputing keeps edits and follows new data elsewhere', () => {
    const edited = setFigure(
      base,
      QUARTERLY_TRAINING,
      'provincial_school',
      cell,
      5,
      'Số theo sổ quản lý lớp của trường',
    );
    const more = sampleSchool();
    const extra = klass('2025-02-01', null, { level: 'so_cap' });
    more.classes.push(extra);
    more.enrolments.push(...enrol(extra, 10));
    const refreshed = refreshComputed(edited, QUARTERLY_TRAINING, Q1, 'provincial_school', more);
    expect(refreshed.figures.B01!.TC!.mo).toMatchObject({
      value: 5,
      computed: { value: 1 },
      reason: 'Số theo sổ quản lý lớp của trường',
    });
    expect(refreshed.figures.B01!.SC!.mo).toMatchObject({ value: 2, computed: { value: 2 } });
  });
});
