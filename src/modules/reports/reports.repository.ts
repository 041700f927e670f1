/**
 * Every query of the reports module: regime versions, reports (read through `scoped()`), sent
 * revisions, workflow events, and the organisations the Academy's views cover.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, ReportEventTable, ReportRegimeTable, ReportRevisionTable, ReportTable } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

export type Db = Kysely<DB> | Transaction<DB>;
export type RegimeRow = ReportRegimeTable;
export type ReportRow = ReportTable;
export type ReportEventRow = ReportEventTable;

// ------------------------------------------------------------------ regimes

export const listRegimeRows = (db: Db) =>
  db.selectFrom('report_regimes').selectAll().orderBy('code').orderBy('version').execute();

/** Changes whenever a version is added (a new version also ends the previous one in the same transaction). */
export async function regimesStamp(db: Db): Promise<string> {
  const r = await db
    .selectFrom('report_regimes')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('created_at').as('latest')])
    .executeTakeFirstOrThrow();
  return `${Number(r.n)}|${r.latest ?? ''}`;
}

export async function insertRegimeIfMissing(db: Db, row: RegimeRow): Promise<boolean> {
  const r = await db
    .insertInto('report_regimes')
    .values(row)
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const insertRegime = (db: Db, row: RegimeRow) => db.insertInto('report_regimes').values(row).execute();

export const endRegimeVersion = (db: Db, id: string, effectiveTo: string, definitionJson: string) =>
  db
    .updateTable('report_regimes')
    .set({ effective_to: effectiveTo, definition_json: definitionJson })
    .where('id', '=', id)
    .execute();

// ------------------------------------------------------------------ reports

export const findScopedReport = (db: Db, actor: Actor, id: string) =>
  scoped(
    db.selectFrom('reports').selectAll().where('id', '=', id),
    actor,
    'reports.organisation_id',
  ).executeTakeFirst();

export const findReportByKey = (db: Db, organisationId: string, regimeCode: string, periodCode: string) =>
  db
    .selectFrom('reports')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('regime_code', '=', regimeCode)
    .where('period_code', '=', periodCode)
    .executeTakeFirst();

export type ReportListQuery = { organisationId?: string | null; regimeCode?: string | null; state?: string | null };

export async function listScopedReports(db: Db, actor: Actor, q: ReportListQuery, limit: number, offset: number) {
  let base = scoped(
    db.selectFrom('reports').innerJoin('organisations as o', 'o.id', 'reports.organisation_id'),
    actor,
    'reports.organisation_id',
    q.organisationId,
  );
  if (q.regimeCode) base = base.where('reports.regime_code', '=', q.regimeCode);
  if (q.state) base = base.where('reports.state', '=', q.state);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await base
    .select([
      'reports.id',
      'reports.organisation_id',
      'o.name as organisation_name',
      'reports.regime_code',
      'reports.regime_version',
      'reports.period_code',
      'reports.period_label',
      'reports.deadline',
      'reports.revision',
      'reports.state',
      'reports.first_sent_at',
      'reports.sent_at',
      'reports.number_symbol',
      'reports.updated_at',
    ])
    .orderBy('reports.deadline', 'desc')
    .orderBy('o.name')
    .limit(limit)
    .offset(offset)
    .execute();
  return { items, total: Number(total.n) };
}

/** The sent reports of the caller's organisations, as `${regime}|${period}` keys (for the due list). */
export const sentKeysOf = (db: Db, actor: Actor, organisationIds: readonly string[]) =>
  scoped(
    db
      .selectFrom('reports')
      .select(['regime_code', 'period_code', 'state', 'id', 'revision', 'first_sent_at'])
      .where('organisation_id', 'in', organisationIds.length ? [...organisationIds] : ['__none__']),
    actor,
    'reports.organisation_id',
  ).execute();

export const insertReport = (db: Db, row: ReportRow) => db.insertInto('reports').values(row).execute();

/** Update only when the report is still in `fromState` (a concurrent action loses). */
export async function updateReportIf(db: Db, id: string, fromState: string, patch: Partial<ReportRow>) {
  const r = await db
    .updateTable('reports')
    .set(patch)
    .where('id', '=', id)
    .where('state', '=', fromState)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export const insertRevision = (db: Db, row: ReportRevisionTable) =>
  db.insertInto('report_revisions').values(row).execute();

export const listRevisions = (db: Db, reportId: string) =>
  db
    .selectFrom('report_revisions')
    .select(['revision', 'content_hash', 'number_symbol', 'sent_at', 'academy_document_id'])
    .where('report_id', '=', reportId)
    .orderBy('revision')
    .execute();

export const insertEvent = (db: Db, row: ReportEventRow) => db.insertInto('report_events').values(row).execute();

export const listEvents = (db: Db, reportId: string) =>
  db
    .selectFrom('report_events')
    .leftJoin('users as u', 'u.id', 'report_events.actor_user_id')
    .select([
      'report_events.revision',
      'report_events.action',
      'report_events.at',
      'report_events.comment',
      'report_events.content_hash',
      'u.full_name as actor_name',
    ])
    .where('report_id', '=', reportId)
    .orderBy('report_events.at')
    .orderBy('report_events.id')
    .execute();

// ------------------------------------------------------------------ the Academy's views

/** Schools that may report (every kind but the Academy's own), with what the matrix needs. */
export const listReportingOrganisations = (db: Db) =>
  db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'kind', 'valid_from', 'valid_to', 'province_code'])
    .where('kind', 'in', ['provincial_school', 'sector_school'])
    .execute();

export const findOrganisationByCode = (db: Db, code: string) =>
  db.selectFrom('organisations').select(['id', 'code', 'name', 'kind']).where('code', '=', code).executeTakeFirst();

export const findOrganisationRef = (db: Db, id: string) =>
  db
    .selectFrom('organisations')
    .select(['id', 'code', 'name', 'kind', 'valid_from', 'valid_to', 'province_code'])
    .where('id', '=', id)
    .executeTakeFirst();

/** The submissions of one regime's periods, for the matrix (all schools: Academy callers only). */
export const submissionsOf = (db: Db, regimeCode: string, periodCodes: readonly string[]) =>
  db
    .selectFrom('reports')
    .innerJoin('organisations as o', 'o.id', 'reports.organisation_id')
    .select([
      'reports.regime_code',
      'reports.period_code',
      'o.code as organisation_code',
      'reports.first_sent_at',
      'reports.state',
      'reports.revision',
    ])
    .where('reports.regime_code', '=', regimeCode)
    .where('reports.period_code', 'in', periodCodes.length ? [...periodCodes] : ['__none__'])
    .execute();

/** The latest sent revision of every school for one regime × period (the aggregate's input). */
export const sentRevisionsOf = (db: Db, regimeCode: string, periodCode: string) =>
  db
    .selectFrom('report_revisions as rv')
    .innerJoin('reports as r', 'r.id', 'rv.report_id')
    .select(['rv.report_id', 'rv.revision', 'rv.content_json', 'r.organisation_id', 'r.state'])
    .where('r.regime_code', '=', regimeCode)
    .where('r.period_code', '=', periodCode)
    .orderBy('rv.revision')
    .execute();

/** Active people of an organisation with one of the roles (reminders). */
export const activePeopleWithRoles = (db: Db, organisationId: string, roles: readonly string[]) =>
  db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', [...roles])
    .where('active', '=', 1)
    .execute();

/** The organisations a school reaches (itself and its predecessors), for pre-fill rows. */
export const predecessorIds = (db: Db, organisationId: string) =>
  db
    .selectFrom('organisation_successions')
    .select('predecessor_id')
    .where('successor_id', '=', organisationId)
    .execute();

/** Every school's sent reports (sent, accepted or returned): not due any more (reminders). */
export const listSentKeys = (db: Db) =>
  db
    .selectFrom('reports')
    .select(['organisation_id', 'regime_code', 'period_code'])
    .where('first_sent_at', 'is not', null)
    .execute();

export async function countScopedReports(db: Db, actor: Actor, state: string): Promise<number> {
  const r = await scoped(
    db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', state),
    actor,
    'reports.organisation_id',
  ).executeTakeFirstOrThrow();
  return Number(r.n);
}
