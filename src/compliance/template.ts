/**
 * Builds the downloadable import template: instructions, the "Lớp học" and "Học viên" sheets with
 * one example row each, drop-down lists for enumerations and dd/mm/yyyy date cells.
 */
import ExcelJS from 'exceljs';
import {
  CLASS_COLUMNS,
  CLASS_SHEET,
  INSTRUCTIONS_SHEET,
  LEARNER_COLUMNS,
  LEARNER_SHEET,
  type ColumnSpec,
} from './columns.ts';
import { labelList } from './vocabulary.ts';

const VALIDATED_ROWS = 2000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

type DataValidationSheet = { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/** A date cell as exceljs writes it: UTC midnight, so the calendar day survives any timezone. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const EXAMPLE_CLASS: Record<string, unknown> = {
  code: 'VD-TC-2025-01',
  name: 'Trung cấp LLCT hệ không tập trung K12 (dòng ví dụ, xóa trước khi nhập)',
  level: 'Trung cấp LLCT',
  mode: 'Không tập trung',
  delivery: 'Trực tiếp',
  host: 'Trường Chính trị tỉnh Thái Nguyên',
  partner: null,
  openingDate: day('2025-09-15'),
  closingDate: day('2026-09-15'),
  place: 'Trường Chính trị tỉnh Thái Nguyên',
};

const EXAMPLE_LEARNER: Record<string, unknown> = {
  classCode: 'VD-TC-2025-01',
  fullName: 'Nguyễn Thị Hoa',
  birthDate: day('1990-03-12'),
  gender: 'Nữ',
  ethnicity: 'Kinh',
  partyStatus: 'Chính thức',
  partyJoinDate: day('2015-05-19'),
  education: 'Đại học',
  theoryLevel: 'Sơ cấp',
  theoryDocumentDate: day('2012-10-10'),
  position: 'Phó Chủ tịch UBND xã',
  planned: null,
  workplace: 'UBND xã Phúc Xuân',
  ratingLastYear: 'HTTNV',
  ratingYearBefore: 'HTXSNV',
};

export function columnLetter(position: number): string {
  let n = position;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * One data sheet of a template: headers with notes, an example row, drop-downs and date formats.
 * Also used by the standard-school templates (src/standard/), so every TCT template looks the same.
 */
export function addDataSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: ColumnSpec[],
  example: Record<string, unknown>,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  columns.forEach((column, i) => {
    header.getCell(i + 1).note = `${column.required ? 'Bắt buộc. ' : ''}${column.hint}`;
  });
  sheet.addRow(example);
  const validations = sheet as unknown as DataValidationSheet;
  columns.forEach((column, i) => {
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${VALIDATED_ROWS}`;
    if (column.type === 'date') {
      sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
    }
    const choices =
      column.type === 'enum' && column.vocabulary
        ? labelList(column.vocabulary)
        : column.type === 'flag'
          ? ['Có']
          : null;
    if (choices) {
      validations.dataValidations.add(range, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: column.header,
        error: `Chọn một trong: ${choices.join(', ')}`,
      });
    }
  });
}

const INSTRUCTIONS: string[] = [
  'MẪU NHẬP LỚP HỌC VÀ HỌC VIÊN — HỆ THỐNG TCT',
  '',
  '1. Điền sheet "Lớp học" (mỗi dòng một lớp) và sheet "Học viên" (mỗi dòng một học viên của một lớp, nối qua cột "Mã lớp").',
  '2. Dòng 2 của mỗi sheet là dòng ví dụ: xóa trước khi nhập.',
  '3. Tiêu đề cột có thể viết có hoặc không dấu, theo thứ tự bất kỳ; cột không có trong mẫu được bỏ qua.',
  '4. Ngày tháng ghi dd/mm/yyyy (ví dụ 08/02/2022) hoặc dùng ô ngày của Excel.',
  '5. "Cơ sở đào tạo" ghi đúng tên hoặc mã trường trong mạng lưới để hệ thống biết loại cơ sở (trường chính trị tỉnh, trường bộ, ngành, học viện khu vực).',
  '6. Có thể nhập từng sheet dưới dạng CSV (UTF-8), mỗi lần một sheet; hệ thống nhận biết sheet qua tiêu đề cột.',
  '7. Hệ thống liệt kê mọi lỗi (sheet, dòng, cột, nội dung) trước khi ghi; chỉ ghi khi không còn lỗi nào (tất cả hoặc không gì cả).',
  '8. Sau khi nhập, mỗi lớp và học viên được kiểm tra theo bộ quy tắc có hiệu lực vào ngày khai giảng (Quy định 57-QĐ/TW từ 08/02/2022; Quy định 350-QĐ/TW từ 29/8/2025 [?] — ngày hiệu lực chưa xác minh, cấu hình được; Công văn 2174-CV/HVCTQG về dừng đào tạo trực tuyến từ 31/5/2022).',
  '9. Quy mô lớp tối đa chưa có con số pháp lý: chỉ kiểm tra khi quản trị viên đã cấu hình theo bậc và hình thức.',
  '',
  'CÁC CỘT',
];

function addInstructionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 14 }, { width: 26 }, { width: 12 }, { width: 110 }];
  for (const line of INSTRUCTIONS) sheet.addRow([line]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(['Sheet', 'Cột', 'Bắt buộc', 'Cách ghi']);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  const list = (name: string, columns: ColumnSpec[]) => {
    for (const c of columns) sheet.addRow([name, c.header, c.required ? 'Có' : '', c.hint]);
  };
  list(CLASS_SHEET, CLASS_COLUMNS);
  list(LEARNER_SHEET, LEARNER_COLUMNS);
}

export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  addInstructionsSheet(workbook);
  addDataSheet(workbook, CLASS_SHEET, CLASS_COLUMNS, EXAMPLE_CLASS);
  addDataSheet(workbook, LEARNER_SHEET, LEARNER_COLUMNS, EXAMPLE_LEARNER);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
