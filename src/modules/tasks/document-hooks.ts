/**
 * A listener of the documents module's `registered` event (subscribed in src/modules/index.ts), so that a
 * registered document's requirements become tasks atomically with the registration (Decree 30 Điều 22:
 * registration creates the duty to act). The caller has already checked that the actor may write to
 * the document's organisation. Presenting and directing call it too, for documents registered before.
 */
import { recordAudit } from '../audit/audit.ports.ts';
import type { Db } from '../documents/documents.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { createTask } from './task-commands.ts';
import { findDocumentForTasks, findDocumentTaskRequirements, findRequirements } from './tasks.repository.ts';

export const GENERAL_TASK_TITLE = 'Xử lý văn bản';

export function requirementTitle(no: number | null): string {
  return no === null ? 'Yêu cầu (không đánh số)' : `Yêu cầu ${no}`;
}

/**
 * One task per requirement (numbered or not), deadline = the requirement's deadline, falling back
 * to the document's own due date; a document without requirements gets one general task.
 * Idempotent: requirements that already have a task, and documents that already have tasks, are
 * left alone. Returns the ids of the tasks created.
 */
export async function onDocumentRegistered(trx: Db, ctx: RequestContext, documentId: string): Promise<string[]> {
  const doc = await findDocumentForTasks(trx, documentId);
  if (!doc) return [];
  const requirements = await findRequirements(trx, documentId);
  const existing = await findDocumentTaskRequirements(trx, documentId);
  const covered = new Set(existing.map((t) => t.requirement_id).filter((id): id is string => id !== null));
  const created: string[] = [];
  for (const r of requirements) {
    if (covered.has(r.id)) continue;
    created.push(
      await createTask(trx, ctx, {
        organisationId: doc.organisation_id,
        documentId,
        requirementId: r.id,
        requirementNo: r.no,
        ordinal: r.ordinal,
        title: requirementTitle(r.no),
        text: r.text,
        deadline: r.deadline ?? doc.due_date,
      }),
    );
  }
  if (requirements.length === 0 && existing.length === 0) {
    created.push(
      await createTask(trx, ctx, {
        organisationId: doc.organisation_id,
        documentId,
        ordinal: 0,
        title: GENERAL_TASK_TITLE,
        text: doc.subject ?? GENERAL_TASK_TITLE,
        deadline: doc.due_date,
      }),
    );
  }
  if (created.length > 0) {
    await recordAudit(trx, ctx, {
      action: 'tasks.created_from_document',
      entityType: 'document',
      entityId: documentId,
      organisationId: doc.organisation_id,
      after: { taskIds: created },
    });
  }
  return created;
}
