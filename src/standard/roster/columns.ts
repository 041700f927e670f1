/** The staff roster template's columns, shared by the template, the parser and the documentation. */
import type { ColumnSpec } from '../../compliance/columns.ts';
import { EDUCATION_LEVELS, GENDERS, THEORY_LEVELS } from '../../compliance/vocabulary.ts';
import { ACADEMIC_TITLE_VOCABULARY, EMPLOYMENT_VOCABULARY, GRADE_VOCABULARY, STAFF_KIND_VOCABULARY } from './types.ts';

export const ROSTER_SHEET = 'Cán bộ viên chức';

export type RosterColumnKey =
  | 'staffCode'
  | 'fullName'
  | 'birthYear'
  | 'gender'
  | 'kind'
  | 'position'
  | 'unit'
  | 'education'
  | 'academicTitle'
  | 'theoryLevel'
  | 'grade'
  | 'classicsCertificate'
  | 'employment';

export const ROSTER_COLUMNS: ColumnSpec<RosterColumnKey>[] = [
  {
    key: 'staffCode',
    header: 'Mã cán bộ',
    required: false,
    type: 'text',
    aliases: ['Mã số', 'Mã viên chức', 'Số hiệu cán bộ'],
    hint: 'Không bắt buộc; cần khi hai người trùng họ tên và năm sinh',
    width: 12,
  },
  {
    key: 'fullName',
    header: 'Họ và tên',
    required: true,
    type: 'text',
    aliases: ['Họ tên'],
    hint: 'Giữ nguyên như hồ sơ',
    width: 28,
  },
  {
    key: 'birthYear',
    header: 'Năm sinh',
    required: true,
    type: 'text',
    aliases: ['Ngày sinh', 'Ngày tháng năm sinh'],
    hint: 'Năm 4 chữ số (ví dụ 1982) hoặc ngày sinh dd/mm/yyyy',
    width: 12,
  },
  {
    key: 'gender',
    header: 'Giới tính',
    required: true,
    type: 'enum',
    vocabulary: GENDERS,
    hint: 'Nam / Nữ',
    width: 10,
  },
  {
    key: 'kind',
    header: 'Đối tượng',
    required: true,
    type: 'enum',
    vocabulary: STAFF_KIND_VOCABULARY,
    aliases: ['Loại cán bộ', 'Giảng viên hay cán bộ'],
    hint: 'Giảng viên (kể cả lãnh đạo trường, khoa có giảng dạy) / Không phải giảng viên',
    width: 22,
  },
  {
    key: 'position',
    header: 'Chức vụ',
    required: false,
    type: 'text',
    hint: 'Ví dụ Hiệu trưởng, Trưởng khoa; để trống nếu không giữ chức vụ',
    width: 20,
  },
  {
    key: 'unit',
    header: 'Đơn vị',
    required: false,
    type: 'text',
    aliases: ['Khoa, phòng', 'Khoa/phòng', 'Đơn vị công tác'],
    hint: 'Khoa hoặc phòng',
    width: 24,
  },
  {
    key: 'education',
    header: 'Trình độ chuyên môn',
    required: true,
    type: 'enum',
    vocabulary: EDUCATION_LEVELS,
    aliases: ['Học vị', 'Trình độ đào tạo', 'Trình độ'],
    hint: 'Tiến sĩ / Thạc sĩ / Đại học / Cao đẳng / Trung cấp / THPT',
    width: 16,
  },
  {
    key: 'academicTitle',
    header: 'Học hàm',
    required: false,
    type: 'enum',
    vocabulary: ACADEMIC_TITLE_VOCABULARY,
    hint: 'Giáo sư / Phó Giáo sư; để trống nếu không có',
    width: 12,
  },
  {
    key: 'theoryLevel',
    header: 'Trình độ LLCT',
    required: false,
    type: 'enum',
    vocabulary: THEORY_LEVELS,
    aliases: ['Trình độ lý luận chính trị'],
    hint: 'Chưa có / Sơ cấp / Trung cấp / Cao cấp / Cử nhân; để trống = Chưa có',
    width: 14,
  },
  {
    key: 'grade',
    header: 'Chức danh nghề nghiệp',
    required: false,
    type: 'enum',
    vocabulary: GRADE_VOCABULARY,
    aliases: ['Ngạch', 'Ngạch, chức danh', 'Hạng chức danh nghề nghiệp'],
    hint: 'Giảng viên cao cấp / Giảng viên chính / Giảng viên / Chuyên viên cao cấp / Chuyên viên chính / Chuyên viên / Cán sự / Nhân viên / Khác',
    width: 22,
  },
  {
    key: 'classicsCertificate',
    header: 'Chứng chỉ kinh điển',
    required: false,
    type: 'flag',
    aliases: ['Chứng chỉ bồi dưỡng kinh điển', 'Bồi dưỡng kinh điển'],
    hint: '"Có" nếu có chứng chỉ bồi dưỡng kinh điển chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; để trống nếu chưa có',
    width: 14,
  },
  {
    key: 'employment',
    header: 'Hình thức tuyển dụng',
    required: false,
    type: 'enum',
    vocabulary: EMPLOYMENT_VOCABULARY,
    aliases: ['Biên chế', 'Biên chế/hợp đồng'],
    hint: 'Biên chế / Hợp đồng; để trống = Biên chế',
    width: 14,
  },
];
