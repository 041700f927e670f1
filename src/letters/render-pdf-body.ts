/**
 * The body of a letter in the PDF (NĐ 30 Phụ lục I, ô 6): justified paragraphs with the first line
 * indented, at least 6 pt between paragraphs; headings bold; numbered and dash items as indented
 * paragraphs; a simple table whose header row repeats on each page it continues on.
 */
import { bulletText, type ComposedLetter, numberedText } from './compose.ts';
import { MM_TO_PT, type TextStyle } from './layout-rules.ts';
import type { LetterBlock } from './model.ts';
import { faceOf } from './fonts.ts';

export interface Frame {
  left: number;
  width: number;
  top: number;
  bottom: number;
}

type Doc = PDFKit.PDFDocument;

export function setStyle(doc: Doc, style: TextStyle): void {
  doc.font(faceOf(style)).fontSize(style.size);
}

export function drawBody(doc: Doc, composed: ComposedLetter, frame: Frame, startY: number): number {
  const { rules } = composed;
  const indent = rules.body.firstLineIndentMm * MM_TO_PT;
  const gap = rules.body.paragraphGapPt;
  let y = startY;
  const paragraph = (text: string, style: TextStyle, align: 'justify' | 'left' | 'center' = 'justify') => {
    setStyle(doc, style);
    const lineGap = (rules.body.lineHeight - 1) * doc.currentLineHeight();
    const first = align === 'center' ? 0 : indent;
    doc.text(text, frame.left, y, { width: frame.width, align, indent: first, lineGap, paragraphGap: 0 });
    y = doc.y + gap;
  };
  for (const block of composed.body) {
    switch (block.kind) {
      case 'paragraph':
        for (const part of block.text.split(/\n+/).filter((p) => p.trim() !== ''))
          paragraph(part.trim(), rules.styles.body);
        break;
      case 'heading':
        paragraph(
          block.text.trim(),
          block.level === 1 ? rules.styles.heading1 : rules.styles.heading2,
          block.align === 'center' ? 'center' : 'left',
        );
        break;
      case 'numbered':
        for (const [index, item] of block.items.entries())
          paragraph(numberedText(block.start, index, item), rules.styles.body);
        break;
      case 'bullets':
        for (const item of block.items) paragraph(bulletText(item), rules.styles.body);
        break;
      case 'table':
        y = drawTable(doc, block, rules.styles.table, frame, y) + gap;
        break;
    }
  }
  return y;
}

type TableBlock = Extract<LetterBlock, { kind: 'table' }>;

const CELL_PAD = 3;

export function tableColumnWidths(block: TableBlock, total: number): number[] {
  const count = block.header.length;
  const given = block.widths && block.widths.length === count ? block.widths : Array.from({ length: count }, () => 1);
  const sum = given.reduce((a, b) => a + b, 0);
  return given.map((w) => (w / sum) * total);
}

function drawTable(doc: Doc, block: TableBlock, style: TextStyle, frame: Frame, startY: number): number {
  const widths = tableColumnWidths(block, frame.width);
  const count = widths.length;
  const rowHeight = (cells: string[], bold: boolean) => {
    setStyle(doc, { ...style, bold });
    return (
      Math.max(
        doc.currentLineHeight(),
        ...cells.map((text, i) => doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * CELL_PAD, lineGap: 0 })),
      ) +
      2 * CELL_PAD
    );
  };
  const drawRow = (cells: string[], y: number, height: number, bold: boolean) => {
    setStyle(doc, { ...style, bold });
    let x = frame.left;
    for (let i = 0; i < count; i++) {
      const width = widths[i] ?? 0;
      doc.lineWidth(0.5).rect(x, y, width, height).stroke();
      doc.text(cells[i] ?? '', x + CELL_PAD, y + CELL_PAD, {
        width: width - 2 * CELL_PAD,
        align: bold ? 'center' : 'left',
        lineGap: 0,
      });
      x += width;
    }
  };
  const header = block.header;
  const headerHeight = rowHeight(header, true);
  let y = startY;
  if (y + headerHeight * 2 > frame.bottom) {
    doc.addPage();
    y = frame.top;
  }
  drawRow(header, y, headerHeight, true);
  y += headerHeight;
  for (const raw of block.rows) {
    const cells = Array.from({ length: count }, (_, i) => raw[i] ?? '');
    const height = rowHeight(cells, false);
    if (y + height > frame.bottom) {
      doc.addPage();
      y = frame.top;
      drawRow(header, y, headerHeight, true);
      y += headerHeight;
    }
    drawRow(cells, y, height, false);
    y += height;
  }
  doc.x = frame.left;
  doc.y = y;
  return y;
}
