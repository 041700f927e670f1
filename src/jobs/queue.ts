/**
 * A database-backed job queue (no Redis needed). Jobs are enqueued in the same transaction as the
 * change that needs them, so a rolled-back change leaves no orphan job. Workers claim with
 * `FOR UPDATE SKIP LOCKED` on PostgreSQL (many workers) and inside a write transaction on SQLite
 * (one process). A job whose worker died is reclaimed once its lease expires, and retried.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import type { DB, JobTable } from '../db/types.ts';
import type { Dialect } from '../db/database.ts';

/**
 * How long a claimed job stays a worker's without a sign of life. A running worker renews its lease every
 * `HEARTBEAT_MS` (src/jobs/worker.ts), so a long OCR job keeps it; a worker killed mid-job stops renewing and
 * another worker takes the job over within two minutes.
 */
export const LEASE_MS = 2 * 60_000;
export const HEARTBEAT_MS = 30_000;

export type EnqueueInput = {
  name: string;
  payload: unknown;
  organisationId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
};

export async function enqueueJob(trx: Kysely<DB> | Transaction<DB>, input: EnqueueInput): Promise<string> {
  const id = await insertJob(trx, input, null);
  if (id === null) throw new Error('unreachable: a job without a dedupe key is always inserted');
  return id;
}

/**
 * Queue the job unless one with the same `dedupeKey` is already there (null then). The unique index on
 * `jobs.dedupe_key` decides, not a prior SELECT: several nodes racing get exactly one row.
 */
export function enqueueJobOnce(
  trx: Kysely<DB> | Transaction<DB>,
  input: EnqueueInput & { dedupeKey: string },
): Promise<string | null> {
  return insertJob(trx, input, input.dedupeKey);
}

/** A "needed" job's key: held while a run is queued or running, released when it ends (see completeJob). */
export const PENDING_KEY_PREFIX = 'pending:';

async function insertJob(
  trx: Kysely<DB> | Transaction<DB>,
  input: EnqueueInput,
  dedupeKey: string | null,
): Promise<string | null> {
  const now = new Date().toISOString();
  const id = randomUUID();
  const insert = trx.insertInto('jobs').values({
    id,
    name: input.name,
    payload: JSON.stringify(input.payload ?? {}),
    status: 'queued',
    attempts: 0,
    max_attempts: input.maxAttempts ?? 3,
    run_at: (input.runAt ?? new Date()).toISOString(),
    locked_at: null,
    locked_by: null,
    last_error: null,
    result: null,
    organisation_id: input.organisationId ?? null,
    created_at: now,
    updated_at: now,
    dedupe_key: dedupeKey,
  });
  if (dedupeKey === null) {
    await insert.execute();
    return id;
  }
  const result = await insert.onConflict((oc) => oc.column('dedupe_key').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

/** Frees a finished job's "pending:" key so the next run can be queued; daily keys stay (one per date). */
const releasePendingKey = sql<
  string | null
>`case when dedupe_key like ${`${PENDING_KEY_PREFIX}%`} then null else dedupe_key end`;

/** Claim the next due job (or a job whose lease expired) for `workerId`, or null. */
export async function claimNextJob(
  db: Kysely<DB>,
  dialect: Dialect,
  workerId: string,
  names?: string[],
): Promise<JobTable | null> {
  const now = new Date();
  const nowIso = now.toISOString();
  const leaseExpired = new Date(now.getTime() - LEASE_MS).toISOString();
  const due = <O>(qb: SelectQueryBuilder<DB, 'jobs', O>) => {
    let q = qb.where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', nowIso)]),
        eb.and([eb('status', '=', 'running'), eb('locked_at', '<', leaseExpired)]),
      ]),
    );
    if (names?.length) q = q.where('name', 'in', names);
    return q.orderBy('run_at').limit(1);
  };
  if (dialect === 'postgres') {
    const picked = due(db.selectFrom('jobs').select('id')).forUpdate().skipLocked();
    const row = await db
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_at: nowIso,
        locked_by: workerId,
        attempts: sql`attempts + 1`,
        updated_at: nowIso,
      })
      .where('id', '=', (eb) => eb.selectFrom(picked.as('p')).select('p.id'))
      .returningAll()
      .executeTakeFirst();
    return row ?? null;
  }
  return db.transaction().execute(async (trx) => {
    const next = await due(trx.selectFrom('jobs').selectAll()).executeTakeFirst();
    if (!next) return null;
    await trx
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_at: nowIso,
        locked_by: workerId,
        attempts: next.attempts + 1,
        updated_at: nowIso,
      })
      .where('id', '=', next.id)
      .execute();
    return { ...next, status: 'running', locked_at: nowIso, locked_by: workerId, attempts: next.attempts + 1 };
  });
}

/** Keeps a running job this worker's (see LEASE_MS); a no-op once the job is finished or taken over. */
export async function renewLease(db: Kysely<DB>, id: string, workerId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ locked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .execute();
}

export async function completeJob(db: Kysely<DB>, id: string, result: unknown): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: 'done',
      result: JSON.stringify(result ?? null),
      locked_at: null,
      dedupe_key: releasePendingKey,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function failJob(db: Kysely<DB>, job: JobTable, error: string): Promise<'retry' | 'failed'> {
  const giveUp = job.attempts >= job.max_attempts;
  // Exponential back-off: 5 s, 20 s, 80 s…
  const runAt = new Date(Date.now() + 5000 * 4 ** Math.max(0, job.attempts - 1)).toISOString();
  await db
    .updateTable('jobs')
    .set({
      status: giveUp ? 'failed' : 'queued',
      last_error: error.slice(0, 2000),
      locked_at: null,
      locked_by: null,
      run_at: giveUp ? job.run_at : runAt,
      updated_at: new Date().toISOString(),
      ...(giveUp ? { dedupe_key: releasePendingKey } : {}),
    })
    .where('id', '=', job.id)
    .execute();
  return giveUp ? 'failed' : 'retry';
}

export function findJob(db: Kysely<DB>, id: string) {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether a job of `name` with exactly this payload was ever queued (the daily schedule runs once per date). */
export async function jobExists(db: Kysely<DB>, name: string, payload: unknown): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('name', '=', name)
    .where('payload', '=', JSON.stringify(payload))
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a job of `name` is waiting or running. */
export async function jobPending(db: Kysely<DB>, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('name', '=', name)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return row !== undefined;
}

/** Jobs per name and status, with the earliest due time of each group (for the metrics gauges). */
export async function queueStats(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => ['name', 'status', eb.fn.countAll<number | string>().as('count'), eb.fn.min('run_at').as('oldest')])
    .where('status', 'in', ['queued', 'running', 'failed'])
    .groupBy(['name', 'status'])
    .execute();
  return rows.map((r) => ({ name: r.name, status: r.status, count: Number(r.count), oldestRunAt: r.oldest ?? null }));
}
