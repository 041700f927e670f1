/**
 * Training and compliance: classes (owned by the school that imported them), learners as declared
 * for a class, enrolments, the stored findings of the compliance engine, overrides (a finding accepted
 * by a recorded decision) and compliance settings (per school, or network-wide with a null organisation).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_classes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id')) // the owning school (the importer's)
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('code_key', 'text', (c) => c.notNull()) // trimmed, NFC, upper case: codes compare case-insensitively
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull()) // so_cap | trung_cap | cao_cap | boi_duong
    .addColumn('mode', 'text', (c) => c.notNull()) // tap_trung | khong_tap_trung
    .addColumn('delivery', 'text', (c) => c.notNull()) // truc_tiep | truc_tuyen | ket_hop
    .addColumn('host_code', 'text', (c) => c.notNull())
    .addColumn('host_name', 'text', (c) => c.notNull())
    .addColumn('host_kind', 'text', (c) => c.notNull())
    .addColumn('host_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('partner_name', 'text')
    .addColumn('partner_code', 'text')
    .addColumn('partner_kind', 'text')
    .addColumn('opening_date', 'text', (c) => c.notNull())
    .addColumn('closing_date', 'text')
    .addColumn('place', 'text')
    .addColumn('regime', 'text') // R57 | R350 | null, from the last evaluation
    .addColumn('notices_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('evaluated_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('training_classes_code_unique', ['organisation_id', 'code_key'])
    .execute();
  await db.schema
    .createIndex('training_classes_org_idx')
    .on('training_classes')
    .columns(['organisation_id', 'opening_date'])
    .execute();

  await db.schema
    .createTable('learners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('full_name', 'text', (c) => c.notNull()) // exactly as typed (outer spaces trimmed), NFC
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('ethnicity', 'text')
    .addColumn('party_status', 'text', (c) => c.notNull())
    .addColumn('party_join_date', 'text')
    .addColumn('party_full_date', 'text')
    .addColumn('education', 'text', (c) => c.notNull())
    .addColumn('theory_level', 'text', (c) => c.notNull())
    .addColumn('theory_document_date', 'text')
    .addColumn('theory_document_kind', 'text')
    .addColumn('position', 'text')
    .addColumn('planned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('workplace', 'text')
    .addColumn('rating_last_year', 'text')
    .addColumn('rating_year_before', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learners_org_idx').on('learners').column('organisation_id').execute();

  await db.schema
    .createTable('enrolments')
    .addColumn('class_id', 'text', (c) => c.notNull().references('training_classes.id'))
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learners.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull()) // roster order (the file's row order)
    .addPrimaryKeyConstraint('enrolments_pk', ['class_id', 'learner_id'])
    .execute();
  await db.schema.createIndex('enrolments_learner_idx').on('enrolments').column('learner_id').execute();
  await db.schema.createIndex('enrolments_org_idx').on('enrolments').column('organisation_id').execute();

  await db.schema
    .createTable('compliance_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('class_id', 'text', (c) => c.notNull().references('training_classes.id'))
    .addColumn('learner_id', 'text') // null: a class-level finding
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull()) // blocking | warning
    .addColumn('regime', 'text', (c) => c.notNull()) // R57 | R350
    .addColumn('values_json', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('source_document', 'text', (c) => c.notNull())
    .addColumn('source_article', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull()) // confirmed | secondary | uncertain
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('compliance_findings_class_idx').on('compliance_findings').column('class_id').execute();
  await db.schema
    .createIndex('compliance_findings_org_idx')
    .on('compliance_findings')
    .columns(['organisation_id', 'rule'])
    .execute();

  await db.schema
    .createTable('compliance_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    // The finding key: class + learner (null for a class-level finding) + rule; it survives re-evaluation.
    .addColumn('class_id', 'text', (c) => c.notNull().references('training_classes.id'))
    .addColumn('learner_id', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('decision_reference', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema
    .createIndex('compliance_overrides_class_idx')
    .on('compliance_overrides')
    .columns(['class_id', 'rule'])
    .execute();
  await db.schema
    .createIndex('compliance_overrides_org_idx')
    .on('compliance_overrides')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('compliance_settings')
    .addColumn('scope_key', 'text', (c) => c.primaryKey()) // the organisation id, or 'network' for the Academy's defaults
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id')) // null = network-wide defaults
    .addColumn('class_size_limits_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position_lists_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('compliance_settings_org_idx')
    .on('compliance_settings')
    .column('organisation_id')
    .execute();
}
