/**
 * What a letter may be, per family, as data with its source and how sure we are of it
 * (reference/letters/README.md and docs/outgoing.md list the sources; tags follow domain/documents.md:
 * verified = primary text read, secondary = third-party page or public code, recalled = unchecked memory).
 */

export type LetterFamily = 'party' | 'state';
export type Confidence = 'verified' | 'secondary' | 'recalled';

export interface LetterTypeEntry {
  /** Abbreviation used in the number-symbol; null for types that have none (state công văn uses the body). */
  code: string;
  name: string;
  source: string;
  confidence: Confidence;
}

const ND30_TYPES = 'NĐ 30/2020/NĐ-CP Điều 7; Phụ lục III (chữ viết tắt)';
const QD66_TYPES = 'QĐ 66-QĐ/TW (2017) và HD 36-HD/VPTW (2018)';

/** NĐ 30/2020 Điều 7 names 29 types; Phụ lục III gives the 27 abbreviations (công văn and thư công have none). */
const STATE_TYPES: LetterTypeEntry[] = (
  [
    ['NQ', 'Nghị quyết'],
    ['QĐ', 'Quyết định'],
    ['CT', 'Chỉ thị'],
    ['QC', 'Quy chế'],
    ['QyĐ', 'Quy định'],
    ['TC', 'Thông cáo'],
    ['TB', 'Thông báo'],
    ['HD', 'Hướng dẫn'],
    ['CTr', 'Chương trình'],
    ['KH', 'Kế hoạch'],
    ['PA', 'Phương án'],
    ['ĐA', 'Đề án'],
    ['DA', 'Dự án'],
    ['BC', 'Báo cáo'],
    ['BB', 'Biên bản'],
    ['TTr', 'Tờ trình'],
    ['HĐ', 'Hợp đồng'],
    ['CV', 'Công văn'],
    ['CĐ', 'Công điện'],
    ['BGN', 'Bản ghi nhớ'],
    ['BTT', 'Bản thỏa thuận'],
    ['GUQ', 'Giấy ủy quyền'],
    ['GM', 'Giấy mời'],
    ['GGT', 'Giấy giới thiệu'],
    ['GNP', 'Giấy nghỉ phép'],
    ['PG', 'Phiếu gửi'],
    ['PC', 'Phiếu chuyển'],
    ['PB', 'Phiếu báo'],
  ] as const
).map(([code, name]) => ({ code, name, source: ND30_TYPES, confidence: 'verified' as const }));

/** Party types: HD 36's own table was not seen, so most entries are recalled and checked against public code. */
const PARTY_TYPES: LetterTypeEntry[] = (
  [
    ['NQ', 'Nghị quyết', 'recalled'],
    ['QĐ', 'Quyết định', 'secondary'],
    ['QĐi', 'Quy định', 'secondary'],
    ['CT', 'Chỉ thị', 'recalled'],
    ['KL', 'Kết luận', 'recalled'],
    ['QC', 'Quy chế', 'recalled'],
    ['TT', 'Thông tri', 'recalled'],
    ['HD', 'Hướng dẫn', 'recalled'],
    ['BC', 'Báo cáo', 'recalled'],
    ['KH', 'Kế hoạch', 'recalled'],
    ['QH', 'Quy hoạch', 'recalled'],
    ['CTr', 'Chương trình', 'recalled'],
    ['TB', 'Thông báo', 'recalled'],
    ['TTr', 'Tờ trình', 'recalled'],
    ['ĐA', 'Đề án', 'recalled'],
    ['PA', 'Phương án', 'recalled'],
    ['DA', 'Dự án', 'recalled'],
    ['CV', 'Công văn', 'secondary'],
    ['BB', 'Biên bản', 'recalled'],
    ['GM', 'Giấy mời', 'recalled'],
    ['GGT', 'Giấy giới thiệu', 'recalled'],
    ['GCN', 'Giấy chứng nhận', 'recalled'],
  ] as const
).map(([code, name, confidence]) => ({ code, name, source: QD66_TYPES, confidence }));

export const LETTER_TYPES: Record<LetterFamily, readonly LetterTypeEntry[]> = {
  state: STATE_TYPES,
  party: PARTY_TYPES,
};

export function findLetterType(family: LetterFamily, code: string): LetterTypeEntry | undefined {
  return LETTER_TYPES[family].find((t) => t.code === code);
}

/** A công văn has no type line: its subject sits under the number ("V/v …"). */
export function isCongVan(code: string): boolean {
  return code === 'CV';
}

export interface AuthorityEntry {
  mark: string;
  meaning: string;
  /** True when the mark is followed by the collective body or the head's title (TM. ỦY BAN NHÂN DÂN). */
  needsOnBehalfOf: boolean;
  source: string;
  confidence: Confidence;
}

/** Signing authority marks (documents.md §1.6). Q. stands alone before the head's title. */
export const AUTHORITY_MARKS: Record<LetterFamily, readonly AuthorityEntry[]> = {
  state: [
    {
      mark: 'TM.',
      meaning: 'Thay mặt tập thể',
      needsOnBehalfOf: true,
      source: 'NĐ 30/2020 Điều 13',
      confidence: 'secondary',
    },
    {
      mark: 'KT.',
      meaning: 'Ký thay người đứng đầu',
      needsOnBehalfOf: true,
      source: 'NĐ 30/2020 Điều 13',
      confidence: 'secondary',
    },
    {
      mark: 'Q.',
      meaning: 'Quyền người đứng đầu',
      needsOnBehalfOf: true,
      source: 'NĐ 30/2020 Điều 13',
      confidence: 'secondary',
    },
    { mark: 'TL.', meaning: 'Thừa lệnh', needsOnBehalfOf: true, source: 'NĐ 30/2020 Điều 13', confidence: 'secondary' },
    {
      mark: 'TUQ.',
      meaning: 'Thừa ủy quyền',
      needsOnBehalfOf: true,
      source: 'NĐ 30/2020 Điều 13',
      confidence: 'secondary',
    },
  ],
  party: [
    {
      mark: 'T/M',
      meaning: 'Thay mặt tập thể',
      needsOnBehalfOf: true,
      source: 'HD 36-HD/VPTW',
      confidence: 'secondary',
    },
    {
      mark: 'K/T',
      meaning: 'Ký thay người đứng đầu',
      needsOnBehalfOf: true,
      source: 'HD 36-HD/VPTW',
      confidence: 'secondary',
    },
    { mark: 'T/L', meaning: 'Thừa lệnh', needsOnBehalfOf: true, source: 'HD 36-HD/VPTW', confidence: 'secondary' },
  ],
};

export function findAuthority(family: LetterFamily, mark: string): AuthorityEntry | undefined {
  return AUTHORITY_MARKS[family].find((a) => a.mark === mark);
}

/** NĐ 30 Điều 4.2.c (urgency, verified); confidentiality levels from the Law on State Secrets (secondary). */
export const URGENCY_MARKS = ['Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const; // "Hỏa tốc hẹn giờ" is edXML only
export const CONFIDENTIALITY_MARKS = ['Mật', 'Tối mật', 'Tuyệt mật'] as const;
export type UrgencyMark = (typeof URGENCY_MARKS)[number];
export type ConfidentialityMark = (typeof CONFIDENTIALITY_MARKS)[number];
