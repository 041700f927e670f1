/**
 * Called by the documents module inside the registration transaction, so that a registered
 * document's requirements become tasks atomically with the registration.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { RequestContext } from '../tenancy/actor.ts';

export async function onDocumentRegistered(_trx: Kysely<DB> | Transaction<DB>, _ctx: RequestContext, _documentId: string): Promise<void> {
  // Implemented by the direction/tasks module.
}
