/**
 * Builders shared by the standard-school tests, the outsider loader and the benchmark (not used by
 * production code): roster workbooks in the template's layout (test/standard.support.ts builds request contexts).
 */
import { buildWorkbook } from '../../compliance/test-support.ts';
import { ROSTER_COLUMNS, ROSTER_SHEET } from '../../standard/index.ts';

const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
export type Person = Partial<Record<string, unknown>>;

/** A lecturer or staff member; `extra` overrides any column by its template header. */
export function person(name: string, extra: Person = {}): Person {
  return {
    'Họ và tên': name,
    'Năm sinh': 1980,
    'Giới tính': 'Nữ',
    'Đối tượng': 'Giảng viên',
    'Trình độ chuyên môn': 'Thạc sĩ',
    'Trình độ LLCT': 'Cao cấp',
    'Chức danh nghề nghiệp': 'Giảng viên chính',
    'Chứng chỉ kinh điển': 'Có',
    ...extra,
  };
}

export function rosterWorkbook(people: Person[]): Promise<Buffer> {
  return buildWorkbook([
    { name: ROSTER_SHEET, rows: [HEADERS, ...people.map((p) => HEADERS.map((h) => p[h] ?? null))] },
  ]);
}

/** Ten people: 8 lecturers (6 thạc sĩ, 2 tiến sĩ; one without the classics certificate) and 2 staff. */
export function sampleRoster(): Promise<Buffer> {
  return rosterWorkbook([
    ...Array.from({ length: 6 }, (_, i) => person(`Giảng viên Thạc sĩ ${i + 1}`, { 'Năm sinh': 1970 + i })),
    person('Giảng viên Tiến sĩ Một', { 'Trình độ chuyên môn': 'Tiến sĩ' }),
    person('Giảng viên Tiến sĩ Hai', { 'Trình độ chuyên môn': 'Tiến sĩ', 'Chứng chỉ kinh điển': null }),
    person('Nhân viên Một', {
      'Đối tượng': 'Không phải giảng viên',
      'Trình độ chuyên môn': 'Đại học',
      'Chức danh nghề nghiệp': 'Chuyên viên',
      'Chứng chỉ kinh điển': null,
    }),
    person('Nhân viên Hai', {
      'Đối tượng': 'Không phải giảng viên',
      'Giới tính': 'Nam',
      'Trình độ chuyên môn': 'Đại học',
      'Chức danh nghề nghiệp': 'Nhân viên',
      'Chứng chỉ kinh điển': null,
      'Hình thức tuyển dụng': 'Hợp đồng',
    }),
  ]);
}
