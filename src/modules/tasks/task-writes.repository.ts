/**
 * Writes of the tasks capability: tasks, their history, assignees, result files, presentations and the
 * direction columns of a document. Every function runs inside the caller's transaction; the service has
 * already checked the organisation with `assertCanWrite()`.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type {
  DB,
  DocumentFileTable,
  DocumentPresentationTable,
  TaskAssigneeTable,
  TaskFileTable,
  TaskTable,
} from '../../db/types.ts';
import { nextTimestamp } from '../../lib/clock.ts';
import { namesPerson } from './tasks.repository.ts';

type Trx = Kysely<DB> | Transaction<DB>;

export async function insertTask(trx: Trx, row: TaskTable & { id: string }): Promise<void> {
  await trx.insertInto('tasks').values(row).execute();
}

export async function updateTask(trx: Trx, id: string, patch: Partial<TaskTable>): Promise<void> {
  await trx.updateTable('tasks').set(patch).where('id', '=', id).execute();
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

/** Replace a task's assignees; returns whether it had any before (assigned vs reassigned). */
export async function replaceAssignees(
  trx: Trx,
  taskId: string,
  rows: Omit<TaskAssigneeTable, 'id' | 'created_at'>[],
): Promise<boolean> {
  const previous = await trx.selectFrom('task_assignees').select('id').where('task_id', '=', taskId).execute();
  await trx.deleteFrom('task_assignees').where('task_id', '=', taskId).execute();
  await trx
    .insertInto('task_assignees')
    .values(rows.map((r) => ({ ...r, id: randomUUID(), created_at: nextTimestamp() })))
    .execute();
  return previous.length > 0;
}

/** Opening a task acknowledges receipt for the caller's own (or their unit's) assignments. */
export async function acknowledgeAssignments(
  trx: Trx,
  taskId: string,
  who: { userId: string; unitId: string | null },
  at: string,
): Promise<number> {
  const result = await trx
    .updateTable('task_assignees')
    .set({ acknowledged_at: at })
    .where('task_id', '=', taskId)
    .where('acknowledged_at', 'is', null)
    .where((eb) => namesPerson(eb, who))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The lead's deadline follows the task's; assignees who shared the old deadline move with it. */
export async function moveAssigneeDeadlines(
  trx: Trx,
  taskId: string,
  from: string | null,
  to: string | null,
): Promise<void> {
  await trx
    .updateTable('task_assignees')
    .set({ deadline: to })
    .where('task_id', '=', taskId)
    .where('role', '=', 'lead')
    .execute();
  if (from !== null)
    await trx
      .updateTable('task_assignees')
      .set({ deadline: to })
      .where('task_id', '=', taskId)
      .where('role', '=', 'support')
      .where('deadline', '=', from)
      .execute();
}

/** Result files: stored as files of the task's document and linked to the task. */
export async function insertTaskFiles(trx: Trx, rows: DocumentFileTable[], links: TaskFileTable[]): Promise<void> {
  await trx.insertInto('document_files').values(rows).execute();
  await trx.insertInto('task_files').values(links).execute();
}

export async function insertPresentation(trx: Trx, row: DocumentPresentationTable): Promise<void> {
  await trx.insertInto('document_presentations').values(row).execute();
}

/** The leader's bút phê on the document. */
export async function setDocumentDirection(
  trx: Trx,
  documentId: string,
  direction: { note: string; directedBy: string; at: string },
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({
      direction_note: direction.note,
      directed_by: direction.directedBy,
      directed_at: direction.at,
      updated_at: direction.at,
    })
    .where('id', '=', documentId)
    .execute();
}

/**
 * Lock the document row for the rest of the transaction (PostgreSQL row lock; SQLite serialises writers),
 * so a check-then-write on it (idempotent presentation, direction over an expected state) is not raced.
 */
export async function lockDocument(trx: Trx, documentId: string): Promise<void> {
  await trx
    .updateTable('documents')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', documentId)
    .execute();
}

/** The document's direction time as committed (read after `lockDocument`). */
export async function currentDirectedAt(trx: Trx, documentId: string): Promise<string | null> {
  const row = await trx.selectFrom('documents').select('directed_at').where('id', '=', documentId).executeTakeFirst();
  return row?.directed_at ?? null;
}

/** The latest presentation of a document. */
export function findLatestPresentation(trx: Trx, documentId: string) {
  return trx
    .selectFrom('document_presentations')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('presented_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
