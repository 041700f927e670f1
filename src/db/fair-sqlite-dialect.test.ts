import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './database.ts';

describe('SQLite gives the event loop back between queries', () => {
  it('lets a timer run in the middle of a long chain of awaited queries', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tct-fair-'));
    const database = await createDatabase({ databaseUrl: null, databaseSchema: null, dataDir });
    try {
      let queriesBeforeTurn = -1;
      let done = 0;
      // better-sqlite3 answers synchronously: without the dialect's yield the whole chain would run in one turn
      // and the callback would see all 200 queries done.
      setImmediate(() => (queriesBeforeTurn = done));
      for (let i = 0; i < 200; i++) {
        await sql`select ${i} as n`.execute(database.db);
        done++;
      }
      expect(queriesBeforeTurn).toBeGreaterThanOrEqual(0);
      expect(queriesBeforeTurn).toBeLessThan(200);
    } finally {
      await database.destroy();
    }
  });

  it('keeps a transaction whole: nothing else runs on the connection between its statements', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tct-fair-'));
    const database = await createDatabase({ databaseUrl: null, databaseSchema: null, dataDir });
    try {
      await sql`create table t (n integer)`.execute(database.db);
      const seen: number[] = [];
      const inside = database.db.transaction().execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await new Promise((r) => setTimeout(r, 5));
        seen.push(((await sql<{ c: number }>`select count(*) as c from t`.execute(trx)).rows[0]?.c ?? -1) as number);
        await sql`insert into t values (2)`.execute(trx);
      });
      const outside = sql`insert into t values (3)`.execute(database.db);
      await Promise.all([inside, outside]);
      // The outside insert waited for the whole transaction, so the transaction counted only its own row.
      expect(seen).toEqual([1]);
      const total = await sql<{ c: number }>`select count(*) as c from t`.execute(database.db);
      expect(total.rows[0]?.c).toBe(3);
    } finally {
      await database.destroy();
    }
  });
});
