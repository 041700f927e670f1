/**
 * The completeness and timeliness matrix as an XLSX workbook, like the directive dashboard's export:
 * one row per school, one column per regime × period, late and missing marked in colour, the counts
 * and rates of each period underneath and of each school at the right (over periods already due).
 */
import ExcelJS from 'exceljs';
import { vnDate } from '../dates.ts';
import { KIND_LABELS } from './aggregate.ts';
import { formatRate, type MatrixCell, type TimelinessMatrix } from './timeliness.ts';

const FILL: Record<MatrixCell['status'], string | null> = {
  on_time: 'FFE2F0D9',
  late: 'FFFCE4D6',
  missing: 'FFF8CBAD',
  pending: null,
  not_expected: 'FFEDEDED',
};

/** What a cell says, e.g. "Muộn 3 ngày (23/03/2025)"; "(trả lại)" when the Academy returned it. */
export function cellText(cell: MatrixCell): string {
  const state = cell.state === 'returned' ? ' (bị trả lại)' : cell.state === 'accepted' ? ' (đã tiếp nhận)' : '';
  switch (cell.status) {
    case 'on_time':
      return `Đúng hạn (${vnDate(cell.firstSentOn!)})${state}`;
    case 'late':
      return `Muộn ${cell.daysLate} ngày (${vnDate(cell.firstSentOn!)})${state}`;
    case 'missing':
      return 'Chưa gửi — quá hạn';
    case 'pending':
      return 'Chưa đến hạn';
    case 'not_expected':
      return '—';
  }
}

export async function buildTimelinessXlsx(matrix: TimelinessMatrix, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  const sheet = workbook.addWorksheet('Tình hình gửi báo cáo', { views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }] });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([
    `Số liệu đến ngày ${vnDate(matrix.asOf)}. Tỷ lệ gửi = đã gửi / phải gửi; tỷ lệ đúng hạn = gửi lần đầu đúng hạn / phải gửi; tỷ lệ của từng đơn vị và toàn mạng lưới chỉ tính các kỳ đã quá hạn gửi.`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'STT',
    'Đơn vị',
    'Vùng',
    'Loại',
    ...matrix.columns.map((c) => `${c.regimeName}\n${c.period.label}\n(hạn ${vnDate(c.period.deadline)})`),
    'Phải gửi',
    'Đã gửi',
    'Đúng hạn',
    'Tỷ lệ gửi',
    'Tỷ lệ đúng hạn',
  ]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const first = 5;
  matrix.schools.forEach((row, i) => {
    const line = sheet.addRow([
      i + 1,
      row.school.name,
      row.school.regionName ?? '',
      KIND_LABELS[row.school.kind] ?? row.school.kind,
      ...row.cells.map(cellText),
      row.expected,
      row.received,
      row.onTime,
      formatRate(row.reportingRate),
      formatRate(row.onTimeRate),
    ]);
    line.alignment = { wrapText: true, vertical: 'top' };
    row.cells.forEach((cell, j) => {
      const fill = FILL[cell.status];
      if (fill) line.getCell(first + j).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      if (cell.status === 'missing' || cell.status === 'late')
        line.getCell(first + j).font = { color: { argb: 'FFC00000' } };
    });
  });
  sheet.addRow([]);
  const summary = (label: string, values: (string | number)[]) => {
    const line = sheet.addRow(['', label, '', '', ...values]);
    line.font = { bold: true };
  };
  summary(
    'Phải gửi',
    matrix.columns.map((c) => c.expected),
  );
  summary(
    'Đã gửi',
    matrix.columns.map((c) => c.received),
  );
  summary(
    'Gửi đúng hạn',
    matrix.columns.map((c) => c.onTime),
  );
  summary(
    'Tỷ lệ gửi',
    matrix.columns.map((c) => formatRate(c.reportingRate)),
  );
  summary(
    'Tỷ lệ đúng hạn',
    matrix.columns.map((c) => formatRate(c.onTimeRate)),
  );
  summary('Toàn mạng lưới (các kỳ đã quá hạn)', [
    `Tỷ lệ gửi ${formatRate(matrix.totals.reportingRate)}; đúng hạn ${formatRate(matrix.totals.onTimeRate)} (${matrix.totals.received}/${matrix.totals.expected}; ${matrix.totals.onTime}/${matrix.totals.expected})`,
  ]);
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 6 : i === 1 ? 40 : i < 4 ? 24 : 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
