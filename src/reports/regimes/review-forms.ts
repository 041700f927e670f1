/**
 * Forms of the six-month and year-end reports beyond training: staff by degree, directive obligations,
 * research topics, the writing contest and "Diễn đàn địa phương". Fields follow what schools publish
 * (standard-reports-contests.md §4); the forms themselves are TCT's defaults.
 */
import type { Form, ValidationRule } from '../types.ts';
import { count, sumRule } from './common.ts';

export const STAFF_FORM: Form = {
  code: 'B03',
  title: 'Cán bộ, giảng viên theo trình độ chuyên môn',
  note: 'Người trong danh sách cán bộ của trường đang công tác vào ngày cuối của khoảng chốt số liệu.',
  rows: [
    { code: 'TS', label: 'Tiến sĩ', kind: 'data', params: { degree: 'tien_si' } },
    { code: 'THS', label: 'Thạc sĩ', kind: 'data', params: { degree: 'thac_si' } },
    { code: 'DH', label: 'Đại học', kind: 'data', params: { degree: 'dai_hoc' } },
    { code: 'KHAC', label: 'Trình độ khác', kind: 'data', params: { degree: 'other' } },
    { code: 'TONG', label: 'Tổng cộng', kind: 'total' },
  ],
  columns: [
    count('gv', 'Giảng viên', 'người', { key: 'staff.members', params: { role: 'lecturer' } }),
    count('cb', 'Cán bộ, viên chức khác', 'người', { key: 'staff.members', params: { role: 'staff' } }),
    count('tong', 'Tổng số', 'người', { key: 'staff.members' }),
  ],
};

export const STAFF_RULES: ValidationRule[] = [
  sumRule('B03', 'B03_TONG'),
  {
    code: 'B03_GV_CB',
    left: '#{B03.*.gv} + #{B03.*.cb}',
    operator: '==',
    right: '#{B03.*.tong}',
    importance: 'error',
    message: 'Giảng viên cộng cán bộ khác phải bằng tổng số',
    missingValueStrategy: 'never_skip',
  },
];

/** Obligations of every Academy directive the school received, by status on the cut-off's last day. */
export const OBLIGATIONS_FORM: Form = {
  code: 'B04',
  title: 'Thực hiện nhiệm vụ theo văn bản chỉ đạo của Học viện',
  rows: [
    { code: 'CHUA', label: 'Chưa thực hiện', kind: 'data', params: { status: 'not_started' } },
    { code: 'DANG', label: 'Đang thực hiện', kind: 'data', params: { status: 'in_progress' } },
    { code: 'XONG', label: 'Đã hoàn thành', kind: 'data', params: { status: 'done' } },
    { code: 'QUA_HAN', label: 'Trong đó: quá hạn chưa hoàn thành', kind: 'data', params: { status: 'overdue' } },
    { code: 'TONG', label: 'Tổng số nhiệm vụ', kind: 'total' },
  ],
  columns: [count('so', 'Số nhiệm vụ', 'nhiệm vụ', { key: 'directives.obligations' })],
};

// "Quá hạn" is part of the unfinished ones, so the total is not SUM(*): the three statuses are named.
export const OBLIGATION_RULES: ValidationRule[] = [
  {
    code: 'B04_TONG',
    left: '#{B04.CHUA.so} + #{B04.DANG.so} + #{B04.XONG.so}',
    operator: '==',
    right: '#{B04.TONG.so}',
    importance: 'error',
    message: 'Tổng số nhiệm vụ phải bằng chưa thực hiện + đang thực hiện + đã hoàn thành',
    missingValueStrategy: 'never_skip',
  },
  {
    code: 'B04_QUA_HAN',
    left: '#{B04.QUA_HAN.so}',
    operator: '<=',
    right: '#{B04.CHUA.so} + #{B04.DANG.so}',
    importance: 'error',
    message: 'Số nhiệm vụ quá hạn không được vượt số nhiệm vụ chưa hoàn thành',
    missingValueStrategy: 'never_skip',
  },
];

export const RESEARCH_FORM: Form = {
  code: 'B05',
  title: 'Nghiên cứu khoa học',
  note: 'Nhập tay: TCT chưa quản lý đề tài khoa học.',
  rows: [
    { code: 'TINH', label: 'Đề tài cấp tỉnh', kind: 'data' },
    { code: 'TRUONG', label: 'Đề tài cấp trường', kind: 'data' },
    { code: 'KHOA', label: 'Đề tài cấp khoa', kind: 'data' },
    { code: 'TONG', label: 'Tổng cộng', kind: 'total' },
  ],
  columns: [count('trien_khai', 'Đang triển khai', 'đề tài'), count('nghiem_thu', 'Nghiệm thu trong kỳ', 'đề tài')],
};

export const CONTEST_FORM: Form = {
  code: 'B06',
  title: 'Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng và Diễn đàn địa phương',
  rows: [
    { code: 'DU_THI', label: 'Bài dự thi của trường gửi trong kỳ', kind: 'data', source: { key: 'contest.entries' } },
    {
      code: 'DD_GUI',
      label: 'Bài gửi Diễn đàn địa phương',
      kind: 'data',
      source: { key: 'forum.articles', params: { event: 'sent' } },
    },
    {
      code: 'DD_DANG',
      label: 'Bài được đăng trên Diễn đàn địa phương',
      kind: 'data',
      source: { key: 'forum.articles', params: { event: 'published' } },
    },
  ],
  columns: [count('so', 'Số bài', 'bài')],
};

export const CONTEST_RULES: ValidationRule[] = [
  {
    code: 'B06_DANG',
    left: '#{B06.DD_DANG.so}',
    operator: '<=',
    right: '#{B06.DD_GUI.so}',
    importance: 'warning',
    message: 'Số bài được đăng nhiều hơn số bài gửi trong kỳ (có thể bài gửi từ kỳ trước): kiểm tra lại',
  },
];
