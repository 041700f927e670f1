/** Outsider-test objects and calls for issue 16 (ux): school A's direction settings and a draft to delete. */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

const PHRASE_MARKER = 'Bút phê mẫu riêng của trường A';

export async function loadUxObjects(db: Kysely<DB>, owned: OwnedObjects): Promise<void> {
  await db
    .insertInto('direction_settings')
    .values({
      organisation_id: owned.orgId,
      usual_leader_id: null,
      phrases_json: JSON.stringify([PHRASE_MARKER]),
      updated_by: null,
      updated_at: new Date().toISOString(),
    })
    .execute();
  owned.markers.push(PHRASE_MARKER);
}

export const UX_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/direction-settings': { expect: 'notFound', query: (o) => ({ organisationId: o.orgId }) },
  'PUT /api/direction-settings': {
    expect: 'notFound',
    body: (o) => ({ organisationId: o.orgId, phrases: ['Xâm nhập'] }),
  },
  // The outgoing draft of school A (outsider.documents.ts).
  'DELETE /api/documents/:id': { expect: 'notFound', params: (o) => ({ id: o.extra.docOutgoingId! }) },
};
