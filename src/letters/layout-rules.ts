/**
 * Presentation rules (thể thức) as versioned data: which sizes, styles and positions a Party or state
 * letter uses, from which text, valid from when, and how sure we are. The renderers read only these
 * values, so correcting a figure (or adding the 2026 Party rules once HD 05-HD/VPTW is read) is a data
 * change. Where a source gives a range ("cỡ chữ từ 13 đến 14") the value chosen is inside the range.
 */
import type { Confidence, LetterFamily } from './catalog.ts';

export interface TextStyle {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A rule under a line: as long as the text above, a fraction of the column, or five dashes (Party). */
export type RuleBelow = { kind: 'text' } | { kind: 'fraction'; of: number } | { kind: 'dashes' } | { kind: 'star' };

export interface LayoutRuleSet {
  id: string;
  family: LetterFamily;
  name: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, exclusive; null while in force. */
  validTo: string | null;
  source: string;
  confidence: Confidence;
  /** What is approximate or unverified, shown to users as "Chưa xác minh". */
  uncertain: string[];
  page: { widthMm: number; heightMm: number; topMm: number; bottomMm: number; leftMm: number; rightMm: number };
  /** Width of the left header/footer column (issuing body, number, Nơi nhận); the right column takes the rest. */
  leftColumnMm: number;
  styles: {
    /** Party: "ĐẢNG CỘNG SẢN VIỆT NAM". */
    partyLine?: TextStyle;
    /** State: Quốc hiệu and Tiêu ngữ. */
    nationalTitle?: TextStyle;
    motto?: TextStyle;
    parentBody: TextStyle;
    issuingBody: TextStyle;
    number: TextStyle;
    congVanSubject: TextStyle;
    dateLine: TextStyle;
    typeName: TextStyle;
    subject: TextStyle;
    body: TextStyle;
    heading1: TextStyle;
    heading2: TextStyle;
    table: TextStyle;
    authority: TextStyle;
    signerTitle: TextStyle;
    signerName: TextStyle;
    recipientsLabel: TextStyle;
    recipients: TextStyle;
    mark: TextStyle;
    pageNumber: TextStyle;
  };
  rules: { headerTitle: RuleBelow; issuingBody: RuleBelow; subject: RuleBelow };
  /** "Số:" (state) or "Số" (Party). */
  numberPrefix: string;
  congVanSubjectPrefix: string;
  /** Pad the day below 10 and these months with a leading zero. */
  padDayBelow10: boolean;
  padMonths: number[];
  /** Punctuation ending every line but the last of "Kính gửi" and "Nơi nhận" lists (the last ends with "."). */
  listLineEnd: string;
  body: { firstLineIndentMm: number; paragraphGapPt: number; lineHeight: number };
  /** Space left between the signer's title and name for the handwritten signature and seal. */
  signatureSpaceMm: number;
}

const A4 = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 20 };

const stateCommon = {
  family: 'state' as const,
  page: A4,
  leftColumnMm: 65,
  styles: {
    nationalTitle: { size: 12, bold: true },
    motto: { size: 13, bold: true },
    parentBody: { size: 12 },
    issuingBody: { size: 12, bold: true },
    number: { size: 13 },
    congVanSubject: { size: 12 },
    dateLine: { size: 14, italic: true },
    typeName: { size: 14, bold: true },
    subject: { size: 14, bold: true },
    body: { size: 14 },
    heading1: { size: 14, bold: true },
    heading2: { size: 14, bold: true },
    table: { size: 12 },
    authority: { size: 14, bold: true },
    signerTitle: { size: 14, bold: true },
    signerName: { size: 14, bold: true },
    recipientsLabel: { size: 12, bold: true, italic: true },
    recipients: { size: 11 },
    mark: { size: 13, bold: true },
    pageNumber: { size: 13 },
  },
  rules: {
    headerTitle: { kind: 'text' as const },
    issuingBody: { kind: 'fraction' as const, of: 1 / 3 },
    subject: { kind: 'fraction' as const, of: 1 / 3 },
  },
  numberPrefix: 'Số:',
  congVanSubjectPrefix: 'V/v ',
  padDayBelow10: true,
  padMonths: [1, 2],
  listLineEnd: ';',
  body: { firstLineIndentMm: 10, paragraphGapPt: 6, lineHeight: 1.15 },
  signatureSpaceMm: 25,
};

const partyCommon = {
  family: 'party' as const,
  page: A4,
  leftColumnMm: 72,
  styles: {
    partyLine: { size: 15, bold: true },
    parentBody: { size: 14 },
    issuingBody: { size: 14, bold: true },
    number: { size: 14 },
    congVanSubject: { size: 12, italic: true },
    dateLine: { size: 14, italic: true },
    typeName: { size: 16, bold: true },
    subject: { size: 14, bold: true },
    body: { size: 14 },
    heading1: { size: 14, bold: true },
    heading2: { size: 14, bold: true },
    table: { size: 12 },
    authority: { size: 14, bold: true },
    signerTitle: { size: 14, bold: true },
    signerName: { size: 14, bold: true },
    recipientsLabel: { size: 14, underline: true },
    recipients: { size: 12 },
    mark: { size: 13, bold: true },
    pageNumber: { size: 14 },
  },
  rules: {
    headerTitle: { kind: 'text' as const },
    issuingBody: { kind: 'star' as const },
    subject: { kind: 'dashes' as const },
  },
  numberPrefix: 'Số',
  congVanSubjectPrefix: 'V/v ',
  padDayBelow10: true,
  padMonths: [1, 2],
  listLineEnd: ',',
  body: { firstLineIndentMm: 10, paragraphGapPt: 6, lineHeight: 1.15 },
  signatureSpaceMm: 25,
};

const PARTY_UNCERTAIN = [
  'Cỡ chữ, kiểu chữ theo HD 36-HD/VPTW đọc qua trang thứ cấp; bảng đầy đủ của HD 36 chưa được đọc.',
  'Năm dấu gạch (-----) dưới trích yếu và "Nơi nhận" gạch chân theo văn bản mẫu, chưa đối chiếu nguyên văn.',
  'Đệm số 0 cho ngày dưới 10 và tháng 1, 2 lấy theo quy tắc của Nhà nước; văn bản Đảng thực tế có cả hai cách.',
  'Trích yếu công văn bắt đầu bằng "V/v": có văn bản Đảng không dùng (ví dụ 2174-CV/HVCTQG).',
  'Độ rộng hai cột đầu văn bản là ước lượng theo văn bản mẫu.',
];

export const LAYOUT_RULE_SETS: readonly LayoutRuleSet[] = [
  {
    ...stateCommon,
    id: 'nd30-2020',
    name: 'Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP, Phụ lục I)',
    validFrom: '2020-03-05',
    validTo: null,
    source: 'NĐ 30/2020/NĐ-CP ngày 05/3/2020, Điều 8 và Phụ lục I (Mục II, IV)',
    confidence: 'recalled',
    uncertain: [
      'Phụ lục I chưa được đọc ở bản gốc: cỡ chữ, lề và vị trí ghi theo trí nhớ và trang thứ cấp (documents.md §5).',
      'Khung dấu độ mật theo Luật Bảo vệ bí mật nhà nước vẽ gần đúng (một khung đơn).',
      'Độ rộng hai cột đầu văn bản là ước lượng theo sơ đồ bố trí.',
    ],
  },
  {
    ...partyCommon,
    id: 'hd36-2018',
    name: 'Thể thức văn bản của Đảng (HD 36-HD/VPTW)',
    validFrom: '2018-04-03',
    validTo: '2026-01-09',
    source: 'HD 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng, mục II',
    confidence: 'secondary',
    uncertain: PARTY_UNCERTAIN,
  },
  {
    ...partyCommon,
    id: 'qd399-2026',
    name: 'Thể thức văn bản của Đảng (QĐ 399-QĐ/TW, từ 09/01/2026)',
    validFrom: '2026-01-09',
    validTo: null,
    source: 'QĐ 399-QĐ/TW ngày 09/01/2026; hướng dẫn trình bày HD 05-HD/VPTW (2026) chưa đọc được',
    confidence: 'recalled',
    uncertain: [
      'Chưa đọc được hướng dẫn trình bày kèm QĐ 399-QĐ/TW (HD 05-HD/VPTW năm 2026): tạm dùng thể thức của HD 36-HD/VPTW.',
      ...PARTY_UNCERTAIN,
    ],
  },
];

/** The rule set in force for a family on a date (a draft without a date uses `today`). */
export function layoutRulesFor(family: LetterFamily, date: string | null, today: string): LayoutRuleSet {
  const on = date ?? today;
  const found = LAYOUT_RULE_SETS.find(
    (r) => r.family === family && r.validFrom <= on && (r.validTo === null || on < r.validTo),
  );
  // Before the earliest set, the earliest one is the closest known rule.
  return found ?? (LAYOUT_RULE_SETS.find((r) => r.family === family) as LayoutRuleSet);
}

export const MM_TO_PT = 72 / 25.4;
