/**
 * A Tối mật letter in school A (Thái Nguyên), taken through its whole handling: delivered and registered
 * in the confidential register (with a file and a pending link), presented to the director with a note,
 * directed with a bút phê — requirement 1 to a named staff member, requirement 2 to the director — with a
 * result file on task 1; plus a confidential letter still waiting for registration and a confidential
 * outgoing draft. Returns the same shape as the outsider fixtures, with these objects in place of the
 * ordinary ones, so every route's call can be replayed against them.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import { hashPassword } from '../src/modules/auth/password.ts';
import { insertDocument, insertFile, newDocumentRow } from '../src/modules/documents/documents.repository.ts';
import type { Modules } from '../src/modules/index.ts';
import { DEMO_PASSWORD } from '../src/seed/seed-demo.ts';
import { contextFor } from './direction.factory.ts';
import type { OwnedObjects } from './outsider.fixtures.ts';

export const NAMED_EMAIL = 'canbo.mat@tct-thainguyen.vn';
export const SECRET = {
  subject: 'Phương án bảo vệ bí mật nhà nước mốc 4471',
  symbol: '4471-CV/TU',
  note: 'Kính trình đồng chí Hiệu trưởng văn bản mật mốc 4471',
  direction: 'Giao đồng chí Mật chủ trì; Hiệu trưởng trực tiếp theo dõi mốc 4471',
  requirement1: 'Rà soát danh mục bí mật mốc 4471',
  requirement2: 'Báo cáo Ban Thường vụ mốc 4471',
};

export type ConfidentialObjects = {
  /** The ordinary objects with the confidential ones in their place. */
  conf: OwnedObjects;
  documentId: string;
  namedTaskId: string;
  directorTaskId: string;
  namedUserId: string;
};

/** The staff member the director will name on task 1 (an ordinary colleague until then). */
export async function createNamedPerson(db: Kysely<DB>, owned: OwnedObjects): Promise<string> {
  const now = new Date().toISOString();
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      organisation_id: owned.orgId,
      unit_id: owned.unitId,
      email: NAMED_EMAIL,
      full_name: 'Nguyễn Văn Mật',
      title: 'Chuyên viên',
      role: 'staff',
      password_hash: await hashPassword(DEMO_PASSWORD),
      active: 1,
      failed_logins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
      last_login_at: null,
    })
    .execute();
  return id;
}

export async function loadConfidentialObjects(
  db: Kysely<DB>,
  owned: OwnedObjects,
  modules: Modules,
  namedUserId: string,
): Promise<ConfidentialObjects> {
  const clerk = await contextFor(db, 'vanthu@tct-thainguyen.vn');
  const leader = await contextFor(db, 'hieutruong@tct-thainguyen.vn');
  const now = new Date().toISOString();

  const { deliverArrival, registerInTransaction } = modules.documents.ports;
  const base = {
    organisationId: owned.orgId,
    issuerName: 'Tỉnh ủy Thái Nguyên',
    documentDate: '2026-02-02',
    typeCode: 'CV',
    typeName: 'Công văn',
    confidentiality: 'Tối mật',
  };
  const { documentId, arrivedId } = await db.transaction().execute(async (trx) => {
    const registered = await deliverArrival(trx, clerk, {
      ...base,
      numberSymbol: SECRET.symbol,
      subject: SECRET.subject,
      references: [{ numberSymbol: '4470-CV/TU', date: null }],
      requirements: [
        { no: 1, text: SECRET.requirement1, deadline: '2026-02-10' },
        { no: 2, text: SECRET.requirement2, deadline: '2026-02-20' },
      ],
    });
    await registerInTransaction(trx, clerk, registered, { receivedDate: '2026-02-03' });
    const arrived = await deliverArrival(trx, clerk, {
      ...base,
      numberSymbol: '4472-CV/TU',
      subject: `${SECRET.subject} (chờ vào sổ)`,
    });
    return { documentId: registered, arrivedId: arrived };
  });
  const outgoing = newDocumentRow({
    organisation_id: owned.orgId,
    direction: 'outgoing',
    status: 'draft',
    source_kind: 'manual',
    family: 'party',
    type_code: 'CV',
    type_name: 'Công văn',
    subject: `${SECRET.subject} (văn bản đi)`,
    issuer_name: 'Trường Chính trị tỉnh Thái Nguyên',
    confidentiality: 'Tối mật',
    created_by: clerk.actor.userId,
  });
  await insertDocument(db, outgoing);
  const docFileId = await insertFile(db, {
    document_id: documentId,
    organisation_id: owned.orgId,
    kind: 'original',
    file_name: 'van-ban-mat.pdf',
    content_type: 'application/pdf',
    size: 4,
    sha256: '0',
    storage_path: '/nonexistent/van-ban-mat.pdf',
    created_by: clerk.actor.userId,
  });

  const { direction } = modules.tasks.services;
  const presented = await direction.present(clerk, documentId, { leaderId: leader.actor.userId, note: SECRET.note });
  const [first, second] = presented.tasks;
  await direction.direct(leader, documentId, {
    note: SECRET.direction,
    assignments: [
      { taskId: first!.id, lead: { userId: namedUserId } },
      { taskId: second!.id, lead: { userId: leader.actor.userId } },
    ],
  });
  const taskFileId = randomUUID();
  await db
    .insertInto('document_files')
    .values({
      id: taskFileId,
      document_id: documentId,
      organisation_id: owned.orgId,
      kind: 'evidence',
      file_name: 'ket-qua-mat.txt',
      content_type: 'text/plain',
      size: 2,
      sha256: '0',
      storage_path: '/nonexistent',
      created_by: namedUserId,
      created_at: now,
    })
    .execute();
  await db
    .insertInto('task_files')
    .values({ task_id: first!.id, file_id: taskFileId, organisation_id: owned.orgId, created_at: now })
    .execute();
  const link = await db
    .selectFrom('document_links')
    .select('id')
    .where('from_document_id', '=', documentId)
    .executeTakeFirstOrThrow();
  const notification = await db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', leader.actor.userId)
    .where('title', 'like', `%${SECRET.symbol}%`)
    .executeTakeFirstOrThrow();

  const ids = {
    documentId,
    docRegisteredId: documentId,
    directiveDocumentId: documentId,
    docArrivedId: arrivedId,
    docOutgoingId: outgoing.id,
    docFileId,
    docLinkId: link.id,
    taskId: first!.id,
    fileId: taskFileId,
    notificationId: notification.id,
  };
  const markers = [
    ...Object.values(ids),
    second!.id,
    SECRET.subject,
    SECRET.symbol,
    SECRET.note,
    SECRET.direction,
    SECRET.requirement1,
    SECRET.requirement2,
    'mốc 4471',
  ];
  return {
    conf: { ...owned, extra: { ...owned.extra, ...ids }, markers },
    documentId,
    namedTaskId: first!.id,
    directorTaskId: second!.id,
    namedUserId,
  };
}
