/**
 * Ad hoc report on letter 2174-CV/HVCTQG's requirements. The letter's requirements and addressees are
 * confirmed; it sets no date for this report, so the window (from the letter's date to the 2022 year-end
 * cut-off) and the deadline are TCT defaults the Academy adjusts before asking for it.
 */
import type { RegimeVersion } from '../types.ts';
import {
  ACADEMY_RECIPIENT,
  COMMON_PROVENANCE,
  confirmed,
  count,
  LETTER_2174,
  LETTER_2174_REPORT_LINE,
  SHIPPED_FROM,
  sumRule,
  TCT_METHOD,
  TCT_PROCEDURE,
  TRAINING_LEVEL_ROWS,
  uncertain,
  unsourced,
} from './common.ts';

const DIRECTIVE = '2174-CV/HVCTQG';
const online = (key: string) => ({ key, params: { delivery: 'truc_tuyen' } });

export const LETTER_2174_REPORT: RegimeVersion = {
  code: 'BC_CV2174',
  version: 1,
  effectiveFrom: SHIPPED_FROM,
  effectiveTo: null,
  name: 'Báo cáo kết quả thực hiện Công văn 2174-CV/HVCTQG về yêu cầu, nhiệm vụ công tác trường chính trị',
  kind: 'ad_hoc',
  content:
    'Kết quả thực hiện 4 yêu cầu của Công văn 2174-CV/HVCTQG: (1) phê duyệt Đề án xây dựng trường chính trị chuẩn trong năm 2022 (trường chính trị tỉnh, thành phố); (2) thực hiện Quy định 57-QĐ/TW và quy chế đào tạo, bồi dưỡng của Học viện, nhất là độ tuổi học không tập trung và quy mô lớp; (3) dừng đào tạo, bồi dưỡng trực tuyến (trường chính trị); dừng đào tạo trung cấp lý luận chính trị trực tuyến (trường bộ, ngành); (4) tham gia Cuộc thi viết theo Kế hoạch 762-KH/HVCTQG và viết bài cho chuyên mục Diễn đàn địa phương.',
  reporters: { kinds: ['provincial_school', 'sector_school'], organisationCodes: [] },
  recipient: ACADEMY_RECIPIENT,
  method: TCT_METHOD,
  frequency: {
    kind: 'ad_hoc',
    periods: [
      {
        code: '2022-CV2174',
        label: 'Thực hiện Công văn 2174-CV/HVCTQG năm 2022',
        cutoffFrom: '2022-05-31',
        cutoffTo: '2022-12-14',
        deadline: '2022-12-20',
      },
    ],
  },
  outline: [
    {
      code: '1',
      title: 'Đề án xây dựng trường chính trị chuẩn',
      level: 1,
      required: false,
      guidance:
        'Trường chính trị tỉnh, thành phố: quyết định phê duyệt của ban thường vụ (số, ngày), năm đăng ký đạt chuẩn.',
    },
    {
      code: '2',
      title: 'Thực hiện Quy định 57-QĐ/TW và quy chế quản lý đào tạo, bồi dưỡng',
      level: 1,
      required: true,
      guidance: 'Nhất là độ tuổi học không tập trung và quy mô lớp.',
    },
    { code: '3', title: 'Dừng đào tạo, bồi dưỡng trực tuyến', level: 1, required: true },
    { code: '4', title: 'Cuộc thi viết chính luận và chuyên mục Diễn đàn địa phương', level: 1, required: true },
    { code: '5', title: 'Kiến nghị, đề xuất', level: 1, required: false },
  ],
  forms: [
    {
      code: 'B01',
      title: 'Tình hình thực hiện các yêu cầu của Công văn 2174-CV/HVCTQG',
      rows: [
        {
          code: 'Y1',
          label: 'Yêu cầu 1: phê duyệt Đề án xây dựng trường chính trị chuẩn',
          kind: 'data',
          params: { requirement: '1' },
          appliesTo: ['provincial_school'],
        },
        {
          code: 'Y2',
          label: 'Yêu cầu 2: thực hiện Quy định 57-QĐ/TW và quy chế đào tạo',
          kind: 'data',
          params: { requirement: '2' },
        },
        {
          code: 'Y3',
          label: 'Yêu cầu 3: dừng đào tạo, bồi dưỡng trực tuyến',
          kind: 'data',
          params: { requirement: '3' },
        },
        {
          code: 'Y4',
          label: 'Yêu cầu 4: cuộc thi viết và Diễn đàn địa phương',
          kind: 'data',
          params: { requirement: '4' },
        },
      ],
      columns: [
        {
          code: 'trang_thai',
          label: 'Tình trạng',
          type: 'choice',
          unit: null,
          options: [
            { code: 'not_started', label: 'Chưa thực hiện' },
            { code: 'in_progress', label: 'Đang thực hiện' },
            { code: 'done', label: 'Đã hoàn thành' },
          ],
          source: { key: 'directives.obligation_status', params: { directive: DIRECTIVE } },
        },
        { code: 'ket_qua', label: 'Kết quả cụ thể', type: 'text', unit: null },
      ],
    },
    {
      code: 'B02',
      title: 'Lớp đào tạo, bồi dưỡng trực tuyến trong kỳ (yêu cầu 3)',
      note: 'Trường bộ, ngành chỉ phải dừng đào tạo trung cấp lý luận chính trị trực tuyến.',
      rows: TRAINING_LEVEL_ROWS,
      columns: [
        count('mo', 'Lớp trực tuyến khai giảng', 'lớp', online('training.classes_opened')),
        count('hv_mo', 'Học viên các lớp đó', 'người', online('training.learners_opened')),
        count('dang', 'Lớp trực tuyến đang học cuối kỳ', 'lớp', online('training.classes_ongoing')),
      ],
    },
    {
      code: 'B03',
      title: 'Kết quả kiểm tra tuân thủ các lớp khai giảng trong kỳ (yêu cầu 2)',
      note: 'Phát hiện của TCT theo quy tắc; phát hiện đã được chấp thuận bằng quyết định không tính.',
      rows: [
        {
          code: 'TUOI',
          label: 'Độ tuổi học trung cấp không tập trung (L-TC-03)',
          kind: 'data',
          params: { rule: 'L-TC-03' },
        },
        { code: 'QUY_MO', label: 'Quy mô lớp (C-04)', kind: 'data', params: { rule: 'C-04' } },
        { code: 'TRUC_TUYEN', label: 'Đào tạo trực tuyến (C-03)', kind: 'data', params: { rule: 'C-03' } },
        { code: 'TONG', label: 'Tất cả quy tắc', kind: 'total' },
      ],
      columns: [
        count('lop', 'Lớp có phát hiện', 'lớp', { key: 'compliance.classes_with_findings' }),
        count('phat_hien', 'Số phát hiện', 'phát hiện', { key: 'compliance.findings' }),
      ],
    },
    {
      code: 'B04',
      title: 'Cuộc thi viết và Diễn đàn địa phương trong kỳ (yêu cầu 4)',
      rows: [
        {
          code: 'DU_THI',
          label: 'Bài dự thi theo Kế hoạch 762-KH/HVCTQG',
          kind: 'data',
          source: { key: 'contest.entries', params: { edition: '762-KH/HVCTQG' } },
        },
        {
          code: 'DD_GUI',
          label: 'Bài gửi Diễn đàn địa phương',
          kind: 'data',
          source: { key: 'forum.articles', params: { event: 'sent' } },
        },
        {
          code: 'DD_DANG',
          label: 'Bài được đăng',
          kind: 'data',
          source: { key: 'forum.articles', params: { event: 'published' } },
        },
      ],
      columns: [count('so', 'Số bài', 'bài')],
    },
  ],
  rules: [
    sumRule('B02', 'B02_TONG'),
    {
      code: 'B03_TRONG_TONG',
      left: '#{B03.*.phat_hien}',
      operator: '<=',
      right: '#{B03.TONG.phat_hien}',
      importance: 'error',
      message: 'Số phát hiện của một quy tắc không được vượt tổng số phát hiện',
      missingValueStrategy: 'never_skip',
    },
    {
      code: 'B03_LOP',
      left: '#{B03.*.lop}',
      operator: '<=',
      right: '#{B03.*.phat_hien}',
      importance: 'error',
      message: 'Số lớp có phát hiện không được vượt số phát hiện',
      missingValueStrategy: 'never_skip',
    },
    {
      code: 'B01_KET_QUA',
      left: '#{B01.*.trang_thai}',
      operator: 'compulsory_pair',
      right: '#{B01.*.ket_qua}',
      importance: 'warning',
      message: 'Đã chọn tình trạng thì nên ghi kết quả cụ thể (và ngược lại)',
    },
  ],
  procedure: TCT_PROCEDURE,
  basis: [{ document: LETTER_2174, article: `Các yêu cầu 1–4 và ${LETTER_2174_REPORT_LINE}` }],
  provenance: {
    ...COMMON_PROVENANCE,
    name: unsourced('Tên do TCT đặt.'),
    content: confirmed(LETTER_2174, 'Bốn yêu cầu và đối tượng của từng yêu cầu theo văn bản.'),
    frequency: confirmed(LETTER_2174, 'Báo cáo một lần về các yêu cầu của văn bản (đột xuất).'),
    cutoff: unsourced(
      'Văn bản không nói thời gian chốt số liệu: mặc định từ ngày ký (31/5/2022) đến ngày chốt số liệu năm (14/12/2022).',
    ),
    deadline: unsourced(
      'Văn bản không nói hạn gửi báo cáo này: mặc định 20/12/2022; Học viện đặt lại khi yêu cầu báo cáo.',
    ),
    template: uncertain(null, 'Đề cương theo các yêu cầu của văn bản; biểu mẫu là mặc định của TCT.'),
  },
};
