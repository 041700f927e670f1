import { describe, expect, it } from 'vitest';
import { createHostResolver } from './hosts.ts';
import { parseImportFile, UnreadableFileError, type ParseImportOptions } from './parse-import.ts';
import { buildImportTemplate } from './template.ts';
import { buildWorkbook, CLASS_HEADERS, classRow, LEARNER_HEADERS, learnerRow } from './test-support.ts';
import { comparisonKey } from './text.ts';

const opts: ParseImportOptions = { resolveHost: createHostResolver(), today: '2026-01-15' };
const parseXlsx = async (
  classRows: unknown[][],
  learnerRows: unknown[][],
  classHeaders = CLASS_HEADERS,
  learnerHeaders = LEARNER_HEADERS,
) =>
  parseImportFile(
    await buildWorkbook([
      { name: 'Lớp học', rows: [classHeaders, ...classRows] },
      { name: 'Học viên', rows: [learnerHeaders, ...learnerRows] },
    ]),
    'lop.xlsx',
    opts,
  );

describe('template', () => {
  it('parses back without errors: one example class and one example learner', async () => {
    const parsed = await parseImportFile(await buildImportTemplate(), 'mau.xlsx', opts);
    expect(parsed.errors).toEqual([]);
    expect(parsed.classes).toHaveLength(1);
    expect(parsed.learners[0]).toMatchObject({
      row: 2,
      classCode: 'VD-TC-2025-01',
      birthDate: '1990-03-12',
      gender: 'nu',
    });
  });
});

describe('headers and values', () => {
  it('matches headers without diacritics, in another case and order', async () => {
    const order = [...LEARNER_HEADERS].reverse();
    const plain = order.map((h) => comparisonKey(h).toUpperCase());
    const row = learnerRow({});
    const reordered = order.map((h) => row[LEARNER_HEADERS.indexOf(h)]);
    const parsed = await parseXlsx([classRow({})], [reordered], CLASS_HEADERS.map(comparisonKey), plain);
    expect(parsed.errors).toEqual([]);
    expect(parsed.learners[0]).toMatchObject({
      fullName: 'Nguyễn Văn An',
      partyStatus: 'chinh_thuc',
      education: 'dai_hoc',
      ratingLastYear: 'HTTNV',
    });
  });
  it('reads real spreadsheet dates, serials, d/m/yyyy and ISO alike', async () => {
    const forms = [new Date(Date.UTC(2022, 1, 8)), 44600, '08/02/2022', '8/2/2022', '2022-02-08'];
    const parsed = await parseXlsx(
      forms.map((d, i) => classRow({ 'Mã lớp': `L${i}`, 'Ngày khai giảng': d, 'Ngày bế giảng': null })),
      [],
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.classes.map((c) => c.openingDate)).toEqual(Array(5).fill('2022-02-08'));
  });
  it('accepts enumerations without diacritics and keeps names exactly, NFC', async () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    const parsed = await parseXlsx(
      [
        classRow({
          'Chương trình': 'trung cap llct',
          'Hình thức': 'khong tap trung',
          'Phương thức': 'TRUC TUYEN',
          'Cơ sở đào tạo': 'truong chinh tri tinh thai nguyen',
        }),
      ],
      [
        learnerRow({
          'Họ và tên': ` ${decomposed}`,
          'Giới tính': 'nu',
          'Đảng viên': 'du bi',
          'Trình độ học vấn': 'cao dang',
          'Quy hoạch': 'có',
        }),
      ],
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.classes[0]).toMatchObject({
      level: 'trung_cap',
      mode: 'khong_tap_trung',
      delivery: 'truc_tuyen',
      host: { kind: 'provincial_school' },
    });
    expect(parsed.learners[0]!.fullName).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(parsed.learners[0]).toMatchObject({
      gender: 'nu',
      partyStatus: 'du_bi',
      education: 'cao_dang',
      planned: true,
    });
  });
  it('resolves the host valid on the opening date and the partner when it is in the network', async () => {
    const parsed = await parseXlsx(
      [
        classRow({
          'Chương trình': 'Cao cấp LLCT',
          'Đơn vị phối hợp': 'Học viện Chính trị khu vực I',
          'Ngày khai giảng': '01/09/2025',
          'Ngày bế giảng': null,
        }),
      ],
      [],
    );
    expect(parsed.classes[0]!.host.code).toBe('TCT-2025-19');
    expect(parsed.classes[0]!.partner).toMatchObject({ code: 'HVKV1', kind: 'regional_academy' });
  });
});

describe('errors', () => {
  it('lists every error with sheet, row and column before anything is imported', async () => {
    const parsed = await parseXlsx(
      [
        classRow({ 'Mã lớp': 'A', 'Chương trình': 'Thạc sĩ', 'Ngày bế giảng': '01/01/2024' }),
        classRow({ 'Mã lớp': 'A', 'Cơ sở đào tạo': 'Trường không có thật' }),
        classRow({ 'Mã lớp': 'B', 'Ngày khai giảng': '31/02/2024', 'Ngày bế giảng': null }),
      ],
      [
        learnerRow({ 'Mã lớp': 'A', 'Ngày sinh': '01/01/2030', 'Đảng viên': 'Không', 'Ngày vào Đảng': null }),
        learnerRow({ 'Mã lớp': 'ZZ', 'Đảng viên': 'Dự bị', 'Ngày vào Đảng': null }),
        learnerRow({ 'Mã lớp': 'A', 'Họ và tên': null, 'Giới tính': 'Khác' }),
      ],
    );
    const summary = parsed.errors.map((e) => [e.sheet, e.row, e.column]);
    expect(summary).toEqual([
      ['Lớp học', 2, 'Chương trình'],
      ['Lớp học', 2, 'Ngày bế giảng'],
      ['Lớp học', 3, 'Mã lớp'],
      ['Lớp học', 3, 'Cơ sở đào tạo'],
      ['Lớp học', 4, 'Ngày khai giảng'],
      ['Học viên', 2, 'Ngày sinh'],
      ['Học viên', 3, 'Mã lớp'],
      ['Học viên', 3, 'Ngày vào Đảng'],
      ['Học viên', 4, 'Họ và tên'],
      ['Học viên', 4, 'Giới tính'],
    ]);
    expect(parsed.errors[2]!.message).toBe('Trùng mã lớp "A" với dòng 2');
    expect(parsed.errors[4]!.message).toContain('không tồn tại');
    expect(parsed.errors[5]!.message).toContain('ở tương lai');
    expect(parsed.errors[7]!.message).toContain('phải có Ngày vào Đảng');
    expect(parsed.classes.map((c) => c.code)).toEqual([]);
  });
  it('reports missing required columns once, at row 1', async () => {
    const headers = LEARNER_HEADERS.filter((h) => h !== 'Ngày sinh');
    const row = learnerRow({}).filter((_, i) => LEARNER_HEADERS[i] !== 'Ngày sinh');
    const parsed = await parseXlsx([classRow({})], [row, row], CLASS_HEADERS, headers);
    expect(parsed.errors).toEqual([
      { sheet: 'Học viên', row: 1, column: 'Ngày sinh', message: 'Thiếu cột bắt buộc "Ngày sinh"' },
    ]);
    expect(parsed.learners).toEqual([]);
  });
  it('refuses a workbook without the data sheets, and bytes that are not a spreadsheet', async () => {
    const other = await parseImportFile(await buildWorkbook([{ name: 'Sheet1', rows: [['x']] }]), 'x.xlsx', opts);
    expect(other.errors[0]!.message).toContain('Không tìm thấy sheet');
    await expect(parseImportFile(Buffer.from('not a zip'), 'x.xlsx', opts)).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(parseImportFile(Buffer.from([0xff, 0xfe, 0x41]), 'x.csv', opts)).rejects.toBeInstanceOf(
      UnreadableFileError,
    );
  });
});

describe('sheet detection', () => {
  it('recognises renamed sheets by their headers', async () => {
    const buffer = await buildWorkbook([
      { name: 'Sheet1', rows: [LEARNER_HEADERS, learnerRow({})] },
      { name: 'Sheet2', rows: [CLASS_HEADERS, classRow({})] },
    ]);
    const parsed = await parseImportFile(buffer, 'x.xlsx', opts);
    expect(parsed.errors).toEqual([]);
    expect([parsed.classes.length, parsed.learners.length]).toEqual([1, 1]);
  });
});

describe('CSV', () => {
  const csv = (rows: unknown[][], delimiter = ',') =>
    Buffer.from(
      `\uFEFF${rows.map((r) => r.map((v) => (v === null ? '' : `"${String(v)}"`)).join(delimiter)).join('\r\n')}`,
    );
  it('takes a class sheet, recognised by its headers', async () => {
    const parsed = await parseImportFile(csv([CLASS_HEADERS, classRow({})], ';'), 'lop.csv', opts);
    expect(parsed.errors).toEqual([]);
    expect(parsed.sheets).toEqual({ classes: true, learners: false });
    expect(parsed.classes[0]).toMatchObject({ code: 'TC-01', row: 2, openingDate: '2024-09-01' });
  });
  it('takes a learner sheet against existing class codes, with row numbers', async () => {
    const rows = [LEARNER_HEADERS, learnerRow({}), learnerRow({ 'Mã lớp': 'X', 'Họ và tên': 'B' })];
    const parsed = await parseImportFile(csv(rows), 'hv.csv', { ...opts, existingClassCodes: ['tc-01'] });
    expect(parsed.learners).toHaveLength(1);
    expect(parsed.learners[0]!.classCode).toBe('tc-01');
    expect(parsed.errors).toEqual([
      {
        sheet: 'Học viên',
        row: 3,
        column: 'Mã lớp',
        message: 'Mã lớp "X" không có trong sheet "Lớp học" hoặc trong hệ thống',
      },
    ]);
  });
  it('says when it cannot tell which sheet a CSV holds', async () => {
    const parsed = await parseImportFile(
      csv([
        ['a', 'b'],
        ['1', '2'],
      ]),
      'x.csv',
      opts,
    );
    expect(parsed.errors[0]).toMatchObject({ sheet: 'x.csv', row: 1 });
  });
});
