/**
 * The import template's two sheets and their columns, shared by the template builder, the parser
 * and the documentation, so the three cannot drift apart.
 */
import type { Vocabulary } from './vocabulary.ts';
import {
  DELIVERIES,
  EDUCATION_LEVELS,
  GENDERS,
  PARTY_STATUSES,
  PROGRAMME_LEVELS,
  RATINGS,
  STUDY_MODES,
  THEORY_LEVELS,
} from './vocabulary.ts';

export type ColumnType = 'text' | 'date' | 'enum' | 'flag';

export type ColumnSpec<K extends string = string> = {
  key: K;
  header: string;
  required: boolean;
  type: ColumnType;
  vocabulary?: Vocabulary<string>;
  /** Other headers users write for the same column. */
  aliases?: string[];
  hint: string;
  width: number;
};

export const CLASS_SHEET = 'Lớp học';
export const LEARNER_SHEET = 'Học viên';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';

export type ClassColumnKey =
  | 'code'
  | 'name'
  | 'level'
  | 'mode'
  | 'delivery'
  | 'host'
  | 'partner'
  | 'openingDate'
  | 'closingDate'
  | 'place';

export const CLASS_COLUMNS: ColumnSpec<ClassColumnKey>[] = [
  {
    key: 'code',
    header: 'Mã lớp',
    required: true,
    type: 'text',
    hint: 'Mã duy nhất của lớp, ví dụ TC-K12-2025',
    width: 16,
  },
  {
    key: 'name',
    header: 'Tên lớp',
    required: true,
    type: 'text',
    aliases: ['Tên lớp học'],
    hint: 'Tên đầy đủ của lớp',
    width: 36,
  },
  {
    key: 'level',
    header: 'Chương trình',
    required: true,
    type: 'enum',
    vocabulary: PROGRAMME_LEVELS,
    aliases: ['Bậc đào tạo', 'Hệ đào tạo'],
    hint: 'Sơ cấp LLCT / Trung cấp LLCT / Cao cấp LLCT / Bồi dưỡng',
    width: 18,
  },
  {
    key: 'mode',
    header: 'Hình thức',
    required: true,
    type: 'enum',
    vocabulary: STUDY_MODES,
    aliases: ['Hình thức đào tạo'],
    hint: 'Tập trung / Không tập trung',
    width: 16,
  },
  {
    key: 'delivery',
    header: 'Phương thức',
    required: true,
    type: 'enum',
    vocabulary: DELIVERIES,
    aliases: ['Phương thức đào tạo'],
    hint: 'Trực tiếp / Trực tuyến / Kết hợp',
    width: 14,
  },
  {
    key: 'host',
    header: 'Cơ sở đào tạo',
    required: true,
    type: 'text',
    aliases: ['Trường', 'Đơn vị tổ chức'],
    hint: 'Tên hoặc mã trường trong mạng lưới, ví dụ "Trường Chính trị tỉnh Thái Nguyên" hoặc TCT-2004-19',
    width: 36,
  },
  {
    key: 'partner',
    header: 'Đơn vị phối hợp',
    required: false,
    type: 'text',
    hint: 'Ví dụ "Học viện Chính trị khu vực I" với lớp cao cấp; để trống nếu không có',
    width: 30,
  },
  {
    key: 'openingDate',
    header: 'Ngày khai giảng',
    required: true,
    type: 'date',
    hint: 'dd/mm/yyyy; quyết định bộ quy tắc áp dụng',
    width: 16,
  },
  {
    key: 'closingDate',
    header: 'Ngày bế giảng',
    required: false,
    type: 'date',
    hint: 'dd/mm/yyyy, không trước ngày khai giảng',
    width: 16,
  },
  {
    key: 'place',
    header: 'Địa điểm',
    required: false,
    type: 'text',
    aliases: ['Địa điểm học'],
    hint: 'Nơi tổ chức lớp',
    width: 24,
  },
];

export type LearnerColumnKey =
  | 'classCode'
  | 'fullName'
  | 'birthDate'
  | 'gender'
  | 'ethnicity'
  | 'partyStatus'
  | 'partyJoinDate'
  | 'education'
  | 'theoryLevel'
  | 'theoryDocumentDate'
  | 'position'
  | 'planned'
  | 'workplace'
  | 'ratingLastYear'
  | 'ratingYearBefore';

export const LEARNER_COLUMNS: ColumnSpec<LearnerColumnKey>[] = [
  {
    key: 'classCode',
    header: 'Mã lớp',
    required: true,
    type: 'text',
    hint: 'Mã lớp có trong sheet "Lớp học" (hoặc lớp đã có trong hệ thống)',
    width: 16,
  },
  {
    key: 'fullName',
    header: 'Họ và tên',
    required: true,
    type: 'text',
    aliases: ['Họ tên', 'Họ và tên học viên'],
    hint: 'Giữ nguyên như khai',
    width: 28,
  },
  { key: 'birthDate', header: 'Ngày sinh', required: true, type: 'date', hint: 'dd/mm/yyyy', width: 14 },
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
    key: 'ethnicity',
    header: 'Dân tộc',
    required: false,
    type: 'text',
    hint: 'Ví dụ Kinh, Tày, Thái; dùng cho ngoại lệ học vấn của cán bộ người dân tộc thiểu số',
    width: 12,
  },
  {
    key: 'partyStatus',
    header: 'Đảng viên',
    required: true,
    type: 'enum',
    vocabulary: PARTY_STATUSES,
    hint: 'Chính thức / Dự bị / Không',
    width: 12,
  },
  {
    key: 'partyJoinDate',
    header: 'Ngày vào Đảng',
    required: false,
    type: 'date',
    hint: 'dd/mm/yyyy; bắt buộc với đảng viên',
    width: 16,
  },
  {
    key: 'education',
    header: 'Trình độ học vấn',
    required: true,
    type: 'enum',
    vocabulary: EDUCATION_LEVELS,
    aliases: ['Học vấn', 'Trình độ văn hóa'],
    hint: 'THCS / THPT / Trung cấp / Cao đẳng / Đại học / Thạc sĩ / Tiến sĩ (Tiểu học nếu thấp hơn THCS)',
    width: 16,
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
    key: 'theoryDocumentDate',
    header: 'Ngày cấp bằng LLCT',
    required: false,
    type: 'date',
    aliases: ['Ngày cấp bằng lý luận chính trị'],
    hint: 'dd/mm/yyyy; ngày cấp bằng hoặc giấy xác nhận',
    width: 16,
  },
  {
    key: 'position',
    header: 'Chức vụ',
    required: false,
    type: 'text',
    hint: 'Chức vụ hiện tại, ví dụ "Phó Chủ tịch UBND xã"',
    width: 28,
  },
  {
    key: 'planned',
    header: 'Quy hoạch',
    required: false,
    type: 'flag',
    hint: '"Có" nếu được bổ nhiệm theo quy hoạch; để trống nếu không',
    width: 10,
  },
  { key: 'workplace', header: 'Đơn vị công tác', required: false, type: 'text', hint: 'Cơ quan, đơn vị', width: 30 },
  {
    key: 'ratingLastYear',
    header: 'Xếp loại năm trước',
    required: false,
    type: 'enum',
    vocabulary: RATINGS,
    hint: 'HTXSNV / HTTNV / HTNV / KHTNV',
    width: 14,
  },
  {
    key: 'ratingYearBefore',
    header: 'Xếp loại hai năm trước',
    required: false,
    type: 'enum',
    vocabulary: RATINGS,
    hint: 'HTXSNV / HTTNV / HTNV / KHTNV',
    width: 14,
  },
];
