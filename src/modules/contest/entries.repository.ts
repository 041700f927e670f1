/** Queries of contest entries and their authors; reads for a user go through `scoped()`. */
import type { Kysely, Transaction } from 'kysely';
import type { ContestEntryAuthorTable, ContestEntryTable, DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const ENTRY_COLUMNS = [
  'contest_entries.id',
  'contest_entries.edition_id',
  'contest_entries.organisation_id',
  'contest_entries.category_code',
  'contest_entries.title',
  'contest_entries.blind_code',
  'contest_entries.status',
  'contest_entries.round',
  'contest_entries.screen_reason',
  'contest_entries.submitted_on',
  'contest_entries.file_name',
  'contest_entries.file_size',
  'contest_entries.media_url',
  'contest_entries.publication_name',
  'contest_entries.published_on',
  'contest_entries.published_url',
  'contest_entries.overlap_share',
  'contest_entries.overlap_checked_at',
  'contest_entries.created_at',
] as const;

export type EntryFilter = { organisationId?: string | null; round?: string | null; status?: string | null };

function entryQuery(db: Db, actor: Actor, editionId: string, filter: EntryFilter) {
  let q = scoped(
    db.selectFrom('contest_entries').where('contest_entries.edition_id', '=', editionId),
    actor,
    'contest_entries.organisation_id',
    filter.organisationId,
  );
  if (filter.round) q = q.where('contest_entries.round', '=', filter.round);
  if (filter.status) q = q.where('contest_entries.status', '=', filter.status);
  return q;
}

export async function listEntryRows(
  db: Db,
  actor: Actor,
  editionId: string,
  filter: EntryFilter,
  window: { limit: number; offset: number },
) {
  const base = entryQuery(db, actor, editionId, filter);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('organisations', 'organisations.id', 'contest_entries.organisation_id')
    .select([...ENTRY_COLUMNS, 'organisations.name as organisation_name'])
    .orderBy('contest_entries.created_at', 'desc')
    .orderBy('contest_entries.id')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findEntryRow(db: Db, actor: Actor, id: string) {
  return scoped(
    db
      .selectFrom('contest_entries')
      .innerJoin('organisations', 'organisations.id', 'contest_entries.organisation_id')
      .select([
        ...ENTRY_COLUMNS,
        'organisations.name as organisation_name',
        'contest_entries.work_text',
        'contest_entries.storage_path',
        'contest_entries.content_type',
      ])
      .where('contest_entries.id', '=', id),
    actor,
    'contest_entries.organisation_id',
  ).executeTakeFirst();
}

export function authorRows(db: Db, entryIds: string[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('contest_entry_authors')
    .selectAll()
    .where('entry_id', 'in', entryIds)
    .orderBy('entry_id')
    .orderBy('ordinal')
    .execute();
}

/** Entries of the edition (any school) with any of these authors: what the quota counts. */
export async function entriesOfAuthors(db: Db, editionId: string, personKeys: string[]) {
  if (personKeys.length === 0) return [];
  const ids = await db
    .selectFrom('contest_entry_authors')
    .innerJoin('contest_entries', 'contest_entries.id', 'contest_entry_authors.entry_id')
    .select('contest_entries.id')
    .distinct()
    .where('contest_entries.edition_id', '=', editionId)
    .where('contest_entry_authors.person_key', 'in', personKeys)
    .execute();
  if (ids.length === 0) return [];
  const entries = await db
    .selectFrom('contest_entries')
    .select(['id', 'category_code', 'status'])
    .where(
      'id',
      'in',
      ids.map((r) => r.id),
    )
    .execute();
  const authors = await authorRows(
    db,
    entries.map((e) => e.id),
  );
  return entries.map((e) => ({
    ...e,
    authorKeys: authors.filter((a) => a.entry_id === e.id).map((a) => a.person_key),
  }));
}

export async function blindCodesOfEdition(db: Db, editionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('contest_entries')
    .select('blind_code')
    .where('edition_id', '=', editionId)
    .execute();
  return rows.map((r) => r.blind_code);
}

export async function insertEntry(db: Db, row: ContestEntryTable, authors: ContestEntryAuthorTable[]): Promise<void> {
  await db.insertInto('contest_entries').values(row).execute();
  await db.insertInto('contest_entry_authors').values(authors).execute();
}

export async function updateEntry(
  db: Db,
  id: string,
  patch: Partial<
    Pick<ContestEntryTable, 'status' | 'round' | 'screen_reason' | 'overlap_share' | 'overlap_checked_at'>
  > & {
    updated_at: string;
  },
): Promise<void> {
  await db.updateTable('contest_entries').set(patch).where('id', '=', id).execute();
}

/** Staff (users) and learners of the actor's scope, by key `user:<id>` / `learner:<id>`. */
export async function findPeople(db: Db, actor: Actor, organisationId: string, keys: { kind: string; id: string }[]) {
  const userIds = keys.filter((k) => k.kind === 'staff').map((k) => k.id);
  const learnerIds = keys.filter((k) => k.kind === 'learner').map((k) => k.id);
  const users =
    userIds.length === 0
      ? []
      : await scoped(
          db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', userIds),
          actor,
          'users.organisation_id',
          organisationId,
        ).execute();
  const learners =
    learnerIds.length === 0
      ? []
      : await scoped(
          db.selectFrom('learners').select(['id', 'full_name']).where('id', 'in', learnerIds),
          actor,
          'learners.organisation_id',
          organisationId,
        ).execute();
  return [
    ...users.map((u) => ({ key: `user:${u.id}`, name: u.full_name })),
    ...learners.map((l) => ({ key: `learner:${l.id}`, name: l.full_name })),
  ];
}

/** People a school may name as authors: its staff and its learners (for the entry form). */
export async function candidateAuthors(db: Db, actor: Actor, organisationId: string) {
  const users = await scoped(
    db.selectFrom('users').select(['id', 'full_name']).where('active', '=', 1).orderBy('full_name').limit(500),
    actor,
    'users.organisation_id',
    organisationId,
  ).execute();
  const learners = await scoped(
    db.selectFrom('learners').select(['id', 'full_name']).orderBy('full_name').limit(500),
    actor,
    'learners.organisation_id',
    organisationId,
  ).execute();
  return { users, learners };
}
