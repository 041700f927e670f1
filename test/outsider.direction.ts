/** Outsider-test objects for direction and tasks: a Thái Nguyên document presented, directed, with a result file and a notification. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import { addDays, vietnamToday } from '../src/lib/dates.ts';
import type { RequestContext, Role } from '../src/modules/tenancy/actor.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

async function contextOf(db: Kysely<DB>, email: string): Promise<RequestContext> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'unit_id', 'role', 'full_name'])
    .where('email', '=', email)
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

export async function loadDirectionObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const clerk = await contextOf(db, 'vanthu@tct-thainguyen.vn');
  const leader = await contextOf(db, 'hieutruong@tct-thainguyen.vn');
  const staff = await contextOf(db, 'canbo@tct-thainguyen.vn');
  const now = new Date().toISOString();
  const soon = addDays(vietnamToday(), 3);
  const documentId = randomUUID();
  await db
    .insertInto('documents')
    .values({
      id: documentId,
      organisation_id: owned.orgId,
      direction: 'incoming',
      status: 'registered',
      source_kind: 'manual',
      subject: 'Văn bản riêng của trường A (kiểm thử người ngoài)',
      number_symbol: '999-CV/KTNN',
      recipients_json: '[]',
      created_at: now,
      updated_at: now,
      search_text: '',
    })
    .execute();
  await db
    .insertInto('requirements')
    .values({
      id: randomUUID(),
      document_id: documentId,
      organisation_id: owned.orgId,
      ordinal: 1,
      no: 1,
      text: 'Việc riêng của trường A',
      deadline: soon,
      created_at: now,
    })
    .execute();
  const { direction } = modules.tasks.services;
  const presented = await direction.present(clerk, documentId, { leaderId: leader.actor.userId, note: null });
  const taskId = presented.tasks[0]!.id;
  await direction.direct(leader, documentId, {
    note: 'Giao phòng thực hiện',
    assignments: [{ taskId, lead: { userId: staff.actor.userId }, deadline: soon }],
  });
  const fileId = randomUUID();
  await db
    .insertInto('document_files')
    .values({
      id: fileId,
      document_id: documentId,
      organisation_id: owned.orgId,
      kind: 'evidence',
      file_name: 'ket-qua.txt',
      content_type: 'text/plain',
      size: 2,
      sha256: '0',
      storage_path: '/nonexistent',
      created_by: staff.actor.userId,
      created_at: now,
    })
    .execute();
  await db
    .insertInto('task_files')
    .values({ task_id: taskId, file_id: fileId, organisation_id: owned.orgId, created_at: now })
    .execute();
  const notification = await db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', leader.actor.userId)
    .executeTakeFirstOrThrow();
  Object.assign(owned.extra, {
    documentId,
    taskId,
    fileId,
    notificationId: notification.id,
    leaderId: leader.actor.userId,
    staffId: staff.actor.userId,
  });
  owned.markers.push(documentId, taskId, notification.id, 'Văn bản riêng của trường A');
}

const task = (o: OwnedObjects) => ({ id: o.extra.taskId! });
const doc = (o: OwnedObjects) => ({ id: o.extra.documentId! });
export const DIRECTION_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'POST /api/documents/:id/present': {
    expect: 'notFound',
    params: doc,
    body: (o) => ({ leaderId: o.extra.leaderId! }),
  },
  'GET /api/documents/:id/direction': { expect: 'notFound', params: doc },
  'POST /api/documents/:id/direction': {
    expect: 'notFound',
    params: doc,
    body: (o) => ({ note: 'Xâm nhập', assignments: [{ taskId: o.extra.taskId!, lead: { userId: o.extra.staffId! } }] }),
  },
  'GET /api/desk': { expect: 'noLeak', query: (o) => ({ organisationId: o.orgId, includeDone: 'true' }) },
  'GET /api/tasks/mine': { expect: 'noLeak', query: () => ({ status: 'all' }) },
  'GET /api/tasks/:id': { expect: 'notFound', params: task },
  'PATCH /api/tasks/:id': { expect: 'notFound', params: task, body: () => ({ deadline: '2031-01-01' }) },
  'POST /api/tasks/:id/progress': {
    expect: 'notFound',
    params: task,
    body: () => ({ progress: 50, comment: 'Xâm nhập' }),
  },
  'POST /api/tasks/:id/files': { expect: 'notFound', params: task, body: () => ({}) },
  'POST /api/tasks/:id/acknowledge': { expect: 'notFound', params: task },
  'GET /api/tasks/:id/files/:fileId': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.taskId!, fileId: o.extra.fileId! }),
  },
  'POST /api/tasks/:id/complete': { expect: 'notFound', params: task, body: () => ({ resultNote: 'Xâm nhập' }) },
  'POST /api/tasks/:id/return': { expect: 'notFound', params: task, body: () => ({ reason: 'Xâm nhập' }) },
  'POST /api/tasks/:id/extension': {
    expect: 'notFound',
    params: task,
    body: () => ({ newDeadline: '2031-01-01', reason: 'Xâm nhập' }),
  },
  'POST /api/tasks/:id/extension/decide': { expect: 'notFound', params: task, body: () => ({ approve: true }) },
  'GET /api/deadlines': {
    expect: 'noLeak',
    query: (o) => ({ scope: 'organisation', organisationId: o.orgId, window: '30' }),
  },
  'GET /api/notifications': { expect: 'noLeak' },
  'POST /api/notifications/:id/read': { expect: 'notFound', params: (o) => ({ id: o.extra.notificationId! }) },
};
