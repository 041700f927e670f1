/**
 * The 2025 merger in tenancy terms: a merged school inherits the records of the schools it succeeded,
 * so its reach is itself plus every predecessor, transitively. Used to build an actor's scope at
 * sign-in (auth) and an organisation's reach when linking documents (documents).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

/** All organisations this one succeeded, transitively. */
export async function findSuccessionAncestors(
  db: Kysely<DB> | Transaction<DB>,
  organisationId: string,
): Promise<string[]> {
  const seen = new Set<string>();
  let frontier = [organisationId];
  while (frontier.length) {
    const rows = await db
      .selectFrom('organisation_successions')
      .select('predecessor_id')
      .where('successor_id', 'in', frontier)
      .execute();
    frontier = rows.map((r) => r.predecessor_id).filter((id) => !seen.has(id) && id !== organisationId);
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** An organisation and the schools it succeeded: the organisations whose records it holds. */
export async function organisationReach(db: Kysely<DB> | Transaction<DB>, organisationId: string): Promise<string[]> {
  return [organisationId, ...(await findSuccessionAncestors(db, organisationId))];
}
