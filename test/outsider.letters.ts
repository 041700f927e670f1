/** Outsider-test objects for outgoing letters: a draft of school A and a certificate of school A. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import { PARTY_REPLY_TO_2174 } from '../src/letters/test-letters.ts';
import type { Modules } from '../src/modules/index.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

export async function loadLetterObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const staff = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'unit_id'])
    .where('email', '=', 'canbo@tct-thainguyen.vn')
    .executeTakeFirstOrThrow();
  const ctx: RequestContext = {
    actor: {
      userId: staff.id,
      organisationId: staff.organisation_id,
      unitId: staff.unit_id,
      role: 'staff',
      fullName: 'Kiểm thử',
      scope: { kind: 'orgs', organisationIds: [staff.organisation_id] },
    },
    requestId: 'outsider-fixture',
  };
  const letterId = await modules.letters.services.letters.createLetter(ctx, {
    letter: { ...PARTY_REPLY_TO_2174, subject: 'Thư riêng của trường A về kế hoạch 7781' },
  });
  const certificateId = randomUUID();
  await db
    .insertInto('signing_certificates')
    .values({
      id: certificateId,
      organisation_id: staff.organisation_id,
      user_id: null,
      kind: 'organisation',
      p12_base64: 'AAAA',
      subject: 'CN=Trường A 7781',
      issuer: 'CN=TCT Demo CA',
      serial: '7781',
      valid_from: '2021-01-01T00:00:00.000Z',
      valid_to: '2030-01-01T00:00:00.000Z',
      fingerprint: '77:81',
      uploaded_by: null,
      created_at: new Date().toISOString(),
      revoked_at: null,
    })
    .execute();
  owned.extra.letterId = letterId;
  owned.extra.certificateId = certificateId;
  owned.markers.push(letterId, certificateId, 'kế hoạch 7781');
}

const letter = (o: OwnedObjects) => ({ id: o.extra.letterId! });
const signBody = (o: OwnedObjects) => ({ certificateId: o.extra.certificateId!, passphrase: 'x' });
export const LETTER_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/letters': { expect: 'noLeak' },
  'POST /api/letters': { expect: 'notFound', body: (o) => ({ answersDocumentId: o.extra.docRegisteredId! }) },
  'GET /api/letters/colleagues': { expect: 'noLeak' },
  'GET /api/letters/:id': { expect: 'notFound', params: letter },
  'PATCH /api/letters/:id': { expect: 'notFound', params: letter, body: () => ({ letter: PARTY_REPLY_TO_2174 }) },
  'GET /api/letters/:id/versions': { expect: 'notFound', params: letter },
  'GET /api/letters/:id/versions/:version': { expect: 'notFound', params: (o) => ({ ...letter(o), version: '1' }) },
  'POST /api/letters/:id/submit': {
    expect: 'notFound',
    params: letter,
    body: (o) => ({ reviewerId: o.clerkId, signerId: o.clerkId }),
  },
  'POST /api/letters/:id/comment': { expect: 'notFound', params: letter, body: () => ({ comment: 'Xâm nhập' }) },
  'POST /api/letters/:id/return': { expect: 'notFound', params: letter, body: () => ({ comment: 'Xâm nhập' }) },
  'POST /api/letters/:id/approve': { expect: 'notFound', params: letter, body: () => ({}) },
  'POST /api/letters/:id/sign': { expect: 'notFound', params: letter, body: signBody },
  'POST /api/letters/:id/issue': { expect: 'notFound', params: letter, body: signBody },
  'GET /api/letters/:id/file.pdf': { expect: 'notFound', params: letter },
  'GET /api/letters/:id/file.docx': { expect: 'notFound', params: letter },
  'GET /api/signing-certificates': { expect: 'noLeak' },
  'POST /api/signing-certificates': {
    expect: 'notFound',
    body: (o) => ({ kind: 'personal', userId: o.clerkId, p12Base64: 'AAAA', passphrase: 'x' }),
  },
  'DELETE /api/signing-certificates/:id': { expect: 'notFound', params: (o) => ({ id: o.extra.certificateId! }) },
  'GET /api/documents/:id/signatures': { expect: 'notFound', params: (o) => ({ id: o.extra.docRegisteredId! }) },
};
