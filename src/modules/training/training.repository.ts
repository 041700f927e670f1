/**
 * Kysely queries of the training capability: classes, learners, enrolments, findings and overrides.
 * Reads of school data go through `scoped()`; the helpers that take ids take ids already loaded
 * through it. Findings and overrides are in findings.repository.ts, settings and the compliance
 * summaries in compliance.repository.ts.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import {
  createHostResolver,
  type HostResolver,
  type NetworkOrganisation,
  type OrganisationKind,
} from '../../compliance/index.ts';
import type { ComplianceFindingTable, DB, LearnerTable, TrainingClassTable } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { chunks, insertInBatches } from './batch.repository.ts';
import { findingsWithOverrides } from './findings.repository.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Each class's learners in roster order. */
export async function loadRosters(db: Executor, classIds: readonly string[]): Promise<Map<string, LearnerTable[]>> {
  const rosters = new Map<string, LearnerTable[]>(classIds.map((id) => [id, []]));
  for (const part of chunks(classIds)) {
    const rows = await db
      .selectFrom('enrolments')
      .innerJoin('learners', 'learners.id', 'enrolments.learner_id')
      .selectAll('learners')
      .select(['enrolments.class_id', 'enrolments.ordinal'])
      .where('enrolments.class_id', 'in', part)
      .orderBy('enrolments.class_id')
      .orderBy('enrolments.ordinal')
      .execute();
    for (const row of rows) {
      const { class_id, ordinal: _ordinal, ...learner } = row;
      rosters.get(class_id)!.push(learner);
    }
  }
  return rosters;
}

/**
 * The network as the DATABASE knows it (sector schools the Academy added included), as a host
 * resolver for the import, plus each code's organisation id.
 */
export async function loadNetwork(
  db: Executor,
): Promise<{ resolve: HostResolver; idByCode: Map<string, { id: string; kind: string; name: string }> }> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'short_name', 'kind', 'province_name', 'valid_from', 'valid_to'])
    .execute();
  const organisations: NetworkOrganisation[] = rows.map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind as OrganisationKind,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    shortName: r.short_name,
    provinceName: r.province_name,
  }));
  return {
    resolve: createHostResolver(organisations),
    idByCode: new Map(rows.map((r) => [r.code, { id: r.id, kind: r.kind, name: r.name }])),
  };
}

// ------------------------------------------------------------------ classes

/** Classes the actor may read (narrowed to one organisation when given), with the organisation's name. */
export function scopedClasses(db: Executor, actor: Actor, organisationId?: string | null) {
  return scoped(
    db
      .selectFrom('training_classes')
      .innerJoin('organisations', 'organisations.id', 'training_classes.organisation_id')
      .selectAll('training_classes')
      .select('organisations.name as organisation_name'),
    actor,
    'training_classes.organisation_id',
    organisationId,
  );
}
export type ClassRow = TrainingClassTable & { organisation_name: string };

export function findClass(db: Executor, actor: Actor, id: string): Promise<ClassRow | undefined> {
  return scopedClasses(db, actor).where('training_classes.id', '=', id).executeTakeFirst();
}

export type ClassFilter = {
  organisationId?: string | undefined;
  level?: string | undefined;
  mode?: string | undefined;
  year?: number | undefined;
  host?: string | undefined;
  q?: string | undefined;
  withFindings?: boolean | undefined;
};

/** One page of the class list, newest first, with the total and the filter facets (hosts, years). */
export async function listClasses(db: Executor, actor: Actor, f: ClassFilter, page: { limit: number; offset: number }) {
  let q = scopedClasses(db, actor, f.organisationId);
  if (f.level) q = q.where('training_classes.level', '=', f.level);
  if (f.mode) q = q.where('training_classes.mode', '=', f.mode);
  if (f.year)
    q = q
      .where('training_classes.opening_date', '>=', `${f.year}-01-01`)
      .where('training_classes.opening_date', '<=', `${f.year}-12-31`);
  if (f.host) q = q.where('training_classes.host_code', '=', f.host);
  if (f.q) {
    const needle = `%${f.q.trim().toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['training_classes.code']), 'like', needle),
        eb(eb.fn('lower', ['training_classes.name']), 'like', needle),
      ]),
    );
  }
  if (f.withFindings) {
    q = q.where((eb) =>
      eb.exists(
        findingsWithOverrides(db)
          .select('f.id')
          .where('f.class_id', '=', sql.ref<string>('training_classes.id'))
          .where('o.id', 'is', null),
      ),
    );
  }
  const total = await q
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q
    .orderBy('training_classes.opening_date', 'desc')
    .orderBy('training_classes.code')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const facetsBase = scoped(
    db.selectFrom('training_classes'),
    actor,
    'training_classes.organisation_id',
    f.organisationId,
  );
  const hosts = await facetsBase.select(['host_code', 'host_name']).distinct().orderBy('host_name').execute();
  const years = await facetsBase.select(sql<string>`substr(opening_date, 1, 4)`.as('year')).distinct().execute();
  return { rows, total: Number(total.n), hosts, years: years.map((y) => Number(y.year)) };
}

/** Every class of the actor's scope (narrowed), newest first, for a school's summary. */
export function findClassesForSummary(db: Executor, actor: Actor, narrow: string | null, max: number) {
  return scopedClasses(db, actor, narrow).orderBy('training_classes.opening_date', 'desc').limit(max).execute();
}

/** The actor's own existing classes in the target organisation (the import matches codes against them). */
export function findClassesOf(db: Executor, actor: Actor, organisationId: string) {
  return scoped(
    db.selectFrom('training_classes').selectAll(),
    actor,
    'training_classes.organisation_id',
    organisationId,
  ).execute();
}

/** A class with one of these code keys in the organisation (someone imported it meanwhile). */
export function findClassByCodeKeys(db: Executor, organisationId: string, codeKeys: readonly string[]) {
  return db
    .selectFrom('training_classes')
    .select('code')
    .where('organisation_id', '=', organisationId)
    .where('code_key', 'in', [...codeKeys])
    .executeTakeFirst();
}

export function findClassVersion(db: Executor, id: string) {
  return db.selectFrom('training_classes').select('updated_at').where('id', '=', id).executeTakeFirst();
}

export function findClassName(db: Executor, id: string) {
  return db.selectFrom('training_classes').select(['code', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function updateClass(db: Executor, id: string, changes: Partial<TrainingClassTable>): Promise<void> {
  await db.updateTable('training_classes').set(changes).where('id', '=', id).execute();
}

/** Classes being re-imported lose their findings and enrolments (the file is their new truth). */
export async function clearClasses(db: Executor, classIds: readonly string[]): Promise<void> {
  for (const part of chunks(classIds)) {
    await db.deleteFrom('compliance_findings').where('class_id', 'in', part).execute();
    await db.deleteFrom('enrolments').where('class_id', 'in', part).execute();
  }
}

export async function deleteLearners(db: Executor, learnerIds: readonly string[]): Promise<void> {
  for (const part of chunks(learnerIds)) await db.deleteFrom('learners').where('id', 'in', part).execute();
}

export function findLearnerName(db: Executor, id: string) {
  return db.selectFrom('learners').select(['full_name', 'birth_date']).where('id', '=', id).executeTakeFirst();
}

/** Replace a class's findings with a new evaluation's, and record the evaluation on the class. */
export async function replaceFindings(
  db: Executor,
  classId: string,
  rows: readonly ComplianceFindingTable[],
  evaluation: Pick<TrainingClassTable, 'regime' | 'notices_json' | 'evaluated_at'>,
): Promise<void> {
  await db.deleteFrom('compliance_findings').where('class_id', '=', classId).execute();
  await insertInBatches(db, 'compliance_findings', rows);
  await updateClass(db, classId, evaluation);
}

/** How many classes the actor's scope holds (the home card shows nothing without any). */
export async function countClasses(db: Executor, actor: Actor): Promise<number> {
  const row = await scoped(
    db.selectFrom('training_classes').select((eb) => eb.fn.countAll<number>().as('n')),
    actor,
    'training_classes.organisation_id',
  ).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The caller's own organisation's most recently opened classes (for the home card). */
export function findRecentClasses(db: Executor, actor: Actor, max: number) {
  return scopedClasses(db, actor, actor.organisationId)
    .orderBy('training_classes.opening_date', 'desc')
    .orderBy('training_classes.id')
    .limit(max)
    .execute();
}
