/**
 * The catalogue template's one data sheet, shared by the template builder, the import parser and the
 * documentation. Column order in a user's file does not matter; headers match without diacritics.
 */
import type { ColumnSpec } from '../../compliance/columns.ts';
import type { Vocabulary } from '../../compliance/vocabulary.ts';
import type { Confidence } from '../common.ts';

export const CATALOGUE_SHEET = 'Danh mục chỉ tiêu';

export type CatalogueColumnKey =
  | 'criterion'
  | 'code'
  | 'text'
  | 'unit'
  | 'howComputed'
  | 'level1'
  | 'level2'
  | 'source'
  | 'confidence'
  | 'note';

export const CONFIDENCE_VOCABULARY: Vocabulary<Confidence> = {
  labels: { confirmed: 'Đã xác minh', secondary: 'Nguồn thứ cấp', uncertain: 'Chưa xác minh' },
  aliases: { confirmed: ['Chính thức', 'Xác minh'], secondary: ['Thứ cấp'], uncertain: ['Chưa chắc chắn', '?'] },
};

export const CATALOGUE_COLUMNS: ColumnSpec<CatalogueColumnKey>[] = [
  {
    key: 'criterion',
    header: 'Tiêu chí',
    required: true,
    type: 'text',
    aliases: ['Số tiêu chí', 'Nhóm tiêu chí'],
    hint: 'Số tiêu chí 1–6 (hoặc "Tiêu chí 2", hoặc tên tiêu chí)',
    width: 10,
  },
  {
    key: 'code',
    header: 'Mã chỉ tiêu',
    required: true,
    type: 'text',
    aliases: ['Mã', 'Số hiệu chỉ tiêu'],
    hint: 'Số tiêu chí, dấu chấm, số thứ tự 2 chữ số trong tiêu chí, ví dụ 2.05',
    width: 12,
  },
  {
    key: 'text',
    header: 'Nội dung chỉ tiêu',
    required: true,
    type: 'text',
    aliases: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung'],
    hint: 'Nội dung chỉ tiêu như trong văn bản',
    width: 60,
  },
  {
    key: 'unit',
    header: 'Đơn vị tính',
    required: false,
    type: 'text',
    aliases: ['Đơn vị', 'ĐVT'],
    hint: 'Ví dụ %, lớp, lượt, đề tài, tỷ đồng; để trống với chỉ tiêu định tính (đạt / chưa đạt)',
    width: 12,
  },
  {
    key: 'howComputed',
    header: 'Cách tính',
    required: false,
    type: 'text',
    aliases: ['Nguồn số liệu', 'Cách xác định'],
    hint: 'Để trống hoặc "Nhập tay" nếu trường tự nhập; hoặc một khóa tính tự động trong sheet "Hướng dẫn", ví dụ staff.lecturer_share',
    width: 30,
  },
  {
    key: 'level1',
    header: 'Ngưỡng mức 1',
    required: false,
    type: 'text',
    aliases: ['Mức 1', 'Chuẩn mức 1'],
    hint: 'Ví dụ "≥ 75" hoặc "75" (nghĩa là tối thiểu 75), "≤ 2" (tối đa); để trống nếu văn bản không có ngưỡng số',
    width: 14,
  },
  {
    key: 'level2',
    header: 'Ngưỡng mức 2',
    required: false,
    type: 'text',
    aliases: ['Mức 2', 'Chuẩn mức 2'],
    hint: 'Chỉ ghi khi mức 2 nâng ngưỡng của chỉ tiêu; để trống thì mức 2 dùng ngưỡng mức 1',
    width: 14,
  },
  {
    key: 'source',
    header: 'Nguồn',
    required: false,
    type: 'text',
    aliases: ['Căn cứ', 'Văn bản nguồn'],
    hint: 'Văn bản và điều, khoản; để trống thì dùng nguồn của cả phiên bản',
    width: 40,
  },
  {
    key: 'confidence',
    header: 'Mức tin cậy',
    required: false,
    type: 'enum',
    vocabulary: CONFIDENCE_VOCABULARY,
    hint: 'Đã xác minh / Nguồn thứ cấp / Chưa xác minh; để trống thì dùng mức của cả phiên bản',
    width: 14,
  },
  {
    key: 'note',
    header: 'Ghi chú',
    required: false,
    type: 'text',
    hint: 'Giải thích thêm (ví dụ ngưỡng lấy từ đâu)',
    width: 40,
  },
];
