/**
 * The directive form's state, the request body it becomes and its validation: the body is checked against
 * the server's own request schema (POST /api/directives, see forms/serverSchema.ts), so lengths, counts and
 * ranges are declared once, on the server; only what the schema cannot say is checked here (a typed
 * number that is not a number, duplicate numbers, at least one chosen recipient).
 */
import type { AnswerTypeCode, AudienceCode, DirectiveBody, RecipientMode } from '../../api/types.ts';
import { schemaErrors, vietnameseMessage, type FieldText } from '../../forms/serverSchema.ts';

export type RequirementDraft = {
  key: string;
  no: string;
  text: string;
  deadline: string;
  answerType: AnswerTypeCode;
  /** 'list' is set through the API only; the form offers all / provincial / sector. */
  audience: AudienceCode;
};

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
  audience: AudienceCode = 'all',
): RequirementDraft {
  keyCounter += 1;
  return {
    key: `yc-${keyCounter}`,
    no: no === null ? '' : String(no),
    text,
    deadline: deadline ?? '',
    answerType,
    audience,
  };
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

/** How the body's fields are named in messages. */
const FIELDS: Record<string, FieldText> = {
  title: { label: 'trích yếu của chỉ đạo' },
  numberSymbol: { label: 'số, ký hiệu' },
  issuedDate: { label: 'ngày ban hành', kind: 'date' },
  recipientMode: { label: 'nơi nhận', choose: true },
  recipientIds: { label: 'đơn vị nhận' },
};
const ROW_FIELDS: Record<string, FieldText> = {
  no: { label: 'số thứ tự' },
  text: { label: 'nội dung yêu cầu' },
  deadline: { label: 'hạn', kind: 'date' },
  answerType: { label: 'cách báo cáo', choose: true },
};
const ROW_ERROR_KEYS: Record<string, keyof RequirementErrors> = { no: 'no', text: 'text' };

export function validateDirectiveDraft(draft: DirectiveDraft): DirectiveDraftErrors {
  const errors: DirectiveDraftErrors = {};
  const rows: Record<string, RequirementErrors> = {};
  const body = draftToBody(draft);
  for (const error of schemaErrors('POST /api/directives', body)) {
    const [field = '', index, rowField] = error.path;
    if (field === 'requirements' && index !== undefined && rowField !== undefined) {
      const row = draft.requirements[Number(index)];
      const key = ROW_ERROR_KEYS[rowField];
      const text = ROW_FIELDS[rowField];
      if (!row || !key || !text || rows[row.key]?.[key]) continue;
      const value = body.requirements[Number(index)]?.[rowField as keyof DirectiveBody['requirements'][number]];
      rows[row.key] = { ...rows[row.key], [key]: vietnameseMessage(error, text, value) };
    } else if (field === 'requirements') {
      if (errors.requirements || index !== undefined) continue;
      if (error.keyword === 'minItems') errors.requirements = 'Chỉ đạo cần ít nhất một yêu cầu.';
      else if (error.keyword === 'maxItems') errors.requirements = `Một chỉ đạo có tối đa ${error.limit} yêu cầu.`;
    } else if (field === 'recipientIds' || field === 'recipientMode') {
      errors.recipients ??= vietnameseMessage(error, FIELDS[field] as FieldText, undefined);
    } else if (field === 'title' || field === 'numberSymbol' || field === 'issuedDate') {
      errors[field] ??= vietnameseMessage(error, FIELDS[field] as FieldText, body[field]);
    }
  }

  // What the schema cannot express. A typed number that is not one reaches the body as null (unnumbered).
  // one number may appear once per audience (an item split between provincial and sector schools)
  const seen = new Set<string>();
  for (const row of draft.requirements) {
    const no = row.no.trim();
    if (!no || rows[row.key]?.no) continue;
    const value = Number(no);
    const message = !Number.isInteger(value)
      ? 'Số thứ tự là số nguyên từ 1 đến 999.'
      : seen.has(`${value}:${row.audience}`)
        ? `Số thứ tự ${value} bị trùng.`
        : null;
    seen.add(`${value}:${row.audience}`);
    if (message) rows[row.key] = { ...rows[row.key], no: message };
  }
  if (Object.keys(rows).length > 0) errors.requirementRows = rows;
  if (draft.recipientMode === 'custom' && draft.recipientIds.length === 0)
    errors.recipients = 'Chọn ít nhất một trường nhận.';
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
      // A typed value that is not a number is refused by validateDirectiveDraft; the body cannot hold NaN.
      no: row.no.trim() && Number.isFinite(Number(row.no)) ? Number(row.no) : null,
      text: row.text.trim(),
      deadline: row.deadline || null,
      answerType: row.answerType,
      ...(row.audience !== 'all' ? { audience: row.audience } : {}),
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
        ? body.requirements.map((r) =>
            newRequirement(r.no, r.text, r.deadline, r.answerType ?? 'status', r.audience ?? 'all'),
          )
        : [newRequirement(1)],
    recipientMode: keepRecipients.recipientMode,
    recipientIds: keepRecipients.recipientIds,
  };
}
