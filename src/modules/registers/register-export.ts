/**
 * Printable incoming register (sổ đăng ký văn bản đến, NĐ 30/2020/NĐ-CP Phụ lục IV) as XLSX and DOCX.
 * NĐ 30 Điều 22 lets a body keep its register in the system, on condition that it is printed and signed:
 * these files are that printout, so both formats are laid out for landscape A4 with the header row
 * repeated on every page. Rows are printed in the order given (the caller sorts by số đến).
 */
import ExcelJS from 'exceljs';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatDateVi } from '../../lib/vn.ts';

export type IncomingRegisterRow = {
  /** YYYY-MM-DD */
  receivedDate: string;
  incomingNumber: number;
  issuerName: string;
  numberSymbol: string | null;
  /** YYYY-MM-DD */
  documentDate: string | null;
  typeName: string | null;
  subject: string | null;
  recipientText: string | null;
  note: string | null;
};

export type IncomingRegisterMeta = {
  organisationName: string;
  /** YYYY-MM-DD, first day covered. */
  from: string;
  /** YYYY-MM-DD, last day covered. */
  to: string;
  /** Printed under the title, e.g. "Quyển số 01" or "Văn bản đến của Đảng". */
  registerName?: string;
};

export const INCOMING_REGISTER_TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN';
export const EMPTY_REGISTER_LINE = 'Không có văn bản trong khoảng thời gian này';

/** Phụ lục IV columns; widths are Excel character units, reused as proportions for the Word table. */
export const INCOMING_REGISTER_COLUMNS = [
  { title: 'Ngày đến', width: 11 },
  { title: 'Số đến', width: 8 },
  { title: 'Tác giả (cơ quan ban hành)', width: 24 },
  { title: 'Số, ký hiệu', width: 16 },
  { title: 'Ngày tháng văn bản', width: 11 },
  { title: 'Tên loại và trích yếu nội dung', width: 44 },
  { title: 'Đơn vị hoặc người nhận', width: 20 },
  { title: 'Ký nhận', width: 10 },
  { title: 'Ghi chú', width: 14 },
] as const;

const COLUMN_COUNT = INCOMING_REGISTER_COLUMNS.length;

/** Title block lines, identical in both formats. */
export function registerTitleLines(meta: IncomingRegisterMeta, rows: readonly IncomingRegisterRow[]): string[] {
  const fromYear = requireIsoDate(meta.from, 'từ ngày').slice(0, 4);
  const toYear = requireIsoDate(meta.to, 'đến ngày').slice(0, 4);
  const first = rows[0]?.incomingNumber;
  const last = rows[rows.length - 1]?.incomingNumber;
  return [
    meta.organisationName.toUpperCase(),
    INCOMING_REGISTER_TITLE,
    ...(meta.registerName ? [meta.registerName] : []),
    fromYear === toYear ? `Năm ${fromYear}` : `Năm ${fromYear} - ${toYear}`,
    `Từ ngày ${formatDateVi(meta.from)} đến ngày ${formatDateVi(meta.to)}`,
    // Left as dotted blanks when empty, like the paper form, rather than printing a misleading "0".
    first === undefined || last === undefined ? 'Từ số … đến số …' : `Từ số ${first} đến số ${last}`,
  ];
}

/** "Tên loại và trích yếu": skip the type when the summary already starts with it ("Quyết định về việc…"). */
export function typeAndSubject(row: Pick<IncomingRegisterRow, 'typeName' | 'subject'>): string {
  const typeName = row.typeName?.trim() ?? '';
  const subject = row.subject?.trim() ?? '';
  if (typeName === '' || subject.toLowerCase().startsWith(typeName.toLowerCase())) return subject;
  return subject === '' ? typeName : `${typeName}: ${subject}`;
}

// ---------------------------------------------------------------- XLSX

export async function buildIncomingRegisterXlsx(
  meta: IncomingRegisterMeta,
  rows: IncomingRegisterRow[],
): Promise<Buffer> {
  const titleLines = registerTitleLines(meta, rows);
  const headerRowNumber = titleLines.length + 2; // one blank line between the title block and the table
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TCT';
  const sheet = workbook.addWorksheet('Sổ văn bản đến', {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as needed
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
    },
    headerFooter: { oddFooter: '&CTrang &P/&N' },
    views: [{ state: 'frozen', ySplit: headerRowNumber }],
  });
  INCOMING_REGISTER_COLUMNS.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });

  titleLines.forEach((line, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = line;
    row.getCell(1).font = { name: 'Times New Roman', bold: index <= 1, size: index === 1 ? 14 : 12 };
    row.getCell(1).alignment = { horizontal: 'center' };
    sheet.mergeCells(index + 1, 1, index + 1, COLUMN_COUNT);
  });

  const header = sheet.getRow(headerRowNumber);
  INCOMING_REGISTER_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.title;
    cell.font = { name: 'Times New Roman', bold: true, size: 11 };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
  });

  if (rows.length === 0) {
    const emptyRow = sheet.getRow(headerRowNumber + 1);
    emptyRow.getCell(1).value = EMPTY_REGISTER_LINE;
    emptyRow.getCell(1).font = { name: 'Times New Roman', italic: true, size: 11 };
    emptyRow.getCell(1).alignment = { horizontal: 'center' };
    sheet.mergeCells(headerRowNumber + 1, 1, headerRowNumber + 1, COLUMN_COUNT);
  }
  rows.forEach((registerRow, index) => {
    const row = sheet.getRow(headerRowNumber + 1 + index);
    const values: ExcelJS.CellValue[] = [
      excelDate(registerRow.receivedDate, 'ngày đến'),
      registerRow.incomingNumber,
      registerRow.issuerName,
      registerRow.numberSymbol,
      registerRow.documentDate ? excelDate(registerRow.documentDate, 'ngày văn bản') : null,
      typeAndSubject(registerRow) || null,
      registerRow.recipientText,
      null, // Ký nhận: signed by hand on the printout
      registerRow.note,
    ];
    values.forEach((value, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.value = value;
      cell.font = { name: 'Times New Roman', size: 11 };
      cell.border = THIN_BORDER;
      const centred = columnIndex === 0 || columnIndex === 1 || columnIndex === 4;
      cell.alignment = { vertical: 'top', wrapText: true, ...(centred ? { horizontal: 'center' } : {}) };
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Real dates (not text) so the sheet can be sorted; UTC midnight because exceljs serialises in UTC. */
function excelDate(isoDate: string, label: string): Date {
  const [year, month, day] = requireIsoDate(isoDate, label).split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

// ---------------------------------------------------------------- DOCX

const A4_PORTRAIT = { width: 11906, height: 16838 }; // twentieths of a point; docx swaps them for landscape
const PAGE_MARGIN = 1134; // 2 cm
const TABLE_WIDTH = A4_PORTRAIT.height - 2 * PAGE_MARGIN;
const FONT = 'Times New Roman';

export async function buildIncomingRegisterDocx(
  meta: IncomingRegisterMeta,
  rows: IncomingRegisterRow[],
): Promise<Buffer> {
  const titleLines = registerTitleLines(meta, rows);
  const totalWidth = INCOMING_REGISTER_COLUMNS.reduce((sum, column) => sum + column.width, 0);
  const columnWidths = INCOMING_REGISTER_COLUMNS.map((column) => Math.floor((column.width / totalWidth) * TABLE_WIDTH));

  const headerRow = new TableRow({
    tableHeader: true, // repeated at the top of every printed page
    cantSplit: true,
    children: INCOMING_REGISTER_COLUMNS.map((column, index) =>
      wordCell(column.title, columnWidths[index] ?? 0, {
        bold: true,
        centred: true,
        shaded: true,
      }),
    ),
  });
  const bodyRows =
    rows.length === 0
      ? [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: COLUMN_COUNT,
                children: [paragraph(EMPTY_REGISTER_LINE, { italic: true, centred: true })],
              }),
            ],
          }),
        ]
      : rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: [
                formatDateVi(requireIsoDate(row.receivedDate, 'ngày đến')),
                String(row.incomingNumber),
                row.issuerName,
                row.numberSymbol ?? '',
                row.documentDate ? formatDateVi(requireIsoDate(row.documentDate, 'ngày văn bản')) : '',
                typeAndSubject(row),
                row.recipientText ?? '',
                '',
                row.note ?? '',
              ].map((text, index) =>
                wordCell(text, columnWidths[index] ?? 0, { centred: index === 0 || index === 1 || index === 4 }),
              ),
            }),
        );

  const document = new Document({
    creator: 'TCT',
    title: `${INCOMING_REGISTER_TITLE} — ${meta.organisationName}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4_PORTRAIT, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 20,
                    children: ['Trang ', PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titleLines.map((line, index) =>
            paragraph(line, {
              bold: index <= 1,
              centred: true,
              size: index === 1 ? 28 : 24,
            }),
          ),
          new Paragraph({ children: [] }),
          new Table({
            width: { size: TABLE_WIDTH, type: WidthType.DXA },
            columnWidths,
            rows: [headerRow, ...bodyRows],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  centred?: boolean;
  shaded?: boolean;
  /** Half-points. */
  size?: number;
}

function paragraph(text: string, style: TextStyle = {}): Paragraph {
  // Each line of a multi-line value becomes its own run separated by a break, as Word expects.
  const runs = text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : 0,
        font: FONT,
        bold: style.bold,
        italics: style.italic,
        size: style.size ?? 22,
      }),
  );
  return new Paragraph({ alignment: style.centred ? AlignmentType.CENTER : AlignmentType.LEFT, children: runs });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function wordCell(text: string, width: number, style: TextStyle): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: style.shaded ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
    ...(style.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
    children: [paragraph(text, style)],
  });
}

// ---------------------------------------------------------------- shared

/** A register with a wrong date would be a wrong legal record: stop rather than print something plausible. */
function requireIsoDate(value: string, label: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const probe = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!probe || Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Sổ đăng ký văn bản đến: ${label} "${value}" không phải ngày hợp lệ (YYYY-MM-DD)`);
  }
  return value;
}
