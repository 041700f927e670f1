/**
 * Search over more matches than the count cap (issue 18 item 5): the total stops at COUNT_CAP with
 * `totalCapped`, pages stay newest first, and on PostgreSQL every step of the search (the bounded walk,
 * the GIN index, the unbounded walk) gives the same answer as the plain rule — checked here with walks
 * of 10 rows and of the default size. Scope and confidentiality hold throughout.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDocumentRow, insertDocument } from '../src/modules/documents/documents.repository.ts';
import { hasRareWord, indexTsQuery, rareFilterWords } from '../src/modules/documents/search-lexemes.repository.ts';
import { ftsMatchExpression } from '../src/modules/documents/search-text.ts';
import { COUNT_CAP, searchDocuments, type SearchFilters } from '../src/modules/documents/search.repository.ts';
import type { Actor } from '../src/modules/tenancy/actor.ts';
import { testActor } from '../src/testing/actors.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

let t: TestDatabase;
let schoolA: string;
let schoolB: string;
let academy: string;
type Doc = { id: string; org: string; words: string; createdAt: string; secret: boolean; type: string; date: string };
const docs: Doc[] = [];

const actor = testActor;

beforeAll(async () => {
  t = await createTestDatabase({ demo: 'none' });
  const orgs = await t.db.selectFrom('organisations').select(['id', 'kind']).orderBy('code').execute();
  academy = orgs.find((o) => o.kind === 'academy')!.id;
  const schools = orgs.filter((o) => o.kind !== 'academy').map((o) => o.id);
  schoolA = schools[0]!;
  schoolB = schools[1]!;
  // 1 150 letters of school A (every one says "alpha", one in three "beta", one in 200 "gamma"),
  // 60 of school B saying "alpha", and a few confidential ones.
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < 1210; i++) {
    const org = i % 20 === 7 && i < 1200 ? schoolB! : schoolA!;
    const words = ['alpha', i % 3 === 0 ? 'beta' : '', i % 200 === 5 ? 'gamma' : '', `so${i}`].join(' ');
    const createdAt = new Date(start + i * 180_000).toISOString(); // over three days
    const date = createdAt.slice(0, 10);
    const secret = i % 97 === 1;
    const type = i % 4 === 0 ? 'TB' : i % 50 === 13 ? 'QĐ' : 'CV';
    const row = newDocumentRow(
      {
        organisation_id: org,
        direction: 'incoming',
        status: 'registered',
        source_kind: 'manual',
        subject: words,
        type_code: type,
        confidentiality: secret ? 'Mật' : null,
        document_date: date,
      },
      createdAt,
    );
    await insertDocument(t.db, row);
    docs.push({ id: row.id, org, words, createdAt, secret, type, date });
  }
  // PostgreSQL statistics: the search then asks the index for rare words only ("gamma"), the rest is checked row by row.
  if (t.dialect === 'postgres') await sql`analyze documents`.execute(t.db);
}, 300_000);
afterAll(async () => t?.cleanup());

/** The answer by the plain rule: visible, matching every word (the last as a prefix), newest first. */
function expected(a: Actor, q: string, type?: string, to?: string): Doc[] {
  const tokens = q.split(' ');
  return docs
    .filter((d) => a.scope.kind === 'all' || a.scope.organisationIds.includes(d.org))
    .filter((d) => !d.secret || (a.role === 'clerk' && d.org === a.organisationId) || d.org === academy)
    .filter((d) => !type || d.type === type)
    .filter((d) => !to || d.date <= to)
    .filter((d) => {
      const words = d.words.split(' ');
      return tokens.every((tok, i) => words.some((w) => (i === tokens.length - 1 ? w.startsWith(tok) : w === tok)));
    })
    .sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1));
}

describe('search beyond the count cap', () => {
  const cases: [string, () => Actor, string, string | undefined, string?][] = [
    ['school clerk, dense', () => actor('clerk', schoolA), 'alpha', undefined],
    ['school staff, dense (no clearance)', () => actor('staff', schoolA), 'alpha', undefined],
    ['school clerk, a third', () => actor('clerk', schoolA), 'bet', undefined],
    ['school clerk, sparse', () => actor('clerk', schoolA), 'alpha gamma', undefined],
    ['school clerk, dense with a filter', () => actor('clerk', schoolA), 'alpha', 'TB'],
    ['school clerk, dense with a rare type (its word goes to the index)', () => actor('clerk', schoolA), 'alpha', 'QĐ'],
    ['other school', () => actor('clerk', schoolB), 'alpha', undefined],
    ['Academy, dense', () => actor('academy_admin', academy), 'alpha', undefined],
    ['nothing', () => actor('clerk', schoolA), 'alpha zzz', undefined],
    // A last word of 4 or more characters: SQLite asks for the words it starts by name (so99, so990…so999),
    // or as a prefix when they are too many (so12, so120…so129, so1200…so1209).
    ['school clerk, dense prefix of 4 characters', () => actor('clerk', schoolA), 'alph', undefined],
    ['school clerk, a prefix starting 11 words', () => actor('clerk', schoolA), 'alpha so99', undefined],
    ['school clerk, a prefix starting 21 words', () => actor('clerk', schoolA), 'alpha so12', undefined],
    ['school clerk, older dates only', () => actor('clerk', schoolA), 'alpha', undefined, '2025-01-02'],
    ['Academy, older dates only', () => actor('academy_admin', academy), 'bet', undefined, '2025-01-01'],
  ];
  // Walks of 10 rows (then the longer walk when no word is rare), of 10 rows only, and of the default size.
  for (const [walkRows, longWalkRows] of [
    [10, undefined],
    [10, 0],
    [undefined, undefined],
  ] as const)
    it.each(cases)(
      `%s (walk ${walkRows ?? 'default'}, long walk ${longWalkRows ?? 'default'})`,
      async (_name, who, q, type, to) => {
        const a = who();
        const all = expected(a, q, type, to);
        for (const [offset, limit] of [
          [0, 5],
          [0, 50],
          [100, 50],
          [950, 50],
        ] as const) {
          const f: SearchFilters = { q, type, to, walkRows, longWalkRows, limit, offset };
          const page = await searchDocuments(t.db, t.dialect, a, f);
          expect(page.totalCapped, `${q} ${offset}`).toBe(all.length > COUNT_CAP);
          expect(page.total).toBe(Math.min(all.length, COUNT_CAP));
          expect(page.rows.map((r) => r.id)).toEqual(all.slice(offset, offset + limit).map((d) => d.id));
        }
      },
    );

  it('asks the GIN index for the rare words (and the scope word) only', () => {
    const freq = new Map([
      ['tri', 1],
      ['trien', 0.4],
      ['chinh', 1],
      ['chuan', 0.05],
    ]);
    expect(indexTsQuery([['chinh', 'chuan']], '(org1)', freq)).toBe('chuan:* & (org1)');
    expect(indexTsQuery([['chinh', 'tri']], '(org1)', freq)).toBe('(org1)');
    expect(indexTsQuery([['chinh', 'tri']], null, freq)).toBe('chinh');
    expect(indexTsQuery([['xyzzy', 'chuan']], null, freq)).toBeNull();
    // No rare word: the search walks on instead of asking the index for the scope word alone.
    expect(hasRareWord([['chinh', 'tri']], freq)).toBe(false);
    expect(hasRareWord([['chinh', 'chuan']], freq)).toBe(true);
    expect(hasRareWord([['chinh'], ['xyzzy', 'tri']], freq)).toBe(true);
    expect(rareFilterWords(['tri', 'chuan', 'qd'], freq)).toEqual(['chuan', 'qd']);
  });

  it('names the words a long last prefix starts in the FTS5 query (SQLite)', () => {
    expect(ftsMatchExpression(['bao', 'thang'], ['o-1'], ['thang', 'thangs'])).toBe(
      '"bao" AND ("thang" OR "thangs") AND ("orgo1")',
    );
    expect(ftsMatchExpression(['bao', 'thang'], undefined, null)).toBe('"bao" AND "thang"*');
    expect(ftsMatchExpression(['xyzzy'], undefined, [])).toBe('"xyzzy"');
  });

  it('the fixture really is beyond the cap', () => {
    expect(expected(actor('clerk', schoolA), 'alpha').length).toBeGreaterThan(COUNT_CAP);
    expect(expected(actor('clerk', schoolA), 'alpha gamma').length).toBeGreaterThan(0);
  });
});
