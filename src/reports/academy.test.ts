import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { aggregateCell, aggregateFigures } from './academy/aggregate.ts';
import { buildAggregateDocx } from './academy/export-docx.ts';
import { buildTimelinessXlsx, cellText } from './academy/export-xlsx.ts';
import { formatRate, type SchoolRef, type SubmissionRecord, timelinessMatrix } from './academy/timeliness.ts';
import { prefillReport, setFigure } from './figures.ts';
import { findPeriod, generatePeriods } from './periods.ts';
import { LETTER_2174_REPORT, QUARTERLY_TRAINING, STANDARD_SCHOOL_PROGRESS } from './regimes/index.ts';
import { enrol, klass } from './test-support.ts';
import type { RegimeVersion } from './types.ts';

const school = (
  code: string,
  name: string,
  kind: string,
  regionCode: string | null = null,
  validTo: string | null = null,
): SchoolRef => ({
  code,
  name,
  kind,
  validFrom: null,
  validTo,
  regionCode,
  regionName:
    regionCode === 'TDMNPB' ? 'Trung du và miền núi phía Bắc' : regionCode === 'DBSH' ? 'Đồng bằng sông Hồng' : null,
});
const SCHOOLS = [
  school('TN', 'Trường Chính trị tỉnh Thái Nguyên', 'provincial_school', 'TDMNPB'),
  school('CB', 'Trường Chính trị Hoàng Đình Giong', 'provincial_school', 'TDMNPB'),
  school('HN', 'Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội', 'provincial_school', 'DBSH'),
  school('TTCP', 'Trường Cán bộ Thanh tra', 'sector_school'),
];
const sent = (
  regimeCode: string,
  periodCode: string,
  org: string,
  at: string | null,
  state: SubmissionRecord['state'] = 'sent',
): SubmissionRecord => ({
  regimeCode,
  periodCode,
  organisationCode: org,
  firstSentAt: at,
  state,
  revision: 1,
});
const withVersion = (version: RegimeVersion, from: string, to: string) =>
  generatePeriods(version, { from, to }).map((period) => ({ version, period }));

describe('completeness and timeliness matrix', () => {
  const periods = [
    ...withVersion(QUARTERLY_TRAINING, '2025-01-01', '2025-06-30'),
    ...withVersion(STANDARD_SCHOOL_PROGRESS, '2025-01-01', '2025-06-30'),
  ];
  const submissions = [
    sent('BC_DTBD_QUY', '2025-Q1', 'TN', '2025-03-19T02:00:00Z', 'accepted'),
    // Sent in time, returned, corrected later: first sending counts.
    { ...sent('BC_DTBD_QUY', '2025-Q1', 'CB', '2025-03-20T15:00:00Z', 'sent'), revision: 2 },
    sent('BC_DTBD_QUY', '2025-Q1', 'HN', '2025-03-25T02:00:00Z', 'returned'),
    sent('BC_DTBD_QUY', '2025-Q2', 'TN', '2025-06-10T02:00:00Z'),
    sent('BC_DTBD_QUY', '2025-Q2', 'CB', null, 'draft'),
  ];
  const matrix = timelinessMatrix({ periods, schools: SCHOOLS, submissions, asOf: '2025-04-01' });

  it('marks each school on time, late, missing, pending or not expected', () => {
    expect(matrix.columns.map((c) => `${c.regimeCode} ${c.period.code}`)).toEqual([
      'BC_DTBD_QUY 2025-Q1',
      'BC_DTBD_QUY 2025-Q2',
      'BC_TRUONG_CHUAN 2025-H1',
    ]);
    expect(matrix.schools.map((s) => s.school.code)).toEqual(['TTCP', 'CB', 'TN', 'HN']); // Vietnamese name order
    const statuses = Object.fromEntries(matrix.schools.map((s) => [s.school.code, s.cells.map((c) => c.status)]));
    expect(statuses).toEqual({
      TTCP: ['missing', 'pending', 'not_expected'],
      CB: ['on_time', 'pending', 'pending'],
      TN: ['on_time', 'on_time', 'pending'],
      HN: ['late', 'pending', 'pending'],
    });
    const hn = matrix.schools.find((s) => s.school.code === 'HN')!.cells[0]!;
    expect(cellText(hn)).toBe('Muộn 5 ngày (25/03/2025) (bị trả lại)');
  });

  it('reporting rate = received / expected; on-time rate = received by the deadline / expected', () => {
    const q1 = matrix.columns[0]!;
    expect([q1.expected, q1.received, q1.onTime, q1.due]).toEqual([4, 3, 2, true]);
    expect([q1.reportingRate, q1.onTimeRate]).toEqual([0.75, 0.5]);
    expect(formatRate(q1.reportingRate)).toBe('75%');
    const q2 = matrix.columns[1]!;
    expect([q2.expected, q2.received, q2.onTime, q2.due]).toEqual([4, 1, 1, false]);
    expect(matrix.columns[2]!.expected).toBe(3); // provincial schools only
    // Totals and school rates count only periods already due.
    expect(matrix.totals).toMatchObject({ expected: 4, received: 3, onTime: 2 });
    expect(matrix.schools.find((s) => s.school.code === 'TN')).toMatchObject({
      expected: 1,
      received: 1,
      onTime: 1,
      reportingRate: 1,
    });
  });

  it('a school that ceased before the cut-off is not expected', () => {
    const merged = timelinessMatrix({
      periods: withVersion(QUARTERLY_TRAINING, '2025-07-01', '2025-09-30'),
      schools: [school('OLD', 'Trường Chính trị tỉnh Hà Giang', 'provincial_school', null, '2025-06-30')],
      submissions: [],
      asOf: '2025-10-01',
    });
    expect(merged.schools[0]!.cells[0]!.status).toBe('not_expected');
    expect(merged.totals.reportingRate).toBeNull();
  });

  it('exports the matrix as XLSX with the period rates underneath', async () => {
    const buffer = await buildTimelinessXlsx(matrix, 'Tình hình gửi báo cáo quý');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Tình hình gửi báo cáo')!;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      texts.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => String(v ?? ''))
          .join(' | '),
      ),
    );
    expect(texts[0]).toBe('Tình hình gửi báo cáo quý');
    expect(texts.find((t) => t.startsWith('STT'))).toContain('Quý I/2025');
    expect(texts.find((t) => t.includes('Trường Cán bộ Thanh tra'))).toContain('Chưa gửi — quá hạn');
    expect(texts.find((t) => t.startsWith(' | Tỷ lệ gửi |'))).toContain('75%');
    expect(sheet.getRow(5).getCell(5).fill).toMatchObject({ fgColor: { argb: 'FFF8CBAD' } }); // first row: missing
    expect(sheet.getRow(6).getCell(5).fill).toMatchObject({ fgColor: { argb: 'FFE2F0D9' } }); // then on time
  });
});

describe('figures aggregated across schools', () => {
  const Q1 = findPeriod(QUARTERLY_TRAINING, '2025-Q1')!;
  const reportOf = (s: SchoolRef, classes: number) => {
    const rows = Array.from({ length: classes }, () => klass('2025-01-10', null, { level: 'trung_cap' }));
    return {
      school: s,
      content: prefillReport(QUARTERLY_TRAINING, Q1, s, {
        classes: rows,
        enrolments: rows.flatMap((c) => enrol(c, 10)),
      }).content,
    };
  };
  const reports = [
    reportOf(SCHOOLS[0]!, 2),
    reportOf(SCHOOLS[1]!, 3),
    reportOf(SCHOOLS[2]!, 5),
    reportOf(SCHOOLS[3]!, 1),
  ];
  const aggregate = aggregateFigures(QUARTERLY_TRAINING, '2025-Q1', reports);

  it('sums with n, min, max and each school beside', () => {
    const cell = aggregateCell(aggregate, 'B01', 'TC', 'mo')!;
    expect(cell).toMatchObject({ method: 'sum', value: 11, n: 4, min: 1, max: 5 });
    expect(cell.schools.map((s) => [s.code, s.value])).toEqual([
      ['TTCP', 1],
      ['CB', 3],
      ['TN', 2],
      ['HN', 5],
    ]);
    expect(aggregateCell(aggregate, 'B01', 'TC', 'tot_nghiep')).toMatchObject({ value: null, n: 0 });
  });

  it('by region and by kind of school', () => {
    const cell = aggregateCell(aggregate, 'B01', 'TONG', 'hv_mo')!;
    expect(cell.byRegion).toEqual([
      { key: '', label: 'Chưa xác định vùng', value: 10, n: 1 },
      { key: 'DBSH', label: 'Đồng bằng sông Hồng', value: 50, n: 1 },
      { key: 'TDMNPB', label: 'Trung du và miền núi phía Bắc', value: 50, n: 2 },
    ]);
    expect(cell.byKind.map((g) => [g.key, g.value])).toEqual([
      ['sector_school', 10],
      ['provincial_school', 100],
    ]);
  });

  it('percent columns average; choice columns count options', () => {
    const percent: RegimeVersion = structuredClone(QUARTERLY_TRAINING);
    percent.forms[0]!.columns[5] = {
      code: 'tot_nghiep',
      label: 'Tỷ lệ tốt nghiệp',
      type: 'percent',
      unit: '%',
      min: 0,
      max: 100,
    };
    percent.rules = [];
    const withPercent = reports.map((r, i) => ({
      ...r,
      content: setFigure(
        r.content,
        percent,
        r.school.kind,
        { form: 'B01', row: 'TC', column: 'tot_nghiep' },
        [90, 80, 100, null][i]!,
      ),
    }));
    expect(aggregateCell(aggregateFigures(percent, '2025-Q1', withPercent), 'B01', 'TC', 'tot_nghiep')).toMatchObject({
      method: 'mean',
      value: 90,
      n: 3,
    });

    const period = findPeriod(LETTER_2174_REPORT, '2022-CV2174')!;
    const letter = SCHOOLS.map((s, i) => {
      const content = prefillReport(LETTER_2174_REPORT, period, s, {}).content;
      return {
        school: s,
        content: setFigure(
          content,
          LETTER_2174_REPORT,
          s.kind,
          { form: 'B01', row: 'Y3', column: 'trang_thai' },
          i < 3 ? 'done' : 'in_progress',
        ),
      };
    });
    const y3 = aggregateCell(aggregateFigures(LETTER_2174_REPORT, '2022-CV2174', letter), 'B01', 'Y3', 'trang_thai')!;
    expect(y3.counts).toEqual({ not_started: 0, in_progress: 1, done: 3 });
    const y1 = aggregateCell(aggregateFigures(LETTER_2174_REPORT, '2022-CV2174', letter), 'B01', 'Y1', 'trang_thai')!;
    expect(y1.schools.map((s) => s.code)).toEqual(['CB', 'TN', 'HN']); // the sector school does not fill item 1
  });

  it('refuses reports of another version or period', () => {
    expect(() => aggregateFigures(QUARTERLY_TRAINING, '2025-Q2', reports)).toThrow(/không thuộc/);
  });

  it('writes the aggregate report as DOCX: Party heading and a table per form', async () => {
    const buffer = await buildAggregateDocx({
      version: QUARTERLY_TRAINING,
      period: Q1,
      aggregate,
      completeness: { expected: 4, received: 4, onTime: 3, reportingRate: 1, onTimeRate: 0.75 },
      date: '2025-03-28',
    });
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 28 tháng 03 năm 2025',
      'BÁO CÁO',
      'Quý I/2025',
      'Biểu B01. Lớp đào tạo, bồi dưỡng và học viên theo chương trình',
      'Biểu B02. Lớp đang học và học viên theo hình thức, phương thức đào tạo',
      'đã gửi: 4 (100%)',
      'gửi đúng hạn: 3 (75%)',
    ])
      expect(text).toContain(expected);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3); // heading + B01 + B02
    expect(text).toContain('Lớp khai giảng trong kỳ (lớp)');
  });
});
