/** Queries for the per-school direction settings (usual leader, stock bút phê phrases). */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

export function findDirectionSettings(db: Q, organisationId: string) {
  return db
    .selectFrom('direction_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function upsertDirectionSettings(db: Q, row: DB['direction_settings']) {
  const updated = await db
    .updateTable('direction_settings')
    .set({
      usual_leader_id: row.usual_leader_id,
      phrases_json: row.phrases_json,
      updated_by: row.updated_by,
      updated_at: row.updated_at,
    })
    .where('organisation_id', '=', row.organisation_id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await db.insertInto('direction_settings').values(row).execute();
}

/** The active leaders of an organisation, by name. */
export function findActiveLeaders(db: Q, organisationId: string, roles: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'full_name', 'title'])
    .where('organisation_id', '=', organisationId)
    .where('role', 'in', [...roles])
    .where('active', '=', 1)
    .orderBy('full_name')
    .execute();
}

/** The leader the organisation's documents were last presented to. */
export async function findLastPresentedLeader(db: Q, organisationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('document_presentations')
    .select('presented_to')
    .where('organisation_id', '=', organisationId)
    .orderBy('presented_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.presented_to ?? null;
}
