/** Vietnamese labels and formatting helpers shared by the documents pages. */
import { formatDate } from '../../lib/format.ts';
import type { DocumentSummary } from './documentTypes.ts';

/** Fields whose extraction confidence is below this are highlighted for the clerk to check. */
export const LOW_CONFIDENCE = 0.8;

export const FIELD_LABELS: Record<string, string> = {
  issuerName: 'Cơ quan ban hành',
  issuerParent: 'Cơ quan cấp trên',
  numberSymbol: 'Số, ký hiệu',
  typeCode: 'Mã loại',
  typeName: 'Tên loại',
  place: 'Địa danh',
  documentDate: 'Ngày văn bản',
  subject: 'Trích yếu',
  recipients: 'Kính gửi',
  signerName: 'Người ký',
  signerTitle: 'Chức vụ người ký',
  signerAuthority: 'Thẩm quyền ký',
  urgency: 'Độ khẩn',
  confidentiality: 'Độ mật',
  receivedDate: 'Ngày đến',
  family: 'Khối',
  references: 'Văn bản được viện dẫn',
  requirements: 'Yêu cầu',
};

export const FAMILY_LABELS: Record<string, string> = {
  party: 'Văn bản của Đảng',
  state: 'Văn bản hành chính nhà nước',
};
/** Độ khẩn (Nghị định 30/2020 Điều 4.2.c); "Hỏa tốc hẹn giờ" exists only as an edXML priority. */
export const URGENCY_OPTIONS = ['Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;
export const CONFIDENTIALITY_OPTIONS = ['Mật', 'Tối mật', 'Tuyệt mật'] as const;

/**
 * Types per family, as src/letters/catalog.ts (a test keeps the two equal): Party documents (QĐ 66/HD 36;
 * QĐ 399/HD 05 from 2026) and state documents (Nghị định 30/2020 Phụ lục III) have different lists —
 * no "KL" for a state body; a quy định is QĐi (Party) or QyĐ (state).
 */
export const FAMILY_DOCUMENT_TYPES: Record<'party' | 'state', [string, string][]> = {
  party: [
    ['NQ', 'Nghị quyết'],
    ['QĐ', 'Quyết định'],
    ['QĐi', 'Quy định'],
    ['CT', 'Chỉ thị'],
    ['KL', 'Kết luận'],
    ['QC', 'Quy chế'],
    ['TT', 'Thông tri'],
    ['HD', 'Hướng dẫn'],
    ['BC', 'Báo cáo'],
    ['KH', 'Kế hoạch'],
    ['QH', 'Quy hoạch'],
    ['CTr', 'Chương trình'],
    ['TB', 'Thông báo'],
    ['TTr', 'Tờ trình'],
    ['ĐA', 'Đề án'],
    ['PA', 'Phương án'],
    ['DA', 'Dự án'],
    ['CV', 'Công văn'],
    ['BB', 'Biên bản'],
    ['GM', 'Giấy mời'],
    ['GGT', 'Giấy giới thiệu'],
    ['GCN', 'Giấy chứng nhận'],
  ],
  state: [
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
  ],
};

/** The family's list; both lists (without repeats) when the family is not known yet. */
export function documentTypesFor(family: string | null | undefined): [string, string][] {
  if (family === 'party' || family === 'state') return FAMILY_DOCUMENT_TYPES[family];
  const seen = new Set<string>();
  return [...FAMILY_DOCUMENT_TYPES.party, ...FAMILY_DOCUMENT_TYPES.state].filter(([c]) => !seen.has(c) && seen.add(c));
}

/** Common types first, for the search filter (both families). */
export const DOCUMENT_TYPES: [string, string][] = [
  ['CV', 'Công văn'],
  ['KH', 'Kế hoạch'],
  ['TB', 'Thông báo'],
  ['QĐ', 'Quyết định'],
  ['HD', 'Hướng dẫn'],
  ['BC', 'Báo cáo'],
  ['CT', 'Chỉ thị'],
  ['NQ', 'Nghị quyết'],
  ['KL', 'Kết luận'],
  ['QC', 'Quy chế'],
  ['TTr', 'Tờ trình'],
  ['CTr', 'Chương trình'],
  ['ĐA', 'Đề án'],
  ['GM', 'Giấy mời'],
  ['BB', 'Biên bản'],
];

export const INCOMING_STATUS_OPTIONS: [string, string][] = [
  ['registered', 'Đã vào sổ'],
  ['presented', 'Đã trình lãnh đạo'],
  ['assigned', 'Đã phân công'],
  ['in_progress', 'Đang xử lý'],
  ['completed', 'Hoàn thành'],
];

export function statusTone(status: string): 'neutral' | 'warning' | 'success' | 'info' | 'danger' {
  if (status === 'draft' || status === 'arrived') return 'warning';
  if (status === 'completed' || status === 'issued') return 'success';
  if (status === 'registered') return 'info';
  return 'neutral';
}

/** "2174-CV/HVCTQG ngày 31/05/2022" or the subject when there is no number. */
export function documentTitle(
  doc: Pick<DocumentSummary, 'numberSymbol' | 'documentDate' | 'subject' | 'typeName'>,
): string {
  if (doc.numberSymbol)
    return `${doc.typeName ? `${doc.typeName} ` : ''}${doc.numberSymbol}${doc.documentDate ? ` ngày ${formatDate(doc.documentDate)}` : ''}`;
  return doc.subject ?? 'Văn bản chưa có số';
}

export function fileUrl(documentId: string, fileId: string, download = false): string {
  return `/api/documents/${encodeURIComponent(documentId)}/files/${encodeURIComponent(fileId)}${download ? '?download=true' : ''}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
