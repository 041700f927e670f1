/**
 * Task mutators shared by the direction and task services, the registration hook and other modules
 * (network directives). They run inside the caller's transaction and assume the caller has already
 * checked tenancy (`assertCanWrite`) for the organisation concerned.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { syncRecipientStatus } from '../directives/delivery-status.ts';
import type { RequestContext } from '../tenancy/actor.ts';

type Trx = Kysely<DB> | Transaction<DB>;

let lastTick = 0;
/**
 * A timestamp strictly later than the previous one from this process: history rows and assignees
 * written in the same millisecond still sort in the order they were written (on both engines).
 */
export function nextTimestamp(): string {
  lastTick = Math.max(Date.now(), lastTick + 1);
  return new Date(lastTick).toISOString();
}

export async function insertTaskEvent(
  trx: Trx,
  input: { taskId: string; organisationId: string; kind: string; actorUserId: string | null; payload?: unknown },
): Promise<void> {
  await trx
    .insertInto('task_events')
    .values({
      id: randomUUID(),
      task_id: input.taskId,
      organisation_id: input.organisationId,
      kind: input.kind,
      actor_user_id: input.actorUserId,
      at: nextTimestamp(),
      payload: JSON.stringify(input.payload ?? {}),
    })
    .execute();
}

export type NewTask = {
  organisationId: string;
  documentId: string;
  requirementId?: string | null;
  requirementNo?: number | null;
  ordinal?: number;
  title: string;
  text: string;
  deadline?: string | null;
};

/** Create an unassigned task of a document (the document must belong to `organisationId`). */
export async function createTask(trx: Trx, ctx: RequestContext | null, input: NewTask): Promise<string> {
  const now = new Date().toISOString();
  const id = randomUUID();
  await trx
    .insertInto('tasks')
    .values({
      id,
      organisation_id: input.organisationId,
      document_id: input.documentId,
      requirement_id: input.requirementId ?? null,
      requirement_no: input.requirementNo ?? null,
      ordinal: input.ordinal ?? 0,
      title: input.title,
      text: input.text,
      deadline: input.deadline ?? null,
      status: 'unassigned',
      progress: 0,
      lead_user_id: null,
      lead_unit_id: null,
      assigned_by: null,
      assigned_at: null,
      result_note: null,
      extension_json: null,
      created_at: now,
      updated_at: now,
      completed_at: null,
    })
    .execute();
  await insertTaskEvent(trx, {
    taskId: id,
    organisationId: input.organisationId,
    kind: 'created',
    actorUserId: ctx?.actor.userId ?? null,
    payload: { title: input.title, deadline: input.deadline ?? null },
  });
  return id;
}

export type DocumentStatusChange = { documentId: string; organisationId: string; from: string; to: string; at: string };
/**
 * Called inside the transaction whenever this module moves a document's status (presented, assigned,
 * in_progress, completed) — e.g. network directives mirror it into the Academy's recipient matrix.
 */
export type DocumentStatusListener = (trx: Trx, change: DocumentStatusChange) => Promise<void>;
/** A fixed list (not a registry filled at import time), so what runs on a status change is visible here. */
export const documentStatusListeners: readonly DocumentStatusListener[] = [
  (trx, change) => syncRecipientStatus(trx, change.documentId, change.to, change.at),
];

/** Move a document to `to`, audited, telling the listeners. No-op when already there. */
export async function setDocumentStatus(
  trx: Trx,
  ctx: RequestContext | null,
  doc: { id: string; organisation_id: string; status: string },
  to: string,
  extra: { completed_at?: string | null } = {},
): Promise<void> {
  if (doc.status === to) return;
  const at = new Date().toISOString();
  await trx
    .updateTable('documents')
    .set({ status: to, updated_at: at, ...extra })
    .where('id', '=', doc.id)
    .execute();
  await recordAudit(trx, ctx, {
    action: `document.${to}`,
    entityType: 'document',
    entityId: doc.id,
    organisationId: doc.organisation_id,
    before: { status: doc.status },
    after: { status: to, ...extra },
  });
  for (const listener of documentStatusListeners)
    await listener(trx, { documentId: doc.id, organisationId: doc.organisation_id, from: doc.status, to, at });
}

/**
 * Bring the document's status in line with its tasks: every task done → 'completed' (with
 * completed_at); work started on an assigned document → 'in_progress'.
 */
export async function syncDocumentProgress(trx: Trx, ctx: RequestContext | null, documentId: string): Promise<void> {
  const doc = await trx
    .selectFrom('documents')
    .select(['id', 'organisation_id', 'status'])
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!doc) return;
  const tasks = await trx
    .selectFrom('tasks')
    .select(['status', 'progress'])
    .where('document_id', '=', documentId)
    .execute();
  if (tasks.length === 0) return;
  if (tasks.every((t) => t.status === 'done')) {
    if (doc.status !== 'completed')
      await setDocumentStatus(trx, ctx, doc, 'completed', { completed_at: new Date().toISOString() });
    return;
  }
  const started = tasks.some((t) => t.status === 'in_progress' || t.status === 'done');
  if (started && doc.status === 'assigned') await setDocumentStatus(trx, ctx, doc, 'in_progress');
}
