/**
 * The directive form's state, its Vietnamese validation (mirroring the server's schema so users see
 * the message before saving) and the request body it becomes.
 */
import type { AnswerTypeCode, DirectiveBody, RecipientMode } from '../../api/types.ts';

export type RequirementDraft = { key: string; no: string; text: string; deadline: string; answerType: AnswerTypeCode };

export type DirectiveDraft = {
  title: string;
  numberSymbol: string;
  issuedDate: string;
  sourceDocumentId: string | null;
  requirements: RequirementDraft[];
  recipientMode: RecipientMode;
  recipientIds: string[];
};

export type RequirementErrors = { no?: string; text?: string };

export type DirectiveDraftErrors = {
  title?: string;
  numberSymbol?: string;
  issuedDate?: string;
  requirements?: string;
  requirementRows?: Record<string, RequirementErrors>;
  recipients?: string;
};

let keyCounter = 0;

export function newRequirement(
  no: number | null = null,
  text = '',
  deadline: string | null = null,
  answerType: AnswerTypeCode = 'status',
): RequirementDraft {
  keyCounter += 1;
  return { key: `yc-${keyCounter}`, no: no === null ? '' : String(no), text, deadline: deadline ?? '', answerType };
}

export function emptyDraft(today: string): DirectiveDraft {
  return {
    title: '',
    numberSymbol: '',
    issuedDate: today,
    sourceDocumentId: null,
    requirements: [newRequirement(1)],
    recipientMode: 'provincial_and_sector',
    recipientIds: [],
  };
}

/** The next requirement number: one more than the largest typed so far. */
export function nextRequirementNo(rows: RequirementDraft[]): number {
  return rows.reduce((max, row) => Math.max(max, Number(row.no) || 0), 0) + 1;
}

export function validateDirectiveDraft(draft: DirectiveDraft): DirectiveDraftErrors {
  const errors: DirectiveDraftErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'Vui lòng nhập trích yếu của chỉ đạo.';
  else if (title.length < 3) errors.title = 'Trích yếu quá ngắn (ít nhất 3 ký tự).';
  else if (title.length > 500) errors.title = 'Trích yếu không quá 500 ký tự.';
  if (draft.numberSymbol.replace(/\s+/g, '').length > 60) errors.numberSymbol = 'Số, ký hiệu không quá 60 ký tự.';
  if (!draft.issuedDate) errors.issuedDate = 'Vui lòng nhập ngày ban hành.';

  if (draft.requirements.length === 0) errors.requirements = 'Chỉ đạo cần ít nhất một yêu cầu.';
  else if (draft.requirements.length > 50) errors.requirements = 'Một chỉ đạo có tối đa 50 yêu cầu.';
  const rows: Record<string, RequirementErrors> = {};
  const seen = new Set<number>();
  for (const row of draft.requirements) {
    const rowErrors: RequirementErrors = {};
    const no = row.no.trim();
    if (no) {
      const value = Number(no);
      if (!Number.isInteger(value) || value < 1 || value > 999) rowErrors.no = 'Số thứ tự là số nguyên từ 1 đến 999.';
      else if (seen.has(value)) rowErrors.no = `Số thứ tự ${value} bị trùng.`;
      else seen.add(value);
    }
    const text = row.text.trim();
    if (!text) rowErrors.text = 'Vui lòng nhập nội dung yêu cầu.';
    else if (text.length < 3) rowErrors.text = 'Nội dung yêu cầu quá ngắn.';
    else if (text.length > 5000) rowErrors.text = 'Nội dung yêu cầu không quá 5.000 ký tự.';
    if (rowErrors.no || rowErrors.text) rows[row.key] = rowErrors;
  }
  if (Object.keys(rows).length > 0) errors.requirementRows = rows;

  if (draft.recipientMode === 'custom') {
    if (draft.recipientIds.length === 0) errors.recipients = 'Chọn ít nhất một trường nhận.';
    else if (draft.recipientIds.length > 200) errors.recipients = 'Chọn tối đa 200 đơn vị.';
  }
  return errors;
}

export function hasErrors(errors: DirectiveDraftErrors): boolean {
  return Object.keys(errors).length > 0;
}

export function draftToBody(draft: DirectiveDraft): DirectiveBody {
  const numberSymbol = draft.numberSymbol.replace(/\s+/g, '');
  return {
    title: draft.title.trim(),
    numberSymbol: numberSymbol || null,
    issuedDate: draft.issuedDate,
    // Sent only when set: the server coerces a null here to "" (see docs/directives.md).
    ...(draft.sourceDocumentId ? { sourceDocumentId: draft.sourceDocumentId } : {}),
    requirements: draft.requirements.map((row) => ({
      no: row.no.trim() ? Number(row.no) : null,
      text: row.text.trim(),
      deadline: row.deadline || null,
      answerType: row.answerType,
    })),
    recipientMode: draft.recipientMode,
    ...(draft.recipientMode === 'custom' ? { recipientIds: draft.recipientIds } : {}),
  };
}

/** A draft prefilled from GET /api/directives/draft-from-document/:id. */
export function draftFromBody(
  body: DirectiveBody,
  keepRecipients: Pick<DirectiveDraft, 'recipientMode' | 'recipientIds'>,
): DirectiveDraft {
  return {
    title: body.title,
    numberSymbol: body.numberSymbol ?? '',
    issuedDate: body.issuedDate,
    sourceDocumentId: body.sourceDocumentId ?? null,
    requirements:
      body.requirements.length > 0
        ? body.requirements.map((r) => newRequirement(r.no, r.text, r.deadline, r.answerType ?? 'status'))
        : [newRequirement(1)],
    recipientMode: keepRecipients.recipientMode,
    recipientIds: keepRecipients.recipientIds,
  };
}
