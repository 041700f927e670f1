/**
 * The six-month (sơ kết) and year-end (tổng kết) reports: TCT defaults built on letter 2174's request
 * for periodic reports. Outline after the usual structure of Vietnamese periodic reports [?].
 */
import type { RegimeVersion } from '../types.ts';
import {
  ACADEMY_RECIPIENT,
  COMMON_PROVENANCE,
  LETTER_2174,
  LETTER_2174_REPORT_LINE,
  OUTLINE_PROVENANCE,
  reviewOutline,
  SHIPPED_FROM,
  secondary,
  sumRule,
  TCT_METHOD,
  TCT_PROCEDURE,
  TRAINING_FORM,
  TRAINING_RULES,
  unsourced,
} from './common.ts';
import {
  CONTEST_FORM,
  CONTEST_RULES,
  OBLIGATION_RULES,
  OBLIGATIONS_FORM,
  RESEARCH_FORM,
  STAFF_FORM,
  STAFF_RULES,
} from './review-forms.ts';

const CONTENT_SOURCE = secondary(
  'Bản tin "Thông tin công tác từ các trường chính trị" trên hcma.vn; số liệu cuối năm các trường công bố (standard-reports-contests.md §4)',
  'Các mục thường gặp: đào tạo, bồi dưỡng; chất lượng giảng dạy; nghiên cứu khoa học; đội ngũ; trường chuẩn. Học viện chưa ban hành mẫu báo cáo 6 tháng, cuối năm cho các trường (chưa tìm thấy).',
);

export const HALF_YEAR_REVIEW: RegimeVersion = {
  code: 'BC_SO_KET_6T',
  version: 1,
  effectiveFrom: SHIPPED_FROM,
  effectiveTo: null,
  name: 'Báo cáo sơ kết công tác 6 tháng đầu năm',
  kind: 'periodic',
  content:
    'Kết quả thực hiện nhiệm vụ 6 tháng đầu năm: đào tạo, bồi dưỡng; nâng cao chất lượng giảng dạy; nghiên cứu khoa học; đội ngũ cán bộ, giảng viên; thực hiện các văn bản chỉ đạo của Học viện; đánh giá; phương hướng 6 tháng cuối năm; kiến nghị.',
  reporters: { kinds: ['provincial_school', 'sector_school'], organisationCodes: [] },
  recipient: ACADEMY_RECIPIENT,
  method: TCT_METHOD,
  frequency: { kind: 'half_year', only: [1] },
  cutoff: { startDay: 15, startMonthOffset: -1 },
  deadline: { kind: 'after_cutoff', days: 6, dayKind: 'calendar' },
  outline: reviewOutline('6 tháng đầu năm', '6 tháng cuối năm'),
  forms: [TRAINING_FORM, STAFF_FORM, OBLIGATIONS_FORM, RESEARCH_FORM],
  rules: [...TRAINING_RULES, ...STAFF_RULES, ...OBLIGATION_RULES, sumRule('B05', 'B05_TONG')],
  procedure: TCT_PROCEDURE,
  basis: [{ document: LETTER_2174, article: LETTER_2174_REPORT_LINE }],
  provenance: {
    ...COMMON_PROVENANCE,
    name: unsourced('Tên do TCT đặt theo cách gọi thông thường ("sơ kết 6 tháng").'),
    content: CONTENT_SOURCE,
    frequency: unsourced('Công văn 2174 không nói tần suất: báo cáo 6 tháng đầu năm là mặc định của TCT.'),
    deadline: unsourced('Không có quy định: mặc định ngày 20/6 (6 ngày sau ngày chốt 14/6), có thể cấu hình.'),
    template: OUTLINE_PROVENANCE,
  },
};

export const YEAR_END_REVIEW: RegimeVersion = {
  code: 'BC_TONG_KET_NAM',
  version: 1,
  effectiveFrom: SHIPPED_FROM,
  effectiveTo: null,
  name: 'Báo cáo tổng kết công tác năm',
  kind: 'periodic',
  content:
    'Kết quả thực hiện nhiệm vụ trong năm: đào tạo, bồi dưỡng; nâng cao chất lượng giảng dạy; nghiên cứu khoa học; đội ngũ cán bộ, giảng viên; thực hiện các văn bản chỉ đạo của Học viện; cuộc thi chính luận và Diễn đàn địa phương; đánh giá; phương hướng năm tới; kiến nghị.',
  reporters: { kinds: ['provincial_school', 'sector_school'], organisationCodes: [] },
  recipient: ACADEMY_RECIPIENT,
  method: TCT_METHOD,
  frequency: { kind: 'year' },
  cutoff: { startDay: 15, startMonthOffset: -1 },
  deadline: { kind: 'after_cutoff', days: 6, dayKind: 'calendar' },
  outline: reviewOutline('năm', 'năm tới'),
  forms: [TRAINING_FORM, STAFF_FORM, OBLIGATIONS_FORM, RESEARCH_FORM, CONTEST_FORM],
  rules: [...TRAINING_RULES, ...STAFF_RULES, ...OBLIGATION_RULES, sumRule('B05', 'B05_TONG'), ...CONTEST_RULES],
  procedure: TCT_PROCEDURE,
  basis: [{ document: LETTER_2174, article: LETTER_2174_REPORT_LINE }],
  provenance: {
    ...COMMON_PROVENANCE,
    name: unsourced('Tên do TCT đặt theo cách gọi thông thường ("tổng kết năm").'),
    content: CONTENT_SOURCE,
    frequency: unsourced(
      'Công văn 2174 không nói tần suất: báo cáo năm là mặc định của TCT. Chưa rõ Học viện tổng kết theo năm dương lịch hay năm học (có hội nghị tổng kết năm học toàn hệ thống [C]); có thể đổi sang tần suất "năm học".',
    ),
    deadline: unsourced('Không có quy định: mặc định ngày 20/12 (6 ngày sau ngày chốt 14/12), có thể cấu hình.'),
    template: OUTLINE_PROVENANCE,
  },
};
