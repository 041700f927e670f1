/**
 * The leader's direction and what follows it (Decree 30, Điều 23–24): presentations to a leader,
 * tasks (one per requirement) with their assignees and history, in-app notifications and the
 * e-mail outbox.
 */
import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('requirement_id', 'text', (c) => c.references('requirements.id'))
    .addColumn('requirement_no', 'integer')
    .addColumn('ordinal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // unassigned | assigned | in_progress | done | returned
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lead_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('lead_unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('assigned_by', 'text', (c) => c.references('users.id'))
    .addColumn('assigned_at', 'text')
    .addColumn('result_note', 'text')
    .addColumn('extension_json', 'text') // the pending extension request {newDeadline, reason, requestedAt, requestedBy}
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('tasks_org_idx').on('tasks').columns(['organisation_id', 'status', 'deadline']).execute();
  await db.schema.createIndex('tasks_document_idx').on('tasks').column('document_id').execute();
  await db.schema.createIndex('tasks_requirement_idx').on('tasks').column('requirement_id').unique().execute();

  await db.schema
    .createTable('task_assignees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // lead | support | info
    .addColumn('deadline', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_assignees_org_idx').on('task_assignees').column('organisation_id').execute();
  await db.schema.createIndex('task_assignees_task_idx').on('task_assignees').column('task_id').execute();
  await db.schema.createIndex('task_assignees_user_idx').on('task_assignees').column('user_id').execute();
  await db.schema.createIndex('task_assignees_unit_idx').on('task_assignees').column('unit_id').execute();

  await db.schema
    .createTable('task_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('task_events_org_idx').on('task_events').column('organisation_id').execute();
  await db.schema.createIndex('task_events_task_idx').on('task_events').columns(['task_id', 'at']).execute();

  await db.schema
    .createTable('task_files')
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('document_files.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_files_pk', ['task_id', 'file_id'])
    .execute();
  await db.schema.createIndex('task_files_org_idx').on('task_files').column('organisation_id').execute();

  await db.schema
    .createTable('document_presentations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('presented_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('presented_to', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('presented_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('document_presentations_org_idx')
    .on('document_presentations')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('document_presentations_to_idx')
    .on('document_presentations')
    .columns(['presented_to', 'presented_at'])
    .execute();
  await db.schema
    .createIndex('document_presentations_doc_idx')
    .on('document_presentations')
    .column('document_id')
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text') // e.g. "digest:2026-11-27": one such notification per user
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_org_idx').on('notifications').column('organisation_id').execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('notifications_dedupe_idx')
    .on('notifications')
    .columns(['user_id', 'dedupe_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // queued | sent | failed
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('email_outbox_org_idx').on('email_outbox').column('organisation_id').execute();
  await db.schema.createIndex('email_outbox_status_idx').on('email_outbox').columns(['status', 'created_at']).execute();
  await db.schema
    .createIndex('email_outbox_dedupe_idx')
    .on('email_outbox')
    .columns(['to_address', 'dedupe_key'])
    .unique()
    .execute();
}
