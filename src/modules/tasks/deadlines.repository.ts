/**
 * Reads behind the deadline views: the deadlines page, the leader's desk, the home cards and the daily
 * digest. Per-user reads pass through the visibility rule (tenancy/visibility.ts: scope, then confidential
 * documents only for those cleared or named); the digest runs for every organisation (a job, no actor) and
 * sends a person only the assignments that name them, or their unit on a non-confidential letter.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { sql } from 'kysely';
import { visibleDocuments, visibleTasks } from '../tenancy/visibility.ts';
import { WORKING_STATUSES } from './tasks.policy.ts';
import { namesPerson } from './tasks.repository.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Whose assignments: one person (in person or through their unit), or everyone of a unit. */
export type AssigneeFilter = { userId: string; unitId: string | null } | { unitMembersOf: string };

/** Lead and support assignments of working tasks, with the assignee's and the task's deadline. */
export function findAssigneeDeadlines(db: Q, actor: Actor, who: AssigneeFilter) {
  return visibleTasks(db.selectFrom('task_assignees').innerJoin('tasks', 'tasks.id', 'task_assignees.task_id'), actor)
    .select(['task_assignees.task_id', 'task_assignees.deadline', 'tasks.deadline as task_deadline'])
    .where('task_assignees.role', 'in', ['lead', 'support'])
    .where('tasks.status', 'in', WORKING_STATUSES)
    .where((eb) =>
      'unitMembersOf' in who
        ? eb.or([
            eb('task_assignees.unit_id', '=', who.unitMembersOf),
            eb(
              'task_assignees.user_id',
              'in',
              eb.selectFrom('users').select('users.id').where('users.unit_id', '=', who.unitMembersOf),
            ),
          ])
        : namesPerson(eb, who),
    )
    .execute();
}

export function findUnit(db: Q, unitId: string) {
  return db.selectFrom('org_units').select(['id', 'organisation_id']).where('id', '=', unitId).executeTakeFirst();
}

// ------------------------------------------------------------------ the leader's desk and home cards

/** Documents presented to `userId` that still wait for direction, newest presentation first. */
export function findAwaitingDirection(db: Q, actor: Actor, narrowTo: string | null) {
  return visibleDocuments(
    db
      .selectFrom('document_presentations')
      .innerJoin('documents', 'documents.id', 'document_presentations.document_id')
      .innerJoin('users as by', 'by.id', 'document_presentations.presented_by'),
    actor,
    'documents',
    narrowTo,
  )
    .where('document_presentations.presented_to', '=', actor.userId)
    .where('documents.status', 'in', ['registered', 'presented'])
    .select([
      'documents.id',
      'documents.organisation_id',
      'documents.subject',
      'documents.number_symbol',
      'documents.issuer_name',
      'documents.register_number',
      'documents.received_date',
      'documents.due_date',
      'documents.urgency',
      'document_presentations.presented_at',
      'document_presentations.note',
      'by.full_name as presented_by',
    ])
    .orderBy('document_presentations.presented_at', 'desc')
    .execute();
}

export async function countTasksByDocument(db: Q, documentIds: readonly string[]): Promise<Map<string, number>> {
  const rows = documentIds.length
    ? await db
        .selectFrom('tasks')
        .select(['document_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('document_id', 'in', [...documentIds])
        .groupBy('document_id')
        .execute()
    : [];
  return new Map(rows.map((c) => [c.document_id, Number(c.n)]));
}

/** The caller's own assignments (in person or through their unit) of working tasks. */
export function findMyWorkingAssignments(db: Q, actor: Actor) {
  return visibleTasks(db.selectFrom('task_assignees').innerJoin('tasks', 'tasks.id', 'task_assignees.task_id'), actor)
    .select([
      'task_assignees.task_id',
      'task_assignees.role',
      'task_assignees.deadline',
      'tasks.deadline as task_deadline',
    ])
    .where('tasks.status', 'in', WORKING_STATUSES)
    .where((eb) => namesPerson(eb, actor))
    .execute();
}

/** How many documents presented to the caller wait for their direction. */
export async function countAwaitingDirection(db: Q, actor: Actor): Promise<number> {
  const row = await visibleDocuments(
    db
      .selectFrom('document_presentations')
      .innerJoin('documents', 'documents.id', 'document_presentations.document_id'),
    actor,
  )
    .select((eb) => eb.fn.count<number>('documents.id').distinct().as('n'))
    .where('document_presentations.presented_to', '=', actor.userId)
    .where('documents.status', 'in', ['registered', 'presented'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ------------------------------------------------------------------ the daily digest (all organisations)

/** Every lead and support assignment of a working task, with its task and document. */
export function findDigestAssignments(db: Q) {
  return (
    db
      .selectFrom('task_assignees')
      .innerJoin('tasks', 'tasks.id', 'task_assignees.task_id')
      .innerJoin('documents', 'documents.id', 'tasks.document_id')
      .select([
        'task_assignees.user_id',
        'task_assignees.unit_id',
        'task_assignees.deadline',
        'tasks.id as task_id',
        'tasks.title',
        'tasks.deadline as task_deadline',
        'tasks.assigned_by',
        'documents.number_symbol',
        'documents.subject',
      ])
      .where('task_assignees.role', 'in', ['lead', 'support'])
      .where('tasks.status', 'in', WORKING_STATUSES)
      // A confidential letter reaches only the people named on it (never a unit's members).
      .where(sql<boolean>`(documents.confidentiality is null or task_assignees.user_id is not null)`)
      .execute()
  );
}

/** Active members of the units, as unit → people. */
export async function findActiveUnitMembers(db: Q, unitIds: readonly string[]): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  if (!unitIds.length) return members;
  for (const u of await db
    .selectFrom('users')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', [...unitIds])
    .where('active', '=', 1)
    .execute()) {
    members.set(u.unit_id!, [...(members.get(u.unit_id!) ?? []), u.id]);
  }
  return members;
}

/** The active people among `ids`, with what a digest e-mail needs. */
export async function findActiveRecipients(db: Q, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'full_name', 'organisation_id'])
    .where('id', 'in', [...ids])
    .where('active', '=', 1)
    .execute();
}
