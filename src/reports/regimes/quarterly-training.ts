/**
 * Quarterly training report (default of TCT). Letter 2174 asks for periodic reports without saying how
 * often or what they hold; quarterly, the forms and the deadline below are configurable defaults.
 */
import type { Form, RegimeVersion } from '../types.ts';
import {
  ACADEMY_RECIPIENT,
  COMMON_PROVENANCE,
  count,
  LETTER_2174,
  LETTER_2174_REPORT_LINE,
  OUTLINE_PROVENANCE,
  SHIPPED_FROM,
  secondary,
  sumRule,
  TCT_METHOD,
  TCT_PROCEDURE,
  TRAINING_FORM,
  TRAINING_RULES,
  unsourced,
} from './common.ts';

const MODE_DELIVERY_FORM: Form = {
  code: 'B02',
  title: 'Lớp đang học và học viên theo hình thức, phương thức đào tạo',
  note: 'Theo dõi việc dừng đào tạo, bồi dưỡng trực tuyến (Công văn 2174-CV/HVCTQG, yêu cầu 3).',
  rows: [
    {
      code: 'TT_TRUCTIEP',
      label: 'Tập trung – trực tiếp',
      kind: 'data',
      params: { mode: 'tap_trung', delivery: 'truc_tiep' },
    },
    {
      code: 'TT_TRUCTUYEN',
      label: 'Tập trung – trực tuyến',
      kind: 'data',
      params: { mode: 'tap_trung', delivery: 'truc_tuyen' },
    },
    {
      code: 'TT_KETHOP',
      label: 'Tập trung – kết hợp',
      kind: 'data',
      params: { mode: 'tap_trung', delivery: 'ket_hop' },
    },
    {
      code: 'KTT_TRUCTIEP',
      label: 'Không tập trung – trực tiếp',
      kind: 'data',
      params: { mode: 'khong_tap_trung', delivery: 'truc_tiep' },
    },
    {
      code: 'KTT_TRUCTUYEN',
      label: 'Không tập trung – trực tuyến',
      kind: 'data',
      params: { mode: 'khong_tap_trung', delivery: 'truc_tuyen' },
    },
    {
      code: 'KTT_KETHOP',
      label: 'Không tập trung – kết hợp',
      kind: 'data',
      params: { mode: 'khong_tap_trung', delivery: 'ket_hop' },
    },
    { code: 'TONG', label: 'Tổng cộng', kind: 'total' },
  ],
  columns: [
    count('dang', 'Lớp đang học cuối kỳ', 'lớp', { key: 'training.classes_ongoing' }),
    count('hv_dang', 'Học viên đang học cuối kỳ', 'người', { key: 'training.learners_ongoing' }),
  ],
};

export const QUARTERLY_TRAINING: RegimeVersion = {
  code: 'BC_DTBD_QUY',
  version: 1,
  effectiveFrom: SHIPPED_FROM,
  effectiveTo: null,
  name: 'Báo cáo tình hình đào tạo, bồi dưỡng hằng quý',
  kind: 'periodic',
  content:
    'Số lớp khai giảng, bế giảng, đang học và số học viên theo chương trình (sơ cấp, trung cấp, cao cấp lý luận chính trị, bồi dưỡng), theo hình thức (tập trung, không tập trung) và phương thức (trực tiếp, trực tuyến, kết hợp); kết quả tốt nghiệp; hoạt động nâng cao chất lượng giảng dạy; khó khăn, kiến nghị.',
  reporters: { kinds: ['provincial_school', 'sector_school'], organisationCodes: [] },
  recipient: ACADEMY_RECIPIENT,
  method: TCT_METHOD,
  frequency: { kind: 'quarter' },
  cutoff: { startDay: 15, startMonthOffset: -1 },
  deadline: { kind: 'after_cutoff', days: 6, dayKind: 'calendar' },
  outline: [
    {
      code: '1',
      title: 'Kết quả công tác đào tạo, bồi dưỡng trong quý',
      level: 1,
      required: true,
      guidance: 'Lớp mở, bế giảng; thi, kiểm tra tốt nghiệp; hội đồng tuyển sinh các lớp không tập trung.',
    },
    {
      code: '2',
      title: 'Nâng cao chất lượng giảng dạy',
      level: 1,
      required: false,
      guidance: 'Thao giảng, dự giờ, giảng viên dạy giỏi, nghiên cứu thực tế.',
    },
    { code: '3', title: 'Khó khăn, vướng mắc và kiến nghị', level: 1, required: false },
  ],
  forms: [TRAINING_FORM, MODE_DELIVERY_FORM],
  rules: [
    ...TRAINING_RULES,
    sumRule('B02', 'B02_TONG'),
    {
      code: 'B02_KHOP_B01',
      left: '#{B02.TONG.dang}',
      operator: '==',
      right: '#{B01.TONG.dang}',
      importance: 'error',
      message: 'Tổng số lớp đang học ở biểu B02 phải bằng biểu B01',
      missingValueStrategy: 'never_skip',
    },
    {
      code: 'B02_KHOP_B01_HV',
      left: '#{B02.TONG.hv_dang}',
      operator: '==',
      right: '#{B01.TONG.hv_dang}',
      importance: 'error',
      message: 'Tổng số học viên đang học ở biểu B02 phải bằng biểu B01',
      missingValueStrategy: 'never_skip',
    },
  ],
  procedure: TCT_PROCEDURE,
  basis: [{ document: LETTER_2174, article: LETTER_2174_REPORT_LINE }],
  provenance: {
    ...COMMON_PROVENANCE,
    name: unsourced('Tên do TCT đặt.'),
    content: secondary(
      'Bản tin "Thông tin công tác từ các trường chính trị" trên hcma.vn (11/2016; 3–4/2017)',
      'Nội dung theo các mục các trường thường báo cáo về đào tạo; Học viện chưa ban hành mẫu báo cáo quý (chưa tìm thấy).',
    ),
    frequency: unsourced(
      'Công văn 2174 chỉ yêu cầu "định kỳ" gửi báo cáo, không nói tần suất: hằng quý là mặc định của TCT.',
    ),
    deadline: unsourced(
      'Không có quy định: mặc định 6 ngày sau ngày chốt số liệu (ngày 20 tháng cuối quý), có thể cấu hình. (Quy định "ngày 20 tháng cuối kỳ" của các bộ, tỉnh gửi Chính phủ chưa xác minh [?] và không áp dụng cho các trường.)',
    ),
    template: OUTLINE_PROVENANCE,
  },
};
