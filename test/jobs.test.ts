/** The database-backed job queue: transactional enqueue, retries, crash recovery, safe concurrent claims. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';
import { LEASE_MS, claimNextJob, completeJob, enqueueJob, failJob, renewLease } from '../src/jobs/queue.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ demo: 'none' });
});
afterAll(async () => t?.cleanup());

const names = (prefix: string) => [prefix];

describe('job queue', () => {
  it("enqueues inside the caller's transaction: a rolled-back change leaves no job", async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, { name: 'test.rollback', payload: { x: 1 } });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await claimNextJob(t.db, t.dialect, 'w1', names('test.rollback'))).toBeNull();
  });

  it('retries a failed job with back-off and gives up after max attempts', async () => {
    const id = await enqueueJob(t.db, { name: 'test.retry', payload: {}, maxAttempts: 2 });
    const first = (await claimNextJob(t.db, t.dialect, 'w1', names('test.retry')))!;
    expect(first.id).toBe(id);
    expect(first.attempts).toBe(1);
    expect(await failJob(t.db, first, 'lỗi tạm thời')).toBe('retry');
    expect(await claimNextJob(t.db, t.dialect, 'w1', names('test.retry'))).toBeNull(); // backing off
    await t.db
      .updateTable('jobs')
      .set({ run_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
    const second = (await claimNextJob(t.db, t.dialect, 'w1', names('test.retry')))!;
    expect(second.attempts).toBe(2);
    expect(await failJob(t.db, second, 'vẫn lỗi')).toBe('failed');
    const row = await t.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.last_error).toBe('vẫn lỗi');
  });

  it('reclaims a job whose worker crashed once its lease expires', async () => {
    const id = await enqueueJob(t.db, { name: 'test.crash', payload: {} });
    const claimed = (await claimNextJob(t.db, t.dialect, 'crashed-worker', names('test.crash')))!;
    expect(claimed.id).toBe(id);
    expect(await claimNextJob(t.db, t.dialect, 'w2', names('test.crash'))).toBeNull(); // still leased
    await t.db
      .updateTable('jobs')
      .set({ locked_at: new Date(Date.now() - LEASE_MS - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
    const again = (await claimNextJob(t.db, t.dialect, 'w2', names('test.crash')))!;
    expect(again.id).toBe(id);
    expect(again.locked_by).toBe('w2');
    await completeJob(t.db, id, { ok: true });
    expect((await t.db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe(
      'done',
    );
  });

  it('keeps a job whose worker is alive: a renewed lease is not reclaimed', async () => {
    const id = await enqueueJob(t.db, { name: 'test.long', payload: {} });
    await claimNextJob(t.db, t.dialect, 'busy-worker', names('test.long'));
    const stale = new Date(Date.now() - LEASE_MS - 1000).toISOString();
    await t.db.updateTable('jobs').set({ locked_at: stale }).where('id', '=', id).execute();
    await renewLease(t.db, id, 'another-worker'); // not its job: changes nothing
    expect(
      (await t.db.selectFrom('jobs').select('locked_at').where('id', '=', id).executeTakeFirstOrThrow()).locked_at,
    ).toBe(stale);
    await renewLease(t.db, id, 'busy-worker');
    expect(await claimNextJob(t.db, t.dialect, 'w2', names('test.long'))).toBeNull();
    await completeJob(t.db, id, null);
  });

  it('lets several workers claim concurrently without taking the same job twice', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 30; i++) ids.add(await enqueueJob(t.db, { name: 'test.concurrent', payload: { i } }));
    const claimedBy = new Map<string, string>();
    await Promise.all(
      ['w1', 'w2', 'w3', 'w4'].map(async (worker) => {
        for (;;) {
          const job = await claimNextJob(t.db, t.dialect, worker, names('test.concurrent'));
          if (!job) return;
          expect(claimedBy.has(job.id), `job ${job.id} claimed twice`).toBe(false);
          claimedBy.set(job.id, worker);
          await completeJob(t.db, job.id, null);
        }
      }),
    );
    expect(new Set(claimedBy.keys())).toEqual(ids);
  });
});
