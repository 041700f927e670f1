/**
 * Letter → DOCX in the legal layout, for the drafter to edit in Word or LibreOffice. The same composition
 * as the PDF (compose.ts): the header is a borderless two-column table whose second row holds the number
 * and the date, so they share a line as NĐ 30 Phụ lục I requires; the closing is another borderless table
 * (Nơi nhận left, signer right). Rules under a line are empty paragraphs with a bottom border, indented so
 * the border has the rule's length. Font: Times New Roman (Word has it; LibreOffice substitutes Liberation
 * Serif, which has the same metrics).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type ComposedLetter, type ComposedLine, columnWidths, composeLetter } from './compose.ts';
import { FontUnavailableError, loadLetterFonts } from './fonts.ts';
import { MM_TO_PT, type RuleBelow, type TextStyle } from './layout-rules.ts';
import { fontMeasure, type Measure } from './measure.ts';
import type { Letter } from './model.ts';
import { body, FONT, pt, run, SINGLE } from './render-docx-body.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export interface DocxOptions {
  today: string;
}

/** Without the PDF fonts the DOCX still renders; widths are then estimated (half an em per character). */
function measureOrEstimate(): Measure {
  try {
    return fontMeasure(loadLetterFonts());
  } catch (error) {
    if (error instanceof FontUnavailableError) return (text, style) => text.length * style.size * 0.5;
    throw error;
  }
}

function centred(text: string, style: TextStyle, spaceBeforePt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(spaceBeforePt), after: 0, line: 240, lineRule: LineRuleType.AUTO },
    children: [run(text, style)],
  });
}

/** A horizontal rule `length` points long, centred in a column `width` points wide. */
function ruleParagraph(length: number, width: number): Paragraph {
  const side = Math.max(0, (width - length) / 2);
  return new Paragraph({
    spacing: { before: 0, after: pt(3), line: 60, lineRule: LineRuleType.EXACT },
    indent: { left: pt(side), right: pt(side) },
    border: { bottom: SINGLE },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function framed(text: string, style: TextStyle, width: number, measure: Measure): Paragraph {
  const box = Math.min(
    width,
    [20, 30, 40].map((mm) => mm * MM_TO_PT).find((w) => w >= measure(text, style) + 8) ?? width,
  );
  const side = Math.max(0, (width - box) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: pt(6), after: 0 },
    indent: { left: pt(side), right: pt(side) },
    border: { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE },
    children: [run(text, style)],
  });
}

function linesToParagraphs(lines: ComposedLine[], width: number, measure: Measure): Paragraph[] {
  return lines.map((l, i) => {
    if (l.framed) return framed(l.text, l.style, width, measure);
    const before = l.role === 'congVanSubject' && lines[i - 1]?.role !== 'congVanSubject' ? 6 : 0;
    return centred(l.text, l.style, before);
  });
}

/** The rule, "*" or dashes under `over`, whose lines are at most `lineWidth` wide, centred in `column`. */
function rule(rule: RuleBelow, over: ComposedLine[], lineWidth: number, column: number, measure: Measure): Paragraph[] {
  const last = over[over.length - 1];
  if (!last) return [];
  if (rule.kind === 'star') return [centred('*', { ...last.style, bold: false })];
  if (rule.kind === 'dashes') return [centred('-----', { ...last.style, bold: false })];
  const widest = (ls: ComposedLine[]) => Math.min(lineWidth, Math.max(...ls.map((l) => measure(l.text, l.style))));
  return [ruleParagraph(rule.kind === 'text' ? widest([last]) : widest(over) * rule.of, column)];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    width: { size: pt(width), type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    verticalAlign: VerticalAlign.TOP,
    children: children.length > 0 ? children : [new Paragraph({})],
  });
}

function twoColumns(rows: [Paragraph[], Paragraph[]][], left: number, right: number): Table {
  return new Table({
    width: { size: pt(left + right), type: WidthType.DXA },
    columnWidths: [pt(left), pt(right)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(([l, r]) => new TableRow({ cantSplit: true, children: [cell(l, left), cell(r, right)] })),
  });
}

export async function renderLetterDocx(letter: Letter, options: DocxOptions): Promise<Buffer> {
  const measure = measureOrEstimate();
  const composed = composeLetter(letter, { today: options.today, measure });
  const { rules } = composed;
  const widths = columnWidths(rules);
  const issuing = composed.headerLeft.filter((l) => l.role === 'issuingBody');

  const header = twoColumns(
    [
      [
        [
          ...linesToParagraphs(composed.headerLeft, widths.left, measure),
          ...rule(composed.headerLeftRule, issuing, widths.left, widths.left, measure),
        ],
        [
          ...linesToParagraphs(composed.headerRight, widths.right, measure),
          ...rule(composed.headerRightRule, composed.headerRight, widths.right, widths.right, measure),
        ],
      ],
      [
        linesToParagraphs(composed.numberLeft, widths.left, measure),
        linesToParagraphs(composed.numberRight, widths.right, measure),
      ],
    ],
    widths.left,
    widths.right,
  );

  const title: Paragraph[] = [];
  if (composed.title.length > 0) {
    title.push(...composed.title.map((l, i) => centred(l.text, l.style, i === 0 ? 12 : 0)));
    const subject = composed.title.filter((l) => l.role === 'subject');
    if (composed.titleRule) title.push(...rule(composed.titleRule, subject, widths.title, widths.text, measure));
    title.push(new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }));
  }

  const document = new Document({
    creator: 'TCT',
    title: `${composed.typeName}: ${letter.subject}`.slice(0, 250),
    styles: { default: { document: { run: { font: FONT, size: rules.styles.body.size * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: pt(rules.page.widthMm * MM_TO_PT), height: pt(rules.page.heightMm * MM_TO_PT) },
            margin: {
              top: pt(rules.page.topMm * MM_TO_PT),
              bottom: pt(rules.page.bottomMm * MM_TO_PT),
              left: pt(rules.page.leftMm * MM_TO_PT),
              right: pt(rules.page.rightMm * MM_TO_PT),
              header: pt((rules.page.topMm / 2) * MM_TO_PT),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ font: FONT, size: rules.styles.pageNumber.size * 2, children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(composed.draftMark
            ? [framed(composed.draftMark.text, composed.draftMark.style, widths.text, measure)]
            : []),
          header,
          ...title,
          ...addressees(composed, widths.text, measure),
          ...body(composed),
          closing(composed, widths.left, widths.right),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function addressees(composed: ComposedLetter, width: number, measure: Measure): Paragraph[] {
  const block = composed.addressees;
  if (!block) return [];
  const label = measure(`${block.label} `, block.style);
  const widest = Math.max(...block.lines.map((l) => measure(l, block.style)));
  const indent = Math.min(Math.max(0, (width - label - widest) / 2), 40 * MM_TO_PT);
  const left = pt(indent + label);
  return block.lines.map(
    (l, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? pt(12) : 0, after: i === block.lines.length - 1 ? pt(8) : 0 },
        indent: { left, hanging: i === 0 ? pt(label) : 0 },
        tabStops: [{ type: TabStopType.LEFT, position: left }],
        children: i === 0 ? [run(`${block.label}\t${l}`, block.style)] : [run(l, block.style)],
      }),
  );
}

function closing(composed: ComposedLetter, left: number, right: number): Table {
  const space = composed.rules.signatureSpaceMm * MM_TO_PT;
  const signer = [
    ...composed.signature.map((l, i) => centred(l.text, l.style, i === 0 ? 12 : 0)),
    centred(composed.signerName.text, composed.signerName.style, space),
  ];
  const recipients = composed.recipients.map(
    (l, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? pt(12) : 0, after: 0 },
        children: [run(l.text, l.style)],
      }),
  );
  return twoColumns([[recipients, signer]], left, right);
}
