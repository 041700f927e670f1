/**
 * A letter → the lines of each region of the page, with their styles, under the rule set in force on
 * the letter's date. Both renderers draw this composition, so the DOCX and the PDF cannot disagree
 * about wording, order or style; they differ only in how a page is built.
 *
 * Regions (NĐ 30/2020 Phụ lục I, Mục IV, "sơ đồ bố trí"; HD 36-HD/VPTW for Party letters):
 *   headerLeft   ô 2  parent body, issuing body (rule or "*")        headerRight  ô 1  Quốc hiệu–Tiêu ngữ / ĐẢNG CỘNG SẢN VIỆT NAM
 *   numberLeft   ô 3  number; ô 5b "V/v"; ô 10 marks                 numberRight  ô 4  place and date (same line as the number)
 *   title        ô 5a type name and subject (not for a công văn)
 *   addressees   ô 9a "Kính gửi:"   body  ô 6
 *   recipients   ô 9b "Nơi nhận:" (bottom left)                      signature    ô 7 authority, title, name (bottom right)
 */
import { findLetterType, isCongVan } from './catalog.ts';
import { type LayoutRuleSet, layoutRulesFor, MM_TO_PT, type RuleBelow, type TextStyle } from './layout-rules.ts';
import { balanceLines, type Measure } from './measure.ts';
import type { Letter, LetterBlock } from './model.ts';
import {
  addresseeLines,
  bodyNameLines,
  congVanSubjectLine,
  dateLine,
  listLines,
  numberLine,
  signerLines,
  upperVi,
} from './text.ts';

export type LineRole =
  | 'draftMark'
  | 'partyLine'
  | 'nationalTitle'
  | 'motto'
  | 'parentBody'
  | 'issuingBody'
  | 'number'
  | 'congVanSubject'
  | 'confidentiality'
  | 'urgency'
  | 'dateLine'
  | 'typeName'
  | 'subject'
  | 'authority'
  | 'signerTitle'
  | 'signerName'
  | 'recipientsLabel'
  | 'recipients';

export interface ComposedLine {
  role: LineRole;
  text: string;
  style: TextStyle;
  /** Drawn inside a single-line frame (urgency and confidentiality marks). */
  framed?: boolean;
}

export interface ComposedLetter {
  rules: LayoutRuleSet;
  family: Letter['family'];
  typeName: string;
  draftMark: ComposedLine | null;
  headerLeft: ComposedLine[];
  /** Under the issuing body: a short rule (state) or "*" (Party). */
  headerLeftRule: RuleBelow;
  headerRight: ComposedLine[];
  headerRightRule: RuleBelow;
  numberLeft: ComposedLine[];
  numberRight: ComposedLine[];
  title: ComposedLine[];
  titleRule: RuleBelow | null;
  addressees: { label: string; lines: string[]; style: TextStyle } | null;
  body: LetterBlock[];
  signature: ComposedLine[];
  signerName: ComposedLine;
  recipients: ComposedLine[];
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_LINE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

function line(role: LineRole, text: string, style: TextStyle, framed = false): ComposedLine {
  return framed ? { role, text, style, framed } : { role, text, style };
}

/** Column widths in points: the two header/footer columns and the centred title block. */
export function columnWidths(rules: LayoutRuleSet): { left: number; right: number; title: number; text: number } {
  const text = (rules.page.widthMm - rules.page.leftMm - rules.page.rightMm) * MM_TO_PT;
  const left = rules.leftColumnMm * MM_TO_PT;
  return { left, right: text - left, title: text * 0.85, text };
}

export interface ComposeOptions {
  /** YYYY-MM-DD: picks the rule set of an undated draft and the year its date line prints. */
  today: string;
  /** Font metrics; without them centred lines are left for the renderer to wrap. */
  measure?: Measure;
}

export function composeLetter(letter: Letter, options: ComposeOptions): ComposedLetter {
  const rules = layoutRulesFor(letter.family, letter.date, options.today);
  const s = rules.styles;
  const widths = columnWidths(rules);
  // One ComposedLine per printed line, broken evenly when font metrics are available.
  // A "\n" typed by the drafter is a forced break (e.g. to keep "bồi dưỡng" together).
  const lines = (role: LineRole, text: string, style: TextStyle, width: number): ComposedLine[] =>
    text
      .split('\n')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .flatMap((part) => (options.measure ? balanceLines(part, style, width, options.measure) : [part]))
      .map((t) => line(role, t, style));
  const type = findLetterType(letter.family, letter.typeCode);
  const typeName = type?.name ?? letter.typeCode;
  const congVan = isCongVan(letter.typeCode);

  const headerRight =
    letter.family === 'party'
      ? [line('partyLine', PARTY_LINE, s.partyLine ?? s.issuingBody)]
      : [
          line('nationalTitle', NATIONAL_TITLE, s.nationalTitle ?? s.issuingBody),
          line('motto', NATIONAL_MOTTO, s.motto ?? s.issuingBody),
        ];
  const headerLeft = [
    ...(letter.issuer.parent ? bodyNameLines(letter.issuer.parent) : []).flatMap((t) =>
      lines('parentBody', t, s.parentBody, widths.left),
    ),
    ...bodyNameLines(letter.issuer.name).flatMap((t) => lines('issuingBody', t, s.issuingBody, widths.left)),
  ];

  const numberLeft = [line('number', numberLine(letter, rules), s.number)];
  if (congVan)
    numberLeft.push(
      ...lines('congVanSubject', congVanSubjectLine(letter.subject, rules), s.congVanSubject, widths.left),
    );
  if (letter.confidentiality) numberLeft.push(line('confidentiality', upperVi(letter.confidentiality), s.mark, true));
  if (letter.urgency) numberLeft.push(line('urgency', upperVi(letter.urgency), s.mark, true));

  const title = congVan
    ? []
    : [line('typeName', upperVi(typeName), s.typeName), ...lines('subject', letter.subject, s.subject, widths.title)];

  const signature = signerLines(letter.signer).flatMap((t, i) =>
    i === 0 && letter.signer.authority
      ? lines('authority', t, s.authority, widths.right)
      : lines('signerTitle', t, s.signerTitle, widths.right),
  );

  return {
    rules,
    family: letter.family,
    typeName,
    draftMark: letter.draftMark ? line('draftMark', 'DỰ THẢO', s.mark, true) : null,
    headerLeft,
    headerLeftRule: rules.rules.issuingBody,
    headerRight,
    headerRightRule: rules.rules.headerTitle,
    numberLeft,
    numberRight: lines('dateLine', dateLine(letter.place, letter.date, rules, options.today), s.dateLine, widths.right),
    title,
    titleRule: congVan ? null : rules.rules.subject,
    addressees:
      letter.addressees.length > 0
        ? { label: 'Kính gửi:', lines: addresseeLines(letter.addressees, rules), style: s.body }
        : null,
    body: letter.body,
    signature,
    signerName: line('signerName', letter.signer.name.trim(), s.signerName),
    recipients:
      letter.recipients.length > 0
        ? [
            line('recipientsLabel', 'Nơi nhận:', s.recipientsLabel),
            ...listLines(letter.recipients, rules).map((t) => line('recipients', t, s.recipients)),
          ]
        : [],
  };
}

/** The text of a numbered item or bullet as printed. */
export function numberedText(start: number | undefined, index: number, text: string): string {
  return `${(start ?? 1) + index}. ${text.trim()}`;
}

export function bulletText(text: string): string {
  return `- ${text.trim().replace(/^[-–•]\s*/u, '')}`;
}
