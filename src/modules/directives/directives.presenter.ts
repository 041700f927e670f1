/** Directive rows → API shapes (camelCase), for the directive pages, the dashboard and obligations. */
import type { ObligationStatusValue } from '../../db/types.ts';
import { answerTypeOf, type Answer } from './answer-types.ts';
import { AUDIENCE_LABELS, type Audience } from './audience.ts';
import type { DirectiveRequirementRow, DirectiveRow } from './directives.repository.ts';
import type { ObligationJoined } from './obligations.repository.ts';

export function presentDirectiveSummary(r: DirectiveRow, recipients: number) {
  return {
    id: r.id,
    title: r.title,
    numberSymbol: r.number_symbol,
    issuedDate: r.issued_date,
    status: r.status,
    recipientMode: r.recipient_mode,
    recipients,
  };
}

export function presentRequirement(r: DirectiveRequirementRow) {
  return {
    id: r.id,
    no: r.no,
    text: r.text,
    deadline: r.deadline,
    answerType: r.answer_type,
    audience: r.audience,
    audienceLabel: AUDIENCE_LABELS[r.audience as Audience] ?? r.audience,
    audienceIds: JSON.parse(r.audience_ids_json ?? '[]') as string[],
  };
}

/** One directive; the hand-picked recipients only for the Academy (its review page). */
export function presentDirective(
  directive: DirectiveRow,
  requirements: DirectiveRequirementRow[],
  opts: { withRecipients: boolean },
) {
  return {
    id: directive.id,
    title: directive.title,
    numberSymbol: directive.number_symbol,
    issuedDate: directive.issued_date,
    status: directive.status,
    recipientMode: directive.recipient_mode,
    sourceDocumentId: directive.source_document_id,
    issuedAt: directive.issued_at,
    ...(opts.withRecipients ? { recipientIds: JSON.parse(directive.custom_recipients_json) as string[] } : {}),
    requirements: requirements.map(presentRequirement),
  };
}

/** The stored answer, or the plain status for obligations written before typed answers. */
export function answerOf(answerJson: string | null, status: string): Answer {
  return answerJson ? (JSON.parse(answerJson) as Answer) : { stage: status };
}

export function isOverdue(deadline: string | null, status: string, today: string): boolean {
  return Boolean(deadline && deadline < today && status !== 'done');
}

export function presentObligation(row: ObligationJoined, today: string) {
  const answer = answerOf(row.answer_json, row.status);
  const type = answerTypeOf(row.answer_type);
  const stage = type.stages.find((s) => s.code === answer.stage);
  return {
    id: row.id,
    directiveId: row.directive_id,
    directiveTitle: row.directive_title,
    numberSymbol: row.number_symbol,
    requirementId: row.requirement_id,
    requirementNo: row.req_no,
    requirementText: row.req_text,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    status: row.status,
    stage: answer.stage,
    stageLabel: stage?.label ?? answer.stage,
    answerType: row.answer_type,
    stages: type.stages.map((s) => ({ code: s.code, label: s.label, requires: s.requires })),
    answer,
    deadline: row.deadline,
    overdue: isOverdue(row.deadline, row.status, today),
    illustrative: Boolean(row.illustrative),
    note: row.note,
    updatedAt: row.updated_at,
  };
}

export function presentObligationEvent(e: {
  at: string;
  status: ObligationStatusValue;
  stage: string | null;
  note: string | null;
  answer_json: string | null;
  full_name: string | null;
}) {
  return {
    at: e.at,
    status: e.status,
    stage: e.stage,
    note: e.note,
    answer: e.answer_json ? (JSON.parse(e.answer_json) as Answer) : null,
    actorName: e.full_name ?? null,
  };
}

export function presentEvidenceFile(f: { id: string; file_name: string; size: number; created_at: string }) {
  return { id: f.id, fileName: f.file_name, size: f.size, createdAt: f.created_at };
}
