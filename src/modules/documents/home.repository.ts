/** Reads behind the clerk's home queues: incoming letters of the caller's own organisation by status. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Actor } from '../tenancy/actor.ts';
import { visibleDocuments } from '../tenancy/visibility.ts';

/** The caller's organisation's incoming letters in `statuses` (visible to the caller), oldest first, and how many. */
export async function findIncomingQueue(db: Kysely<DB>, actor: Actor, statuses: string[], limit: number) {
  const base = () =>
    visibleDocuments(db.selectFrom('documents'), actor, 'documents', actor.organisationId)
      .where('documents.direction', '=', 'incoming')
      .where('documents.status', 'in', statuses);
  const [rows, total] = await Promise.all([
    base()
      .select([
        'documents.id',
        'documents.status',
        'documents.source_kind',
        'documents.subject',
        'documents.number_symbol',
        'documents.issuer_name',
        'documents.received_date',
        'documents.register_number',
        'documents.due_date',
        'documents.created_at',
      ])
      .orderBy('documents.created_at', 'asc')
      .orderBy('documents.id')
      .limit(limit)
      .execute(),
    base()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
