/** The network picture as an XLSX workbook: counts by stage, region and kind, every school, the timeline. */
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../lib/vn.ts';
import { STAGE_LABELS, STAGES } from '../../standard/index.ts';
import type { NetworkPictureView } from './network.service.ts';

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]) {
  const row = ws.addRow(titles);
  row.font = { bold: true };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

export async function buildNetworkXlsx(p: NetworkPictureView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TCT';
  const counts = wb.addWorksheet('Tổng hợp');
  counts.addRow([`Trường chính trị chuẩn — tình hình toàn mạng lưới ngày ${formatDateVi(p.onDate)}`]).font = {
    bold: true,
  };
  header(counts, ['Giai đoạn', 'Số trường'], [48, 12]);
  for (const s of STAGES) counts.addRow([STAGE_LABELS[s], p.counts.byStage[s]]);
  counts.addRow(['Tổng số', p.counts.total]);
  counts.addRow([]);
  counts.addRow(['Đã phê duyệt đề án', p.milestones.projectApproved]);
  for (const r of p.milestones.registeredFor) counts.addRow([`Đăng ký đạt chuẩn năm ${r.year}`, r.count]);
  counts.addRow(['Đã được công nhận', p.milestones.recognised]);

  const regions = wb.addWorksheet('Theo vùng');
  header(regions, ['Vùng', 'Tổng số', 'Chưa công nhận', 'Mức 1', 'Mức 2'], [40, 10, 16, 10, 10]);
  for (const r of p.byRegion) regions.addRow([r.region, r.total, r.byLevel.none, r.byLevel.level1, r.byLevel.level2]);

  const schools = wb.addWorksheet('Các trường');
  header(
    schools,
    ['Mã', 'Tên trường', 'Vùng', 'Giai đoạn', 'Mức', 'Ngày công nhận', 'Đăng ký năm', 'Kế thừa', 'Minh họa'],
    [16, 48, 30, 36, 10, 16, 12, 40, 10],
  );
  for (const s of p.schools)
    schools.addRow([
      s.code,
      s.name,
      s.region ?? '',
      s.stageLabel,
      s.levelLabel ?? '',
      s.recognitionDate ? formatDateVi(s.recognitionDate) : '',
      s.registeredForYear ?? '',
      s.inherited.map((i) => `${i.schoolName} (${formatDateVi(i.date)})`).join('; '),
      s.illustrative ? 'Có (ngày minh họa)' : '',
    ]);

  const timeline = wb.addWorksheet('Dòng thời gian');
  header(
    timeline,
    ['TT', 'Ngày công nhận', 'Trường', 'Mức', 'Số quyết định', 'Trao Bằng', 'Minh họa'],
    [6, 16, 48, 10, 18, 16, 10],
  );
  for (const t of p.timeline)
    timeline.addRow([
      t.order,
      formatDateVi(t.date),
      t.schoolName,
      `Mức ${t.level}`,
      t.decisionNumber ?? '',
      t.certificateDate ? formatDateVi(t.certificateDate) : '',
      t.illustrative ? 'Có' : '',
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
