/**
 * Vietnamese labels of the network-directive feature: recipient modes, answer types, obligation
 * statuses, edXML processing codes and the regions used by the dashboard filter.
 */
import type {
  AnswerTypeCode,
  AudienceCode,
  ObligationStatus,
  OrganisationKind,
  RecipientMode,
} from '../../api/types.ts';

export const RECIPIENT_MODE_LABELS: Record<RecipientMode, string> = {
  provincial: 'Tất cả trường chính trị tỉnh, thành phố còn hoạt động vào ngày ban hành',
  sector: 'Tất cả trường cán bộ của bộ, ngành, đoàn thể Trung ương còn hoạt động vào ngày ban hành',
  provincial_and_sector: 'Cả trường chính trị tỉnh, thành phố và trường bộ, ngành',
  custom: 'Chọn từng đơn vị',
};

/** Who one requirement is addressed to (the server's audience.ts says the same). */
export const AUDIENCE_LABELS: Record<AudienceCode, string> = {
  all: 'Tất cả đơn vị nhận',
  provincial: 'Các trường chính trị tỉnh, thành phố',
  sector: 'Các trường cán bộ của bộ, ngành, đoàn thể Trung ương',
  list: 'Danh sách đơn vị chọn riêng',
};

export const RECIPIENT_MODE_SHORT: Record<RecipientMode, string> = {
  provincial: 'Các trường chính trị tỉnh, thành phố',
  sector: 'Các trường bộ, ngành, đoàn thể',
  provincial_and_sector: 'Trường chính trị tỉnh, thành phố và trường bộ, ngành',
  custom: 'Các đơn vị được chọn',
};

/** The organisation kinds each mode sends to (a custom list may hold any of the recipient kinds). */
export const RECIPIENT_MODE_KINDS: Record<Exclude<RecipientMode, 'custom'>, OrganisationKind[]> = {
  provincial: ['provincial_school'],
  sector: ['sector_school'],
  provincial_and_sector: ['provincial_school', 'sector_school'],
};

/** Kinds the server accepts in a hand-picked list. */
export const RECIPIENT_KINDS: OrganisationKind[] = [
  'provincial_school',
  'sector_school',
  'regional_academy',
  'member_academy',
];

export const ANSWER_TYPE_LABELS: Record<AnswerTypeCode, string> = {
  status: 'Trạng thái thực hiện (chưa / đang / đã hoàn thành)',
  standard_school_project: 'Đề án trường chính trị chuẩn (Quy định 11-QĐ/TW)',
};

export function answerTypeLabel(code: string): string {
  return code in ANSWER_TYPE_LABELS ? ANSWER_TYPE_LABELS[code as AnswerTypeCode] : code;
}

export const OBLIGATION_STATUS_LABELS: Record<ObligationStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
};

export function obligationStatusTone(status: string): 'neutral' | 'warning' | 'success' {
  return status === 'done' ? 'success' : status === 'in_progress' ? 'warning' : 'neutral';
}

/** Short stage names for the narrow cells of the matrix; the full label is in the popover. */
export const SHORT_STAGE_LABELS: Record<string, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  drafting: 'Đang xây dựng',
  submitted: 'Đã trình',
  approved: 'Đã phê duyệt',
  registered: 'Đăng ký đạt chuẩn',
};

/** edXML (QCVN 102:2016) processing states of each recipient's copy, in order. */
export const DELIVERY_CODES: { code: string; label: string }[] = [
  { code: '01', label: 'Đã đến' },
  { code: '03', label: 'Đã tiếp nhận (vào sổ)' },
  { code: '04', label: 'Đã phân công' },
  { code: '05', label: 'Đang xử lý' },
  { code: '06', label: 'Hoàn thành' },
];

export const ANSWER_FIELD_LABELS = {
  approvalDate: 'Ngày phê duyệt',
  decisionNumber: 'Số quyết định',
  targetYear: 'Năm đăng ký đạt chuẩn',
} as const;

/**
 * GSO's six socio-economic regions (same codes as src/network/regions.ts). The server assigns a school
 * to a region by its province code; for the provinces merged in 2025 this is an approximation.
 */
export const REGIONS: { code: string; name: string }[] = [
  { code: 'TDMNPB', name: 'Trung du và miền núi phía Bắc' },
  { code: 'DBSH', name: 'Đồng bằng sông Hồng' },
  { code: 'BTB-DHMT', name: 'Bắc Trung Bộ và Duyên hải miền Trung' },
  { code: 'TN', name: 'Tây Nguyên' },
  { code: 'DNB', name: 'Đông Nam Bộ' },
  { code: 'DBSCL', name: 'Đồng bằng sông Cửu Long' },
];

export const REGION_NOTE =
  'Vùng kinh tế - xã hội theo phân vùng của Tổng cục Thống kê, xác định theo mã tỉnh; với các tỉnh sáp nhập năm 2025 chỉ là gần đúng.';

export const DASHBOARD_KINDS: { code: OrganisationKind; label: string }[] = [
  { code: 'provincial_school', label: 'Trường chính trị tỉnh, thành phố' },
  { code: 'sector_school', label: 'Trường cán bộ của bộ, ngành, đoàn thể Trung ương' },
  { code: 'regional_academy', label: 'Học viện Chính trị khu vực' },
];

/** "Yêu cầu 1", or "Yêu cầu không đánh số". */
export function requirementName(no: number | null): string {
  return no === null ? 'Yêu cầu không đánh số' : `Yêu cầu ${no}`;
}

/** "2174-CV/HVCTQG", or "Chưa có số" for a directive not numbered yet. */
export function numberSymbolText(symbol: string | null): string {
  return symbol ?? 'Chưa có số';
}

/** Lower-case without diacritics, so "ha noi" finds "Hà Nội". */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
