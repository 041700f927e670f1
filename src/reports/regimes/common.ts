/**
 * Pieces the shipped regimes share, with their sources. What letter 2174 says is marked confirmed (the
 * scanned letter is in reference/letter-2174-ocr.txt); Nghị định 09/2019's cut-off is secondary and does
 * not bind Party bodies, so it is uncertain here; frequencies, deadlines, forms and names are TCT's
 * configurable defaults and marked 'unsourced' — nothing below claims the Academy prescribed them.
 */
import type { Form, FormColumn, FormRow, Provenance, RegimeVersion, ValidationRule } from '../types.ts';

export const LETTER_2174 = 'Công văn 2174-CV/HVCTQG ngày 31/5/2022 của Học viện Chính trị quốc gia Hồ Chí Minh';
export const LETTER_2174_REPORT_LINE =
  'Dòng cuối: "Đề nghị các trường định kỳ gửi báo cáo kết quả công tác về Ban Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh (qua Vụ Các trường chính trị)"';
export const DECREE_09 =
  'Nghị định 09/2019/NĐ-CP ngày 24/01/2019 quy định về chế độ báo cáo của cơ quan hành chính nhà nước';
export const REGULATION_11 = 'Quy định 11-QĐ/TW ngày 19/5/2021 của Ban Bí thư về trường chính trị chuẩn';
/** The day the letter asking for periodic reports was signed: the shipped regimes start then. */
export const SHIPPED_FROM = '2022-05-31';

export const confirmed = (source: string, note?: string): Provenance => ({
  confidence: 'confirmed',
  source,
  ...(note ? { note } : {}),
});
export const secondary = (source: string, note?: string): Provenance => ({
  confidence: 'secondary',
  source,
  ...(note ? { note } : {}),
});
export const uncertain = (source: string | null, note: string): Provenance => ({
  confidence: 'uncertain',
  source,
  note,
});
export const unsourced = (note: string): Provenance => ({ confidence: 'unsourced', source: null, note });

/** Who receives the schools' reports, as letter 2174 says. */
export const ACADEMY_RECIPIENT: RegimeVersion['recipient'] = {
  name: 'Ban Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh',
  organisationCode: 'HVCTQG',
  via: 'Vụ Các trường chính trị',
};

export const TCT_METHOD: RegimeVersion['method'] = {
  channels: ['tct'],
  note: 'Gửi trên TCT: báo cáo được lãnh đạo trường duyệt, lấy số văn bản đi của trường và đến Học viện như một văn bản điện tử. Phương thức gửi, nhận của các cơ quan Đảng chưa thấy quy định công bố: đây là mặc định của TCT.',
};

export const TCT_PROCEDURE =
  'Cán bộ được giao lập báo cáo trên TCT (số liệu được tính sẵn từ dữ liệu của trường; sửa số liệu phải ghi lý do) → kiểm tra theo quy tắc của biểu mẫu → trình lãnh đạo trường duyệt → gửi Học viện (khóa nội dung, lưu mã băm, cấp số văn bản đi) → Học viện tiếp nhận hoặc trả lại kèm ý kiến → trường lập báo cáo điều chỉnh. Đúng hạn tính theo lần gửi đầu tiên.';

export const COMMON_PROVENANCE: Partial<Record<keyof RegimeVersion['provenance'], Provenance>> = {
  recipient: confirmed(LETTER_2174, LETTER_2174_REPORT_LINE),
  reporters: confirmed(
    LETTER_2174,
    'Kính gửi: các trường chính trị tỉnh, thành phố trực thuộc Trung ương và trường cán bộ của bộ, ngành, đoàn thể Trung ương. Công văn không nói trường nào gửi báo cáo nào: việc giao từng chế độ cho hai nhóm trường là mặc định của TCT.',
  ),
  cutoff: uncertain(
    `${DECREE_09} (theo các văn bản hướng dẫn sao lại quy định của Nghị định)`,
    'Chốt số liệu từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ theo Nghị định 09/2019 [S]. Nghị định áp dụng cho cơ quan hành chính nhà nước; chưa tìm thấy quy định của Đảng về thời gian chốt số liệu: có thể cấu hình.',
  ),
  method: unsourced('Phương thức gửi, nhận trên TCT là mặc định của hệ thống.'),
  procedure: unsourced('Quy trình lập, duyệt, gửi, tiếp nhận là quy trình của TCT.'),
};

export const TRAINING_LEVEL_ROWS: FormRow[] = [
  { code: 'SC', label: 'Sơ cấp lý luận chính trị', kind: 'data', params: { level: 'so_cap' } },
  { code: 'TC', label: 'Trung cấp lý luận chính trị', kind: 'data', params: { level: 'trung_cap' } },
  { code: 'CC', label: 'Cao cấp lý luận chính trị', kind: 'data', params: { level: 'cao_cap' } },
  { code: 'BD', label: 'Bồi dưỡng', kind: 'data', params: { level: 'boi_duong' } },
  { code: 'TONG', label: 'Tổng cộng', kind: 'total' },
];

export const count = (
  code: string,
  label: string,
  unit: string,
  source?: FormColumn['source'],
  note?: string,
): FormColumn => ({
  code,
  label,
  type: 'integer',
  unit,
  min: 0,
  ...(source ? { source } : {}),
  ...(note ? { note } : {}),
});

/** Form B01 of the training reports: classes and learners by programme level. */
export const TRAINING_FORM: Form = {
  code: 'B01',
  title: 'Lớp đào tạo, bồi dưỡng và học viên theo chương trình',
  note: 'Số liệu tính theo khoảng chốt số liệu của kỳ báo cáo. "Học viên tốt nghiệp" do trường nhập (TCT chưa lưu kết quả tốt nghiệp).',
  rows: TRAINING_LEVEL_ROWS,
  columns: [
    count('mo', 'Lớp khai giảng trong kỳ', 'lớp', { key: 'training.classes_opened' }),
    count('be', 'Lớp bế giảng trong kỳ', 'lớp', { key: 'training.classes_closed' }),
    count('dang', 'Lớp đang học cuối kỳ', 'lớp', { key: 'training.classes_ongoing' }),
    count('hv_mo', 'Học viên các lớp khai giảng', 'người', { key: 'training.learners_opened' }),
    count('hv_be', 'Học viên các lớp bế giảng', 'người', { key: 'training.learners_closed' }),
    count('tot_nghiep', 'Học viên tốt nghiệp', 'người', undefined, 'Nhập tay: TCT chưa lưu kết quả tốt nghiệp.'),
    count('hv_dang', 'Học viên đang học cuối kỳ', 'người', { key: 'training.learners_ongoing' }),
  ],
};

/** "Rows sum to the total" for every numeric column of a form whose total row is TONG. */
export const sumRule = (form: string, code: string): ValidationRule => ({
  code,
  left: `#{${form}.TONG.*}`,
  operator: '==',
  right: `SUM(#{${form}.*.*})`,
  importance: 'error',
  message: `Dòng tổng cộng của biểu ${form} phải bằng tổng các dòng`,
  missingValueStrategy: 'never_skip',
});

export const TRAINING_RULES: ValidationRule[] = [
  sumRule('B01', 'B01_TONG'),
  {
    code: 'B01_TOT_NGHIEP',
    left: '#{B01.*.tot_nghiep}',
    operator: '<=',
    right: '#{B01.*.hv_be}',
    importance: 'error',
    message: 'Số học viên tốt nghiệp không được vượt số học viên của các lớp bế giảng',
  },
  {
    code: 'B01_LOP_TRONG',
    left: '#{B01.*.hv_mo}',
    operator: '>=',
    right: '#{B01.*.mo}',
    importance: 'warning',
    message: 'Có lớp khai giảng chưa có học viên trong TCT',
  },
];

/** The usual outline of a Vietnamese periodic report [?] (standard-reports-contests.md §2: structure seen in practice, the decree's annex not read). */
export function reviewOutline(periodWord: string, nextPeriod: string): RegimeVersion['outline'] {
  return [
    {
      code: 'I',
      title: `Kết quả thực hiện nhiệm vụ ${periodWord}`,
      level: 1,
      required: true,
      guidance:
        'Đào tạo, bồi dưỡng (lớp mở, bế giảng, thi tốt nghiệp, tuyển sinh); nâng cao chất lượng giảng dạy (thao giảng, dự giờ, nghiên cứu thực tế); nghiên cứu khoa học (đề tài, hội thảo, ấn phẩm); xây dựng trường chính trị chuẩn; thực hiện chỉ đạo của Học viện.',
    },
    {
      code: 'II',
      title: 'Đánh giá chung',
      level: 1,
      required: true,
      guidance: 'Ưu điểm; hạn chế; nguyên nhân của hạn chế.',
    },
    { code: 'III', title: `Phương hướng, nhiệm vụ ${nextPeriod}`, level: 1, required: true },
    { code: 'IV', title: 'Kiến nghị, đề xuất', level: 1, required: false },
  ];
}

export const OUTLINE_PROVENANCE = uncertain(
  'Cấu trúc thường gặp của báo cáo định kỳ (standard-reports-contests.md §2)',
  'Phụ lục đề cương, biểu mẫu của Nghị định 09/2019 và mẫu báo cáo của Học viện chưa đọc được; đề cương và biểu mẫu là mặc định của TCT, theo các nội dung các trường thường báo cáo (bản tin "Thông tin công tác từ các trường chính trị" trên hcma.vn).',
);
