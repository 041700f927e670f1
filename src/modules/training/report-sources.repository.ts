/**
 * The training rows a periodic report is computed from (src/reports/sources): one school's classes
 * opened up to a day, their enrolments, findings and overrides. The caller has already scoped
 * `organisationIds` (the school and the schools it succeeded); offered through training.ports.ts.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function trainingReportRows(db: Db, organisationIds: readonly string[], upTo: string) {
  if (!organisationIds.length) return { classes: [], enrolments: [], findings: [], overrides: [] };
  const ids = [...organisationIds];
  const classes = await db
    .selectFrom('training_classes')
    .select(['id', 'level', 'mode', 'delivery', 'opening_date', 'closing_date'])
    .where('organisation_id', 'in', ids)
    .where('opening_date', '<=', upTo)
    .execute();
  const classIds = db
    .selectFrom('training_classes')
    .select('id')
    .where('organisation_id', 'in', ids)
    .where('opening_date', '<=', upTo);
  const enrolments = await db
    .selectFrom('enrolments')
    .select(['class_id', 'learner_id'])
    .where('class_id', 'in', classIds)
    .execute();
  const findings = await db
    .selectFrom('compliance_findings')
    .select(['class_id', 'learner_id', 'rule', 'severity'])
    .where('class_id', 'in', classIds)
    .execute();
  const overrides = await db
    .selectFrom('compliance_overrides')
    .select(['class_id', 'learner_id', 'rule', 'created_at', 'revoked_at'])
    .where('class_id', 'in', classIds)
    .execute();
  return { classes, enrolments, findings, overrides };
}
