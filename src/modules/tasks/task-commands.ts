/**
 * Task mutators shared by the direction and task services and the registration listener. They run
 * inside the caller's transaction and assume the caller has already checked tenancy (`assertCanWrite`)
 * for the organisation concerned. A document's status is moved through the documents port, which
 * audits it and tells its listeners (e.g. the Academy's matrix of a network directive).
 */
import { randomUUID } from 'node:crypto';
import type { Db, DocumentsPorts } from '../documents/documents.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { findDocumentForTasks, findDocumentTaskStates } from './tasks.repository.ts';
import { insertTask, insertTaskEvent } from './task-writes.repository.ts';

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
export async function createTask(trx: Db, ctx: RequestContext | null, input: NewTask): Promise<string> {
  const now = new Date().toISOString();
  const id = randomUUID();
  await insertTask(trx, {
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
  });
  await insertTaskEvent(trx, {
    taskId: id,
    organisationId: input.organisationId,
    kind: 'created',
    actorUserId: ctx?.actor.userId ?? null,
    payload: { title: input.title, deadline: input.deadline ?? null },
  });
  return id;
}

/**
 * Bring the document's status in line with its tasks: every task done → 'completed' (with
 * completed_at); work started on an assigned document → 'in_progress'.
 */
export async function syncDocumentProgress(
  trx: Db,
  ctx: RequestContext | null,
  documentId: string,
  documents: Pick<DocumentsPorts, 'setDocumentStatus'>,
): Promise<void> {
  const doc = await findDocumentForTasks(trx, documentId);
  if (!doc) return;
  const tasks = await findDocumentTaskStates(trx, documentId);
  if (tasks.length === 0) return;
  if (tasks.every((t) => t.status === 'done')) {
    if (doc.status !== 'completed')
      await documents.setDocumentStatus(trx, ctx, doc, 'completed', { completed_at: new Date().toISOString() });
    return;
  }
  const started = tasks.some((t) => t.status === 'in_progress' || t.status === 'done');
  if (started && doc.status === 'assigned') await documents.setDocumentStatus(trx, ctx, doc, 'in_progress');
}
