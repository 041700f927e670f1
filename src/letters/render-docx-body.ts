/**
 * The body of a letter in the DOCX, as in the PDF (render-pdf-body.ts): justified paragraphs with the
 * first line indented, headings, numbered and dash items with their printed labels (literal text rather
 * than Word numbering, so both formats show the same numbers), and a table whose header row repeats.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { bulletText, type ComposedLetter, columnWidths, numberedText } from './compose.ts';
import { MM_TO_PT, type TextStyle } from './layout-rules.ts';
import type { LetterBlock } from './model.ts';

export const FONT = 'Times New Roman';
const TWIPS_PER_PT = 20;
export const pt = (v: number) => Math.round(v * TWIPS_PER_PT);
export const SINGLE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

export function run(text: string, style: TextStyle, color?: string): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size * 2,
    bold: Boolean(style.bold),
    italics: Boolean(style.italic),
    ...(style.underline ? { underline: {} } : {}),
    ...(color ? { color } : {}),
  });
}

export function body(composed: ComposedLetter): Array<Paragraph | Table> {
  const { rules } = composed;
  const line = Math.round(240 * rules.body.lineHeight);
  const para = (text: string, style: TextStyle, align: 'justify' | 'left' | 'center' = 'justify') =>
    new Paragraph({
      alignment:
        align === 'center' ? AlignmentType.CENTER : align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
      spacing: { before: 0, after: pt(rules.body.paragraphGapPt), line, lineRule: LineRuleType.AUTO },
      indent: align === 'center' ? {} : { firstLine: pt(rules.body.firstLineIndentMm * MM_TO_PT) },
      children: [run(text, style)],
    });
  const out: Array<Paragraph | Table> = [];
  for (const block of composed.body) {
    if (block.kind === 'paragraph')
      for (const part of block.text.split(/\n+/).filter((p) => p.trim() !== ''))
        out.push(para(part.trim(), rules.styles.body));
    else if (block.kind === 'heading')
      out.push(
        para(
          block.text.trim(),
          block.level === 1 ? rules.styles.heading1 : rules.styles.heading2,
          block.align ?? 'left',
        ),
      );
    else if (block.kind === 'numbered')
      out.push(...block.items.map((item, i) => para(numberedText(block.start, i, item), rules.styles.body)));
    else if (block.kind === 'bullets')
      for (const item of block.items) out.push(para(bulletText(item), rules.styles.body));
    else
      out.push(
        table(block, rules.styles.table, columnWidths(rules).text),
        new Paragraph({ spacing: { after: pt(rules.body.paragraphGapPt) } }),
      );
  }
  return out;
}

function table(block: Extract<LetterBlock, { kind: 'table' }>, style: TextStyle, width: number): Table {
  const count = block.header.length;
  const given = block.widths && block.widths.length === count ? block.widths : Array.from({ length: count }, () => 1);
  const sum = given.reduce((a, b) => a + b, 0);
  const widths = given.map((w) => pt((w / sum) * width));
  const borders = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE };
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: Array.from(
        { length: count },
        (_, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            borders,
            margins: { top: 40, bottom: 40, left: 60, right: 60 },
            children: [
              new Paragraph({
                alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [run(cells[i] ?? '', { ...style, bold })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: pt(width), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}
