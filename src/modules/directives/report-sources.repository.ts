/**
 * The directive rows a periodic report is computed from (src/reports/sources): the obligations of
 * already-scoped organisations, their events, and the directives and requirements they belong to.
 * Offered through directives.ports.ts.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export async function directiveReportRows(db: Db, organisationIds: readonly string[]) {
  if (!organisationIds.length) return { directives: [], requirements: [], obligations: [], obligationEvents: [] };
  const ids = [...organisationIds];
  const obligations = await db
    .selectFrom('obligations')
    .select(['id', 'directive_id', 'requirement_id', 'status', 'deadline'])
    .where('organisation_id', 'in', ids)
    .execute();
  const obligationEvents = await db
    .selectFrom('obligation_events')
    .select(['obligation_id', 'at', 'status'])
    .where('organisation_id', 'in', ids)
    .execute();
  const directiveIds = [...new Set(obligations.map((o) => o.directive_id))];
  const directives = directiveIds.length
    ? await db
        .selectFrom('directives')
        .select(['id', 'number_symbol', 'issued_date'])
        .where('id', 'in', directiveIds)
        .execute()
    : [];
  const requirements = directiveIds.length
    ? await db
        .selectFrom('directive_requirements')
        .select(['id', 'directive_id', 'no'])
        .where('directive_id', 'in', directiveIds)
        .execute()
    : [];
  return { directives, requirements, obligations, obligationEvents };
}
