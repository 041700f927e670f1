/**
 * Where everything sits in the regime workbook, shared by the exporter and the parser so the two cannot
 * drift apart: the fields of the "Chế độ báo cáo" sheet, and the columns of every table.
 */
import type { ElementKey } from '../types.ts';

export type FieldKey =
  | 'code'
  | 'version'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'name'
  | 'kind'
  | 'content'
  | 'reporterKinds'
  | 'reporterCodes'
  | 'recipientName'
  | 'recipientCode'
  | 'recipientVia'
  | 'channels'
  | 'methodNote'
  | 'frequency'
  | 'only'
  | 'schoolYearStart'
  | 'cutoffDay'
  | 'cutoffMonth'
  | 'deadlineKind'
  | 'deadlineDays'
  | 'deadlineDayKind'
  | 'deadlineDay'
  | 'deadlineMonthOffset'
  | 'template'
  | 'procedure'
  | 'basis';

export type FieldSpec = { key: FieldKey; label: string; element?: ElementKey; hint: string };

/** The rows of the "Chế độ báo cáo" sheet; an element's row also carries its source and confidence. */
export const REGIME_FIELDS: FieldSpec[] = [
  {
    key: 'code',
    label: 'Mã chế độ báo cáo',
    hint: 'Chữ cái, chữ số, dấu gạch dưới; bắt đầu bằng chữ cái. Ví dụ BC_DTBD_QUY.',
  },
  { key: 'version', label: 'Phiên bản', hint: 'Số nguyên từ 1. Báo cáo đã lập giữ phiên bản của nó.' },
  { key: 'effectiveFrom', label: 'Có hiệu lực từ ngày', hint: 'dd/mm/yyyy' },
  { key: 'effectiveTo', label: 'Hết hiệu lực sau ngày', hint: 'dd/mm/yyyy; để trống nếu chưa hết hiệu lực.' },
  { key: 'name', label: 'Tên báo cáo', element: 'name', hint: '' },
  { key: 'kind', label: 'Loại báo cáo', hint: 'Định kỳ / Chuyên đề / Đột xuất' },
  { key: 'content', label: 'Nội dung yêu cầu báo cáo', element: 'content', hint: '' },
  {
    key: 'reporterKinds',
    label: 'Đối tượng thực hiện',
    element: 'reporters',
    hint: 'Các loại đơn vị, cách nhau bởi dấu chấm phẩy.',
  },
  {
    key: 'reporterCodes',
    label: 'Đơn vị thực hiện khác (mã)',
    hint: 'Mã đơn vị trong mạng lưới, cách nhau bởi dấu chấm phẩy.',
  },
  { key: 'recipientName', label: 'Cơ quan nhận báo cáo', element: 'recipient', hint: '' },
  { key: 'recipientCode', label: 'Mã cơ quan nhận', hint: 'Mã trong mạng lưới, ví dụ HVCTQG.' },
  { key: 'recipientVia', label: 'Nhận qua đơn vị', hint: 'Ví dụ Vụ Các trường chính trị; có thể để trống.' },
  {
    key: 'channels',
    label: 'Phương thức gửi, nhận',
    element: 'method',
    hint: 'Trên TCT / Văn bản điện tử (edXML) / Thư điện tử / Văn bản giấy; cách nhau bởi dấu chấm phẩy.',
  },
  { key: 'methodNote', label: 'Ghi chú phương thức', hint: '' },
  {
    key: 'frequency',
    label: 'Tần suất',
    element: 'frequency',
    hint: 'Hằng tháng / Hằng quý / 6 tháng / 9 tháng / Hằng năm / Năm học / Chuyên đề / Đột xuất',
  },
  { key: 'only', label: 'Chỉ báo cáo các kỳ thứ', hint: 'Ví dụ 1 (chỉ 6 tháng đầu năm); để trống là mọi kỳ.' },
  { key: 'schoolYearStart', label: 'Tháng bắt đầu năm học', hint: 'Chỉ cho tần suất "Năm học": 1–12.' },
  { key: 'cutoffDay', label: 'Chốt số liệu từ ngày', element: 'cutoff', hint: '1–28; Nghị định 09/2019: 15.' },
  { key: 'cutoffMonth', label: 'Chốt số liệu bắt đầu từ', hint: 'Tháng trước kỳ (Nghị định 09/2019) / Tháng đầu kỳ' },
  {
    key: 'deadlineKind',
    label: 'Cách tính hạn gửi',
    element: 'deadline',
    hint: 'Sau ngày chốt số liệu / Ngày cố định trong tháng',
  },
  { key: 'deadlineDays', label: 'Số ngày sau ngày chốt số liệu', hint: 'Khi hạn gửi tính sau ngày chốt.' },
  { key: 'deadlineDayKind', label: 'Loại ngày', hint: 'Ngày lịch / Ngày làm việc' },
  { key: 'deadlineDay', label: 'Ngày trong tháng', hint: 'Khi hạn gửi là ngày cố định: 1–31.' },
  {
    key: 'deadlineMonthOffset',
    label: 'Số tháng sau tháng chốt số liệu',
    hint: '0 = cùng tháng kết thúc chốt số liệu.',
  },
  {
    key: 'template',
    label: 'Mẫu đề cương và biểu mẫu',
    element: 'template',
    hint: 'Xem sheet "Đề cương" và các sheet "Biểu …".',
  },
  { key: 'procedure', label: 'Hướng dẫn quy trình thực hiện', element: 'procedure', hint: '' },
  { key: 'basis', label: 'Căn cứ', hint: 'Mỗi dòng một văn bản: "Tên văn bản | điều, khoản".' },
];

export const REGIME_HEADERS = ['Thông tin', 'Giá trị', 'Nguồn', 'Độ tin cậy', 'Ghi chú về nguồn'] as const;

export type TableColumn<K extends string = string> = { key: K; header: string; required: boolean; width: number };

const col = <K extends string>(key: K, header: string, required: boolean, width = 16): TableColumn<K> => ({
  key,
  header,
  required,
  width,
});

export const PERIOD_COLUMNS = [
  col('code', 'Mã kỳ', true),
  col('label', 'Tên kỳ', true, 40),
  col('cutoffFrom', 'Chốt số liệu từ ngày', true),
  col('cutoffTo', 'Chốt số liệu đến ngày', true),
  col('deadline', 'Hạn gửi', true),
];

export const OUTLINE_COLUMNS = [
  col('code', 'Mã mục', true, 10),
  col('title', 'Tiêu đề', true, 50),
  col('level', 'Cấp', true, 6),
  col('required', 'Bắt buộc', false, 10),
  col('guidance', 'Hướng dẫn', false, 60),
];

export const FORM_COLUMN_COLUMNS = [
  col('code', 'Mã cột', true, 12),
  col('label', 'Tên cột', true, 34),
  col('type', 'Kiểu', true, 12),
  col('unit', 'Đơn vị', false, 10),
  col('source', 'Nguồn số liệu', false, 28),
  col('sourceParams', 'Tham số nguồn', false, 26),
  col('params', 'Tham số', false, 26),
  col('aggregate', 'Tổng hợp', false, 12),
  col('min', 'Tối thiểu', false, 10),
  col('max', 'Tối đa', false, 10),
  col('options', 'Lựa chọn', false, 30),
  col('note', 'Ghi chú', false, 30),
];

export const FORM_ROW_COLUMNS = [
  col('code', 'Mã dòng', true, 12),
  col('label', 'Tên dòng', true, 40),
  col('kind', 'Loại dòng', true, 12),
  col('params', 'Tham số', false, 26),
  col('source', 'Nguồn số liệu', false, 28),
  col('sourceParams', 'Tham số nguồn', false, 26),
  col('appliesTo', 'Áp dụng cho', false, 30),
];

export const FORM_CELL_COLUMNS = [
  col('row', 'Mã dòng', true, 12),
  col('column', 'Mã cột', true, 12),
  col('source', 'Nguồn số liệu', false, 28),
  col('sourceParams', 'Tham số nguồn', false, 26),
  col('manual', 'Nhập tay', false, 10),
  col('disabled', 'Khóa ô', false, 10),
];

export const RULE_COLUMNS = [
  col('code', 'Mã quy tắc', true, 16),
  col('left', 'Vế trái', true, 40),
  col('operator', 'Phép so sánh', true, 14),
  col('right', 'Vế phải', true, 40),
  col('importance', 'Mức độ', true, 10),
  col('message', 'Thông báo', true, 50),
  col('missing', 'Khi thiếu số liệu', false, 22),
  col('source', 'Căn cứ', false, 30),
];

/** Markers in column A of a form sheet that open its tables. */
export const FORM_MARKERS = { columns: 'CÁC CỘT', rows: 'CÁC DÒNG', cells: 'Ô RIÊNG' } as const;
export const FORM_HEAD = { code: 'Mã biểu', title: 'Tên biểu', note: 'Ghi chú' } as const;
