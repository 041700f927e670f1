/** The dashboard matrix as an XLSX workbook: one row per school, one column per requirement. */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../lib/vn.ts';
import type { DashboardService } from './dashboard.service.ts';

type Dashboard = Awaited<ReturnType<DashboardService['getDashboard']>>;

export async function buildDashboardXlsx(dashboard: Dashboard): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi thực hiện');
  const title = `${dashboard.directive.numberSymbol ?? ''} ngày ${formatDateVi(dashboard.directive.issuedDate)}: ${dashboard.directive.title}`;
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([`Số liệu tính đến ngày ${formatDateVi(dashboard.asOf)} — ${dashboard.schoolCount} đơn vị nhận`]);
  for (const req of dashboard.requirements) {
    ws.addRow([
      `Yêu cầu ${req.no ?? '(không đánh số)'} (${req.audienceLabel}, ${req.audienceCount} đơn vị): ${req.milestones.map((m) => m.headline).join('; ') || req.stages.map((s) => `${s.label}: ${s.count}`).join('; ')}${req.overdue ? `; quá hạn: ${req.overdue}` : ''}`,
    ]);
  }
  const illustrative = dashboard.requirements.reduce((n, r) => n + r.illustrative, 0);
  if (illustrative)
    ws.addRow([
      `[minh họa]: ${illustrative} ô là dữ liệu minh họa cho bản trình diễn, không phải số liệu đã xác minh của trường.`,
    ]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow([
    'STT',
    'Đơn vị',
    'Tỉnh, thành phố',
    'Vùng',
    'Tình trạng văn bản',
    ...dashboard.requirements.map(
      (r) => `Yêu cầu ${r.no ?? '✓'}${r.audience === 'all' ? '' : ` (${r.audienceLabel})`}`,
    ),
  ]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  dashboard.schools.forEach((school, i) => {
    const row = ws.addRow([
      i + 1,
      school.name,
      school.provinceName ?? '',
      school.region ?? '',
      school.statusLabel,
      ...school.cells.map((c) =>
        c
          ? `${c.stageLabel}${c.answer?.decisionNumber ? ` (QĐ ${c.answer.decisionNumber}${c.answer.approvalDate ? `, ${formatDateVi(c.answer.approvalDate)}` : ''})` : ''}${c.answer?.targetYear ? `; đạt chuẩn năm ${c.answer.targetYear}` : ''}${c.overdue ? ' — QUÁ HẠN' : ''}${c.illustrative ? ' [minh họa]' : ''}`
          : 'Không áp dụng',
      ),
    ]);
    school.cells.forEach((c, j) => {
      if (c?.overdue) row.getCell(6 + j).font = { color: { argb: 'FFC00000' } };
    });
  });
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 6 : i === 1 ? 42 : i < 5 ? 20 : 36;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
