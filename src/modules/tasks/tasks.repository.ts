/**
 * Kysely queries for tasks. Reads of tasks and documents go through the one visibility rule
 * (tenancy/visibility.ts: scope, then confidential letters only for those cleared or named on the task);
 * the organisation of a write is checked by the service with `assertCanWrite()` before any mutator runs.
 */
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { visibleDocuments, visibleTasks } from '../tenancy/visibility.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Tasks with what a list needs: the document's subject and number, the lead's name. */
export function taskSummaryQuery(db: Q) {
  return db
    .selectFrom('tasks')
    .innerJoin('documents', 'documents.id', 'tasks.document_id')
    .leftJoin('users as lead_user', 'lead_user.id', 'tasks.lead_user_id')
    .leftJoin('org_units as lead_unit', 'lead_unit.id', 'tasks.lead_unit_id')
    .selectAll('tasks')
    .select([
      'documents.subject as document_subject',
      'documents.number_symbol as document_number_symbol',
      'documents.register_number as document_register_number',
      'lead_user.full_name as lead_user_name',
      'lead_unit.name as lead_unit_name',
    ]);
}
export type TaskRow = Awaited<ReturnType<ReturnType<typeof taskSummaryQuery>['execute']>>[number];

export function scopedTasks(db: Q, actor: Actor, narrowTo?: string | null) {
  return visibleTasks(taskSummaryQuery(db), actor, 'tasks', narrowTo);
}

export async function findTask(db: Q, actor: Actor, id: string): Promise<TaskRow | undefined> {
  return scopedTasks(db, actor).where('tasks.id', '=', id).executeTakeFirst();
}

export async function findAssignees(db: Q, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_assignees')
    .leftJoin('users', 'users.id', 'task_assignees.user_id')
    .leftJoin('org_units', 'org_units.id', 'task_assignees.unit_id')
    .selectAll('task_assignees')
    .select(['users.full_name as user_name', 'org_units.name as unit_name'])
    .where('task_assignees.task_id', 'in', [...taskIds])
    .orderBy('task_assignees.created_at')
    .execute();
}
export type AssigneeRow = Awaited<ReturnType<typeof findAssignees>>[number];

export function groupByTask<T extends { task_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.task_id, [...(map.get(r.task_id) ?? []), r]);
  return map;
}

export async function findEvents(db: Q, taskId: string) {
  return db
    .selectFrom('task_events')
    .leftJoin('users', 'users.id', 'task_events.actor_user_id')
    .selectAll('task_events')
    .select('users.full_name as actor_name')
    .where('task_events.task_id', '=', taskId)
    .orderBy('task_events.at')
    .execute();
}

export async function findTaskFiles(db: Q, taskId: string) {
  return db
    .selectFrom('task_files')
    .innerJoin('document_files', 'document_files.id', 'task_files.file_id')
    .select([
      'document_files.id',
      'document_files.file_name',
      'document_files.content_type',
      'document_files.size',
      'document_files.created_at',
      'document_files.storage_path',
    ])
    .where('task_files.task_id', '=', taskId)
    .orderBy('document_files.created_at')
    .execute();
}

/** A document visible to the actor, with what the direction needs. */
export async function findDocument(db: Q, actor: Actor, id: string) {
  return visibleDocuments(
    db.selectFrom('documents').leftJoin('users as director', 'director.id', 'documents.directed_by'),
    actor,
  )
    .select([
      'documents.id',
      'documents.organisation_id',
      'documents.direction',
      'documents.status',
      'documents.subject',
      'documents.number_symbol',
      'documents.issuer_name',
      'documents.document_date',
      'documents.register_number',
      'documents.received_date',
      'documents.due_date',
      'documents.urgency',
      'documents.confidentiality',
      'documents.direction_note',
      'documents.directed_by',
      'documents.directed_at',
      'documents.completed_at',
      'director.full_name as directed_by_name',
    ])
    .where('documents.id', '=', id)
    .executeTakeFirst();
}
export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

export async function findPresentations(db: Q, documentId: string) {
  return db
    .selectFrom('document_presentations')
    .innerJoin('users as by', 'by.id', 'document_presentations.presented_by')
    .innerJoin('users as to', 'to.id', 'document_presentations.presented_to')
    .selectAll('document_presentations')
    .select(['by.full_name as by_name', 'to.full_name as to_name'])
    .where('document_presentations.document_id', '=', documentId)
    .orderBy('document_presentations.presented_at')
    .execute();
}

/** Assignee rows naming this person, in person or through their unit. */
export function namesPerson(
  eb: ExpressionBuilder<DB, 'task_assignees'>,
  who: { userId: string; unitId: string | null },
) {
  return eb.or([
    eb('task_assignees.user_id', '=', who.userId),
    ...(who.unitId ? [eb('task_assignees.unit_id', '=', who.unitId)] : []),
  ]);
}

/** Ids of the tasks where the actor (in person, or through their unit) is an assignee. */
export function myTaskIds(db: Q, actor: Actor, roles?: readonly string[]) {
  let q = scoped(db.selectFrom('task_assignees'), actor, 'task_assignees.organisation_id')
    .select('task_assignees.task_id')
    .where((eb) => namesPerson(eb, actor));
  if (roles?.length) q = q.where('task_assignees.role', 'in', [...roles]);
  return q;
}

/** People and units of the given organisations, by id (to validate assignment targets). */
export async function findPeopleAndUnits(
  db: Q,
  organisationIds: readonly string[],
  userIds: readonly string[],
  unitIds: readonly string[],
) {
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select(['id', 'full_name', 'role', 'unit_id', 'active'])
        .where('organisation_id', 'in', [...organisationIds])
        .where('id', 'in', [...userIds])
        .execute()
    : [];
  const units = unitIds.length
    ? await db
        .selectFrom('org_units')
        .select(['id', 'name'])
        .where('organisation_id', 'in', [...organisationIds])
        .where('id', 'in', [...unitIds])
        .execute()
    : [];
  return { users: new Map(users.map((u) => [u.id, u])), units: new Map(units.map((u) => [u.id, u])) };
}

// ------------------------------------------------------------------ reads for commands (inside a transaction)

/** A task as stored (no scope: the caller already holds the document it belongs to). */
export function findTaskRecord(db: Q, id: string) {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export function findDocumentTaskRecords(db: Q, documentId: string) {
  return db.selectFrom('tasks').selectAll().where('document_id', '=', documentId).execute();
}

/** Status and progress of each task of a document (to bring the document's status in line). */
export function findDocumentTaskStates(db: Q, documentId: string) {
  return db.selectFrom('tasks').select(['status', 'progress']).where('document_id', '=', documentId).execute();
}

/** Requirements already covered by a task of the document. */
export function findDocumentTaskRequirements(db: Q, documentId: string) {
  return db.selectFrom('tasks').select(['requirement_id']).where('document_id', '=', documentId).execute();
}

/** What turning a document's requirements into tasks needs from the document. */
export function findDocumentForTasks(db: Q, documentId: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'organisation_id', 'subject', 'due_date', 'status', 'directed_by'])
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export function findRequirements(db: Q, documentId: string) {
  return db.selectFrom('requirements').selectAll().where('document_id', '=', documentId).orderBy('ordinal').execute();
}

export function findRequirementOf(db: Q, documentId: string, requirementId: string) {
  return db
    .selectFrom('requirements')
    .select(['id', 'no', 'ordinal', 'text', 'deadline'])
    .where('id', '=', requirementId)
    .where('document_id', '=', documentId)
    .executeTakeFirst();
}

/** Active leaders of an organisation (who is told when nobody in particular directed a task). */
export async function findActiveLeaders(db: Q, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'leader')
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

/** A person who may receive a presented document: an active leader of one of the organisations. */
export function findPresentableLeader(
  db: Q,
  userId: string,
  organisationIds: readonly string[],
  leaderRoles: readonly string[],
) {
  return db
    .selectFrom('users')
    .select(['id', 'full_name'])
    .where('id', '=', userId)
    .where('organisation_id', 'in', [...organisationIds])
    .where('role', 'in', [...leaderRoles])
    .where('active', '=', 1)
    .executeTakeFirst();
}

// ------------------------------------------------------------------ the task page

/** The document a task belongs to, with who directed it. */
export function findTaskDocument(db: Q, documentId: string) {
  return db
    .selectFrom('documents')
    .leftJoin('users as director', 'director.id', 'documents.directed_by')
    .select([
      'documents.id',
      'documents.subject',
      'documents.number_symbol',
      'documents.issuer_name',
      'documents.status',
      'documents.direction_note',
      'documents.directed_at',
      'director.full_name as directed_by_name',
    ])
    .where('documents.id', '=', documentId)
    .executeTakeFirstOrThrow();
}

export function findUserName(db: Q, userId: string) {
  return db.selectFrom('users').select('full_name').where('id', '=', userId).executeTakeFirst();
}

/** Which of `fileIds` are result files of the task. */
export function findAttachedFiles(db: Q, taskId: string, fileIds: readonly string[]) {
  return db
    .selectFrom('task_files')
    .select('file_id')
    .where('task_id', '=', taskId)
    .where('file_id', 'in', [...fileIds])
    .execute();
}

export function findTaskFile(db: Q, taskId: string, fileId: string) {
  return db
    .selectFrom('task_files')
    .innerJoin('document_files', 'document_files.id', 'task_files.file_id')
    .select([
      'document_files.file_name',
      'document_files.content_type',
      'document_files.size',
      'document_files.storage_path',
      'document_files.sha256',
    ])
    .where('task_files.task_id', '=', taskId)
    .where('task_files.file_id', '=', fileId)
    .executeTakeFirst();
}
