/**
 * Compliance findings and their overrides (a finding accepted by a recorded decision). Reads of school
 * data go through `scoped()`; helpers taking class ids take ids already loaded through it.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ComplianceOverrideTable, DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { chunks } from './batch.repository.ts';
import type { OverrideRow } from './training.presenter.ts';

type Executor = Kysely<DB> | Transaction<DB>;

/** Active overrides of some classes, keyed by class|learner|rule. */
export async function loadActiveOverrides(db: Executor, classIds: readonly string[]): Promise<OverrideRow[]> {
  const out: OverrideRow[] = [];
  for (const part of chunks(classIds)) {
    out.push(
      ...(await db
        .selectFrom('compliance_overrides')
        .leftJoin('users', 'users.id', 'compliance_overrides.created_by')
        .select([
          'compliance_overrides.id',
          'compliance_overrides.class_id',
          'compliance_overrides.learner_id',
          'compliance_overrides.rule',
          'compliance_overrides.decision_reference',
          'compliance_overrides.reason',
          'compliance_overrides.created_by',
          'users.full_name as created_by_name',
          'compliance_overrides.created_at',
        ])
        .where('compliance_overrides.class_id', 'in', part)
        .where('compliance_overrides.revoked_at', 'is', null)
        .execute()),
    );
  }
  return out;
}

export type FindingCounts = { size: number; blocking: number; warning: number; overridden: number };

/** Learners enrolled and findings (open by severity, and overridden) per class. */
export async function countsByClass(db: Executor, classIds: readonly string[]): Promise<Map<string, FindingCounts>> {
  const counts = new Map<string, FindingCounts>(
    classIds.map((id) => [id, { size: 0, blocking: 0, warning: 0, overridden: 0 }]),
  );
  for (const part of chunks(classIds)) {
    const sizes = await db
      .selectFrom('enrolments')
      .select(['class_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('class_id', 'in', part)
      .groupBy('class_id')
      .execute();
    for (const s of sizes) counts.get(s.class_id)!.size = Number(s.n);
    const findings = await findingsWithOverrides(db)
      .where('f.class_id', 'in', part)
      .select([
        'f.class_id',
        'f.severity',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.count<number>('o.id').as('overridden'),
      ])
      .groupBy(['f.class_id', 'f.severity'])
      .execute();
    for (const f of findings) {
      const c = counts.get(f.class_id)!;
      const open = Number(f.n) - Number(f.overridden);
      if (f.severity === 'blocking') c.blocking += open;
      else c.warning += open;
      c.overridden += Number(f.overridden);
    }
  }
  return counts;
}

/** compliance_findings as f, left-joined to its active override (o), if any. */
export function findingsWithOverrides(db: Executor) {
  return db.selectFrom('compliance_findings as f').leftJoin('compliance_overrides as o', (join) =>
    join
      .onRef('o.class_id', '=', 'f.class_id')
      .onRef('o.rule', '=', 'f.rule')
      .on('o.revoked_at', 'is', null)
      .on((eb) =>
        eb.or([
          eb('o.learner_id', '=', eb.ref('f.learner_id')),
          eb.and([eb('o.learner_id', 'is', null), eb('f.learner_id', 'is', null)]),
        ]),
      ),
  );
}

export function findClassFindings(db: Executor, classId: string) {
  return db.selectFrom('compliance_findings').selectAll().where('class_id', '=', classId).execute();
}

/** Findings of a class counted by rule and severity (what a re-evaluation replaces, for the audit row). */
export function countClassFindings(db: Executor, classId: string) {
  return db
    .selectFrom('compliance_findings')
    .select(['rule', 'severity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('class_id', '=', classId)
    .groupBy(['rule', 'severity'])
    .execute();
}

export function findFinding(db: Executor, actor: Actor, id: string) {
  return scoped(db.selectFrom('compliance_findings').selectAll(), actor, 'compliance_findings.organisation_id')
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findOverride(db: Executor, actor: Actor, id: string) {
  return scoped(db.selectFrom('compliance_overrides').selectAll(), actor, 'compliance_overrides.organisation_id')
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertOverride(db: Executor, row: ComplianceOverrideTable): Promise<void> {
  await db.insertInto('compliance_overrides').values(row).execute();
}

/** Revoke an override unless it already is (one statement: two revokers cannot both succeed). */
export async function revokeOverrideRow(db: Executor, id: string, by: string, at: string): Promise<boolean> {
  const changed = await db
    .updateTable('compliance_overrides')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(changed.numUpdatedRows) === 1;
}

/** Open (not overridden) findings in the actor's scope by severity. */
export async function countOpenFindings(db: Executor, actor: Actor): Promise<{ blocking: number; warning: number }> {
  const open = await scoped(findingsWithOverrides(db), actor, 'f.organisation_id')
    .where('o.id', 'is', null)
    .select(['f.severity', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('f.severity')
    .execute();
  return {
    blocking: Number(open.find((r) => r.severity === 'blocking')?.n ?? 0),
    warning: Number(open.find((r) => r.severity === 'warning')?.n ?? 0),
  };
}
