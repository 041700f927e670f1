/**
 * Queries for blind marking. They never select an author or an organisation name: what a judge reads is the
 * code, the category, the title and the work. The school round is narrowed to the judge's own school, which
 * the service has cleared through the judge's assignment.
 */
import type { Kysely, Transaction } from 'kysely';
import type { ContestMarkTable, DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

const BLIND_COLUMNS = [
  'contest_entries.id',
  'contest_entries.blind_code',
  'contest_entries.category_code',
  'contest_entries.title',
  'contest_entries.work_text',
  'contest_entries.media_url',
  'contest_entries.round',
  'contest_entries.status',
  'contest_entries.content_type',
] as const;

export async function worksForRound(
  db: Db,
  editionId: string,
  round: string,
  organisationId: string | null,
  window: { limit: number; offset: number },
) {
  let q = db
    .selectFrom('contest_entries')
    .where('edition_id', '=', editionId)
    .where('round', '=', round)
    .where('status', '=', 'registered');
  if (organisationId) q = q.where('organisation_id', '=', organisationId);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.select(BLIND_COLUMNS).orderBy('blind_code').limit(window.limit).offset(window.offset).execute();
  return { rows, total: Number(total.n) };
}

export function findWorkByCode(db: Db, editionId: string, blindCode: string) {
  return db
    .selectFrom('contest_entries')
    .select([
      ...BLIND_COLUMNS,
      'contest_entries.organisation_id',
      'contest_entries.storage_path',
      'contest_entries.file_name',
    ])
    .where('edition_id', '=', editionId)
    .where('blind_code', '=', blindCode)
    .executeTakeFirst();
}

export function marksOf(db: Db, entryIds: string[], round: string) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contest_marks')
    .select(['entry_id', 'judge_user_id', 'score', 'created_at'])
    .where('entry_id', 'in', entryIds)
    .where('round', '=', round)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertMark(db: Db, row: ContestMarkTable): Promise<void> {
  await db.insertInto('contest_marks').values(row).execute();
}

export async function authorKeysOf(db: Db, entryId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('contest_entry_authors')
    .select('person_key')
    .where('entry_id', '=', entryId)
    .execute();
  return rows.map((r) => r.person_key);
}
