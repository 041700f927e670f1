/** The results and the certificate list of an edition as an XLSX workbook (the Academy's secretariat). */
import ExcelJS from 'exceljs';
import type { AwardsService } from './awards.service.ts';

type Results = Awaited<ReturnType<AwardsService['results']>>;

function sheet(wb: ExcelJS.Workbook, name: string, titles: string[], widths: number[]) {
  const ws = wb.addWorksheet(name);
  const row = ws.addRow(titles);
  row.font = { bold: true };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

type Collective = Awaited<ReturnType<AwardsService['collective']>>;

export async function buildResultsXlsx(year: number, results: Results, collective: Collective): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TCT';
  const r = sheet(
    wb,
    'Kết quả',
    ['STT', 'Giải', 'Nhóm giải', 'Mã phách', 'Tên tác phẩm', 'Tác giả', 'Đơn vị'],
    [6, 12, 22, 14, 50, 36, 40],
  );
  for (const [i, a] of results.entries())
    r.addRow([i + 1, a.levelLabel, a.prizeCategory, a.blindCode, a.title, a.authors.join(', '), a.organisationName]);
  const c = sheet(
    wb,
    'Danh sách cấp giấy chứng nhận',
    ['STT', 'Họ và tên', 'Tác phẩm', 'Giải', 'Đơn vị', 'Năm'],
    [6, 30, 50, 12, 40, 8],
  );
  let n = 0;
  for (const a of results)
    for (const author of a.authors) c.addRow([++n, author, a.title, a.levelLabel, a.organisationName, year]);
  const t = sheet(wb, 'Giải tập thể (đề xuất)', ['STT', 'Đơn vị'], [6, 50]);
  for (const [i, o] of collective.awarded.entries()) t.addRow([i + 1, o.organisationName]);
  for (const note of collective.notices) t.addRow(['', note]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
