/**
 * Full-text search over documents, behind one interface for both engines. The indexed text is
 * `documents.search_text` (folded: no diacritics, lower-case, words only), so 'truong chinh tri',
 * 'TRƯỜNG CHÍNH TRỊ' and đ/d all match. SQLite: FTS5 `documents_fts MATCH`, results in rowid order
 * newest first straight from the index. PostgreSQL: `search_vector @@ to_tsquery('simple', …)` (GIN).
 * Every query is restricted by `visibleDocuments()` (scope + confidentiality); for a school the query
 * also names its organisations' scope words (see scopeToken) so the index narrows first. Counts stop at 1000.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { DB } from '../../db/types.ts';
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
import { searchPostgres } from './search-postgres.repository.ts';
import {
  applyFilters,
  type Base,
  COUNT_CAP,
  documentsFrom,
  fetchByIds,
  type Page,
  type SearchFilters,
  SUMMARY_COLUMNS,
} from './search-rows.repository.ts';
import { ftsMatchExpression, queryTokens, searchWords, tsQueryExpression } from './search-text.ts';

export { COUNT_CAP, type SearchFilters, SUMMARY_COLUMNS } from './search-rows.repository.ts';

/** Organisations to name inside the full-text query (scope is enforced in SQL regardless). */
function scopeForIndex(actor: Actor, f: SearchFilters): string[] | undefined {
  if (f.organisationId) return [f.organisationId];
  const readable = readableOrganisationIds(actor);
  if (readable !== 'all' && readable.length <= 20) return readable;
  return undefined;
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
