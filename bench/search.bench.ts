/**
 * Search and register-list latency at scale: loads N (default 200 000) realistic documents generated with a
 * seeded PRNG (Vietnamese issuers, subjects, number-symbols, a body paragraph standing in for OCR text)
 * into a temporary SQLite database — and into a temporary PostgreSQL schema when DATABASE_URL is set —
 * then times full-text searches and register pages as a school clerk and as the Academy.
 *
 *   npm run bench -- search                 # 200 000 documents
 *   npm run bench -- search --docs=20000    # quicker
 *
 * Prints `BENCH search.documents N`, `BENCH search.p95_ms X ms` (target < 100) and
 * `BENCH register.list_p95_ms X ms` (target < 50), per engine (PostgreSQL figures carry a `pg_` prefix).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDatabase, dropPostgresSchema, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrations/index.ts';
import { createModules } from '../src/modules/index.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import { seedNetwork } from '../src/seed/seed-network.ts';
import { generateDocuments, type BenchOrg } from './search.data.ts';

/** `--name=value` or `--name value`. */
function flag(flags: string[], name: string): string | undefined {
  const inline = flags.find((f) => f.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = flags.indexOf(`--${name}`);
  const next = at === -1 ? undefined : flags[at + 1];
  return next && !next.startsWith('--') ? next : undefined;
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)] ?? 0;
}
const p95 = (samples: number[]) => quantile(samples, 0.95);

let verbose = false;

async function timed(fn: () => Promise<unknown>, label = ''): Promise<number> {
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  if (verbose) console.error(`${ms.toFixed(1).padStart(7)} ms  ${label}`);
  return ms;
}

async function existingOrgs(database: Database): Promise<BenchOrg[]> {
  const rows = await database.db
    .selectFrom('organisations')
    .innerJoin('documents', 'documents.organisation_id', 'organisations.id')
    .select(['organisations.id', 'organisations.name', 'organisations.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['organisations.id', 'organisations.name', 'organisations.kind'])
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, documents: Number(r.n) }));
}

async function prepare(database: Database, total: number, schema: string | null = null): Promise<BenchOrg[]> {
  await migrateToLatest(database.db, database.dialect, schema);
  await seedNetwork(database.db);
  const orgs = await database.db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where((eb) =>
      eb.or([eb('kind', '=', 'academy'), eb.and([eb('kind', '=', 'provincial_school'), eb('valid_to', 'is', null)])]),
    )
    .orderBy('code')
    .execute();
  const started = performance.now();
  const benchOrgs = await generateDocuments(database, orgs, total);
  console.error(
    `[${database.dialect}] ${total} văn bản nạp trong ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return benchOrgs;
}

function actor(org: BenchOrg, role: 'clerk' | 'academy_admin'): RequestContext {
  return {
    actor: {
      userId: 'bench',
      organisationId: org.id,
      unitId: null,
      role,
      fullName: 'Bench',
      scope: role === 'academy_admin' ? { kind: 'all' } : { kind: 'orgs', organisationIds: [org.id] },
    },
    requestId: 'bench',
  };
}

const QUERIES = [
  { q: 'truong chinh tri' },
  { q: 'TRƯỜNG CHÍNH TRỊ' },
  { q: 'ke hoach boi duong' },
  { q: 'nghị quyết trung ương' },
  { q: 'dao tao trung cap ly luan chinh tri' },
  { q: 'de an truong chinh tri chuan' },
  { q: 'bao cao so ket 6 thang' },
  { q: 'hoi thi giang vien day gioi' },
  { q: 'chuyen doi so' },
  { q: 'qua' },
  { q: 'tuyen sinh', type: 'TB' },
  { q: 'kiem tra', from: '2024-01-01', to: '2024-12-31' },
  { issuer: 'hoc vien chinh tri' },
  { q: '2174-CV/HVCTQG' },
  { q: 'xyzzy khong co' },
];

async function measure(database: Database, orgs: BenchOrg[], label: string) {
  const modules = createModules({ database, config: loadConfig({ DATA_DIR: tmpdir() }) });
  const { search } = modules.documents.services;
  const { registers } = modules.registers.services;
  const academy = orgs.find((o) => o.kind === 'academy')!;
  const schools = orgs.filter((o) => o.kind !== 'academy');
  const actors = [
    actor(academy, 'academy_admin'),
    actor(academy, 'clerk'),
    ...schools.slice(0, 6).map((s) => actor(s, 'clerk')),
  ];
  // Warm-up (page cache, prepared plans).
  for (const q of QUERIES.slice(0, 3)) await search.search(actors[0]!, { ...q, page: 1, pageSize: 50 });

  const searchTimes: number[] = [];
  for (const ctx of actors) {
    for (const q of QUERIES)
      searchTimes.push(
        await timed(
          () => search.search(ctx, { ...q, page: 1, pageSize: 50 }),
          `${ctx.actor.role} ${ctx.actor.organisationId.slice(0, 8)} search ${JSON.stringify(q)}`,
        ),
      );
    searchTimes.push(await timed(() => search.search(ctx, { q: 'truong chinh tri', page: 3, pageSize: 50 })));
  }
  const listTimes: number[] = [];
  for (const ctx of actors) {
    const lists = [
      { page: 1, pageSize: 50 },
      { page: 20, pageSize: 50 },
      { year: 2025, page: 1, pageSize: 50 },
      { from: '2024-03-01', to: '2024-03-31', page: 1, pageSize: 50 },
      { status: 'completed', page: 1, pageSize: 50 },
      { confidential: true, page: 1, pageSize: 50 },
    ];
    for (const query of lists)
      listTimes.push(
        await timed(
          () => registers.listRegister(ctx, 'incoming', query),
          `${ctx.actor.role} ${ctx.actor.organisationId.slice(0, 8)} list ${JSON.stringify(query)}`,
        ),
      );
    listTimes.push(await timed(() => registers.listRegister(ctx, 'outgoing', { page: 1, pageSize: 50 })));
    const academyView = actor(academy, 'academy_admin');
    listTimes.push(
      await timed(() =>
        registers.listRegister(academyView, 'incoming', {
          organisationId: ctx.actor.organisationId,
          page: 1,
          pageSize: 50,
        }),
      ),
    );
  }
  const prefix = label === 'sqlite' ? '' : `${label}_`;
  console.log(`BENCH search.${prefix}documents ${orgs.reduce((n, o) => n + o.documents, 0)}`);
  console.log(`BENCH search.${prefix}p95_ms ${p95(searchTimes).toFixed(1)} ms`);
  // The median too: on a shared machine p95 mostly measures the neighbours.
  console.log(`BENCH search.${prefix}p50_ms ${quantile(searchTimes, 0.5).toFixed(1)} ms`);
  console.log(`BENCH search.${prefix}max_ms ${Math.max(...searchTimes).toFixed(1)} ms`);
  console.log(`BENCH register.${prefix}list_p95_ms ${p95(listTimes).toFixed(1)} ms`);
  console.log(`BENCH register.${prefix}list_max_ms ${Math.max(...listTimes).toFixed(1)} ms`);
}

export async function run(flags: string[]): Promise<void> {
  const total = Number(flag(flags, 'documents') ?? flag(flags, 'docs') ?? 200_000);
  verbose = flags.includes('--verbose');
  // --keep=DIR keeps (and on the next run reuses) the SQLite database, for tuning queries.
  // --engine=sqlite or --engine=postgres runs one engine only (loading 1 000 000 takes minutes each).
  const engine = flag(flags, 'engine');
  if (engine !== 'postgres') await runSqlite(flags, total);
  if (engine !== 'sqlite') await runPostgres(flags, total);
}

async function runSqlite(flags: string[], total: number): Promise<void> {
  const keep = flag(flags, 'keep');
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'tct-bench-search-'));
  const reuse = !!keep && existsSync(join(dir, 'tct.db'));
  const sqlite = await createDatabase({ databaseUrl: null, databaseSchema: null, dataDir: dir });
  try {
    sqlite.sqlite!.pragma('cache_size = -200000');
    const orgs = reuse ? await existingOrgs(sqlite) : await prepare(sqlite, total);
    sqlite.sqlite!.exec('ANALYZE');
    await measure(sqlite, orgs, 'sqlite');
  } finally {
    await sqlite.destroy();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function runPostgres(flags: string[], total: number): Promise<void> {
  const pgUrl = process.env.DATABASE_URL;
  if (pgUrl && /^postgres(ql)?:\/\//.test(pgUrl)) {
    // --pg-schema=NAME keeps (and reuses) the PostgreSQL schema, like --keep for SQLite.
    const kept = flag(flags, 'pg-schema');
    const schema = kept ?? `tct_bench_${randomBytes(4).toString('hex')}`;
    const pg = await createDatabase({ databaseUrl: pgUrl, databaseSchema: schema, dataDir: tmpdir() });
    try {
      const loaded = kept
        ? await sql<{
            n: number;
          }>`select count(*) as n from information_schema.tables where table_schema = ${schema} and table_name = 'documents'`.execute(
            pg.db,
          )
        : null;
      const orgs = loaded && Number(loaded.rows[0]?.n) > 0 ? await existingOrgs(pg) : await prepare(pg, total, schema);
      // What autovacuum does after a bulk load (visibility map for index-only counts, statistics).
      for (const table of ['documents', 'registers', 'organisations'])
        await sql`vacuum analyze ${sql.table(table)}`.execute(pg.db);
      await measure(pg, orgs, 'pg');
    } finally {
      await pg.destroy();
      if (!kept) await dropPostgresSchema(pgUrl, schema);
    }
  }
}
