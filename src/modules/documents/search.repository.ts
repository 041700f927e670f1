/**
 * Full-text search over documents, behind one interface for both engines. The indexed text is
 * `documents.search_text` (folded: no diacritics, lower-case, words only), so 'truong chinh tri',
 * 'TRƯỜNG CHÍNH TRỊ' and đ/d all match. SQLite: FTS5 `documents_fts MATCH`, results in rowid order
 * newest first straight from the index. PostgreSQL: `search_vector @@ to_tsquery('simple', …)` (GIN).
 * Every query is restricted by `visibleDocuments()` (scope + confidentiality); for a school the query
 * also names its organisations' scope words (see scopeToken) so the index narrows first. Counts stop at 1000.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { DB } from '../../db/types.ts';
import { foldVietnamese } from '../../lib/vn.ts';
import type { Actor } from '../tenancy/actor.ts';
import { readableOrganisationIds } from '../tenancy/scope.ts';
import { visibleDocuments } from './documents.policy.ts';
import {
  hasRareWord,
  indexTsQuery,
  lexemeFrequencies,
  rareFilterWords,
  sqlitePrefixWords,
} from './search-lexemes.repository.ts';
import { ftsMatchExpression, queryTokens, searchWords, tsQueryExpression } from './search-text.ts';

export const COUNT_CAP = 1000;

export type SearchFilters = {
  q?: string | undefined;
  type?: string | undefined;
  issuer?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  statuses?: string[] | undefined;
  direction?: 'incoming' | 'outgoing' | undefined;
  registerId?: string | undefined;
  confidentialOnly?: boolean | undefined;
  organisationId?: string | undefined;
  /** PostgreSQL: rows the first step walks (default WALK_ROWS; tests make it small to reach every step). */
  walkRows?: number | undefined;
  /** PostgreSQL: most rows the longer walk may cover (default LONG_WALK_ROWS). */
  longWalkRows?: number | undefined;
  limit: number;
  offset: number;
};

export const SUMMARY_COLUMNS = [
  'documents.id',
  'documents.organisation_id',
  'documents.direction',
  'documents.status',
  'documents.source_kind',
  'documents.issuer_name',
  'documents.number_symbol',
  'documents.type_code',
  'documents.type_name',
  'documents.document_date',
  'documents.subject',
  'documents.urgency',
  'documents.confidentiality',
  'documents.register_number',
  'documents.register_year',
  'documents.received_date',
  'documents.forwarded_to',
  'documents.due_date',
  'documents.created_at',
] as const;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function applyFilters<O>(
  q: SelectQueryBuilder<DB, 'documents', O>,
  f: SearchFilters,
): SelectQueryBuilder<DB, 'documents', O> {
  let out = q;
  if (f.type) out = out.where('documents.type_code', '=', f.type);
  if (f.issuer) {
    const folded = foldVietnamese(f.issuer);
    if (folded) out = out.where(sql<boolean>`documents.issuer_key like ${`%${escapeLike(folded)}%`} escape '\\'`);
  }
  if (f.from) out = out.where('documents.document_date', '>=', f.from);
  if (f.to) out = out.where('documents.document_date', '<=', f.to);
  if (f.statuses?.length) out = out.where('documents.status', 'in', f.statuses);
  if (f.direction) out = out.where('documents.direction', '=', f.direction);
  if (f.registerId) out = out.where('documents.register_id', '=', f.registerId);
  if (f.confidentialOnly) out = out.where('documents.confidentiality', 'is not', null);
  return out;
}

/** Organisations to name inside the full-text query (scope is enforced in SQL regardless). */
function scopeForIndex(actor: Actor, f: SearchFilters): string[] | undefined {
  if (f.organisationId) return [f.organisationId];
  const readable = readableOrganisationIds(actor);
  if (readable !== 'all' && readable.length <= 20) return readable;
  return undefined;
}

/** Documents, before anything is selected: what the filters and the search strategies start from. */
const documentsFrom = (db: Kysely<DB> | Transaction<DB>) => db.selectFrom('documents');
type Base = ReturnType<typeof documentsFrom>;
type Page = { rows: Awaited<ReturnType<typeof fetchByIds>>; total: number; totalCapped: boolean };

async function fetchByIds(db: Kysely<DB>, ids: string[]) {
  const found = ids.length
    ? await db
        .selectFrom('documents')
        .select([...SUMMARY_COLUMNS])
        .where('documents.id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/**
 * SQLite: FTS5 yields matches newest first (rowid order) and stops early, so one pass collects up to
 * 1001 matching ids: the count and the page both come from it.
 */
async function searchSqlite(db: Kysely<DB>, base: Base, match: string | null, f: SearchFilters): Promise<Page> {
  let q = base;
  let order = sql`documents.rowid`;
  if (match) {
    q = base
      .innerJoin(sql<{ rowid: number }>`documents_fts`.as('documents_fts'), (join) =>
        join.on(sql<boolean>`documents_fts.rowid = documents.rowid`),
      )
      .where(sql<boolean>`documents_fts match ${match}`) as unknown as Base;
    order = sql`documents_fts.rowid`;
  }
  const end = f.offset + f.limit;
  if (end > COUNT_CAP + 1)
    return {
      rows: await q
        .orderBy(order, 'desc')
        .select([...SUMMARY_COLUMNS])
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
      total: COUNT_CAP,
      totalCapped: true,
    };
  const hits = await q
    .orderBy(order, 'desc')
    .select('documents.id')
    .limit(COUNT_CAP + 1)
    .execute();
  return {
    rows: await fetchByIds(
      db,
      hits.slice(f.offset, end).map((h) => h.id),
    ),
    total: Math.min(hits.length, COUNT_CAP),
    totalCapped: hits.length > COUNT_CAP,
  };
}

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
async function searchPostgres(
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

function sortNewestFirst<T extends { id: string; created_at: string }>(rows: T[]): T[] {
  return rows.sort((a, b) =>
    a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1,
  );
}

const pageIds = (rows: { id: string }[], f: SearchFilters) => rows.slice(f.offset, f.offset + f.limit).map((r) => r.id);

/**
 * Search (or, without `q`, list) the documents the actor may read, newest first. The words of `q`
 * and of `issuer` both go to the full-text index (the issuer's words are in search_text too; the
 * exact issuer match is then checked in SQL), so the index does the narrowing.
 */
export async function searchDocuments(db: Kysely<DB>, dialect: Dialect, actor: Actor, f: SearchFilters): Promise<Page> {
  const groups = [f.q ? queryTokens(f.q) : [], f.issuer ? queryTokens(f.issuer) : []].filter((g) => g.length > 0);
  const scopeIds = scopeForIndex(actor, f);
  const base = applyFilters(visibleDocuments(documentsFrom(db), actor, 'documents', f.organisationId), f);
  if (dialect === 'sqlite') {
    const expressions: string[] = [];
    for (const g of groups) expressions.push(ftsMatchExpression(g, undefined, await sqlitePrefixWords(db, g.at(-1)!)));
    const match = groups.length
      ? [...expressions, ...(scopeIds ? [ftsMatchExpression([], scopeIds)] : [])].join(' AND ')
      : null;
    return searchSqlite(db, base, match, f);
  }
  const scopeTerm = scopeIds ? tsQueryExpression([], scopeIds) : null;
  const tsQuery = groups.length
    ? [...groups.map((g) => tsQueryExpression(g)), ...(scopeTerm ? [scopeTerm] : [])].join(' & ')
    : null;
  if (!tsQuery) return searchPostgres(db, actor, base, { tsQuery, indexQuery: null, rareWord: false, scopeIds }, f);
  const freq = await lexemeFrequencies(db);
  const typeWords = f.type ? rareFilterWords(searchWords(f.type).split(' ').filter(Boolean), freq) : [];
  const words = indexTsQuery(groups, scopeTerm, freq);
  const indexQuery = typeWords.length ? [words ?? tsQuery, ...typeWords].join(' & ') : words;
  return searchPostgres(db, actor, base, { tsQuery, indexQuery, rareWord: hasRareWord(groups, freq), scopeIds }, f);
}
