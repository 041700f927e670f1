/**
 * Standard-school progress report (Quy định 11-QĐ/TW). The six criteria and "55 indicators at mức 1" are
 * confirmed; the indicator list and thresholds were not found, so the form counts statuses per criterion
 * from the school's latest assessment and never judges a value against a threshold.
 */
import type { RegimeVersion } from '../types.ts';
import {
  ACADEMY_RECIPIENT,
  COMMON_PROVENANCE,
  confirmed,
  count,
  LETTER_2174,
  OUTLINE_PROVENANCE,
  REGULATION_11,
  SHIPPED_FROM,
  secondary,
  sumRule,
  TCT_METHOD,
  TCT_PROCEDURE,
  unsourced,
} from './common.ts';

const CRITERIA = [
  'Thể chế, quy định',
  'Đội ngũ cán bộ, viên chức',
  'Đào tạo, bồi dưỡng',
  'Nghiên cứu khoa học, tổng kết thực tiễn',
  'Văn hóa trường đảng, kỷ luật, kỷ cương',
  'Cơ sở vật chất, phương tiện kỹ thuật, tài chính',
];

const status = (status: string) => ({ key: 'standard.indicators', params: { status } });

export const STANDARD_SCHOOL_PROGRESS: RegimeVersion = {
  code: 'BC_TRUONG_CHUAN',
  version: 1,
  effectiveFrom: SHIPPED_FROM,
  effectiveTo: null,
  name: 'Báo cáo tiến độ xây dựng trường chính trị chuẩn',
  kind: 'periodic',
  content:
    'Tình hình triển khai đề án xây dựng trường chính trị chuẩn; kết quả tự đánh giá theo 6 tiêu chí của Quy định 11-QĐ/TW (số chỉ tiêu đạt, vượt chuẩn, chưa đạt, xin ý kiến); chỉ tiêu chưa đạt và giải pháp; kiến nghị.',
  reporters: { kinds: ['provincial_school'], organisationCodes: [] },
  recipient: ACADEMY_RECIPIENT,
  method: TCT_METHOD,
  frequency: { kind: 'half_year' },
  cutoff: { startDay: 15, startMonthOffset: -1 },
  deadline: { kind: 'after_cutoff', days: 6, dayKind: 'calendar' },
  outline: [
    {
      code: '1',
      title: 'Tình hình triển khai đề án xây dựng trường chính trị chuẩn',
      level: 1,
      required: true,
      guidance: 'Quyết định phê duyệt đề án (số, ngày), ban chỉ đạo, lộ trình, mức và năm đăng ký đạt chuẩn.',
    },
    {
      code: '2',
      title: 'Kết quả theo từng tiêu chí',
      level: 1,
      required: true,
      guidance: 'Chỉ tiêu chưa đạt, lý do và giải pháp.',
    },
    { code: '3', title: 'Khó khăn, vướng mắc và kiến nghị', level: 1, required: false },
  ],
  forms: [
    {
      code: 'B01',
      title: 'Kết quả tự đánh giá theo tiêu chí (lần đánh giá gần nhất)',
      note: 'Số chỉ tiêu theo lần tự đánh giá gần nhất trên TCT đến ngày chốt số liệu. "Đạt" gồm cả chỉ tiêu vượt chuẩn.',
      rows: [
        ...CRITERIA.map((label, i) => ({
          code: `TC${i + 1}`,
          label: `Tiêu chí ${i + 1}: ${label}`,
          kind: 'data' as const,
          params: { criterion: String(i + 1) },
        })),
        { code: 'TONG', label: 'Tổng cộng', kind: 'total' as const },
      ],
      columns: [
        count('danh_gia', 'Chỉ tiêu đã đánh giá', 'chỉ tiêu', status('assessed')),
        count('dat', 'Đạt (kể cả vượt chuẩn)', 'chỉ tiêu', status('met')),
        count('vuot', 'Trong đó vượt chuẩn', 'chỉ tiêu', status('exceeded')),
        count('chua_dat', 'Chưa đạt', 'chỉ tiêu', status('not_met')),
        count('xin_y_kien', 'Xin ý kiến', 'chỉ tiêu', status('referred')),
      ],
    },
  ],
  rules: [
    sumRule('B01', 'B01_TONG'),
    {
      code: 'B01_PHAN_LOAI',
      left: '#{B01.*.dat} + #{B01.*.chua_dat} + #{B01.*.xin_y_kien}',
      operator: '==',
      right: '#{B01.*.danh_gia}',
      importance: 'error',
      message: 'Mỗi chỉ tiêu đã đánh giá phải là đạt, chưa đạt hoặc xin ý kiến',
      missingValueStrategy: 'never_skip',
    },
    {
      code: 'B01_VUOT',
      left: '#{B01.*.vuot}',
      operator: '<=',
      right: '#{B01.*.dat}',
      importance: 'error',
      message: 'Số chỉ tiêu vượt chuẩn không được vượt số chỉ tiêu đạt',
      missingValueStrategy: 'never_skip',
    },
    {
      code: 'B01_55',
      left: '#{B01.TONG.danh_gia}',
      operator: '<=',
      right: '55',
      importance: 'warning',
      message: 'Quy định 11-QĐ/TW có 55 chỉ tiêu ở mức 1',
      source: `${REGULATION_11} (55 chỉ tiêu ở mức 1 theo các bài giới thiệu Quy định [C]; danh mục chỉ tiêu chưa tìm thấy)`,
    },
  ],
  procedure: TCT_PROCEDURE,
  basis: [
    { document: REGULATION_11, article: 'Chương II–III: 6 tiêu chí, 55 chỉ tiêu ở mức 1' },
    {
      document: LETTER_2174,
      article: 'Yêu cầu 1: phê duyệt Đề án xây dựng trường chính trị chuẩn, hoàn thành trong năm 2022',
    },
  ],
  provenance: {
    ...COMMON_PROVENANCE,
    reporters: confirmed(REGULATION_11, 'Quy định áp dụng cho trường chính trị tỉnh, thành phố trực thuộc Trung ương.'),
    name: unsourced('Tên do TCT đặt.'),
    content: secondary(
      'Các báo cáo tiến độ các trường công bố, ví dụ Phú Thọ "46/55 đạt", "47/55 đến 12/3/2024" (standard-reports-contests.md §1.3, §4)',
      'Học viện chưa ban hành mẫu báo cáo tiến độ (chưa tìm thấy); danh mục 55 chỉ tiêu và ngưỡng chưa tìm thấy nên biểu chỉ đếm kết quả đánh giá, không tự so với ngưỡng.',
    ),
    frequency: unsourced('Không có quy định về tần suất báo cáo tiến độ: 6 tháng một lần là mặc định của TCT.'),
    deadline: unsourced('Không có quy định: mặc định 6 ngày sau ngày chốt số liệu, có thể cấu hình.'),
    template: OUTLINE_PROVENANCE,
  },
};
