/**
 * Issue 18 (several app nodes): a job may carry a dedupe key, unique while set. Each node's scheduler queues
 * the daily jobs of a date; with a check-then-insert, two nodes starting together both saw "not queued yet"
 * and queued the digest twice. Now the insert itself refuses the second (`ON CONFLICT DO NOTHING`). Several
 * NULLs never collide (SQL semantics on both engines), so ordinary jobs are unaffected.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('dedupe_key', 'text').execute();
  await db.schema.createIndex('jobs_dedupe_key_uq').on('jobs').column('dedupe_key').unique().execute();
}
