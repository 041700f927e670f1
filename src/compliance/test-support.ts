/** Builders shared by the compliance tests (not used by production code). */
import ExcelJS from 'exceljs';
import type { ClassInput, LearnerInput } from './types.ts';

export const PROVINCIAL = {
  code: 'TCT-2004-19',
  name: 'Trường Chính trị tỉnh Thái Nguyên',
  kind: 'provincial_school',
} as const;
export const SECTOR = { code: 'TBN-TTCP', name: 'Trường Cán bộ Thanh tra', kind: 'sector_school' } as const;
export const REGIONAL = { code: 'HVKV1', name: 'Học viện Chính trị khu vực I', kind: 'regional_academy' } as const;

export function makeClass(overrides: Partial<ClassInput> = {}): ClassInput {
  return {
    code: 'TC-01',
    name: 'Lớp thử',
    level: 'trung_cap',
    mode: 'tap_trung',
    delivery: 'truc_tiep',
    host: { ...PROVINCIAL },
    partnerName: null,
    partner: null,
    openingDate: '2024-09-01',
    closingDate: null,
    place: null,
    ...overrides,
  };
}

/** A learner who passes every rule of every regime for a trung cấp class. */
export function makeLearner(overrides: Partial<LearnerInput> = {}): LearnerInput {
  return {
    fullName: 'Nguyễn Văn An',
    birthDate: '1980-01-01',
    gender: 'nam',
    ethnicity: 'Kinh',
    partyStatus: 'chinh_thuc',
    partyJoinDate: '2005-01-01',
    education: 'dai_hoc',
    theoryLevel: 'chua_co',
    theoryDocumentDate: null,
    position: 'Phó Chủ tịch UBND xã',
    planned: false,
    workplace: null,
    ratingLastYear: 'HTTNV',
    ratingYearBefore: 'HTXSNV',
    ...overrides,
  };
}

export type SheetSpec = { name: string; rows: unknown[][] };

export async function buildWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    for (const row of spec.rows) sheet.addRow(row);
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export const CLASS_HEADERS = [
  'Mã lớp',
  'Tên lớp',
  'Chương trình',
  'Hình thức',
  'Phương thức',
  'Cơ sở đào tạo',
  'Đơn vị phối hợp',
  'Ngày khai giảng',
  'Ngày bế giảng',
  'Địa điểm',
];
export const LEARNER_HEADERS = [
  'Mã lớp',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Đảng viên',
  'Ngày vào Đảng',
  'Trình độ học vấn',
  'Trình độ LLCT',
  'Ngày cấp bằng LLCT',
  'Chức vụ',
  'Quy hoạch',
  'Đơn vị công tác',
  'Xếp loại năm trước',
  'Xếp loại hai năm trước',
];

export function classRow(values: Partial<Record<(typeof CLASS_HEADERS)[number], unknown>>): unknown[] {
  const base: Record<string, unknown> = {
    'Mã lớp': 'TC-01',
    'Tên lớp': 'Trung cấp K1',
    'Chương trình': 'Trung cấp LLCT',
    'Hình thức': 'Không tập trung',
    'Phương thức': 'Trực tiếp',
    'Cơ sở đào tạo': 'Trường Chính trị tỉnh Thái Nguyên',
    'Đơn vị phối hợp': null,
    'Ngày khai giảng': '01/09/2024',
    'Ngày bế giảng': '01/09/2025',
    'Địa điểm': 'Thái Nguyên',
  };
  const merged = { ...base, ...values };
  return CLASS_HEADERS.map((h) => merged[h] ?? null);
}

export function learnerRow(values: Partial<Record<(typeof LEARNER_HEADERS)[number], unknown>>): unknown[] {
  const base: Record<string, unknown> = {
    'Mã lớp': 'TC-01',
    'Họ và tên': 'Nguyễn Văn An',
    'Ngày sinh': '01/01/1980',
    'Giới tính': 'Nam',
    'Dân tộc': 'Kinh',
    'Đảng viên': 'Chính thức',
    'Ngày vào Đảng': '01/01/2005',
    'Trình độ học vấn': 'Đại học',
    'Trình độ LLCT': 'Chưa có',
    'Ngày cấp bằng LLCT': null,
    'Chức vụ': 'Phó Chủ tịch UBND xã',
    'Quy hoạch': null,
    'Đơn vị công tác': 'UBND xã',
    'Xếp loại năm trước': 'HTTNV',
    'Xếp loại hai năm trước': 'HTTNV',
  };
  const merged = { ...base, ...values };
  return LEARNER_HEADERS.map((h) => merged[h] ?? null);
}
