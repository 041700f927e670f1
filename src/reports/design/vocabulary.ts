/**
 * Labels of every enumeration in the regime workbook. The exporter writes the labels; the parser reads
 * labels, codes or listed aliases, compared without diacritics or case (compliance/vocabulary.ts).
 */
import { parseVocabulary, type Vocabulary } from '../../compliance/vocabulary.ts';
import type {
  Aggregation,
  ColumnType,
  Confidence,
  MissingStrategy,
  Operator,
  OrganisationKind,
  PeriodKind,
} from '../types.ts';

export const SHEETS = {
  instructions: 'Hướng dẫn',
  regime: 'Chế độ báo cáo',
  periods: 'Kỳ báo cáo',
  outline: 'Đề cương',
  rules: 'Quy tắc kiểm tra',
  sources: 'Nguồn số liệu',
  formPrefix: 'Biểu ',
} as const;

export const REPORT_KIND_LABELS: Vocabulary<'periodic' | 'thematic' | 'ad_hoc'> = {
  labels: { periodic: 'Định kỳ', thematic: 'Chuyên đề', ad_hoc: 'Đột xuất' },
  aliases: { periodic: ['Báo cáo định kỳ'], thematic: ['Báo cáo chuyên đề'], ad_hoc: ['Báo cáo đột xuất'] },
};

export const ORGANISATION_KIND_LABELS: Vocabulary<OrganisationKind> = {
  labels: {
    provincial_school: 'Trường chính trị tỉnh, thành phố',
    sector_school: 'Trường cán bộ của bộ, ngành, đoàn thể Trung ương',
    regional_academy: 'Học viện Chính trị khu vực',
    member_academy: 'Học viện trực thuộc',
    academy: 'Học viện Chính trị quốc gia Hồ Chí Minh',
  },
  aliases: {
    provincial_school: ['Trường chính trị', 'Trường chính trị tỉnh'],
    sector_school: ['Trường bộ, ngành', 'Trường cán bộ bộ, ngành, đoàn thể', 'Trường cán bộ bộ ngành'],
  },
};

export const CHANNEL_LABELS: Vocabulary<'tct' | 'edxml' | 'email' | 'paper'> = {
  labels: { tct: 'Trên TCT', edxml: 'Văn bản điện tử (edXML)', email: 'Thư điện tử', paper: 'Văn bản giấy' },
  aliases: {
    tct: ['TCT', 'Hệ thống TCT'],
    edxml: ['edXML', 'Văn bản điện tử'],
    email: ['Email'],
    paper: ['Giấy', 'Bản giấy'],
  },
};

export const FREQUENCY_LABELS: Vocabulary<PeriodKind> = {
  labels: {
    month: 'Hằng tháng',
    quarter: 'Hằng quý',
    half_year: '6 tháng',
    nine_months: '9 tháng',
    year: 'Hằng năm',
    school_year: 'Năm học',
    thematic: 'Chuyên đề',
    ad_hoc: 'Đột xuất',
  },
  aliases: { month: ['Tháng'], quarter: ['Quý'], half_year: ['Sáu tháng', 'Nửa năm'], year: ['Năm'] },
};

export const CUTOFF_START_LABELS: Vocabulary<'-1' | '0'> = {
  labels: { '-1': 'Tháng trước kỳ', '0': 'Tháng đầu kỳ' },
  aliases: { '-1': ['Tháng trước'], '0': ['Đầu kỳ', 'Trong kỳ'] },
};

export const DEADLINE_KIND_LABELS: Vocabulary<'after_cutoff' | 'day_of_month'> = {
  labels: { after_cutoff: 'Sau ngày chốt số liệu', day_of_month: 'Ngày cố định trong tháng' },
  aliases: { after_cutoff: ['Số ngày sau ngày chốt'], day_of_month: ['Ngày cố định'] },
};

export const DAY_KIND_LABELS: Vocabulary<'calendar' | 'working'> = {
  labels: { calendar: 'Ngày lịch', working: 'Ngày làm việc' },
  aliases: { calendar: ['Ngày'], working: ['Ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ)'] },
};

export const COLUMN_TYPE_LABELS: Vocabulary<ColumnType> = {
  labels: { integer: 'Số nguyên', decimal: 'Số thập phân', percent: 'Tỷ lệ %', text: 'Chữ', choice: 'Lựa chọn' },
  aliases: { integer: ['Số'], percent: ['Phần trăm', '%'], text: ['Văn bản', 'Ghi chú'], choice: ['Danh sách'] },
};

export const AGGREGATION_LABELS: Vocabulary<Aggregation> = {
  labels: { sum: 'Cộng', mean: 'Trung bình', none: 'Không tổng hợp' },
  aliases: { sum: ['Tổng', 'Tổng cộng'], mean: ['TB', 'Bình quân'], none: ['Không'] },
};

export const ROW_KIND_LABELS: Vocabulary<'data' | 'total'> = {
  labels: { data: 'Số liệu', total: 'Tổng' },
  aliases: { data: ['Dữ liệu', 'Chi tiết'], total: ['Tổng cộng', 'Dòng tổng'] },
};

export const OPERATOR_LABELS: Vocabulary<Operator> = {
  labels: {
    '==': '=',
    '!=': '≠',
    '<': '<',
    '<=': '≤',
    '>': '>',
    '>=': '≥',
    compulsory_pair: 'Cùng có hoặc cùng trống',
    exclusive_pair: 'Không cùng có',
  },
  aliases: { '==': ['Bằng'], '!=': ['Khác'], compulsory_pair: ['compulsory_pair'], exclusive_pair: ['exclusive_pair'] },
};

/**
 * Comparison symbols are punctuation, which the diacritics-insensitive matching drops: they are read
 * exactly; the worded operators go through the vocabulary.
 */
const OPERATOR_SYMBOLS: Record<string, Operator> = {
  '=': '==',
  '==': '==',
  '≠': '!=',
  '!=': '!=',
  '<>': '!=',
  '<': '<',
  '<=': '<=',
  '≤': '<=',
  '=<': '<=',
  '>': '>',
  '>=': '>=',
  '≥': '>=',
  '=>': '>=',
};

export function parseOperator(text: string): Operator | null {
  const symbol = OPERATOR_SYMBOLS[text.replace(/\s+/g, '')];
  if (symbol) return symbol;
  if (!/[\p{L}]/u.test(text)) return null;
  return parseVocabulary(OPERATOR_LABELS, text);
}

export const IMPORTANCE_LABELS: Vocabulary<'error' | 'warning'> = {
  labels: { error: 'Lỗi', warning: 'Cảnh báo' },
  aliases: { error: ['Lỗi (chặn gửi)'], warning: ['Cảnh báo (vẫn gửi được)'] },
};

export const MISSING_LABELS: Vocabulary<MissingStrategy> = {
  labels: {
    skip_if_any_missing: 'Bỏ qua nếu thiếu một ô',
    skip_if_all_missing: 'Bỏ qua nếu thiếu tất cả',
    never_skip: 'Coi ô trống là 0',
  },
  aliases: {},
};

export const CONFIDENCE_LABELS: Vocabulary<Confidence> = {
  labels: {
    confirmed: 'Đã xác minh',
    secondary: 'Nguồn thứ cấp',
    uncertain: 'Chưa xác minh',
    unsourced: 'Chưa có nguồn',
  },
  aliases: { confirmed: ['[C]'], secondary: ['[S]'], uncertain: ['[?]'], unsourced: ['Mặc định của TCT'] },
};

export const YES_NO: Vocabulary<'yes' | 'no'> = {
  labels: { yes: 'Có', no: 'Không' },
  aliases: { yes: ['x', 'Bắt buộc'], no: ['Không bắt buộc'] },
};
