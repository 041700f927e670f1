/**
 * Standard political school (Quy định 11-QĐ/TW): imported catalogue versions (the shipped provisional one
 * lives in code, src/standard/catalogue/provisional.ts), each school's dossier as append-only dated records
 * (its stage is a fold of them), the staff roster, self-assessments with their per-indicator entries.
 * Evidence files are rows of document_files (kind 'standard_evidence').
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('standard_catalogue_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('version_json', 'text', (c) => c.notNull()) // the whole CatalogueVersion (immutable)
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('standard_dossier_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull()) // school | academy
    .addColumn('data_json', 'text', (c) => c.notNull())
    .addColumn('documents_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('standard_dossier_records_org_idx')
    .on('standard_dossier_records')
    .columns(['organisation_id', 'date'])
    .execute();

  await db.schema
    .createTable('standard_staff_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('staff_code', 'text')
    .addColumn('data_json', 'text', (c) => c.notNull()) // StaffMember (src/standard/roster/types.ts)
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('standard_staff_members_org_idx')
    .on('standard_staff_members')
    .columns(['organisation_id', 'ordinal'])
    .execute();

  await db.schema
    .createTable('standard_assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('catalogue_version_id', 'text', (c) => c.notNull())
    .addColumn('target_level', 'integer', (c) => c.notNull())
    .addColumn('filing_date', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull()) // progress | application
    .addColumn('status', 'text', (c) => c.notNull()) // draft | submitted
    .addColumn('progress_line', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('standard_assessments_org_idx')
    .on('standard_assessments')
    .columns(['organisation_id', 'round'])
    .execute();

  await db.schema
    .createTable('standard_assessment_entries')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('standard_assessments.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'real')
    .addColumn('status', 'text')
    .addColumn('comment', 'text')
    .addColumn('evidence_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('standard_assessment_entries_pk', ['assessment_id', 'code'])
    .execute();
}
