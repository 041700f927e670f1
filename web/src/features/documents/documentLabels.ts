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
