/**
 * Contests and forum articles (issue 14): editions (the engine's five editions seeded as data; the Academy
 * copies the last to make the next), judges assigned per edition and round, entries registered by a school
 * with their authors, extracted text and blind code (số phách), marks, overlaps found by the similarity
 * engine, reference texts, prizes, and the "Diễn đàn địa phương" articles.
 */
import type { Kysely } from 'kysely';
import { EDITIONS } from '../../contest/editions/data.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contest_editions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull()) // an Edition (src/contest/editions/schema.ts)
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published
    .addColumn('copied_from', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contest_judges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('edition_id', 'text', (c) => c.notNull().references('contest_editions.id'))
    .addColumn('round', 'text', (c) => c.notNull()) // school | preliminary | final
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull()) // the organisation that assigned (school round: the school)
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contest_judges_unique', ['edition_id', 'round', 'user_id'])
    .execute();

  await db.schema
    .createTable('contest_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('edition_id', 'text', (c) => c.notNull().references('contest_editions.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('blind_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // registered | withdrawn | screened_out | awarded
    .addColumn('round', 'text', (c) => c.notNull()) // school | preliminary | final: the furthest round reached
    .addColumn('screen_reason', 'text')
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('content_type', 'text')
    .addColumn('storage_path', 'text') // the original file, content-addressed under DATA_DIR/contest/<organisation>/
    .addColumn('media_url', 'text')
    .addColumn('publication_name', 'text')
    .addColumn('published_on', 'text')
    .addColumn('published_url', 'text')
    .addColumn('work_text', 'text', (c) => c.notNull()) // extracted text (what judges read); '' for media
    .addColumn('overlap_share', 'double precision')
    .addColumn('overlap_checked_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contest_entries_code_unique', ['edition_id', 'blind_code'])
    .execute();
  await db.schema
    .createIndex('contest_entries_org_idx')
    .on('contest_entries')
    .columns(['organisation_id', 'edition_id'])
    .execute();
  await db.schema
    .createIndex('contest_entries_edition_idx')
    .on('contest_entries')
    .columns(['edition_id', 'round'])
    .execute();

  await db.schema
    .createTable('contest_entry_authors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('contest_entries.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('person_key', 'text', (c) => c.notNull()) // user:<id> | learner:<id>
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contest_entry_authors_entry_idx')
    .on('contest_entry_authors')
    .column('entry_id')
    .execute();

  await db.schema
    .createTable('contest_marks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('contest_entries.id'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('judge_user_id', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contest_marks_unique', ['entry_id', 'round', 'judge_user_id'])
    .execute();

  await db.schema
    .createTable('contest_reference_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('edition_id', 'text', (c) => c.references('contest_editions.id')) // null: every edition
    .addColumn('kind', 'text', (c) => c.notNull()) // uploaded_source
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contest_overlaps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('edition_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('contest_entries.id'))
    .addColumn('other_kind', 'text', (c) => c.notNull()) // entry | earlier_entry | forum_article | uploaded_source
    .addColumn('other_id', 'text', (c) => c.notNull())
    .addColumn('other_label', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('entry_in_other', 'double precision', (c) => c.notNull())
    .addColumn('other_in_entry', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contest_overlaps_edition_idx')
    .on('contest_overlaps')
    .columns(['edition_id', 'entry_id'])
    .execute();

  await db.schema
    .createTable('contest_awards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('edition_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('contest_entries.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('prize_category', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contest_awards_entry_unique', ['entry_id'])
    .execute();

  await db.schema
    .createTable('forum_articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('text', 'text', (c) => c.notNull()) // extracted text, part of the overlap reference corpus
    .addColumn('status', 'text', (c) => c.notNull()) // sent | accepted | published | declined
    .addColumn('published_url', 'text')
    .addColumn('published_on', 'text')
    .addColumn('note', 'text')
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('forum_articles_org_idx')
    .on('forum_articles')
    .columns(['organisation_id', 'year'])
    .execute();

  await seedEditions(db);
}

/** The engine's editions, inserted when their year is missing (idempotent: run again, nothing changes). */
export async function seedEditions(db: Kysely<unknown>): Promise<void> {
  const k = db as Kysely<{ contest_editions: { id: string; year: number } & Record<string, unknown> }>;
  const now = new Date().toISOString();
  for (const edition of EDITIONS) {
    const exists = await k
      .selectFrom('contest_editions')
      .select('id')
      .where('year', '=', edition.year)
      .executeTakeFirst();
    if (exists) continue;
    await k
      .insertInto('contest_editions')
      .values({
        id: edition.id,
        year: edition.year,
        number: edition.number,
        title: edition.title,
        data_json: JSON.stringify(edition),
        status: 'published',
        copied_from: null,
        updated_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
