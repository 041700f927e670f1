/**
 * The compliance views as an XLSX workbook. Network view: one row per school with counts per rule,
 * and the totals per rule. School view: totals per rule, per class, and every finding with its
 * citation and override.
 */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../lib/vn.ts';
import type { ComplianceSummaryView, SummaryService } from './summary.service.ts';

type Details = Awaited<ReturnType<SummaryService['findingDetails']>>;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount }];
}

function byRuleSheet(wb: ExcelJS.Workbook, summary: ComplianceSummaryView): void {
  const ws = wb.addWorksheet('Theo quy tắc');
  header(
    ws,
    ['Mã quy tắc', 'Nội dung', 'Chặn (chưa xử lý)', 'Cảnh báo (chưa xử lý)', 'Đã chấp thuận theo quyết định'],
    [12, 70, 16, 18, 18],
  );
  for (const r of summary.byRule) ws.addRow([r.rule, r.title, r.blocking, r.warning, r.overridden]);
  const t = summary.totals;
  ws.addRow(['Tổng', '', t.blocking, t.warning, t.overridden]).font = { bold: true };
}

export async function buildComplianceXlsx(
  summary: ComplianceSummaryView,
  details: Details | null,
  asOf: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TCT';
  const title =
    summary.scope === 'network'
      ? 'Tuân thủ đào tạo toàn mạng lưới'
      : `Tuân thủ đào tạo — ${summary.organisation?.name ?? ''}`;
  const cover = wb.addWorksheet('Tổng hợp');
  cover.getColumn(1).width = 44;
  cover.getColumn(2).width = 18;
  cover.addRow([title]).font = { bold: true, size: 14 };
  cover.addRow([`Số liệu tính đến ngày ${formatDateVi(asOf)}`]);
  cover.addRow([]);
  const t = summary.totals;
  for (const [labelText, value] of [
    ['Số lớp', t.classes],
    ['Lớp chưa có bộ quy tắc (khai giảng trước 08/02/2022)', t.classesWithoutRegime],
    ['Số học viên', t.learners],
    ['Học viên có phát hiện chưa xử lý', t.learnersWithFindings],
    ['Phát hiện chặn (chưa xử lý)', t.blocking],
    ['Phát hiện cảnh báo (chưa xử lý)', t.warning],
    ['Đã chấp thuận theo quyết định', t.overridden],
  ] as const)
    cover.addRow([labelText, value]);
  cover.addRow([]);
  cover.addRow([
    'Chặn: vi phạm tiêu chuẩn bắt buộc của Quy định 350-QĐ/TW; Cảnh báo: cần người xác nhận. Quy mô lớp (C-04) chỉ kiểm tra khi đã cấu hình: chưa có căn cứ pháp lý về sĩ số tối đa.',
  ]);
  byRuleSheet(wb, summary);

  if (summary.scope === 'network') {
    const ws = wb.addWorksheet('Theo trường');
    const rules = summary.rules.map((r) => r.code);
    header(
      ws,
      ['STT', 'Trường', 'Tỉnh, thành phố', 'Số lớp', 'Số học viên', 'Chặn', 'Cảnh báo', 'Đã chấp thuận', ...rules],
      [6, 44, 18, 10, 12, 10, 10, 14, ...rules.map(() => 10)],
    );
    summary.bySchool.forEach((s, i) => {
      ws.addRow([
        i + 1,
        s.name,
        s.provinceName ?? '',
        s.classes,
        s.learners,
        s.blocking,
        s.warning,
        s.overridden,
        ...rules.map((r) => s.byRule[r] ?? 0),
      ]);
    });
  } else {
    const ws = wb.addWorksheet('Theo lớp');
    header(
      ws,
      [
        'Mã lớp',
        'Tên lớp',
        'Chương trình',
        'Hình thức',
        'Phương thức',
        'Cơ sở đào tạo',
        'Khai giảng',
        'Bộ quy tắc',
        'Sĩ số',
        'Chặn',
        'Cảnh báo',
        'Đã chấp thuận',
      ],
      [16, 40, 16, 16, 12, 34, 12, 12, 8, 8, 10, 12],
    );
    for (const c of summary.byClass) {
      ws.addRow([
        c.code,
        c.name,
        c.levelLabel,
        c.modeLabel,
        c.deliveryLabel,
        c.hostName,
        formatDateVi(c.openingDate),
        c.regimeLabel ?? 'Chưa có',
        c.size,
        c.findings.blocking,
        c.findings.warning,
        c.findings.overridden,
      ]);
    }
    if (details) {
      const detail = wb.addWorksheet('Chi tiết phát hiện');
      header(
        detail,
        [
          'Mã lớp',
          'Tên lớp',
          'Học viên',
          'Ngày sinh',
          'Quy tắc',
          'Mức độ',
          'Bộ quy tắc',
          'Nội dung',
          'Văn bản nguồn',
          'Điều, khoản',
          'Độ tin cậy',
          'Chấp thuận theo quyết định',
        ],
        [14, 30, 26, 12, 10, 10, 12, 70, 40, 40, 18, 36],
      );
      for (const d of details) {
        const row = detail.addRow([
          d.classCode,
          d.className,
          d.learner ?? '(cả lớp)',
          formatDateVi(d.birthDate),
          d.rule,
          d.severity,
          d.regime,
          d.message,
          d.document,
          d.article,
          d.confidence,
          d.override,
        ]);
        row.alignment = { wrapText: true, vertical: 'top' };
        if (d.severity === 'Chặn' && !d.override) row.getCell(6).font = { color: { argb: 'FFC00000' }, bold: true };
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
