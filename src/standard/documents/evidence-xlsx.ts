/**
 * The danh mục minh chứng (evidence list) as XLSX, laid out like the lists schools keep for accreditation:
 * grouped by criterion and indicator, one row per evidence item with its code, title, reference and issuer.
 * Evidence shared with another indicator is listed again under each indicator, keeping its first code.
 */
import ExcelJS from 'exceljs';
import type { AssessmentResult } from '../assessment/evaluate.ts';
import { compareEvidenceCodes, indicatorOfEvidence, normalizeEvidenceCode } from '../assessment/evidence-codes.ts';
import type { CatalogueVersion } from '../catalogue/types.ts';
import { formatDateVi } from '../common.ts';

export const EVIDENCE_COLUMNS = [
  { title: 'TT', width: 6 },
  { title: 'Mã minh chứng', width: 16 },
  { title: 'Tên minh chứng', width: 50 },
  { title: 'Số, ngày ban hành', width: 24 },
  { title: 'Nơi ban hành', width: 28 },
  { title: 'Ghi chú', width: 24 },
] as const;

const FONT = { name: 'Times New Roman', size: 12 };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function buildEvidenceListXlsx(
  schoolName: string,
  catalogue: CatalogueVersion,
  result: AssessmentResult,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  const sheet = workbook.addWorksheet('Danh mục minh chứng', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  EVIDENCE_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const width = EVIDENCE_COLUMNS.length;
  const title = (text: string, bold = true) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { ...FONT, bold, size: bold ? 14 : 12 };
    row.getCell(1).alignment = { horizontal: 'center' };
  };
  title('DANH MỤC MINH CHỨNG');
  title(schoolName.toUpperCase());
  title(
    `Tự đánh giá theo Quy định 11-QĐ/TW — ngày nộp hồ sơ ${formatDateVi(result.filingDate)}; danh mục: ${catalogue.title}`,
    false,
  );
  sheet.addRow([]);
  const header = sheet.addRow(EVIDENCE_COLUMNS.map((c) => c.title));
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  const group = (text: string) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { ...FONT, bold: true };
    row.getCell(1).border = BORDER;
  };
  let counter = 0;
  for (const criterion of catalogue.criteria) {
    const own = result.indicators.filter((r) => r.item.criterion === criterion.number);
    if (own.length === 0) continue;
    group(`Tiêu chí ${criterion.number}: ${criterion.title}`);
    for (const r of own) {
      group(`Chỉ tiêu ${r.item.code}: ${r.item.text}`);
      const items = [...(r.entry?.evidence ?? [])]
        .map((e) => ({ ...e, code: normalizeEvidenceCode(e.code) ?? e.code }))
        .sort((a, b) => compareEvidenceCodes(a.code, b.code));
      for (const e of items) {
        counter += 1;
        const shared =
          indicatorOfEvidence(e.code) !== r.item.code ? `Dùng chung (chỉ tiêu ${indicatorOfEvidence(e.code)})` : null;
        const row = sheet.addRow([
          counter,
          e.code,
          e.title,
          e.reference,
          e.issuer,
          [shared, e.note].filter(Boolean).join('; ') || null,
        ]);
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cell.font = FONT;
          cell.border = BORDER;
          cell.alignment = { vertical: 'top', wrapText: true, ...(col <= 2 ? { horizontal: 'center' } : {}) };
        });
      }
    }
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
