/**
 * The Academy's aggregate report as a Word document in Party layout (HD 36-HD/VPTW, as summarised in
 * domain/documents.md §1.3): issuing body top left with the star, number-symbol, "ĐẢNG CỘNG SẢN VIỆT NAM"
 * top right, place and date in italics, the title, then one table per form. It is produced as a draft
 * (marked "DỰ THẢO") for the department to complete, number and sign through the outgoing register.
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
  UnderlineType,
  WidthType,
} from 'docx';
import { vnDate, type IsoDate } from '../dates.ts';
import type { Period } from '../periods.ts';
import type { RegimeVersion } from '../types.ts';
import { type Aggregate, type AggregateCell, aggregateCell } from './aggregate.ts';
import { formatRate, type Rates } from './timeliness.ts';

export type Issuer = {
  /** The superior line, e.g. "BAN CHẤP HÀNH TRUNG ƯƠNG". */
  parent: string;
  /** The body, e.g. "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH". */
  name: string;
  /** Symbol after the type in the number, e.g. "HVCTQG" → "Số   -BC/HVCTQG". */
  symbol: string;
  place: string;
};

export const ACADEMY_ISSUER: Issuer = {
  parent: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
  name: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
  symbol: 'HVCTQG',
  place: 'Hà Nội',
};

export type AggregateDocxInput = {
  version: RegimeVersion;
  period: Period;
  aggregate: Aggregate;
  /** Completeness of this regime and period (from timelinessMatrix's column). */
  completeness: Rates;
  issuer?: Issuer;
  /** The document's date; the day and month are left blank when absent, as on a draft. */
  date?: IsoDate | null;
  /** The number, once the outgoing register gives one. */
  number?: string | null;
};

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** A4 width less the 3 cm left and 2 cm right margins, in twentieths of a point. */
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 };
const PAGE_WIDTH = 11906 - MARGIN.left - MARGIN.right;
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

type Style = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  align?: 'center' | 'left' | 'right';
};

function para(text: string, style: Style = {}): Paragraph {
  return new Paragraph({
    alignment:
      style.align === 'center'
        ? AlignmentType.CENTER
        : style.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.LEFT,
    children: text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          font: FONT,
          bold: style.bold,
          italics: style.italic,
          size: style.size ?? 26,
          ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
        }),
    ),
  });
}

function placeAndDate(issuer: Issuer, date: IsoDate | null | undefined): string {
  if (!date) return `${issuer.place}, ngày     tháng     năm      `;
  return `${issuer.place}, ngày ${date.slice(8, 10)} tháng ${date.slice(5, 7)} năm ${date.slice(0, 4)}`;
}

function heading(issuer: Issuer, input: AggregateDocxInput): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children,
    });
  const left = Math.floor(PAGE_WIDTH * 0.45);
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: [left, PAGE_WIDTH - left],
    rows: [
      new TableRow({
        children: [
          cell(
            [
              para(issuer.parent, { align: 'center', size: 28 }),
              para(issuer.name, { align: 'center', bold: true, size: 28 }),
              para('*', { align: 'center' }),
              para(`Số ${input.number ?? '      '}-BC/${issuer.symbol}`, { align: 'center' }),
            ],
            left,
          ),
          cell(
            [
              para('ĐẢNG CỘNG SẢN VIỆT NAM', { align: 'center', bold: true, underline: true, size: 30 }),
              para(''),
              para(placeAndDate(issuer, input.date), { align: 'center', italic: true }),
            ],
            PAGE_WIDTH - left,
          ),
        ],
      }),
    ],
  });
}

function valueText(cell: AggregateCell | null, options: { code: string; label: string }[] | undefined): string {
  if (!cell) return '';
  if (cell.counts) return (options ?? []).map((o) => `${o.label}: ${cell.counts![o.code] ?? 0}`).join('\n');
  if (cell.value === null) return cell.method === 'none' ? '' : '—';
  return `${numberFormat.format(cell.value)}${cell.method === 'mean' ? ' (TB)' : ''}`;
}

function formTable(version: RegimeVersion, aggregate: Aggregate, formCode: string): Table {
  const form = version.forms.find((f) => f.code === formCode)!;
  const columns = form.columns.filter((c) => c.type !== 'text');
  const first = Math.floor(PAGE_WIDTH * 0.34);
  const other = columns.length ? Math.floor((PAGE_WIDTH - first) / columns.length) : 0;
  const widths = [first, ...columns.map(() => other)];
  const box = (text: string, width: number, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
      children: [para(text, { bold: header, size: 22, align: header ? 'center' : 'left' })],
    });
  const header = new TableRow({
    tableHeader: true,
    children: [
      box('Chỉ tiêu', first, true),
      ...columns.map((c) => box(c.unit ? `${c.label} (${c.unit})` : c.label, other, true)),
    ],
  });
  const rows = form.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          box(row.label, first),
          ...columns.map((c) =>
            box(valueText(aggregateCell(aggregate, form.code, row.code, c.code), c.options), other),
          ),
        ],
      }),
  );
  return new Table({ width: { size: PAGE_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

export async function buildAggregateDocx(input: AggregateDocxInput): Promise<Buffer> {
  const { version, period, aggregate, completeness } = input;
  const issuer = input.issuer ?? ACADEMY_ISSUER;
  const name = version.name.charAt(0).toLowerCase() + version.name.slice(1);
  const body: (Paragraph | Table)[] = [
    para('DỰ THẢO', { align: 'right', bold: true, size: 22 }),
    heading(issuer, input),
    para(''),
    para('BÁO CÁO', { align: 'center', bold: true, size: 32 }),
    para(`Tổng hợp ${name}\n${period.label}`, { align: 'center', bold: true, size: 28 }),
    para('-----', { align: 'center' }),
    para(
      `Khoảng chốt số liệu từ ngày ${vnDate(period.cutoffFrom)} đến ngày ${vnDate(period.cutoffTo)}; hạn gửi báo cáo ngày ${vnDate(period.deadline)}. ` +
        `Số đơn vị phải báo cáo: ${completeness.expected}; đã gửi: ${completeness.received} (${formatRate(completeness.reportingRate)}), ` +
        `trong đó gửi đúng hạn: ${completeness.onTime} (${formatRate(completeness.onTimeRate)}). ` +
        `Số liệu dưới đây tổng hợp từ ${aggregate.reports} báo cáo đã gửi (bản gửi gần nhất của mỗi đơn vị).`,
    ),
  ];
  const hasMean = aggregate.cells.some((c) => c.method === 'mean' && c.value !== null);
  for (const form of version.forms) {
    body.push(
      para(''),
      para(`Biểu ${form.code}. ${form.title}`, { bold: true }),
      formTable(version, aggregate, form.code),
    );
  }
  if (hasMean)
    body.push(para('(TB): trung bình của các đơn vị có số liệu; các ô khác là tổng cộng.', { italic: true, size: 22 }));
  body.push(para(''), para('Nơi nhận:', { bold: true, italic: true, size: 24 }), para('- Lưu: VT.', { size: 22 }));
  const document = new Document({
    creator: 'TCT',
    title: `Báo cáo tổng hợp ${version.name} — ${period.label}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [{ properties: { page: { margin: MARGIN } }, children: body }],
  });
  return Packer.toBuffer(document);
}
