/**
 * Compliance settings rows and the aggregate reads behind the compliance summaries (a school's, or
 * the network's for the Academy). Every aggregate passes through `scoped()`, narrowed when asked.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ComplianceSettingsTable, DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';
import { findingsWithOverrides } from './findings.repository.ts';

type Executor = Kysely<DB> | Transaction<DB>;

// ------------------------------------------------------------------ settings

/** One settings row ('network' or an organisation id) with the name of who last changed it. */
export function findSettingsRow(db: Executor, scopeKey: string) {
  return db
    .selectFrom('compliance_settings')
    .leftJoin('users', 'users.id', 'compliance_settings.updated_by')
    .select([
      'class_size_limits_json',
      'position_lists_json',
      'uncertain_dates_json',
      'compliance_settings.updated_at',
      'users.full_name',
    ])
    .where('scope_key', '=', scopeKey)
    .executeTakeFirst();
}

export async function saveSettingsRow(db: Executor, row: ComplianceSettingsTable, exists: boolean): Promise<void> {
  if (!exists) await db.insertInto('compliance_settings').values(row).execute();
  else await db.updateTable('compliance_settings').set(row).where('scope_key', '=', row.scope_key).execute();
}

// ------------------------------------------------------------------ summaries

/** Findings per organisation, rule and severity, with how many of them are overridden. */
export function countFindings(db: Executor, actor: Actor, narrow: string | null) {
  return scoped(findingsWithOverrides(db), actor, 'f.organisation_id', narrow)
    .select([
      'f.organisation_id',
      'f.rule',
      'f.severity',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.count<number>('o.id').as('overridden'),
    ])
    .groupBy(['f.organisation_id', 'f.rule', 'f.severity'])
    .execute();
}

/** Classes per organisation, and how many of them have a regime (an opening date some rule set covers). */
export function countClassesByOrganisation(db: Executor, actor: Actor, narrow: string | null) {
  return scoped(db.selectFrom('training_classes'), actor, 'training_classes.organisation_id', narrow)
    .select([
      'organisation_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.count<number>('regime').as('with_regime'),
    ])
    .groupBy('organisation_id')
    .execute();
}

export function countEnrolmentsByOrganisation(db: Executor, actor: Actor, narrow: string | null) {
  return scoped(db.selectFrom('enrolments'), actor, 'enrolments.organisation_id', narrow)
    .select(['organisation_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('organisation_id')
    .execute();
}

/** Learners with at least one open finding, per organisation. */
export function countFlaggedLearners(db: Executor, actor: Actor, narrow: string | null) {
  return scoped(findingsWithOverrides(db), actor, 'f.organisation_id', narrow)
    .where('o.id', 'is', null)
    .where('f.learner_id', 'is not', null)
    .select(['f.organisation_id', (eb) => eb.fn.count<number>('f.learner_id').distinct().as('n')])
    .groupBy('f.organisation_id')
    .execute();
}

/** Every finding in scope with its class and learner (the export's detail sheet), newest classes first. */
export function findFindingDetails(db: Executor, actor: Actor, narrow: string | null, max: number) {
  return scoped(
    db
      .selectFrom('compliance_findings as f')
      .innerJoin('training_classes as c', 'c.id', 'f.class_id')
      .leftJoin('learners as l', 'l.id', 'f.learner_id')
      .select([
        'f.class_id',
        'f.learner_id',
        'f.rule',
        'f.severity',
        'f.regime',
        'f.message',
        'f.source_document',
        'f.source_article',
        'f.confidence',
        'c.code as class_code',
        'c.name as class_name',
        'c.opening_date',
        'l.full_name',
        'l.birth_date',
      ]),
    actor,
    'f.organisation_id',
    narrow,
  )
    .orderBy('c.opening_date', 'desc')
    .orderBy('c.code')
    .orderBy('f.rule')
    .limit(max)
    .execute();
}
