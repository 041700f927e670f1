/**
 * Obligations (one per requirement × school), their history events and evidence files. A school's reads
 * go through `scoped()` on the obligation's organisation; the dashboard and the reminders job read a
 * whole directive or every school (checked by the service, or run without an actor).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, DocumentFileTable, ObligationEventTable, ObligationStatusValue } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Obligations the actor may read, with their requirement, directive and school. */
export function scopedObligations(db: Q, actor: Actor) {
  return scoped(
    db
      .selectFrom('obligations')
      .innerJoin('directive_requirements as r', 'r.id', 'obligations.requirement_id')
      .innerJoin('directives as d', 'd.id', 'obligations.directive_id')
      .innerJoin('organisations as o', 'o.id', 'obligations.organisation_id')
      .select([
        'obligations.id',
        'obligations.directive_id',
        'obligations.requirement_id',
        'obligations.organisation_id',
        'obligations.status',
        'obligations.deadline',
        'obligations.note',
        'obligations.answer_json',
        'obligations.updated_at',
        'obligations.illustrative',
        'r.no as req_no',
        'r.text as req_text',
        'r.answer_type',
        'd.title as directive_title',
        'd.number_symbol',
        'o.name as organisation_name',
      ]),
    actor,
    'obligations.organisation_id',
  );
}
export type ObligationJoined = NonNullable<
  Awaited<ReturnType<ReturnType<typeof scopedObligations>['executeTakeFirst']>>
>;

export function findObligations(
  db: Q,
  actor: Actor,
  filter: { directiveId?: string | undefined; status?: ObligationStatusValue | undefined },
) {
  let q = scopedObligations(db, actor);
  if (filter.directiveId) q = q.where('obligations.directive_id', '=', filter.directiveId);
  if (filter.status) q = q.where('obligations.status', '=', filter.status);
  return q.orderBy('obligations.deadline').orderBy('r.ordinal').execute();
}

export function findObligation(db: Q, actor: Actor, id: string) {
  return scopedObligations(db, actor).where('obligations.id', '=', id).executeTakeFirst();
}

/** An obligation the actor may read, as stored (to file evidence under it). */
export function findObligationOwner(db: Q, actor: Actor, id: string) {
  return scoped(
    db.selectFrom('obligations').select(['id', 'organisation_id', 'directive_id']),
    actor,
    'obligations.organisation_id',
  )
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One obligation's history, oldest first, with who made each change. */
export function findHistory(db: Q, obligationId: string) {
  return db
    .selectFrom('obligation_events')
    .leftJoin('users', 'users.id', 'obligation_events.actor_user_id')
    .select([
      'obligation_events.at',
      'obligation_events.status',
      'obligation_events.stage',
      'obligation_events.note',
      'obligation_events.answer_json',
      'users.full_name',
    ])
    .where('obligation_id', '=', obligationId)
    .orderBy('obligation_events.at')
    .execute();
}

export function findEvidenceFiles(db: Q, obligationId: string) {
  return db
    .selectFrom('obligation_evidence')
    .innerJoin('document_files as f', 'f.id', 'obligation_evidence.file_id')
    .select(['f.id', 'f.file_name', 'f.size', 'f.created_at'])
    .where('obligation_evidence.obligation_id', '=', obligationId)
    .execute();
}

export function findEvidenceFile(db: Q, obligationId: string, fileId: string) {
  return db
    .selectFrom('obligation_evidence')
    .innerJoin('document_files as f', 'f.id', 'obligation_evidence.file_id')
    .select(['f.file_name', 'f.content_type', 'f.size', 'f.storage_path', 'f.sha256'])
    .where('obligation_evidence.obligation_id', '=', obligationId)
    .where('obligation_evidence.file_id', '=', fileId)
    .executeTakeFirst();
}

export async function insertEvidence(trx: Q, obligationId: string, files: DocumentFileTable[]): Promise<void> {
  await trx.insertInto('document_files').values(files).execute();
  await trx
    .insertInto('obligation_evidence')
    .values(files.map((f) => ({ obligation_id: obligationId, file_id: f.id, organisation_id: f.organisation_id })))
    .execute();
}

/** The new state of an obligation and its history event, together. */
export async function writeObligationChange(
  trx: Q,
  id: string,
  state: {
    status: ObligationStatusValue;
    answer_json: string;
    note: string | null;
    updated_by: string | null;
    updated_at: string;
    /** 0 once a person writes the answer: it is the school's own, no longer demo data. */
    illustrative: number;
  },
  event: ObligationEventTable,
): Promise<void> {
  await trx.updateTable('obligations').set(state).where('id', '=', id).execute();
  await trx.insertInto('obligation_events').values(event).execute();
}

// ------------------------------------------------------------------ one directive, all schools (Academy)

export function findDirectiveObligations(db: Q, directiveId: string) {
  return db
    .selectFrom('obligations')
    .select([
      'id',
      'organisation_id',
      'requirement_id',
      'status',
      'answer_json',
      'deadline',
      'updated_at',
      'illustrative',
    ])
    .where('directive_id', '=', directiveId)
    .execute();
}

export function findDirectiveEvents(db: Q, directiveId: string) {
  return db
    .selectFrom('obligation_events')
    .select(['obligation_id', 'at', 'stage', 'status'])
    .where('directive_id', '=', directiveId)
    .orderBy('at')
    .execute();
}

// ------------------------------------------------------------------ reminders (all schools, no actor)

/** Open obligations of issued directives due by `horizon` (overdue ones included), earliest first. */
export function findDueObligations(db: Q, horizon: string) {
  return db
    .selectFrom('obligations')
    .innerJoin('directives as d', 'd.id', 'obligations.directive_id')
    .innerJoin('directive_requirements as r', 'r.id', 'obligations.requirement_id')
    .select([
      'obligations.id',
      'obligations.organisation_id',
      'obligations.deadline',
      'd.title',
      'd.number_symbol',
      'r.no',
    ])
    .where('obligations.status', '!=', 'done')
    .where('obligations.deadline', 'is not', null)
    .where('obligations.deadline', '<=', horizon)
    .where('d.status', '=', 'issued')
    .orderBy('obligations.deadline')
    .execute();
}

/** Active people of a school holding one of `roles`, with their e-mail. */
export function findActivePeopleWithRoles(db: Q, organisationId: string, roles: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', [...roles])
    .where('active', '=', 1)
    .execute();
}

/** A school's obligations whose answer is the standard-school dossier's (2174 item 1); the caller cleared the school. */
export function findStandardSchoolObligations(db: Q, organisationId: string) {
  return db
    .selectFrom('obligations')
    .innerJoin('directive_requirements as r', 'r.id', 'obligations.requirement_id')
    .select([
      'obligations.id',
      'obligations.directive_id',
      'obligations.organisation_id',
      'obligations.status',
      'obligations.answer_json',
      'obligations.note',
    ])
    .where('obligations.organisation_id', '=', organisationId)
    .where('r.answer_type', '=', 'standard_school_project')
    .execute();
}

/** The obligations under one requirement not yet done (the schools behind), with their deadline. */
export function findOpenObligationsOfRequirement(db: Q, directiveId: string, requirementId: string) {
  return db
    .selectFrom('obligations')
    .select(['id', 'organisation_id', 'deadline', 'status'])
    .where('directive_id', '=', directiveId)
    .where('requirement_id', '=', requirementId)
    .where('status', '!=', 'done')
    .execute();
}
