/** Queries of "Diễn đàn địa phương" articles; reads for a user go through `scoped()`. */
import type { Kysely, Transaction } from 'kysely';
import type { DB, ForumArticleTable } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { scoped } from '../tenancy/scope.ts';

type Db = Kysely<DB> | Transaction<DB>;

const COLUMNS = [
  'forum_articles.id',
  'forum_articles.organisation_id',
  'forum_articles.year',
  'forum_articles.title',
  'forum_articles.author_name',
  'forum_articles.file_name',
  'forum_articles.status',
  'forum_articles.published_url',
  'forum_articles.published_on',
  'forum_articles.note',
  'forum_articles.sent_on',
  'forum_articles.created_at',
  'organisations.name as organisation_name',
] as const;

export async function listArticleRows(
  db: Db,
  actor: Actor,
  filter: { year?: number | null; organisationId?: string | null; status?: string | null },
  window: { limit: number; offset: number },
) {
  let base = scoped(
    db.selectFrom('forum_articles').innerJoin('organisations', 'organisations.id', 'forum_articles.organisation_id'),
    actor,
    'forum_articles.organisation_id',
    filter.organisationId,
  );
  if (filter.year) base = base.where('forum_articles.year', '=', filter.year);
  if (filter.status) base = base.where('forum_articles.status', '=', filter.status);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(COLUMNS)
    .orderBy('forum_articles.sent_on', 'desc')
    .orderBy('forum_articles.id')
    .limit(window.limit)
    .offset(window.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export function findArticleRow(db: Db, actor: Actor, id: string) {
  return scoped(
    db
      .selectFrom('forum_articles')
      .innerJoin('organisations', 'organisations.id', 'forum_articles.organisation_id')
      .select(COLUMNS)
      .where('forum_articles.id', '=', id),
    actor,
    'forum_articles.organisation_id',
  ).executeTakeFirst();
}

export async function insertArticle(db: Db, row: ForumArticleTable): Promise<void> {
  await db.insertInto('forum_articles').values(row).execute();
}

export async function updateArticle(
  db: Db,
  id: string,
  patch: Pick<ForumArticleTable, 'status' | 'published_url' | 'published_on' | 'note' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('forum_articles').set(patch).where('id', '=', id).execute();
}

/** Articles per school, year and status, within the actor's scope (or for every school, actor null: the port). */
export function articleCounts(db: Db, actor: Actor | null, year?: number | null, organisationIds?: string[]) {
  let q = db
    .selectFrom('forum_articles')
    .select(['organisation_id', 'year', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['organisation_id', 'year', 'status']);
  if (actor) q = scoped(q, actor, 'forum_articles.organisation_id');
  if (year) q = q.where('year', '=', year);
  if (organisationIds)
    q = organisationIds.length
      ? q.where('organisation_id', 'in', organisationIds)
      : q.where('organisation_id', '=', '');
  return q.execute();
}
