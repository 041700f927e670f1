/** Letter rows → responses. */
import { AUTHORITY_MARKS, CONFIDENTIALITY_MARKS, LETTER_TYPES, URGENCY_MARKS } from '../../letters/catalog.ts';
import type { Letter } from '../../letters/model.ts';
import type { CertificateRow, LetterRow } from './letters.repository.ts';

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Dự thảo',
  in_review: 'Đang trình duyệt',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt, chờ ký',
  signed: 'Đã ký, chờ phát hành',
  issued: 'Đã phát hành',
};

export const ACTION_LABELS: Record<string, string> = {
  create: 'Tạo dự thảo',
  save: 'Lưu phiên bản mới',
  submit: 'Trình duyệt',
  comment: 'Góp ý',
  return: 'Trả lại',
  approve: 'Duyệt',
  sign: 'Ký số',
  issue: 'Cấp số, phát hành',
};

export const DELIVERY_LABELS: Record<string, string> = {
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận (vào sổ)',
  '04': 'Đã phân công',
  '05': 'Đang xử lý',
  '06': 'Hoàn thành',
};

export function parseLetter(row: { letter_json: string }): Letter {
  return JSON.parse(row.letter_json) as Letter;
}

export function presentLetterSummary(row: LetterRow) {
  const letter = parseLetter(row);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status] ?? row.status,
    currentStep: row.current_step,
    typeCode: row.type_code,
    subject: row.subject,
    confidentiality: row.confidentiality,
    numberSymbol: letter.numberSymbol,
    versionNo: row.version_no,
    updatedAt: row.updated_at,
  };
}

export function presentStep(s: {
  id: string;
  version_no: number;
  step: string | null;
  action: string;
  comment: string | null;
  at: string;
  actor_name: string | null;
}) {
  return {
    id: s.id,
    versionNo: s.version_no,
    step: s.step,
    action: s.action,
    actionLabel: ACTION_LABELS[s.action] ?? s.action,
    comment: s.comment,
    at: s.at,
    actorName: s.actor_name,
  };
}

export function presentDelivery(d: {
  recipient_id: string;
  recipient_name: string;
  status_code: string;
  updated_at: string;
}) {
  return {
    recipientId: d.recipient_id,
    recipientName: d.recipient_name,
    statusCode: d.status_code,
    statusLabel: DELIVERY_LABELS[d.status_code] ?? d.status_code,
    updatedAt: d.updated_at,
  };
}

export function presentCertificate(
  c: Omit<CertificateRow, 'p12_base64' | 'uploaded_by'> & { user_name: string | null },
) {
  return {
    id: c.id,
    organisationId: c.organisation_id,
    kind: c.kind,
    userId: c.user_id,
    userName: c.user_name,
    subject: c.subject,
    issuer: c.issuer,
    serial: c.serial,
    validFrom: c.valid_from,
    validTo: c.valid_to,
    fingerprint: c.fingerprint,
    createdAt: c.created_at,
    revokedAt: c.revoked_at,
  };
}

/** The catalogue as data for the editor's pickers (facts with their source and confidence). */
export function letterCatalog() {
  const types = (family: 'party' | 'state') =>
    LETTER_TYPES[family].map((t) => ({
      code: t.code,
      name: t.name,
      source: t.source,
      confidence: t.confidence,
      uncertain: t.confidence !== 'verified',
    }));
  return {
    types: { party: types('party'), state: types('state') },
    authorities: { party: AUTHORITY_MARKS.party.map((a) => a.mark), state: AUTHORITY_MARKS.state.map((a) => a.mark) },
    urgency: [...URGENCY_MARKS],
    confidentiality: [...CONFIDENTIALITY_MARKS],
  };
}
