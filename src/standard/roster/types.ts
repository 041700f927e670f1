/**
 * A school's staff roster (danh sách cán bộ, viên chức): what the staff indicators of criterion 2 are
 * computed from. Degree and political-theory level reuse the training vocabularies so one person reads
 * the same in both places.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { Vocabulary } from '../../compliance/vocabulary.ts';

export type StaffKind = 'giang_vien' | 'khac';
export type ProfessionalGrade =
  | 'giang_vien_cao_cap'
  | 'giang_vien_chinh'
  | 'giang_vien'
  | 'chuyen_vien_cao_cap'
  | 'chuyen_vien_chinh'
  | 'chuyen_vien'
  | 'can_su'
  | 'nhan_vien'
  | 'khac';
export type AcademicTitle = 'gs' | 'pgs';
export type Employment = 'bien_che' | 'hop_dong';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const STAFF_KINDS = ['giang_vien', 'khac'] as const;
export const GRADES = [
  'giang_vien_cao_cap',
  'giang_vien_chinh',
  'giang_vien',
  'chuyen_vien_cao_cap',
  'chuyen_vien_chinh',
  'chuyen_vien',
  'can_su',
  'nhan_vien',
  'khac',
] as const;

export const StaffMemberSchema = Type.Object({
  fullName: Type.String({ minLength: 1 }),
  /** Optional personnel code; two people with the same name and birth year need one to be told apart. */
  staffCode: Type.Union([Type.String(), Type.Null()]),
  birthYear: Type.Integer({ minimum: 1900, maximum: 2100 }),
  gender: literals(['nam', 'nu'] as const),
  kind: literals(STAFF_KINDS),
  position: Type.Union([Type.String(), Type.Null()]),
  unit: Type.Union([Type.String(), Type.Null()]),
  education: literals(['tieu_hoc', 'thcs', 'thpt', 'trung_cap', 'cao_dang', 'dai_hoc', 'thac_si', 'tien_si'] as const),
  academicTitle: Type.Union([literals(['gs', 'pgs'] as const), Type.Null()]),
  theoryLevel: literals(['chua_co', 'so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'] as const),
  grade: Type.Union([literals(GRADES), Type.Null()]),
  classicsCertificate: Type.Boolean(),
  employment: literals(['bien_che', 'hop_dong'] as const),
});
export type StaffMember = Static<typeof StaffMemberSchema>;

export const STAFF_KIND_VOCABULARY: Vocabulary<StaffKind> = {
  // No comma in labels: the template's drop-down list is comma-separated.
  labels: { giang_vien: 'Giảng viên', khac: 'Không phải giảng viên' },
  aliases: {
    giang_vien: ['GV', 'Giảng viên kiêm nhiệm', 'Giảng dạy'],
    khac: ['Cán bộ, viên chức khác', 'Viên chức khác', 'Khác', 'Chuyên viên', 'Nhân viên', 'Hành chính', 'Phục vụ'],
  },
};

export const GRADE_VOCABULARY: Vocabulary<ProfessionalGrade> = {
  labels: {
    giang_vien_cao_cap: 'Giảng viên cao cấp',
    giang_vien_chinh: 'Giảng viên chính',
    giang_vien: 'Giảng viên',
    chuyen_vien_cao_cap: 'Chuyên viên cao cấp',
    chuyen_vien_chinh: 'Chuyên viên chính',
    chuyen_vien: 'Chuyên viên',
    can_su: 'Cán sự',
    nhan_vien: 'Nhân viên',
    khac: 'Khác',
  },
  aliases: {
    giang_vien_cao_cap: ['GVCC', 'Giảng viên cao cấp (hạng I)', 'Giảng viên hạng I'],
    giang_vien_chinh: ['GVC', 'Giảng viên chính (hạng II)', 'Giảng viên hạng II'],
    giang_vien: ['GV', 'Giảng viên (hạng III)', 'Giảng viên hạng III'],
    chuyen_vien_cao_cap: ['CVCC'],
    chuyen_vien_chinh: ['CVC'],
    chuyen_vien: ['CV'],
  },
};

/** Grades at or above giảng viên chính, for indicator "giảng viên chính trở lên". */
export const PRINCIPAL_OR_ABOVE: readonly ProfessionalGrade[] = ['giang_vien_chinh', 'giang_vien_cao_cap'];

export const ACADEMIC_TITLE_VOCABULARY: Vocabulary<AcademicTitle> = {
  labels: { gs: 'Giáo sư', pgs: 'Phó Giáo sư' },
  aliases: { gs: ['GS'], pgs: ['PGS', 'Phó GS'] },
};

export const EMPLOYMENT_VOCABULARY: Vocabulary<Employment> = {
  labels: { bien_che: 'Biên chế', hop_dong: 'Hợp đồng' },
  aliases: { bien_che: ['Trong biên chế', 'Viên chức'], hop_dong: ['Hợp đồng lao động', 'HĐLĐ', 'HĐ'] },
};
