/**
 * The figures TCT can compute itself, by key. A catalogue item names one of these keys in "cách tính"
 * (or "entered" when the school types the value). The computations live in ../assessment/computed.ts;
 * this registry is what the catalogue, its XLSX template and its import parser need to know about them.
 */
import { Type } from '@sinclair/typebox';

export type ComputedInput = 'staff' | 'training';

export type ComputedSource = {
  key: string;
  label: string;
  unit: string;
  input: ComputedInput;
  /** How the number is made, in words, shown beside every computed value. */
  formula: string;
};

export const COMPUTED_SOURCES = [
  {
    key: 'staff.lecturer_share',
    label: 'Tỷ lệ giảng viên trên tổng số cán bộ, viên chức',
    unit: '%',
    input: 'staff',
    formula: 'Số người có đối tượng "Giảng viên" ÷ tổng số người trong danh sách cán bộ, viên chức × 100',
  },
  {
    key: 'staff.lecturers_masters_share',
    label: 'Tỷ lệ giảng viên có trình độ thạc sĩ trở lên',
    unit: '%',
    input: 'staff',
    formula: 'Số giảng viên có học vị thạc sĩ hoặc tiến sĩ ÷ tổng số giảng viên × 100',
  },
  {
    key: 'staff.lecturers_doctorate_share',
    label: 'Tỷ lệ giảng viên có trình độ tiến sĩ',
    unit: '%',
    input: 'staff',
    formula: 'Số giảng viên có học vị tiến sĩ ÷ tổng số giảng viên × 100',
  },
  {
    key: 'staff.lecturers_principal_grade_share',
    label: 'Tỷ lệ giảng viên có chức danh giảng viên chính trở lên',
    unit: '%',
    input: 'staff',
    formula: 'Số giảng viên có chức danh giảng viên chính hoặc giảng viên cao cấp ÷ tổng số giảng viên × 100',
  },
  {
    key: 'staff.lecturers_classics_share',
    label: 'Tỷ lệ giảng viên có chứng chỉ bồi dưỡng kinh điển',
    unit: '%',
    input: 'staff',
    formula: 'Số giảng viên có chứng chỉ bồi dưỡng kinh điển ÷ tổng số giảng viên × 100',
  },
  {
    key: 'staff.lecturers_senior_theory_share',
    label: 'Tỷ lệ giảng viên có trình độ cao cấp lý luận chính trị hoặc cử nhân chính trị',
    unit: '%',
    input: 'staff',
    formula: 'Số giảng viên có trình độ LLCT cao cấp hoặc cử nhân ÷ tổng số giảng viên × 100',
  },
  {
    key: 'staff.lecturers_count',
    label: 'Số giảng viên',
    unit: 'người',
    input: 'staff',
    formula: 'Số người có đối tượng "Giảng viên" trong danh sách cán bộ, viên chức',
  },
  {
    key: 'training.classes_5y',
    label: 'Số lớp đào tạo, bồi dưỡng trong 5 năm trước ngày nộp hồ sơ',
    unit: 'lớp',
    input: 'training',
    formula: 'Số lớp có ngày khai giảng trong khoảng 5 năm trước ngày nộp hồ sơ',
  },
  {
    key: 'training.trung_cap_classes_5y',
    label: 'Số lớp trung cấp LLCT trong 5 năm trước ngày nộp hồ sơ',
    unit: 'lớp',
    input: 'training',
    formula: 'Số lớp trung cấp LLCT có ngày khai giảng trong khoảng 5 năm trước ngày nộp hồ sơ',
  },
  {
    key: 'training.enrolments_5y',
    label: 'Số lượt học viên trong 5 năm trước ngày nộp hồ sơ',
    unit: 'lượt',
    input: 'training',
    formula: 'Tổng số học viên ghi danh vào các lớp có ngày khai giảng trong khoảng 5 năm trước ngày nộp hồ sơ',
  },
] as const satisfies readonly ComputedSource[];

export type ComputedSourceKey = (typeof COMPUTED_SOURCES)[number]['key'];
export const ENTERED = 'entered';
export type HowComputed = ComputedSourceKey | typeof ENTERED;
export const ENTERED_LABEL = 'Nhập tay';

export const HowComputedSchema = Type.Union(
  [Type.Literal(ENTERED), ...COMPUTED_SOURCES.map((s) => Type.Literal(s.key))],
  { description: 'Khóa nguồn tính tự động, hoặc "entered" khi trường tự nhập' },
);

const BY_KEY = new Map<string, ComputedSource>(COMPUTED_SOURCES.map((s) => [s.key, s]));

export function computedSource(key: string): ComputedSource | null {
  return BY_KEY.get(key) ?? null;
}

export function isComputedKey(key: string): key is ComputedSourceKey {
  return BY_KEY.has(key);
}

export function howComputedLabel(how: string): string {
  return how === ENTERED ? ENTERED_LABEL : (computedSource(how)?.label ?? how);
}
