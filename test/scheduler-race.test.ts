/**
 * Issue 18: several nodes' schedulers racing. Each "node" is its own connection (its own SQLite handle on the
 * same file, its own PostgreSQL pool); all queue the same daily jobs at once and must leave one job per name
 * per date, and one pending run of a "needed" job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db/database.ts';
import { claimNextJob, completeJob } from '../src/jobs/queue.ts';
import { ensureDailyJobsScheduled, ensureNeededJobsQueued } from '../src/jobs/scheduler.ts';
import type { JobDefinition } from '../src/jobs/types.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';

const NODES = 4;
const DATES = ['2026-12-07', '2026-12-08', '2026-12-09'];
const daily: JobDefinition[] = [
  { name: 'race.digest', daily: { hourVn: 7 }, run: async () => null },
  { name: 'race.reminders', daily: { hourVn: 8 }, run: async () => null },
];
const needed: JobDefinition[] = [{ name: 'race.email', needed: async () => true, run: async () => null }];

let t: TestDatabase;
let nodes: Database[];
beforeAll(async () => {
  t = await createTestDatabase({ demo: 'none' });
  const sqliteFile = t.dialect === 'sqlite' ? `${t.config.dataDir}/tct.db` : undefined;
  nodes = await Promise.all(Array.from({ length: NODES }, () => createDatabase(t.config, { sqliteFile })));
});
afterAll(async () => {
  await Promise.all((nodes ?? []).map((n) => n.destroy()));
  await t?.cleanup();
});

async function countsBy(name: string) {
  const rows = await t.db.selectFrom('jobs').select(['payload', 'status']).where('name', '=', name).execute();
  const byPayload = new Map<string, number>();
  for (const r of rows) byPayload.set(r.payload, (byPayload.get(r.payload) ?? 0) + 1);
  return { rows, byPayload };
}

describe('schedulers of several nodes racing', () => {
  it('queue each daily job once per date', async () => {
    const now = new Date('2026-12-06T12:00:00Z');
    // Every node schedules every date at once, twice over (an hourly tick landing on a restart).
    const queuedByNode = await Promise.all(
      [...nodes, ...nodes].flatMap((node) => DATES.map((date) => ensureDailyJobsScheduled(node.db, daily, date, now))),
    );
    for (const job of daily) {
      const { byPayload } = await countsBy(job.name);
      expect(Object.fromEntries(byPayload)).toEqual(
        Object.fromEntries(DATES.map((date) => [JSON.stringify({ date }), 1])),
      );
    }
    // Each node reports only what it queued itself: one report per job and date in all.
    expect(queuedByNode.flat()).toHaveLength(daily.length * DATES.length);
  });

  it('queue one run of a needed job while one is pending, and another once it has finished', async () => {
    const race = () =>
      Promise.all(
        nodes.map((node) => ensureNeededJobsQueued({ database: node, config: t.config, logger: console }, needed)),
      );
    const first = await race();
    expect(first.flat()).toEqual(['race.email']);
    expect((await countsBy('race.email')).rows).toHaveLength(1);
    const job = (await claimNextJob(t.db, t.dialect, 'w1', ['race.email']))!;
    expect((await race()).flat()).toEqual([]); // still running: nothing new
    await completeJob(t.db, job.id, null);
    expect((await race()).flat()).toEqual(['race.email']);
    const { rows } = await countsBy('race.email');
    expect(rows.map((r) => r.status).sort()).toEqual(['done', 'queued']);
  });
});
