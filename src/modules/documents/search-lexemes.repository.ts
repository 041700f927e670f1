/**
 * PostgreSQL: which words of a search the GIN index should look up. A GIN scan costs about the length of
 * the posting lists it reads, and a prefix (`tri:*`) is expanded into every word it starts (tri, triển,
 * trình…), read in full: over a million documents, "chính trị" alone costs the index ~0.5 s. So the index
 * is asked only for the rare words (and the scope word); the full query is then checked on the few
 * candidate rows. Word frequencies come from PostgreSQL's own statistics on `search_vector` (ANALYZE,
 * autovacuum), read at most every 10 minutes. Without statistics every word counts as rare: the whole
 * query goes to the index, as before.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

/** A word at most this frequent (share of documents) is worth a GIN lookup. */
export const RARE_WORD = 0.2;
/**
 * A prefix is read in full, expansion by expansion, and its rarer expansions are missing from the
 * statistics (which list the commonest words only): it is looked up only when much rarer still.
 */
export const RARE_PREFIX = 0.05;
const STATS_TTL_MS = 10 * 60_000;

type Stats = { at: number; freq: Map<string, number> };
const cache = new WeakMap<object, Stats>();

export async function lexemeFrequencies(db: Kysely<DB>): Promise<Map<string, number>> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < STATS_TTL_MS) return hit.freq;
  const { rows } = await sql<{ elems: string[] | null; freqs: number[] | null }>`
    select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
    where schemaname = current_schema() and tablename = 'documents' and attname = 'search_vector'`.execute(db);
  const freq = new Map<string, number>();
  const elems = rows[0]?.elems ?? [];
  const freqs = rows[0]?.freqs ?? [];
  for (const [i, e] of elems.entries()) freq.set(e, Number(freqs[i] ?? 0));
  cache.set(db, { at: Date.now(), freq });
  return freq;
}

/** Estimated share of documents containing the word (or, for a prefix, any word it starts). */
function share(word: string, prefix: boolean, freq: Map<string, number>): number {
  if (!prefix) return freq.get(word) ?? 0;
  let sum = 0;
  for (const [w, f] of freq) if (w.startsWith(word)) sum += f;
  return Math.min(1, sum);
}

/**
 * Whether some word of the query is rare enough for the GIN index to narrow the search. When none is, the index
 * could only be asked for the scope word (up to a fifth of all documents for the Academy) or a common word:
 * hundreds of thousands of entries read to build a bitmap, before the same rows are checked anyway.
 */
export function hasRareWord(groups: string[][], freq: Map<string, number>): boolean {
  return groups.some((g) =>
    g.some((t, i) => {
      const prefix = i === g.length - 1;
      return share(t, prefix, freq) <= (prefix ? RARE_PREFIX : RARE_WORD);
    }),
  );
}

/**
 * Words a filter guarantees are in the document's search_text (the type code is part of it: search-text.ts),
 * worth adding to the index query when rare: "tuyển sinh" among Thông báo only. The filter itself is still
 * checked in SQL.
 */
export function rareFilterWords(words: string[], freq: Map<string, number>): string[] {
  return words.filter((w) => (freq.get(w) ?? 0) <= RARE_WORD);
}

/**
 * The tsquery for the index: the rare words of every group (the last word of a group is a prefix) and
 * the scope alternatives; with no rare word and no scope, the single rarest word. Returns the terms
 * joined with `&` (to_tsquery syntax), or null when that is the whole query anyway.
 */
export function indexTsQuery(groups: string[][], scopeTerm: string | null, freq: Map<string, number>): string | null {
  const terms = groups.flatMap((g) =>
    g.map((t, i) => {
      const prefix = i === g.length - 1;
      const estimate = share(t, prefix, freq);
      return { term: prefix ? `${t}:*` : t, share: estimate, rare: estimate <= (prefix ? RARE_PREFIX : RARE_WORD) };
    }),
  );
  const rare = terms.filter((t) => t.rare);
  if (rare.length === terms.length) return null;
  const chosen = rare.length || scopeTerm ? rare : [terms.reduce((a, b) => (b.share < a.share ? b : a))];
  return [...chosen.map((t) => t.term), ...(scopeTerm ? [scopeTerm] : [])].join(' & ');
}

/**
 * SQLite: FTS5 serves a prefix query (`"thang"*`) from its prefix indexes only for prefixes of 2 and 3 characters
 * (`prefix='2 3'`); a longer one is answered by merging the full posting lists of every word it starts before the
 * first match comes out: 0.2–0.9 s at a million documents for "thang", "truong", "chinh". Reading the words
 * themselves from the FTS vocabulary (fts5vocab, which walks their posting lists once to count them: 5–10 times
 * less) and asking for them by name (`("thang" OR …)`) lets FTS5 stream matches newest first again.
 */
export const MAX_PREFIX_WORDS = 16;
const vocabReady = new WeakSet<object>();

/**
 * The indexed words starting with `prefix`, or null when FTS5's own prefix query is as good (a 2- or 3-character
 * prefix, served by the prefix indexes) or the prefix starts more than MAX_PREFIX_WORDS words.
 */
export async function sqlitePrefixWords(db: Kysely<DB>, prefix: string): Promise<string[] | null> {
  if (prefix.length === 2 || prefix.length === 3) return null;
  if (!vocabReady.has(db)) {
    // A per-connection view of the FTS table's vocabulary (temp: nothing is stored, no migration).
    await sql`CREATE VIRTUAL TABLE IF NOT EXISTS temp.documents_fts_vocab USING fts5vocab(main, documents_fts, row)`.execute(
      db,
    );
    vocabReady.add(db);
  }
  const { rows } = await sql<{ term: string }>`select term from temp.documents_fts_vocab
    where term >= ${prefix} and term < ${`${prefix}\u{10FFFF}`} limit ${MAX_PREFIX_WORDS + 1}`.execute(db);
  return rows.length > MAX_PREFIX_WORDS ? null : rows.map((r) => r.term);
}
