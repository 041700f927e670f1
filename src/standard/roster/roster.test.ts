import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../compliance/test-support.ts';
import { comparisonKey } from '../../compliance/text.ts';
import { ROSTER_COLUMNS, ROSTER_SHEET } from './columns.ts';
import { parseRosterFile } from './import.ts';
import { summarizeRoster } from './summary.ts';
import { buildRosterTemplate } from './template.ts';
import { StaffMemberSchema } from './types.ts';

const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
const today = '2026-01-15';
const row = (cells: Partial<Record<string, unknown>>) => HEADERS.map((h) => cells[h] ?? null);
const person = (extra: Partial<Record<string, unknown>> = {}) =>
  row({
    'Họ và tên': 'Trần Văn Bình',
    'Năm sinh': 1975,
    'Giới tính': 'Nam',
    'Đối tượng': 'Giảng viên',
    'Trình độ chuyên môn': 'Tiến sĩ',
    ...extra,
  });
const parse = async (rows: unknown[][], headers: unknown[] = HEADERS, sheet = ROSTER_SHEET) =>
  parseRosterFile(await buildWorkbook([{ name: sheet, rows: [headers, ...rows] }]), 'ds.xlsx', { today });

describe('roster template', () => {
  it('parses back: one example member that matches the TypeBox schema', async () => {
    const parsed = await parseRosterFile(await buildRosterTemplate(), 'mau.xlsx', { today });
    expect(parsed.errors).toEqual([]);
    expect(parsed.members).toHaveLength(1);
    const { row: _row, ...member } = parsed.members[0]!;
    expect(member).toMatchObject({
      birthYear: 1982,
      gender: 'nu',
      kind: 'giang_vien',
      education: 'thac_si',
      theoryLevel: 'cao_cap',
      grade: 'giang_vien_chinh',
      classicsCertificate: true,
      employment: 'bien_che',
    });
    expect(Value.Check(StaffMemberSchema, member)).toBe(true);
  });
});

describe('roster import', () => {
  it('reads headers without diacritics in any order, under a title row, in a renamed sheet', async () => {
    const order = [...HEADERS].reverse();
    const plain = order.map((h) => comparisonKey(h).toUpperCase());
    const values = person({
      'Năm sinh': '12/03/1980',
      'Trình độ LLCT': 'Cao cấp lý luận chính trị',
      'Chức danh nghề nghiệp': 'GVCC',
      'Học hàm': 'PGS',
      'Chứng chỉ kinh điển': 'x',
      'Hình thức tuyển dụng': 'HĐ',
    });
    const reordered = order.map((h) => values[HEADERS.indexOf(h)]);
    const workbook = await buildWorkbook([
      { name: 'DS 2026', rows: [['DANH SÁCH CÁN BỘ, VIÊN CHỨC NĂM 2026'], plain, reordered] },
    ]);
    const parsed = await parseRosterFile(workbook, 'ds.xlsx', { today });
    expect(parsed.errors).toEqual([]);
    expect(parsed.members[0]).toMatchObject({
      row: 3,
      birthYear: 1980,
      theoryLevel: 'cao_cap',
      grade: 'giang_vien_cao_cap',
      academicTitle: 'pgs',
      classicsCertificate: true,
      employment: 'hop_dong',
    });
  });

  it('lists every error with its row and column and imports nothing', async () => {
    const parsed = await parse([
      person({ 'Mã cán bộ': 'A1' }),
      person({ 'Mã cán bộ': 'a1', 'Họ và tên': 'Lê Thị Cúc' }),
      person({ 'Họ và tên': 'Trần Văn Bình' }),
      person({ 'Họ và tên': 'Đỗ Văn Dũng', 'Năm sinh': 'năm 75' }),
      person({ 'Họ và tên': 'Phạm Văn Em', 'Năm sinh': 2015 }),
      person({ 'Họ và tên': 'Vũ Thị Giang', 'Đối tượng': 'Bảo vệ', 'Giới tính': null }),
      person({ 'Họ và tên': 'Hồ Văn Hải', 'Học hàm': 'PGS', 'Trình độ chuyên môn': 'Thạc sĩ' }),
      person({ 'Họ và tên': 'Lò Văn Inh', 'Chứng chỉ kinh điển': 'đang học' }),
    ]);
    expect(parsed.members).toEqual([]);
    const at = (r: number) => parsed.errors.filter((e) => e.row === r).map((e) => `${e.column}: ${e.message}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['Mã cán bộ: Trùng mã cán bộ "a1" với dòng 2']);
    expect(at(4)[0]).toMatch(/^Họ và tên: Trùng họ tên và năm sinh với dòng 2/);
    expect(at(5)[0]).toMatch(/^Năm sinh: Năm sinh "năm 75" không đọc được/);
    expect(at(6)).toEqual(['Năm sinh: Năm sinh 2015 không hợp lý cho cán bộ đang công tác']);
    expect(at(7)).toHaveLength(2);
    expect(at(7)).toContain('Giới tính: Chưa nhập Giới tính (bắt buộc)');
    expect(at(8)).toEqual(['Học hàm: Học hàm Giáo sư, Phó Giáo sư cần trình độ tiến sĩ']);
    expect(at(9)[0]).toMatch(/^Chứng chỉ kinh điển: Giá trị "đang học" không hợp lệ/);
    expect(parsed.errors.every((e) => e.sheet === ROSTER_SHEET)).toBe(true);
  });

  it('namesakes born the same year are two people when both have a personnel code', async () => {
    const parsed = await parse([person({ 'Mã cán bộ': 'A1' }), person({ 'Mã cán bộ': 'A2' })]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.members).toHaveLength(2);
  });

  it('reports a missing required column once, and an empty list', async () => {
    const parsed = await parse(
      [person()].map((r) => r.filter((_, i) => HEADERS[i] !== 'Đối tượng')),
      HEADERS.filter((h) => h !== 'Đối tượng'),
    );
    expect(parsed.errors).toEqual([
      { sheet: ROSTER_SHEET, row: 1, column: 'Đối tượng', message: 'Thiếu cột bắt buộc "Đối tượng"' },
    ]);
    const empty = await parse([]);
    expect(empty.errors.map((e) => e.message)).toEqual(['Danh sách không có cán bộ nào']);
  });

  it('accepts a UTF-8 CSV', async () => {
    const csv = `Họ và tên,Năm sinh,Giới tính,Đối tượng,Trình độ chuyên môn\nNguyễn Văn An,1970,Nam,Không phải giảng viên,Đại học\n`;
    const parsed = await parseRosterFile(Buffer.from(csv), 'ds.csv', { today });
    expect(parsed.errors).toEqual([]);
    expect(parsed.members[0]).toMatchObject({ kind: 'khac', theoryLevel: 'chua_co', classicsCertificate: false });
  });
});

describe('roster summary', () => {
  it('counts lecturers, degrees and age bands', async () => {
    const parsed = await parse([
      person({ 'Mã cán bộ': '1' }),
      person({ 'Mã cán bộ': '2', 'Năm sinh': 1999, 'Trình độ chuyên môn': 'Thạc sĩ', 'Giới tính': 'Nữ' }),
      person({ 'Mã cán bộ': '3', 'Đối tượng': 'Không phải giảng viên', 'Trình độ chuyên môn': 'Đại học' }),
    ]);
    const summary = summarizeRoster(parsed.members, '2026-06-30');
    expect(summary).toMatchObject({ total: 3, lecturers: 2, female: 1 });
    expect(summary.byEducation).toEqual([
      { label: 'Thạc sĩ', count: 1 },
      { label: 'Tiến sĩ', count: 1 },
    ]);
    expect(summary.byAgeBand.find((b) => b.label === 'Dưới 30')?.count).toBe(1);
    expect(summary.byAgeBand.find((b) => b.label === '50–59')?.count).toBe(2);
  });
});
