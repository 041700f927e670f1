/**
 * Outsider-test objects for documents and registers: a registered Thái Nguyên incoming document (with
 * a file, a requirement and a pending `cites` link), an arrived one waiting to be registered and an
 * outgoing draft.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import { insertDocument, insertFile, newDocumentRow } from '../src/modules/documents/documents.repository.ts';
import type { RequestContext, Role } from '../src/modules/tenancy/actor.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

const SUBJECT_MARKER = 'Kế hoạch riêng của trường A mốc 7319';

async function clerkContext(db: Kysely<DB>): Promise<RequestContext> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'unit_id', 'role', 'full_name'])
    .where('email', '=', 'vanthu@tct-thainguyen.vn')
    .executeTakeFirstOrThrow();
  return {
    actor: {
      userId: u.id,
      organisationId: u.organisation_id,
      unitId: u.unit_id,
      role: u.role as Role,
      fullName: u.full_name,
      scope: { kind: 'orgs', organisationIds: [u.organisation_id] },
    },
    requestId: 'outsider-fixture',
  };
}

export async function loadDocumentObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const { deliverArrival, registerInTransaction } = modules.documents.ports;
  const ctx = await clerkContext(db);
  const base = {
    organisationId: owned.orgId,
    issuerName: 'Tỉnh ủy Thái Nguyên',
    documentDate: '2026-01-05',
    typeCode: 'KH',
    typeName: 'Kế hoạch',
  };
  const { registeredId, arrivedId } = await db.transaction().execute(async (trx) => {
    const registered = await deliverArrival(trx, ctx, {
      ...base,
      numberSymbol: '7319-KH/TU',
      subject: SUBJECT_MARKER,
      references: [{ numberSymbol: '7318-CV/TU', date: null }],
      requirements: [{ no: 1, text: 'Việc riêng của trường A (văn bản đến)', deadline: '2026-03-31' }],
    });
    await registerInTransaction(trx, ctx, registered, { receivedDate: '2026-01-06' });
    const arrived = await deliverArrival(trx, ctx, {
      ...base,
      numberSymbol: '7320-KH/TU',
      subject: `${SUBJECT_MARKER} (chờ vào sổ)`,
    });
    return { registeredId: registered, arrivedId: arrived };
  });
  const outgoing = newDocumentRow({
    organisation_id: owned.orgId,
    direction: 'outgoing',
    status: 'draft',
    source_kind: 'manual',
    family: 'party',
    type_code: 'CV',
    type_name: 'Công văn',
    subject: `${SUBJECT_MARKER} (văn bản đi)`,
    issuer_name: 'Trường Chính trị tỉnh Thái Nguyên',
    created_by: ctx.actor.userId,
  });
  await insertDocument(db, outgoing);
  const fileId = await insertFile(db, {
    document_id: registeredId,
    organisation_id: owned.orgId,
    kind: 'original',
    file_name: 'ke-hoach.pdf',
    content_type: 'application/pdf',
    size: 4,
    sha256: '0',
    storage_path: '/nonexistent/ke-hoach.pdf',
    created_by: ctx.actor.userId,
  });
  const link = await db
    .selectFrom('document_links')
    .select('id')
    .where('from_document_id', '=', registeredId)
    .executeTakeFirstOrThrow();
  Object.assign(owned.extra, {
    docRegisteredId: registeredId,
    docArrivedId: arrivedId,
    docOutgoingId: outgoing.id,
    docFileId: fileId,
    docLinkId: link.id,
  });
  owned.markers.push(registeredId, arrivedId, outgoing.id, fileId, link.id, SUBJECT_MARKER, '7319-KH/TU');
}

const registered = (o: OwnedObjects) => ({ id: o.extra.docRegisteredId! });
const arrived = (o: OwnedObjects) => ({ id: o.extra.docArrivedId! });
const org = (o: OwnedObjects) => ({ organisationId: o.orgId });

export const DOCUMENT_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/documents/search': {
    expect: 'noLeak',
    query: (o) => ({ q: 'rieng cua truong A moc 7319', organisationId: o.orgId }),
  },
  'POST /api/documents/manual': {
    expect: 'notFound',
    body: (o) => ({ organisationId: o.orgId, issuerName: 'Xâm nhập', subject: 'Xâm nhập' }),
  },
  'POST /api/documents/import-edxml': { expect: 'notFound', query: org, body: () => ({}) },
  'POST /api/documents/outgoing': {
    expect: 'notFound',
    body: (o) => ({
      organisationId: o.orgId,
      family: 'party',
      typeCode: 'CV',
      typeName: 'Công văn',
      subject: 'Xâm nhập',
      recipients: [],
    }),
  },
  'GET /api/documents/:id': { expect: 'notFound', params: registered },
  'PATCH /api/documents/:id': { expect: 'notFound', params: arrived, body: () => ({ subject: 'Xâm nhập' }) },
  'GET /api/documents/:id/files/:fileId': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.docRegisteredId!, fileId: o.extra.docFileId! }),
  },
  'POST /api/documents/:id/register': {
    expect: 'notFound',
    params: arrived,
    body: () => ({ receivedDate: '2026-01-07', confirmDuplicate: true }),
  },
  'POST /api/documents/:id/issue': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.docOutgoingId! }),
    body: () => ({}),
  },
  'POST /api/documents/:id/links': {
    expect: 'notFound',
    params: registered,
    body: () => ({ kind: 'cites', toNumberSymbol: '1-CV/XN' }),
  },
  'DELETE /api/documents/:id/links/:linkId': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.docRegisteredId!, linkId: o.extra.docLinkId! }),
  },
  'GET /api/documents/:id/export-edxml': { expect: 'notFound', params: registered },
  'POST /api/intake/uploads': { expect: 'notFound', query: org, body: () => ({}) },
  'GET /api/intake/uploads/:id': { expect: 'notFound', params: arrived },
  'POST /api/intake/text': {
    expect: 'notFound',
    body: (o) => ({
      organisationId: o.orgId,
      text: 'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH\nSố 1-CV/HVCTQG\nV/v xâm nhập',
    }),
  },
  'GET /api/registers/incoming': { expect: 'noLeak', query: org },
  'GET /api/registers/outgoing': { expect: 'noLeak', query: org },
  'GET /api/registers/incoming/print': {
    expect: 'notFound',
    query: (o) => ({ organisationId: o.orgId, from: '2026-01-01', to: '2026-12-31' }),
  },
  'GET /api/registers/settings': { expect: 'notFound', query: org },
  'PUT /api/registers/settings': { expect: 'notFound', body: (o) => ({ organisationId: o.orgId, symbolAbbr: 'XN' }) },
};
