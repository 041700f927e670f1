/** The downloadable staff roster template: instructions, then the data sheet with one example row. */
import ExcelJS from 'exceljs';
import { addDataSheet } from '../../compliance/template.ts';
import { ROSTER_COLUMNS, ROSTER_SHEET } from './columns.ts';

const EXAMPLE: Record<string, unknown> = {
  staffCode: 'VD-01',
  fullName: 'Nguyễn Thị Hoa (dòng ví dụ, xóa trước khi nhập)',
  birthYear: 1982,
  gender: 'Nữ',
  kind: 'Giảng viên',
  position: 'Phó Trưởng khoa',
  unit: 'Khoa Xây dựng Đảng',
  education: 'Thạc sĩ',
  academicTitle: null,
  theoryLevel: 'Cao cấp',
  grade: 'Giảng viên chính',
  classicsCertificate: 'Có',
  employment: 'Biên chế',
};

const INSTRUCTIONS = [
  'MẪU DANH SÁCH CÁN BỘ, VIÊN CHỨC — HỆ THỐNG TCT',
  '',
  '1. Mỗi dòng của sheet "Cán bộ viên chức" là một người đang công tác tại trường. Dòng 2 là dòng ví dụ: xóa trước khi nhập.',
  '2. Tiêu đề cột có thể viết có hoặc không dấu, theo thứ tự bất kỳ; cột không có trong mẫu (STT, ghi chú…) được bỏ qua.',
  '3. "Đối tượng": ghi "Giảng viên" cho người trực tiếp giảng dạy (kể cả lãnh đạo trường, khoa có giảng dạy); người khác ghi "Không phải giảng viên".',
  '4. Danh sách dùng để tính các chỉ tiêu về đội ngũ (tiêu chí 2): tỷ lệ giảng viên, trình độ, chức danh, chứng chỉ kinh điển. Mỗi số liệu đều kèm cách tính.',
  '5. Nhập lại danh sách sẽ thay toàn bộ danh sách cũ. Hệ thống liệt kê mọi lỗi (sheet, dòng, cột) trước khi ghi; chỉ ghi khi không còn lỗi nào.',
  '',
];

export async function buildRosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 26 }, { width: 12 }, { width: 110 }];
  for (const line of INSTRUCTIONS) help.addRow([line]);
  help.getRow(1).font = { bold: true, size: 14 };
  const header = help.addRow(['Cột', 'Bắt buộc', 'Cách ghi']);
  header.font = { bold: true };
  for (const c of ROSTER_COLUMNS) help.addRow([c.header, c.required ? 'Có' : '', c.hint]);
  addDataSheet(workbook, ROSTER_SHEET, ROSTER_COLUMNS, EXAMPLE);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
