/**
 * The downloadable catalogue template: instructions (columns, the computed-source keys), and the data
 * sheet — pre-filled with a version's items when one is given (download, edit, import as a new version),
 * otherwise one example row to delete.
 */
import ExcelJS from 'exceljs';
import { addDataSheet } from '../../compliance/template.ts';
import { CONFIDENCE_LABELS, REGULATION_11 } from '../common.ts';
import { formatThreshold } from './catalogue.ts';
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET, CONFIDENCE_VOCABULARY } from './columns.ts';
import { COMPUTED_SOURCES, ENTERED, ENTERED_LABEL } from './computed-sources.ts';
import type { CatalogueItem, CatalogueVersion } from './types.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

const EXAMPLE: Record<string, unknown> = {
  criterion: '2',
  code: '2.01',
  text: 'Tỷ lệ giảng viên trên tổng số cán bộ, viên chức (dòng ví dụ, xóa trước khi nhập)',
  unit: '%',
  howComputed: 'staff.lecturer_share',
  level1: '≥ 75',
  level2: null,
  source: `${REGULATION_11}, Điều …`,
  confidence: CONFIDENCE_VOCABULARY.labels.confirmed,
  note: null,
};

function rowOf(item: CatalogueItem): Record<string, unknown> {
  return {
    criterion: String(item.criterion),
    code: item.code,
    text: item.text,
    unit: item.unit,
    howComputed: item.howComputed === ENTERED ? ENTERED_LABEL : item.howComputed,
    // Written without the unit so the cell parses back to the same threshold.
    level1: item.level1Threshold ? formatThreshold(item.level1Threshold, null) : null,
    level2: item.level2Threshold ? formatThreshold(item.level2Threshold, null) : null,
    source: item.source,
    confidence: CONFIDENCE_VOCABULARY.labels[item.confidence],
    note: item.note,
  };
}

function instructions(version: CatalogueVersion | null): string[] {
  return [
    'MẪU DANH MỤC CHỈ TIÊU TRƯỜNG CHÍNH TRỊ CHUẨN (QUY ĐỊNH 11-QĐ/TW) — HỆ THỐNG TCT',
    '',
    version
      ? `Tệp này chứa phiên bản "${version.title}" (${CONFIDENCE_LABELS[version.confidence]}). Sửa rồi nhập lại để tạo phiên bản mới; phiên bản cũ được giữ nguyên cho các lần tự đánh giá đã làm.`
      : '1. Mỗi dòng của sheet "Danh mục chỉ tiêu" là một chỉ tiêu. Dòng 2 là dòng ví dụ: xóa trước khi nhập.',
    '2. Tiêu đề cột có thể viết có hoặc không dấu, theo thứ tự bất kỳ; cột không có trong mẫu được bỏ qua.',
    '3. Ngưỡng: "≥ 75" hoặc "75" là tối thiểu 75; "≤ 2" là tối đa 2. Để trống khi văn bản không nêu ngưỡng số: khi đó người đánh giá kết luận đạt / chưa đạt. Không tự đặt ngưỡng khi chưa có văn bản.',
    '4. Ngưỡng mức 2 chỉ ghi khi mức 2 nâng ngưỡng của chỉ tiêu đó; để trống thì mức 2 dùng ngưỡng mức 1.',
    '5. Cách tính: để trống hoặc "Nhập tay" khi trường tự nhập số liệu; hoặc một khóa dưới đây để TCT tự tính từ dữ liệu đào tạo và danh sách cán bộ.',
    '6. Hệ thống liệt kê mọi lỗi (sheet, dòng, cột, nội dung) trước khi ghi; chỉ tạo phiên bản mới khi không còn lỗi nào.',
    '',
  ];
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, version: CatalogueVersion | null): void {
  const sheet = workbook.addWorksheet('Hướng dẫn');
  sheet.columns = [{ width: 36 }, { width: 60 }, { width: 12 }, { width: 90 }];
  for (const line of instructions(version)) sheet.addRow([line]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = (cells: string[]) => {
    const row = sheet.addRow(cells);
    row.font = { bold: true };
    row.fill = HEADER_FILL;
  };
  header(['Cột', 'Cách ghi', 'Bắt buộc', '']);
  for (const c of CATALOGUE_COLUMNS) sheet.addRow([c.header, c.hint, c.required ? 'Có' : '']);
  sheet.addRow([]);
  header(['Khóa cách tính', 'Nội dung', 'Đơn vị', 'Cách tính']);
  sheet.addRow([ENTERED_LABEL, 'Trường tự nhập số liệu hoặc kết luận', '', '']);
  for (const s of COMPUTED_SOURCES) sheet.addRow([s.key, s.label, s.unit, s.formula]);
}

export async function buildCatalogueTemplate(version: CatalogueVersion | null = null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  addInstructionsSheet(workbook, version);
  const items = version ? [...version.items].sort((a, b) => a.code.localeCompare(b.code)) : [];
  addDataSheet(workbook, CATALOGUE_SHEET, CATALOGUE_COLUMNS, items[0] ? rowOf(items[0]) : EXAMPLE);
  const sheet = workbook.getWorksheet(CATALOGUE_SHEET)!;
  for (const item of items.slice(1)) sheet.addRow(rowOf(item));
  sheet.eachRow((row, n) => {
    if (n > 1) row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
