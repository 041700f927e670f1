/** snake_case rows → the camelCase API shapes of tasks.schemas.ts. */
import type { Actor } from '../tenancy/actor.ts';
import { ASSIGNEE_ROLE_LABELS, EVENT_LABELS, TASK_STATUS_LABELS, rolesOf } from './tasks.policy.ts';
import type { findAwaitingDirection } from './deadlines.repository.ts';
import type { AssigneeRow, DocumentRow, findPresentations, TaskRow } from './tasks.repository.ts';

type PresentationRow = Awaited<ReturnType<typeof findPresentations>>[number];
type AwaitingRow = Awaited<ReturnType<typeof findAwaitingDirection>>[number];

export type Party = { kind: 'user' | 'unit'; id: string; name: string };
export type PendingExtension = { newDeadline: string; reason: string; requestedAt: string; requestedBy: string | null };

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function leadOf(
  row: Pick<TaskRow, 'lead_user_id' | 'lead_unit_id' | 'lead_user_name' | 'lead_unit_name'>,
): Party | null {
  if (row.lead_user_id) return { kind: 'user', id: row.lead_user_id, name: row.lead_user_name ?? '' };
  if (row.lead_unit_id) return { kind: 'unit', id: row.lead_unit_id, name: row.lead_unit_name ?? '' };
  return null;
}

export function partyOf(a: Pick<AssigneeRow, 'user_id' | 'unit_id' | 'user_name' | 'unit_name'>): Party {
  return a.user_id
    ? { kind: 'user', id: a.user_id, name: a.user_name ?? '' }
    : { kind: 'unit', id: a.unit_id ?? '', name: a.unit_name ?? '' };
}

export function isOpen(status: string): boolean {
  return status !== 'done';
}

/** The earliest deadline the actor personally answers for (as lead or support), or null. */
export function myDeadline(
  actor: Actor,
  task: { deadline: string | null },
  assignees: readonly AssigneeRow[],
): string | null {
  const mine = assignees.filter(
    (a) =>
      a.role !== 'info' &&
      ((a.user_id && a.user_id === actor.userId) || (a.unit_id && actor.unitId && a.unit_id === actor.unitId)),
  );
  const dates = mine
    .map((a) => a.deadline ?? task.deadline)
    .filter((d): d is string => d !== null)
    .sort();
  return dates[0] ?? null;
}

export function presentTaskSummary(
  row: TaskRow,
  opts: { actor: Actor; assignees: readonly AssigneeRow[]; today: string },
) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    documentId: row.document_id,
    documentSubject: row.document_subject,
    documentNumberSymbol: row.document_number_symbol,
    documentRegisterNumber: row.document_register_number,
    requirementId: row.requirement_id,
    requirementNo: row.requirement_no,
    title: row.title,
    text: row.text,
    deadline: row.deadline,
    status: row.status,
    statusLabel: TASK_STATUS_LABELS[row.status] ?? row.status,
    progress: row.progress,
    lead: leadOf(row),
    overdue: isOpen(row.status) && row.deadline !== null && row.deadline < opts.today,
    myRoles: [...rolesOf(opts.actor, opts.assignees)],
    myDeadline: myDeadline(opts.actor, row, opts.assignees),
    pendingExtension: parseJson<PendingExtension | null>(row.extension_json, null),
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
  };
}

export function presentAssignee(a: AssigneeRow) {
  return {
    id: a.id,
    role: a.role,
    roleLabel: ASSIGNEE_ROLE_LABELS[a.role] ?? a.role,
    party: partyOf(a),
    deadline: a.deadline,
    acknowledgedAt: a.acknowledged_at,
  };
}

export function presentEvent(e: { id: string; kind: string; actor_name: string | null; at: string; payload: string }) {
  return {
    id: e.id,
    kind: e.kind,
    kindLabel: EVENT_LABELS[e.kind] ?? e.kind,
    actorName: e.actor_name,
    at: e.at,
    payload: parseJson<Record<string, unknown>>(e.payload, {}),
  };
}

export function presentFile(f: {
  id: string;
  file_name: string;
  content_type: string;
  size: number;
  created_at: string;
}) {
  return { id: f.id, fileName: f.file_name, contentType: f.content_type, size: f.size, createdAt: f.created_at };
}

/** The document on the handling slip (phiếu giải quyết). */
export function presentSlipDocument(doc: DocumentRow) {
  return {
    id: doc.id,
    organisationId: doc.organisation_id,
    status: doc.status,
    subject: doc.subject,
    numberSymbol: doc.number_symbol,
    issuerName: doc.issuer_name,
    documentDate: doc.document_date,
    registerNumber: doc.register_number,
    receivedDate: doc.received_date,
    dueDate: doc.due_date,
    directionNote: doc.direction_note,
    directedByName: doc.directed_by_name,
    directedAt: doc.directed_at,
    completedAt: doc.completed_at,
  };
}

export function presentPresentation(p: PresentationRow) {
  return {
    id: p.id,
    documentId: p.document_id,
    presentedBy: { kind: 'user' as const, id: p.presented_by, name: p.by_name },
    presentedTo: { kind: 'user' as const, id: p.presented_to, name: p.to_name },
    presentedAt: p.presented_at,
    note: p.note,
  };
}

/** A document presented to the leader and waiting for direction (the desk). */
export function presentAwaiting(p: AwaitingRow, taskCount: number) {
  return {
    id: p.id,
    organisationId: p.organisation_id,
    subject: p.subject,
    numberSymbol: p.number_symbol,
    issuerName: p.issuer_name,
    registerNumber: p.register_number,
    receivedDate: p.received_date,
    dueDate: p.due_date,
    urgency: p.urgency,
    presentedAt: p.presented_at,
    presentedBy: p.presented_by,
    note: p.note,
    taskCount,
  };
}
