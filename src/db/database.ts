/**
 * One Kysely instance over SQLite (better-sqlite3, the embedded default) or PostgreSQL
 * (selected by DATABASE_URL). Everything above this file is dialect-agnostic, except the few
 * places that ask `db.dialect` for something only one engine does (row locks, full-text search).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Config } from '../config.ts';
import { TurnYieldingSqliteDialect } from './fair-sqlite-dialect.ts';
import type { DB } from './types.ts';

export type Dialect = 'sqlite' | 'postgres';

/** How long a request may wait for a PostgreSQL connection before it fails (503 rather than a hang). */
export const PG_CONNECT_TIMEOUT_MS = 5_000;

export type Database = {
  db: Kysely<DB>;
  dialect: Dialect;
  /** PostgreSQL schema in use (null: the server's default search path). */
  schema: string | null;
  /** The SQLite handle (backup uses its online-backup API); null on PostgreSQL. */
  sqlite: SQLite.Database | null;
  destroy: () => Promise<void>;
};

// COUNT(*) and bigint come back as strings from pg; our counts fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openSqlite(file: string): SQLite.Database {
  const handle = new SQLite(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  handle.pragma('synchronous = NORMAL');
  return handle;
}

export async function createDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseSchema' | 'dataDir'>,
  opts: { sqliteFile?: string } = {},
): Promise<Database> {
  if (config.databaseUrl) {
    const schema = config.databaseSchema;
    if (schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Tên schema không hợp lệ: ${schema}`);
      const client = new pg.Client({ connectionString: config.databaseUrl });
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.end();
    }
    // jit=off: every query here is short (pages of 50, capped counts), and JIT compiling a plan the
    // planner merely *estimates* as costly (an index walk it cannot bound, as in search) took ~1 s.
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 10,
      // A request waiting for a connection (a new one or a free one from the pool) fails after this instead of
      // hanging while PostgreSQL is down or restarting; the next request tries again (drills/pgrestart.drill.ts).
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      options: `-c jit=off${schema ? ` -c search_path=${schema}` : ''}`,
    });
    // When the server goes away (restart, failover) each connection emits 'error': an idle one on the pool, one
    // checked out (e.g. between a transaction's statements) on its client. Unhandled, either event would end the
    // process. Handled, the pool drops the broken client (it is no longer queryable) and connects afresh.
    const lost = (error: Error) =>
      process.stderr.write(`${JSON.stringify({ level: 40, msg: 'PostgreSQL connection lost', err: error.message })}\n`);
    pool.on('error', lost);
    pool.on('connect', (client) => client.on('error', lost));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', schema: schema ?? null, sqlite: null, destroy: () => db.destroy() };
  }
  let file = opts.sqliteFile;
  if (!file) {
    mkdirSync(config.dataDir, { recursive: true });
    file = join(config.dataDir, 'tct.db');
  }
  const sqlite = openSqlite(file);
  // Gives the event loop back between queries: see fair-sqlite-dialect.ts.
  const db = new Kysely<DB>({ dialect: new TurnYieldingSqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', schema: null, sqlite, destroy: () => db.destroy() };
}

/** Drop a PostgreSQL schema (test runs create one each and drop it afterwards). */
export async function dropPostgresSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

export async function pingDatabase(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
