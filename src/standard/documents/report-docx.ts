/**
 * The self-assessment report as DOCX in the Party document layout (HD 36-HD/VPTW, documents.md §1.3):
 * issuing body top left (the superior committee, the school in bold, a star), "ĐẢNG CỘNG SẢN VIỆT NAM" top
 * right, the number-symbol left blank for the clerk, place and date in italics, the title, a section per
 * criterion with its indicator table, what is missing, and the signature block.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AssessmentResult, IndicatorResult } from '../assessment/evaluate.ts';
import { STATUS_LABELS } from '../assessment/types.ts';
import { formatThreshold, formatValue } from '../catalogue/catalogue.ts';
import type { CatalogueVersion } from '../catalogue/types.ts';
import { CONFIDENCE_LABELS, formatDateVi, LEVEL_LABELS } from '../common.ts';

export type ReportHeading = {
  /** The committee the school answers to, e.g. "Tỉnh ủy Thái Nguyên". */
  parentCommittee: string;
  schoolName: string;
  /** Printed as is; default leaves the number blank for the clerk ("Số     -BC/TCT"). */
  numberSymbol?: string | null;
  /** Place name of the date line, e.g. "Thái Nguyên". */
  place: string;
  /** Null prints "ngày … tháng … năm …" to be filled at signing. */
  date?: string | null;
  signerTitle?: string;
  signerName?: string | null;
  recipients?: string[];
};

const FONT = 'Times New Roman';
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 }; // 2 cm, 3 cm left, 1.5 cm right
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

type Style = {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  underline?: boolean;
  align?: 'center' | 'left' | 'right' | 'both';
};

function para(text: string, style: Style = {}, spacingAfter = 60): Paragraph {
  const align = {
    center: AlignmentType.CENTER,
    left: AlignmentType.LEFT,
    right: AlignmentType.RIGHT,
    both: AlignmentType.JUSTIFIED,
  };
  return new Paragraph({
    alignment: align[style.align ?? 'both'],
    spacing: { after: spacingAfter },
    children: [
      new TextRun({
        text,
        font: FONT,
        size: style.size ?? 26,
        bold: style.bold,
        italics: style.italics,
        underline: style.underline ? {} : undefined,
      }),
    ],
  });
}

function dateLine(heading: ReportHeading): string {
  if (!heading.date) return `${heading.place}, ngày … tháng … năm …`;
  const [y, m, d] = heading.date.split('-');
  return `${heading.place}, ngày ${d} tháng ${m} năm ${y}`;
}

function headingBlock(heading: ReportHeading): Table {
  const half = Math.floor(WIDTH / 2);
  const cell = (children: Paragraph[]) =>
    new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([
            para(heading.parentCommittee.toUpperCase(), { size: 28, align: 'center' }, 0),
            para(heading.schoolName.toUpperCase(), { size: 28, bold: true, align: 'center' }, 0),
            para('*', { align: 'center' }, 0),
            para(heading.numberSymbol ?? 'Số       -BC/TCT', { align: 'center' }),
          ]),
          cell([
            para('ĐẢNG CỘNG SẢN VIỆT NAM', { size: 30, bold: true, underline: true, align: 'center' }, 240),
            para(dateLine(heading), { italics: true, size: 28, align: 'center' }),
          ]),
        ],
      }),
    ],
  });
}

export const INDICATOR_TABLE_HEADERS = ['Mã', 'Chỉ tiêu', 'Đơn vị', 'Ngưỡng', 'Kết quả', 'Tự đánh giá', 'Minh chứng'];
const COLUMN_SHARES = [7, 36, 8, 10, 11, 11, 17];

function tableCell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    children: [para(text, { size: 22, bold: header, align: header ? 'center' : 'left' }, 0)],
  });
}

function valueText(r: IndicatorResult): string {
  if (r.value === null) return '';
  return formatValue(r.value, r.item.unit) + (r.valueSource === 'computed' ? ' (TCT tính)' : '');
}

function indicatorTable(results: IndicatorResult[]): Table {
  const total = COLUMN_SHARES.reduce((a, b) => a + b, 0);
  const widths = COLUMN_SHARES.map((s) => Math.floor((s / total) * WIDTH));
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((t, i) => tableCell(t, widths[i] ?? 0, header)),
    });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(INDICATOR_TABLE_HEADERS, true),
      ...results.map((r) =>
        row([
          r.item.code,
          r.item.text + (r.item.confidence === 'confirmed' ? '' : ` (${CONFIDENCE_LABELS[r.item.confidence]})`),
          r.item.unit ?? 'Định tính',
          r.threshold ? formatThreshold(r.threshold.threshold, r.item.unit) : 'Chưa có',
          valueText(r),
          r.status ? STATUS_LABELS[r.status] : 'Chưa đánh giá',
          (r.entry?.evidence ?? []).map((e) => e.code).join(', '),
        ]),
      ),
    ],
  });
}

function criterionSection(
  catalogue: CatalogueVersion,
  result: AssessmentResult,
  number: number,
): (Paragraph | Table)[] {
  const criterion = catalogue.criteria.find((c) => c.number === number)!;
  const own = result.indicators.filter((r) => r.item.criterion === number);
  const tally = result.progress.byCriterion.find((c) => c.criterion === number)!;
  const out: (Paragraph | Table)[] = [para(`${number}. Tiêu chí ${number}: ${criterion.title}`, { bold: true })];
  if (own.length === 0) {
    out.push(para('Danh mục chỉ tiêu đang dùng chưa có chỉ tiêu nào của tiêu chí này.', { italics: true }));
    return out;
  }
  out.push(
    para(
      `Số chỉ tiêu trong danh mục: ${own.length}; đạt ${tally.met} (vượt chuẩn ${tally.exceeded}); chưa đạt ${tally.notMet}; xin ý kiến ${tally.referred}; chưa đánh giá ${tally.notAssessed}.`,
    ),
    indicatorTable(own),
  );
  for (const r of own) {
    if (r.computation)
      out.push(
        para(
          `Chỉ tiêu ${r.item.code} — cách tính: ${r.computation.formula}: ${r.computation.worked}.`,
          { italics: true, size: 22 },
          0,
        ),
      );
    if (r.entry?.comment) out.push(para(`Chỉ tiêu ${r.item.code}: ${r.entry.comment}`, { size: 24 }, 0));
  }
  out.push(para('', {}, 120));
  return out;
}

function signatureBlock(heading: ReportHeading): Table {
  const half = Math.floor(WIDTH / 2);
  const recipients = heading.recipients ?? [
    '- Học viện Chính trị quốc gia Hồ Chí Minh,',
    `- ${heading.parentCommittee},`,
    '- Lưu.',
  ];
  const cell = (children: Paragraph[]) =>
    new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([
            para('Nơi nhận:', { bold: true, underline: true, size: 24, align: 'left' }, 0),
            ...recipients.map((r) => para(r, { size: 22, align: 'left' }, 0)),
          ]),
          cell([
            para(heading.signerTitle ?? 'HIỆU TRƯỞNG', { bold: true, align: 'center' }, 1200),
            para(heading.signerName ?? '', { bold: true, align: 'center' }),
          ]),
        ],
      }),
    ],
  });
}

export async function buildSelfAssessmentReportDocx(
  heading: ReportHeading,
  catalogue: CatalogueVersion,
  result: AssessmentResult,
): Promise<Buffer> {
  const level = LEVEL_LABELS[result.targetLevel].toLowerCase();
  const body: (Paragraph | Table)[] = [
    headingBlock(heading),
    para('', {}, 240),
    para('BÁO CÁO TỰ ĐÁNH GIÁ', { bold: true, size: 30, align: 'center' }, 0),
    para(
      `kết quả thực hiện tiêu chí trường chính trị chuẩn ${level} theo Quy định số 11-QĐ/TW ngày 19/5/2021 của Ban Bí thư`,
      { bold: true, align: 'center' },
      240,
    ),
    para('I. THÔNG TIN CHUNG', { bold: true }),
    para(`Danh mục chỉ tiêu áp dụng: ${catalogue.title} (${CONFIDENCE_LABELS[catalogue.confidence]}).`),
    para(`Ngày nộp hồ sơ: ${formatDateVi(result.filingDate)}. Số liệu được xét trong 5 năm trước ngày nộp hồ sơ.`),
    para(`Kết quả tự đánh giá: ${result.progress.line}.`, { bold: true }),
    para('II. KẾT QUẢ TỰ ĐÁNH GIÁ THEO TIÊU CHÍ', { bold: true }),
    ...catalogue.criteria.flatMap((c) => criterionSection(catalogue, result, c.number)),
    para('III. NHỮNG CHỈ TIÊU CHƯA ĐẠT, CÒN THIẾU', { bold: true }),
    ...(result.missing.length === 0 ? [para('Không có.')] : result.missing.map((m) => para(`- ${m.message}.`))),
    para('IV. KIẾN NGHỊ, ĐỀ XUẤT', { bold: true }),
    para('…', {}, 240),
    signatureBlock(heading),
  ];
  const document = new Document({
    creator: 'TCT',
    title: `Báo cáo tự đánh giá — ${heading.schoolName}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(document);
}
