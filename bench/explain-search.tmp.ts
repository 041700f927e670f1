import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from '../src/db/types.ts';
import { searchDocuments } from '../src/modules/documents/search.repository.ts';

const schema = process.argv[2]!;
const role = process.argv[3] as 'clerk' | 'academy_admin';
const orgArg = process.argv[4]!;
const filters = JSON.parse(process.argv[5]!);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, options: `-c search_path=${schema}` });
const captured: { sql: string; params: readonly unknown[] }[] = [];
const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool }),
  log: (e) => {
    if (e.level === 'query') captured.push({ sql: e.query.sql, params: e.query.parameters });
  },
});
const org = orgArg === 'academy'
  ? (await pool.query(`select id from organisations where kind='academy' limit 1`)).rows[0].id
  : orgArg.length < 36 ? (await pool.query(`select id from organisations where id like $1 limit 1`, [`${orgArg}%`])).rows[0].id : orgArg;
const actor = {
  userId: 'bench', organisationId: org, unitId: null, role, fullName: 'B',
  scope: role === 'academy_admin' ? { kind: 'all' as const } : { kind: 'orgs' as const, organisationIds: [org] },
};
const t0 = performance.now();
const res = await searchDocuments(db, 'postgres', actor, { limit: 50, offset: 0, ...filters });
console.log(`app: ${(performance.now() - t0).toFixed(1)} ms, rows ${res.rows.length} total ${res.total} capped ${res.totalCapped}`);
const client = await pool.connect();
await client.query('begin');
for (const s of captured) {
  if (/^(begin|commit|rollback)/i.test(s.sql)) continue;
  if (/set_config/.test(s.sql)) { await client.query(s.sql, s.params as unknown[]); console.log('--', s.sql, s.params); continue; }
  console.log('====', s.sql.slice(0, 400), JSON.stringify(s.params).slice(0, 300));
  const r = await client.query(`explain (analyze, buffers) ${s.sql}`, s.params as unknown[]);
  for (const row of r.rows) console.log(row['QUERY PLAN']);
}
await client.query('rollback');
client.release();
await db.destroy();
