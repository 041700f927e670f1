/** Document rows → API shapes (camelCase), with Vietnamese labels for statuses and link kinds. */
import type { DocumentWithRegister, FileRow } from './documents.repository.ts';
import { LINK_LABELS, type LinkKind, type listLinks } from './links.repository.ts';
import { receiverWarning } from './intake-hints.ts';
import type { PageRunRow } from './intake.repository.ts';
import { presentPageRun } from './pages.job.ts';

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Chờ vào sổ',
  arrived: 'Đã đến (điện tử)',
  registered: 'Đã vào sổ',
  presented: 'Đã trình lãnh đạo',
  assigned: 'Đã phân công',
  in_progress: 'Đang xử lý',
  completed: 'Hoàn thành',
  issued: 'Đã ban hành',
};

export function statusLabel(direction: string, status: string): string {
  if (direction === 'outgoing' && status === 'draft') return 'Dự thảo';
  return STATUS_LABELS[status] ?? status;
}

export const FILE_KIND_LABELS: Record<string, string> = {
  original: 'Tệp gốc',
  attachment: 'Tệp đính kèm',
  evidence: 'Minh chứng',
  page_image: 'Ảnh trang',
};

/** Field names of the intake engine's confidence map → our field names. */
const CONFIDENCE_FIELDS: Record<string, string> = {
  family: 'family',
  'issuer.name': 'issuerName',
  'issuer.parent': 'issuerParent',
  numberSymbol: 'numberSymbol',
  number: 'number',
  type: 'typeCode',
  typeName: 'typeName',
  place: 'place',
  date: 'documentDate',
  subject: 'subject',
  recipients: 'recipients',
  'signer.name': 'signerName',
  'signer.title': 'signerTitle',
  'signer.authority': 'signerAuthority',
  references: 'references',
  requirements: 'requirements',
  'incoming.date': 'receivedDate',
  urgency: 'urgency',
  confidentiality: 'confidentiality',
};

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function presentConfidence(extractionJson: string | null): Record<string, number> | null {
  const extraction = parseJson<{ confidence?: Record<string, number> } | null>(extractionJson, null);
  if (!extraction?.confidence) return null;
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(extraction.confidence)) {
    const field = CONFIDENCE_FIELDS[key];
    if (field && typeof value === 'number') out[field] = Math.round(value * 100) / 100;
  }
  return out;
}

export function presentFile(f: FileRow) {
  return {
    id: f.id,
    kind: f.kind,
    kindLabel: FILE_KIND_LABELS[f.kind] ?? f.kind,
    fileName: f.file_name,
    contentType: f.content_type,
    size: f.size,
    createdAt: f.created_at,
  };
}

/** The fields every list shows. */
export function presentSummary(row: Omit<DocumentWithRegister, 'references_json'> & { references_json?: string }) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    direction: row.direction,
    status: row.status,
    statusLabel: statusLabel(row.direction, row.status),
    sourceKind: row.source_kind,
    issuerName: row.issuer_name,
    numberSymbol: row.number_symbol,
    typeCode: row.type_code,
    typeName: row.type_name,
    documentDate: row.document_date,
    subject: row.subject,
    urgency: row.urgency,
    confidentiality: row.confidentiality,
    registerNumber: row.register_number,
    registerYear: row.register_year,
    receivedDate: row.received_date,
    forwardedTo: row.forwarded_to,
    dueDate: row.due_date,
    createdAt: row.created_at,
  };
}

type Links = Awaited<ReturnType<typeof listLinks>>;
type Job = { id: string; status: string; last_error: string | null; attempts: number } | null | undefined;

export function presentDocument(
  row: DocumentWithRegister,
  extra: {
    files: FileRow[];
    requirements: { id: string; ordinal: number; no: number | null; text: string; deadline: string | null }[];
    links: Links;
    job: Job;
    pageRun?: PageRunRow | undefined;
  },
) {
  const extraction = parseJson<{ source?: string; incoming?: unknown; annotations?: unknown } | null>(
    row.extraction_json,
    null,
  );
  return {
    ...presentSummary(row),
    organisationName: row.organisation_name,
    family: row.family,
    issuerParent: row.issuer_parent,
    number: row.number,
    place: row.place,
    recipients: parseJson<string[]>(row.recipients_json, []),
    signerName: row.signer_name,
    signerTitle: row.signer_title,
    signerAuthority: row.signer_authority,
    fileReference: row.file_reference,
    answersDocumentId: row.answers_document_id,
    draftingUnit: row.drafting_unit,
    directionNote: row.direction_note,
    references: parseJson<{ numberSymbol: string; date: string | null }[]>(row.references_json, []),
    register: row.register_id
      ? {
          id: row.register_id,
          name: row.register_name ?? '',
          confidential: row.register_confidential === 1,
          number: row.register_number,
          year: row.register_year,
        }
      : null,
    confidence: presentConfidence(row.extraction_json),
    extractionSource: extraction?.source ?? null,
    stamp: (extraction?.incoming ?? null) as {
      receiver: string | null;
      number: number | null;
      date: string | null;
    } | null,
    receiverWarning:
      row.direction === 'incoming'
        ? receiverWarning(
            (extraction?.incoming as { receiver?: string | null } | undefined)?.receiver,
            row.organisation_name,
          )
        : null,
    pageReading: extra.pageRun ? presentPageRun(extra.pageRun) : null,
    hasOcrText: !!row.ocr_text,
    ocrText: row.ocr_text ? row.ocr_text.slice(0, 100_000) : null,
    intake: extra.job
      ? { jobId: extra.job.id, state: extra.job.status, error: extra.job.last_error, attempts: extra.job.attempts }
      : null,
    files: extra.files.map(presentFile),
    requirements: extra.requirements.map((r) => ({
      id: r.id,
      ordinal: r.ordinal,
      no: r.no,
      text: r.text,
      deadline: r.deadline,
    })),
    links: {
      outgoing: extra.links.forward.map(({ link, other }) => ({
        id: link.id,
        kind: link.kind,
        kindLabel: LINK_LABELS[link.kind as LinkKind]?.forward ?? link.kind,
        documentId: other?.id ?? null,
        numberSymbol: other?.number_symbol ?? link.to_number_symbol,
        date: other?.document_date ?? link.to_date,
        subject: other?.subject ?? null,
        pending: other === null, // a hidden target looks pending: its existence is not revealed
      })),
      incoming: extra.links.backward.map(({ link, other }) => ({
        id: link.id,
        kind: link.kind,
        kindLabel: LINK_LABELS[link.kind as LinkKind]?.backward ?? link.kind,
        documentId: other.id,
        numberSymbol: other.number_symbol,
        date: other.document_date,
        subject: other.subject,
        pending: false,
      })),
    },
    updatedAt: row.updated_at,
  };
}
