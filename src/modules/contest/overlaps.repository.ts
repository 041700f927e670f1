/** Queries of the overlap check: the texts compared (the edition's entries and the reference corpus) and the stored results. */
import type { Kysely, Transaction } from 'kysely';
import type { ContestOverlapTable, ContestReferenceTextTable, DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Entries of the edition still in the contest (a withdrawn entry is not compared). Runs in the job, for every school. */
export function editionTexts(db: Db, editionId: string) {
  return db
    .selectFrom('contest_entries')
    .select(['id', 'blind_code', 'category_code', 'title', 'work_text'])
    .where('edition_id', '=', editionId)
    .where('status', '!=', 'withdrawn')
    .where('work_text', '!=', '')
    .execute();
}

/** Entries of earlier editions (the years before `year`). */
export function earlierEntryTexts(db: Db, year: number) {
  return db
    .selectFrom('contest_entries')
    .innerJoin('contest_editions', 'contest_editions.id', 'contest_entries.edition_id')
    .select(['contest_entries.id', 'contest_entries.blind_code', 'contest_editions.year', 'contest_entries.work_text'])
    .where('contest_editions.year', '<', year)
    .where('contest_entries.work_text', '!=', '')
    .execute();
}

export function forumTexts(db: Db) {
  return db.selectFrom('forum_articles').select(['id', 'title', 'year', 'text']).where('text', '!=', '').execute();
}

export function referenceTexts(db: Db, editionId: string) {
  return db
    .selectFrom('contest_reference_texts')
    .select(['id', 'title', 'text'])
    .where((eb) => eb.or([eb('edition_id', '=', editionId), eb('edition_id', 'is', null)]))
    .execute();
}

export async function insertReference(db: Db, row: ContestReferenceTextTable): Promise<void> {
  await db.insertInto('contest_reference_texts').values(row).execute();
}

export async function replaceOverlaps(db: Db, editionId: string, rows: ContestOverlapTable[]): Promise<void> {
  await db.deleteFrom('contest_overlaps').where('edition_id', '=', editionId).execute();
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('contest_overlaps')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function setOverlapShare(db: Db, entryId: string, share: number, at: string): Promise<void> {
  await db
    .updateTable('contest_entries')
    .set({ overlap_share: share, overlap_checked_at: at })
    .where('id', '=', entryId)
    .execute();
}

const OVERLAP_COLUMNS = [
  'contest_overlaps.id',
  'contest_overlaps.entry_id',
  'contest_overlaps.other_kind',
  'contest_overlaps.other_id',
  'contest_overlaps.other_label',
  'contest_overlaps.shared',
  'contest_overlaps.entry_in_other',
  'contest_overlaps.other_in_entry',
  'contest_entries.blind_code',
  'contest_entries.title',
  'contest_entries.category_code',
  'contest_entries.organisation_id',
] as const;

/** The texts one entry overlaps (for screening), largest containment first. */
export function listOverlapRows(db: Db, editionId: string, entryId: string) {
  return db
    .selectFrom('contest_overlaps')
    .innerJoin('contest_entries', 'contest_entries.id', 'contest_overlaps.entry_id')
    .select(OVERLAP_COLUMNS)
    .where('contest_overlaps.edition_id', '=', editionId)
    .where('contest_overlaps.entry_id', '=', entryId)
    .orderBy('contest_overlaps.entry_in_other', 'desc')
    .orderBy('contest_overlaps.id')
    .execute();
}

/**
 * Flagged pairs of an edition (for the Academy's secretariat), largest containment first. A pair of two entries
 * is stored from both sides and listed once (from the entry with the smaller id).
 */
export async function pageOverlapRows(db: Db, editionId: string, window: { limit: number; offset: number }) {
  const base = db
    .selectFrom('contest_overlaps')
    .innerJoin('contest_entries', 'contest_entries.id', 'contest_overlaps.entry_id')
    .where('contest_overlaps.edition_id', '=', editionId)
    .where((eb) =>
      eb.or([
        eb('contest_overlaps.other_kind', '!=', 'entry'),
        eb('contest_overlaps.entry_id', '<', eb.ref('contest_overlaps.other_id')),
      ]),
    );
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(OVERLAP_COLUMNS)
    .orderBy('contest_overlaps.entry_in_other', 'desc')
    .orderBy('contest_overlaps.id')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findOverlapRow(db: Db, id: string) {
  return db
    .selectFrom('contest_overlaps')
    .innerJoin('contest_entries', 'contest_entries.id', 'contest_overlaps.entry_id')
    .select([...OVERLAP_COLUMNS, 'contest_entries.work_text', 'contest_overlaps.edition_id'])
    .where('contest_overlaps.id', '=', id)
    .executeTakeFirst();
}

/** The text of the other side of a stored overlap. */
export async function otherText(db: Db, kind: string, id: string): Promise<string | null> {
  if (kind === 'entry' || kind === 'earlier_entry') {
    const row = await db.selectFrom('contest_entries').select('work_text').where('id', '=', id).executeTakeFirst();
    return row?.work_text ?? null;
  }
  if (kind === 'forum_article') {
    const row = await db.selectFrom('forum_articles').select('text').where('id', '=', id).executeTakeFirst();
    return row?.text ?? null;
  }
  const row = await db.selectFrom('contest_reference_texts').select('text').where('id', '=', id).executeTakeFirst();
  return row?.text ?? null;
}

/** Whether an overlap check of this edition is already waiting (one run covers every entry registered before it). */
export async function overlapJobPending(db: Db, name: string, editionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('name', '=', name)
    .where('payload', '=', JSON.stringify({ editionId }))
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return row !== undefined;
}
