/**
 * Queries of the standard-school capability: catalogue versions, dossier records, the staff roster,
 * self-assessments and their entries, evidence files, the training rows the computed indicators read and
 * the network the Academy's picture is drawn over. Reads for a user go through `scoped()`; helpers that take
 * an organisation id take one the service has already cleared that way.
 */
import type { Kysely, Transaction } from 'kysely';
import type {
  DB,
  DocumentFileTable,
  StandardAssessmentEntryTable,
  StandardAssessmentTable,
  StandardCatalogueVersionTable,
  StandardDossierRecordTable,
  StandardStaffMemberTable,
} from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Executor = Kysely<DB> | Transaction<DB>;

const CHUNK = 500;
function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}

// Catalogue versions (reference data).
export const listCatalogueRows = (db: Executor) =>
  db.selectFrom('standard_catalogue_versions').selectAll().orderBy('effective_from').execute();
export const insertCatalogueRow = (db: Executor, row: StandardCatalogueVersionTable) =>
  db.insertInto('standard_catalogue_versions').values(row).execute();

// Organisations.
/** The school, when the actor may read it. */
export const findSchool = (db: Executor, actor: Actor, organisationId: string) =>
  scoped(db.selectFrom('organisations'), actor, 'organisations.id', organisationId)
    .select(['id', 'code', 'name', 'kind', 'province_name', 'valid_from', 'valid_to'])
    .executeTakeFirst();

/** The schools an organisation succeeded (2025 merger): their ids and codes. */
export const predecessorsOf = (db: Executor, organisationId: string) =>
  db
    .selectFrom('organisation_successions')
    .innerJoin('organisations', 'organisations.id', 'organisation_successions.predecessor_id')
    .select(['organisations.id', 'organisations.code', 'organisations.name'])
    .where('organisation_successions.successor_id', '=', organisationId)
    .execute();

/** Every organisation the actor reads (Academy: the network) with its predecessors, for the network picture. */
export async function networkOrganisations(db: Executor, actor: Actor) {
  const orgs = await scoped(db.selectFrom('organisations'), actor, 'organisations.id')
    .select(['id', 'code', 'name', 'kind', 'province_code', 'province_name', 'valid_from', 'valid_to'])
    .execute();
  const links = await db.selectFrom('organisation_successions').select(['predecessor_id', 'successor_id']).execute();
  return { orgs, links };
}

// Dossier records.
export const dossierRecords = (db: Executor, actor: Actor, organisationId: string) =>
  scoped(db.selectFrom('standard_dossier_records'), actor, 'standard_dossier_records.organisation_id', organisationId)
    .leftJoin('users', 'users.id', 'standard_dossier_records.created_by')
    .selectAll('standard_dossier_records')
    .select('users.full_name as recorder_name')
    .orderBy('standard_dossier_records.date')
    .orderBy('standard_dossier_records.created_at')
    .orderBy('standard_dossier_records.id')
    .execute();
export const allDossierRecords = (db: Executor, actor: Actor) =>
  scoped(db.selectFrom('standard_dossier_records'), actor, 'standard_dossier_records.organisation_id')
    .selectAll()
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export const insertDossierRecords = async (db: Executor, rows: StandardDossierRecordTable[]) => {
  for (const part of chunks(rows)) await db.insertInto('standard_dossier_records').values(part).execute();
};
export const countDossierRecords = async (db: Executor, organisationId: string) =>
  Number(
    (
      await db
        .selectFrom('standard_dossier_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirstOrThrow()
    ).n,
  );

// Staff roster.
export const listStaff = (db: Executor, actor: Actor, organisationId: string) =>
  scoped(db.selectFrom('standard_staff_members'), actor, 'standard_staff_members.organisation_id', organisationId)
    .selectAll()
    .orderBy('ordinal')
    .execute();
export async function replaceStaff(trx: Executor, organisationId: string, rows: StandardStaffMemberTable[]) {
  await trx.deleteFrom('standard_staff_members').where('organisation_id', '=', organisationId).execute();
  for (const part of chunks(rows)) await trx.insertInto('standard_staff_members').values(part).execute();
}

// Assessments.
export const findAssessment = (db: Executor, actor: Actor, id: string) =>
  scoped(db.selectFrom('standard_assessments'), actor, 'standard_assessments.organisation_id')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
export const listAssessments = (db: Executor, actor: Actor, organisationId: string) =>
  scoped(db.selectFrom('standard_assessments'), actor, 'standard_assessments.organisation_id', organisationId)
    .selectAll()
    .orderBy('round', 'desc')
    .execute();
export const maxRound = async (db: Executor, organisationId: string) =>
  Number(
    (
      await db
        .selectFrom('standard_assessments')
        .select((eb) => eb.fn.max<number>('round').as('n'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst()
    )?.n ?? 0,
  );
export const insertAssessment = (db: Executor, row: StandardAssessmentTable) =>
  db.insertInto('standard_assessments').values(row).execute();
export const updateAssessment = (db: Executor, id: string, changes: Partial<StandardAssessmentTable>) =>
  db.updateTable('standard_assessments').set(changes).where('id', '=', id).execute();
export const assessmentEntries = (db: Executor, assessmentId: string) =>
  db.selectFrom('standard_assessment_entries').selectAll().where('assessment_id', '=', assessmentId).execute();
export async function upsertEntry(db: Executor, row: StandardAssessmentEntryTable) {
  await db
    .deleteFrom('standard_assessment_entries')
    .where('assessment_id', '=', row.assessment_id)
    .where('code', '=', row.code)
    .execute();
  await db.insertInto('standard_assessment_entries').values(row).execute();
}

// Evidence files (document_files rows without a document).
export const insertFiles = (db: Executor, rows: DocumentFileTable[]) =>
  db.insertInto('document_files').values(rows).execute();
export const findEvidenceFile = (db: Executor, organisationId: string, fileId: string) =>
  db
    .selectFrom('document_files')
    .selectAll()
    .where('id', '=', fileId)
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'standard_evidence')
    .executeTakeFirst();

// Training rows for the computed indicators (the school and the schools it succeeded).
export async function trainingRows(db: Executor, organisationIds: readonly string[], from: string, to: string) {
  const classes = await db
    .selectFrom('training_classes')
    .select(['id', 'organisation_id', 'code', 'name', 'level', 'mode', 'opening_date', 'closing_date'])
    .where('organisation_id', 'in', organisationIds)
    .where('opening_date', '<=', to)
    .where((eb) => eb.or([eb('closing_date', 'is', null), eb('closing_date', '>=', from)]))
    .execute();
  // One join rather than an id list: the planner walks the classes' index and the enrolments' primary key.
  const enrolments = await db
    .selectFrom('enrolments')
    .innerJoin('training_classes as c', 'c.id', 'enrolments.class_id')
    .select(['enrolments.class_id', 'enrolments.learner_id'])
    .where('enrolments.organisation_id', 'in', organisationIds)
    .where('c.organisation_id', 'in', organisationIds)
    .where('c.opening_date', '<=', to)
    .where((eb) => eb.or([eb('c.closing_date', 'is', null), eb('c.closing_date', '>=', from)]))
    .execute();
  return { classes, enrolments };
}
