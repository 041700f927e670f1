/**
 * Full-text search on PostgreSQL: `search_vector @@ to_tsquery('simple', …)`, in bounded steps (below) so that
 * neither a common word nor a large scope makes the GIN index read hundreds of thousands of rows.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { visibleDocuments } from './documents.policy.ts';
import {
  applyFilters,
  type Base,
  COUNT_CAP,
  documentsFrom,
  fetchByIds,
  type Page,
  pageIds,
  type SearchFilters,
  SUMMARY_COLUMNS,
  sortNewestFirst,
} from './search-rows.repository.ts';

/** Rows a PostgreSQL search checks newest first before it turns to the full-text index. */
export const WALK_ROWS = 4000;
/**
 * When no word is rare, most rows the walk may go on to (about 10 ms per 4,000 rows on a quiet machine) if the
 * first walk's share of matches says 1001 matches lie within them.
 */
export const LONG_WALK_ROWS = 30_000;

/** What the filters of `applyFilters` read, carried out of the walk's inner query. */
const WALK_COLUMNS = [
  'documents.id',
  'documents.created_at',
  'documents.type_code',
  'documents.issuer_key',
  'documents.document_date',
  'documents.status',
  'documents.direction',
  'documents.register_id',
  'documents.confidentiality',
] as const;

const matches = (tsQuery: string) => sql<boolean>`documents.search_vector @@ to_tsquery('simple', ${tsQuery})`;

/**
 * PostgreSQL, in up to three steps, each bounded:
 *  1. walk the newest WALK_ROWS visible documents (an index, newest first) and check each against the
 *     query: common words match densely, so this finds the first page and the 1001 matches that cap the
 *     count without asking the GIN index for hundreds of thousands of rows. When no word of the query is rare
 *     (the index could only be asked for the scope word or a common word), the walk goes on as far as the
 *     share of matches it saw says 1001 matches lie, up to LONG_WALK_ROWS;
 *  2. otherwise the GIN index gives up to 1001 matches in any order (sparse words: a short bitmap), sorted
 *     here when that is all of them;
 *  3. otherwise (more than 1000, but fewer than a page within the walk) the page is read by walking
 *     created_at backwards without bound.
 */
export async function searchPostgres(
  db: Kysely<DB>,
  actor: Actor,
  base: Base,
  q: { tsQuery: string | null; indexQuery: string | null; rareWord: boolean; scopeIds: string[] | undefined },
  f: SearchFilters,
): Promise<Page> {
  const { tsQuery, indexQuery } = q;
  const end = f.offset + f.limit;
  let walked: { id: string; created_at: string }[] = [];
  if (tsQuery) {
    const walk = async (rows: number) => {
      const outer = db.selectFrom(newestVisible(db, actor, f, rows).as('documents')) as unknown as Base;
      return sortNewestFirst(
        await applyFilters(outer, f)
          .select(['documents.id', 'documents.created_at'])
          .where(matches(tsQuery))
          .limit(COUNT_CAP + 1)
          .execute(),
      );
    };
    const walkRows = f.walkRows ?? WALK_ROWS;
    const longWalkRows = f.longWalkRows ?? LONG_WALK_ROWS;
    // How many documents the scope holds, counted up to what one walk may cover (an index-only count, an upper
    // bound of the visible ones, ~1 ms). When one walk covers them all — a school's ~5,000 documents at 200,000,
    // without rare words to ask the index for — its matches are all of them. Not further: the planner reads such
    // a walk whole and sorts it (23,000 rows of a school at a million: 0.25 s), where the bounded walk below
    // stops at 1001 matches.
    const reach = q.rareWord ? walkRows : Math.min(longWalkRows, 2 * walkRows);
    const inScope = q.scopeIds ? await countInScope(db, q.scopeIds, reach + 1) : Number.POSITIVE_INFINITY;
    if (inScope <= reach) {
      walked = await walk(inScope + walkRows); // the margin: documents added meanwhile
      return walked.length > COUNT_CAP ? capped(db, walked, f) : complete(db, walked, f);
    }
    walked = await walk(walkRows);
    if (walked.length > COUNT_CAP) return capped(db, walked, f);
    // No rare word: the index would read the scope word's (or a common word's) whole posting list, and the
    // bitmap's rows are then checked one by one anyway; walking on newest first checks the same rows without it,
    // as far as the first walk's share of matches says 1001 matches lie (one and a half times as far, for safety).
    const projected = Math.ceil((1.5 * (COUNT_CAP + 1) * walkRows) / Math.max(1, walked.length));
    if (!q.rareWord && walked.length > 0 && projected <= longWalkRows) {
      walked = await walk(projected);
      if (walked.length > COUNT_CAP) return capped(db, walked, f);
    }
  }
  const hits = await (tsQuery ? indexCandidates(db, actor, f, tsQuery, indexQuery) : base)
    .select(['documents.id', 'documents.created_at'])
    .limit(COUNT_CAP + 1)
    .execute();
  if (hits.length <= COUNT_CAP)
    return { rows: await fetchByIds(db, pageIds(sortNewestFirst(hits), f)), total: hits.length, totalCapped: false };
  // The walk saw the newest matches in order: enough of them for this page means the page is known.
  if (walked.length >= end)
    return { rows: await fetchByIds(db, pageIds(walked, f)), total: COUNT_CAP, totalCapped: true };
  // Dense matches: walk newest first without bound. The planner, misled by correlated words, would
  // rather scan everything and sort; for this one statement it is told not to.
  const rows = await db.transaction().execute(async (trx) => {
    if (!tsQuery)
      return base
        .orderBy('documents.created_at', 'desc')
        .orderBy('documents.id', 'desc')
        .select([...SUMMARY_COLUMNS])
        .limit(f.limit)
        .offset(f.offset)
        .execute();
    await sql`select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
      set_config('enable_sort', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`.execute(trx);
    const outer = trx.selectFrom(newestVisible(trx, actor, f, null).as('documents')) as unknown as Base;
    const page = await applyFilters(outer, f)
      .select(['documents.id'])
      .where(matches(tsQuery))
      .orderBy('documents.created_at', 'desc')
      .orderBy('documents.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return fetchByIds(
      trx as unknown as Kysely<DB>,
      page.map((r) => r.id),
    );
  });
  return { rows, total: COUNT_CAP, totalCapped: true };
}

/**
 * Step 2's candidates: the GIN index is asked for the rare words (search-lexemes.repository.ts), the filters
 * beside it (a date range may use its own index), inside a subquery (`offset 0`) that scope cannot enter; scope,
 * confidentiality and the whole query (ts_match_vq, the function behind @@, which no index serves) are checked
 * on its rows. Without the fence the planner ANDs the bitmap with `documents_org_idx`, reading all of the
 * organisation's entries (the Academy's: 220,000 at a million documents, ~75 ms) to remove nothing the scope
 * word in the GIN query had not removed already.
 */
function indexCandidates(db: Kysely<DB>, actor: Actor, f: SearchFilters, tsQuery: string, indexQuery: string | null) {
  const inner = applyFilters(documentsFrom(db), f)
    .select([...WALK_COLUMNS, 'documents.organisation_id', sql`documents.search_vector`.as('search_vector')])
    .where(matches(indexQuery ?? tsQuery))
    .offset(0);
  const fenced = visibleDocuments(
    db.selectFrom(inner.as('documents')) as unknown as Base,
    actor,
    'documents',
    f.organisationId,
  );
  return indexQuery
    ? fenced.where(sql<boolean>`ts_match_vq(documents.search_vector, to_tsquery('simple', ${tsQuery}))`)
    : fenced;
}

/**
 * Documents of the scope's organisations, counted up to `bound` from `documents_org_idx` alone. It only bounds how
 * far a walk must go (the walk itself reads visible documents only); nothing of it reaches the caller.
 */
async function countInScope(db: Kysely<DB>, scopeIds: string[], bound: number): Promise<number> {
  const { n } = await db
    .selectFrom(
      documentsFrom(db)
        .where('documents.organisation_id', 'in', scopeIds)
        .select(sql<number>`1`.as('one'))
        .limit(bound)
        .as('counted'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

type Walked = { id: string; created_at: string }[];

/** A walk that checked every visible document: its matches (at most COUNT_CAP) are all of them. */
async function complete(db: Kysely<DB>, walked: Walked, f: SearchFilters): Promise<Page> {
  return { rows: await fetchByIds(db, pageIds(walked, f)), total: walked.length, totalCapped: false };
}

/** A walk that found more than COUNT_CAP matches, newest first: the page is among them unless it lies beyond. */
async function capped(db: Kysely<DB>, walked: Walked, f: SearchFilters): Promise<Page> {
  return { rows: await fetchByIds(db, pageIds(walked, f)), total: COUNT_CAP, totalCapped: true };
}

/**
 * The visible documents newest first, with what the filters and the words need: the walk's inner query.
 * Its bound (`limit`) counts rows examined, whatever the filters but dates; without one, `offset 0` keeps it a
 * subquery, so the index that serves it is chosen for it alone — (organisation_id, created_at, id) for
 * one school, created_at for the Academy.
 */
function newestVisible(db: Kysely<DB> | Transaction<DB>, actor: Actor, f: SearchFilters, limit: number | null) {
  let visible = visibleDocuments(documentsFrom(db), actor, 'documents', f.organisationId);
  // Dates are checked inside the index (created_at, document_date): the bound then counts rows of the
  // range. Unbounded, every filter goes inside.
  if (f.from) visible = visible.where('documents.document_date', '>=', f.from);
  if (f.to) visible = visible.where('documents.document_date', '<=', f.to);
  if (limit === null) visible = applyFilters(visible, f);
  const q = visible
    .select([...WALK_COLUMNS, sql`documents.search_vector`.as('search_vector')])
    .orderBy('documents.created_at', 'desc')
    .orderBy('documents.id', 'desc');
  return limit === null ? q.offset(0) : q.limit(limit);
}
