/**
 * Letter → PDF in the legal layout (pdfkit; fonts embedded as TrueType subsets with a ToUnicode map, so
 * the text can be searched and copied with its Vietnamese diacritics). Positions come from the rule set
 * (layout-rules.ts); the page regions are described in compose.ts.
 *
 * Besides the PDF the renderer returns where it left room for the handwritten/visible signature, so the
 * signing step can place a visible signature there without guessing.
 */
import PDFDocument from 'pdfkit';
import { type ComposedLetter, type ComposedLine, columnWidths, composeLetter } from './compose.ts';
import { loadLetterFonts } from './fonts.ts';
import { fontMeasure } from './measure.ts';
import { MM_TO_PT, type RuleBelow } from './layout-rules.ts';
import type { Letter } from './model.ts';
import { drawBody, type Frame, setStyle } from './render-pdf-body.ts';

/** A rectangle in PDF user space (points, origin bottom-left), as a signature widget wants it. */
export interface PdfBox {
  /** 0-based page index. */
  page: number;
  rect: [number, number, number, number];
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** The space between the signer's title and name (for the signer's visible signature). */
  signatureSpace: PdfBox;
  /**
   * Where the organisation's signature goes: the seal's place, over the left third of the signer's
   * signature (NĐ 30 Phụ lục I, chữ ký số của cơ quan, tổ chức).
   */
  organisationSpace: PdfBox;
  /** The number line and the place-date line on page 1: the clerk's number and date are stamped there at issue. */
  numberSlot: PdfBox;
  dateSlot: PdfBox;
}

export interface RenderOptions {
  /** YYYY-MM-DD; picks the rule set for an undated draft and the year it prints. */
  today: string;
  /** Fixed creation date for reproducible files (tests); defaults to now. */
  creationDate?: Date;
}

type Doc = PDFKit.PDFDocument;

function drawLines(doc: Doc, lines: ComposedLine[], x: number, y: number, width: number): number {
  let top = y;
  for (const l of lines) {
    setStyle(doc, l.style);
    if (l.framed) {
      top = drawFramed(doc, l.text, x, top + 4, width);
      continue;
    }
    doc.text(l.text, x, top, { width, align: 'center', underline: Boolean(l.style.underline), lineGap: 0 });
    top = doc.y;
  }
  return top;
}

/** Urgency/confidentiality mark: capitals in a single-line frame 8 mm high (NĐ 30 Phụ lục I: 20/30/40 × 8 mm). */
function drawFramed(doc: Doc, text: string, x: number, y: number, width: number): number {
  const textWidth = doc.widthOfString(text);
  const frameWidth = Math.min(
    width,
    [20, 30, 40].map((mm) => mm * MM_TO_PT).find((w) => w >= textWidth + 8) ?? textWidth + 8,
  );
  const height = 8 * MM_TO_PT;
  const left = x + (width - frameWidth) / 2;
  doc.lineWidth(0.75).rect(left, y, frameWidth, height).stroke();
  const textHeight = doc.currentLineHeight();
  doc.text(text, left, y + (height - textHeight) / 2 + 1, { width: frameWidth, align: 'center', lineBreak: false });
  return y + height;
}

/** The widest printed line of a group, capped at the column (a wrapped line fills the column). */
function widestLine(doc: Doc, lines: ComposedLine[], width: number): number {
  let widest = 0;
  for (const l of lines) {
    setStyle(doc, l.style);
    widest = Math.max(widest, Math.min(width, doc.widthOfString(l.text)));
  }
  return widest;
}

/** The rule, "*" or dashes under a header group or the subject. Returns the y below it. */
function drawRuleBelow(doc: Doc, rule: RuleBelow, over: ComposedLine[], x: number, y: number, width: number): number {
  const last = over[over.length - 1];
  if (!last) return y;
  if (rule.kind === 'star' || rule.kind === 'dashes') {
    setStyle(doc, { ...last.style, bold: false, underline: false });
    doc.text(rule.kind === 'star' ? '*' : '-----', x, y, { width, align: 'center', lineGap: 0 });
    return doc.y;
  }
  const base = rule.kind === 'text' ? widestLine(doc, [last], width) : widestLine(doc, over, width) * rule.of;
  const lineY = y + 4; // clear of the descenders of the line above
  doc
    .lineWidth(0.6)
    .moveTo(x + (width - base) / 2, lineY)
    .lineTo(x + (width + base) / 2, lineY)
    .stroke();
  return lineY + 3;
}

export async function renderLetterPdf(letter: Letter, options: RenderOptions): Promise<RenderedPdf> {
  const fonts = loadLetterFonts();
  const composed = composeLetter(letter, { today: options.today, measure: fontMeasure(fonts) });
  const { rules } = composed;
  const page = rules.page;
  const doc = new PDFDocument({
    size: [page.widthMm * MM_TO_PT, page.heightMm * MM_TO_PT],
    margins: {
      top: page.topMm * MM_TO_PT,
      bottom: page.bottomMm * MM_TO_PT,
      left: page.leftMm * MM_TO_PT,
      right: page.rightMm * MM_TO_PT,
    },
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    info: {
      Title: `${composed.typeName}: ${letter.subject}`.slice(0, 500),
      Author: letter.issuer.name.replace(/\n/g, ' '),
      Subject: letter.numberSymbol ?? 'Dự thảo',
      Creator: 'TCT',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const [face, data] of Object.entries(fonts.files)) doc.registerFont(face, data);

  const frame: Frame = {
    left: page.leftMm * MM_TO_PT,
    width: (page.widthMm - page.leftMm - page.rightMm) * MM_TO_PT,
    top: page.topMm * MM_TO_PT,
    bottom: (page.heightMm - page.bottomMm) * MM_TO_PT,
  };
  const { left: leftWidth, right: rightWidth, title: titleWidth } = columnWidths(rules);
  const rightX = frame.left + leftWidth;

  if (composed.draftMark)
    drawLines(doc, [composed.draftMark], rightX + rightWidth - 40 * MM_TO_PT, frame.top / 3, 40 * MM_TO_PT);

  // Header: both columns start at the top margin; the number and the date share the next line.
  let yLeft = drawLines(doc, composed.headerLeft, frame.left, frame.top, leftWidth);
  yLeft = drawRuleBelow(
    doc,
    composed.headerLeftRule,
    composed.headerLeft.filter((l) => l.role === 'issuingBody'),
    frame.left,
    yLeft,
    leftWidth,
  );
  let yRight = drawLines(doc, composed.headerRight, rightX, frame.top, rightWidth);
  yRight = drawRuleBelow(doc, composed.headerRightRule, composed.headerRight, rightX, yRight, rightWidth);
  const numberTop = Math.max(yLeft, yRight) + (composed.family === 'state' ? 6 : 4);
  const [numberLine, ...underNumber] = composed.numberLeft;
  yLeft = numberLine ? drawLines(doc, [numberLine], frame.left, numberTop, leftWidth) : numberTop;
  const numberBottom = numberLine ? numberTop + doc.currentLineHeight() : numberTop;
  const numberSlot: PdfBox = {
    page: 0,
    rect: toPdfRect(doc, frame.left, numberTop - 1, frame.left + leftWidth, numberBottom + 1),
  };
  if (underNumber.length > 0) yLeft = drawLines(doc, underNumber, frame.left, yLeft + 6, leftWidth);
  yRight = drawLines(doc, composed.numberRight, rightX, numberTop, rightWidth);
  const dateSlot: PdfBox = { page: 0, rect: toPdfRect(doc, rightX, numberTop - 1, rightX + rightWidth, yRight + 1) };

  let y = Math.max(yLeft, yRight) + 14;
  if (composed.title.length > 0) {
    const titleX = frame.left + (frame.width - titleWidth) / 2;
    y = drawLines(doc, composed.title, titleX, y + 4, titleWidth);
    if (composed.titleRule)
      y = drawRuleBelow(
        doc,
        composed.titleRule,
        composed.title.filter((l) => l.role === 'subject'),
        titleX,
        y,
        titleWidth,
      );
    y += 10;
  }
  if (composed.addressees) y = drawAddressees(doc, composed, frame, y + 6) + 8;

  y = drawBody(doc, composed, frame, y);
  const signatureSpace = drawClosing(doc, composed, frame, y + 10, leftWidth);

  addPageNumbers(doc, composed, frame);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  await finished;
  const organisationSpace = sealBox(signatureSpace);
  return { pdf: Buffer.concat(chunks), pages, signatureSpace, organisationSpace, numberSlot, dateSlot };
}

/** "Kính gửi:" with the addressees aligned under the colon, the whole block centred on the page. */
function drawAddressees(doc: Doc, composed: ComposedLetter, frame: Frame, y: number): number {
  const block = composed.addressees;
  if (!block) return y;
  setStyle(doc, block.style);
  const labelWidth = doc.widthOfString(`${block.label} `);
  const widest = Math.max(...block.lines.map((l) => doc.widthOfString(l)));
  const indent = Math.min(Math.max(0, (frame.width - labelWidth - widest) / 2), 40 * MM_TO_PT);
  const itemsX = frame.left + indent + labelWidth;
  const itemsWidth = frame.left + frame.width - itemsX;
  if (y + doc.currentLineHeight() * 2 > frame.bottom) {
    doc.addPage();
    y = frame.top;
  }
  doc.text(block.label, frame.left + indent, y, { lineBreak: false });
  let top = y;
  for (const l of block.lines) {
    doc.text(l, itemsX, top, { width: itemsWidth, align: 'left' });
    top = doc.y;
  }
  return top;
}

/** Signer (right column) and Nơi nhận (left column) start on the same line and stay on one page. */
function drawClosing(doc: Doc, composed: ComposedLetter, frame: Frame, y: number, leftWidth: number): PdfBox {
  const rightX = frame.left + leftWidth;
  const rightWidth = frame.width - leftWidth;
  const space = composed.rules.signatureSpaceMm * MM_TO_PT;
  const heightOf = (lines: ComposedLine[], width: number) =>
    lines.reduce((sum, l) => {
      setStyle(doc, l.style);
      return sum + doc.heightOfString(l.text, { width, lineGap: 0 });
    }, 0);
  const signatureHeight =
    heightOf(composed.signature, rightWidth) + space + heightOf([composed.signerName], rightWidth);
  const recipientsHeight = heightOf(composed.recipients, leftWidth);
  if (y + Math.max(signatureHeight, recipientsHeight) > frame.bottom) {
    doc.addPage();
    y = frame.top;
  }
  const pageIndex = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const titleBottom = drawLines(doc, composed.signature, rightX, y, rightWidth);
  drawLines(doc, [composed.signerName], rightX, titleBottom + space, rightWidth);
  let top = y;
  for (const l of composed.recipients) {
    setStyle(doc, l.style);
    doc.text(l.text, frame.left, top, {
      width: leftWidth - 6,
      align: 'left',
      underline: Boolean(l.style.underline),
      lineGap: 0,
    });
    top = doc.y;
  }
  return {
    page: pageIndex,
    rect: toPdfRect(
      doc,
      rightX + rightWidth * 0.1,
      titleBottom + 2,
      rightX + rightWidth * 0.9,
      titleBottom + space - 2,
    ),
  };
}

/** Page numbers from page 2, centred in the top margin (NĐ 30 Phụ lục I: the first page shows none). */
function addPageNumbers(doc: Doc, composed: ComposedLetter, frame: Frame): void {
  const range = doc.bufferedPageRange();
  if (range.count < 2) return;
  setStyle(doc, composed.rules.styles.pageNumber);
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = frame.top / 2 - doc.currentLineHeight() / 2;
    doc.text(String(i - range.start + 1), frame.left, y, { width: frame.width, align: 'center', lineBreak: false });
  }
}

const SEAL_MM = 34;

function sealBox(signature: PdfBox): PdfBox {
  const [x1, y1, , y2] = signature.rect;
  const size = SEAL_MM * MM_TO_PT;
  const cx = x1 + (signature.rect[2] - x1) / 6;
  const cy = (y1 + y2) / 2;
  const r = (v: number) => Math.round(v * 100) / 100;
  return { page: signature.page, rect: [r(cx - size / 2), r(cy - size / 2), r(cx + size / 2), r(cy + size / 2)] };
}

/** pdfkit measures from the top-left; PDF annotations use the bottom-left origin. */
function toPdfRect(doc: Doc, x1: number, yTop: number, x2: number, yBottom: number): [number, number, number, number] {
  const height = doc.page.height;
  const round = (v: number) => Math.round(v * 100) / 100;
  return [round(x1), round(height - yBottom), round(x2), round(height - yTop)];
}
