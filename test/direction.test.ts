/** Present → direct → progress → complete → document completed; return and extension; who may direct; tenancy of assignees. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { onDocumentRegistered } from '../src/modules/tasks/document-hooks.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';
import { schoolCode } from '../src/network/seed-data.ts';
import { contextFor, insertDocument, multipart, userByEmail } from './direction.factory.ts';

let t: TestApp;
let clerk: Client;
let leader: Client;
let staff: Client;
let admin: Client;
let ids: Record<string, string>;

const orgId = async (code: string) =>
  (await t.database.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
const unitOf = async (email: string) => (await userByEmail(t.database.db, email)).unit_id!;
const docStatus = async (id: string) =>
  t.database.db
    .selectFrom('documents')
    .select(['status', 'completed_at', 'direction_note'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
  leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
  staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
  admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
  ids = {
    tn: await orgId(THAI_NGUYEN_CODE),
    vl: await orgId(VINH_LONG_CODE),
    leader: leader.user.id,
    staff: staff.user.id,
    clerk: clerk.user.id,
    staffUnit: await unitOf('canbo@tct-thainguyen.vn'),
    adminUnit: await unitOf('quantri@tct-thainguyen.vn'),
    vlStaff: (await userByEmail(t.database.db, 'canbo@tct-vinhlong.vn')).id,
    vlUnit: await unitOf('canbo@tct-vinhlong.vn'),
  };
});
afterAll(async () => t?.close());

describe('requirements become tasks', () => {
  it('creates one task per requirement, numbered or not, idempotently; a document without requirements gets one general task', async () => {
    const { db } = t.database;
    const doc = await insertDocument(db, ids.tn!, {
      dueDate: '2026-12-31',
      requirements: [
        { no: 1, text: 'Trình Ban Thường vụ phê duyệt Đề án xây dựng trường chính trị chuẩn', deadline: '2026-12-15' },
        { no: 2, text: 'Thực hiện Quy định 57-QĐ/TW' },
        { no: null, text: 'Báo cáo kết quả định kỳ về Học viện' },
      ],
    });
    const ctx = await contextFor(db, 'vanthu@tct-thainguyen.vn');
    expect(await onDocumentRegistered(db, ctx, doc.id)).toHaveLength(3);
    expect(await onDocumentRegistered(db, ctx, doc.id)).toHaveLength(0);
    const tasks = await db
      .selectFrom('tasks')
      .selectAll()
      .where('document_id', '=', doc.id)
      .orderBy('ordinal')
      .execute();
    expect(tasks.map((x) => [x.title, x.deadline, x.status, x.requirement_no])).toEqual([
      ['Yêu cầu 1', '2026-12-15', 'unassigned', 1],
      ['Yêu cầu 2', '2026-12-31', 'unassigned', 2],
      ['Yêu cầu (không đánh số)', '2026-12-31', 'unassigned', null],
    ]);
    expect(tasks[0]!.text).toMatch(/trường chính trị chuẩn/);
    const bare = await insertDocument(db, ids.tn!, { subject: 'V/v cử cán bộ dự tập huấn' });
    await onDocumentRegistered(db, ctx, bare.id);
    await onDocumentRegistered(db, ctx, bare.id);
    const general = await db.selectFrom('tasks').select(['title', 'text']).where('document_id', '=', bare.id).execute();
    expect(general).toEqual([{ title: 'Xử lý văn bản', text: 'V/v cử cán bộ dự tập huấn' }]);
  });
});

describe('present → direct → progress → complete', () => {
  it('runs the whole flow and completes the document with its last task', async () => {
    const doc = await insertDocument(t.database.db, ids.tn!, {
      requirements: [
        { no: 1, text: 'Xây dựng đề án', deadline: '2026-12-15' },
        { no: 2, text: 'Dừng đào tạo trực tuyến', deadline: '2026-12-20' },
      ],
    });
    const presented = await clerk.request('POST', `/api/documents/${doc.id}/present`, {
      leaderId: ids.leader,
      note: 'Kính trình đồng chí Hiệu trưởng',
    });
    expect(presented.statusCode, presented.body).toBe(200);
    expect(presented.json().document.status).toBe('presented');
    const [task1, task2] = presented.json().tasks as { id: string; title: string }[];
    expect([task1!.title, task2!.title]).toEqual(['Yêu cầu 1', 'Yêu cầu 2']);

    const bell = (await leader.request('GET', '/api/notifications')).json();
    expect(bell.items[0]).toMatchObject({ kind: 'document_presented', link: `/ban-lam-viec/van-ban/${doc.id}` });
    const desk = (await leader.request('GET', '/api/desk')).json();
    expect(desk.awaiting.map((d: { id: string }) => d.id)).toContain(doc.id);

    const direction = await leader.request('POST', `/api/documents/${doc.id}/direction`, {
      note: 'Giao Phòng Đào tạo chủ trì, Phòng Tổ chức phối hợp; báo cáo trước hạn.',
      assignments: [
        {
          taskId: task1!.id,
          lead: { userId: ids.staff },
          support: [{ unitId: ids.adminUnit }],
          info: [{ userId: ids.clerk }],
          deadline: '2026-12-10',
        },
        { requirementId: doc.requirementIds[1], lead: { unitId: ids.staffUnit } },
      ],
    });
    expect(direction.statusCode, direction.body).toBe(200);
    const sheet = direction.json();
    expect(sheet.document).toMatchObject({
      status: 'assigned',
      directionNote: expect.stringMatching(/chủ trì/),
      directedByName: 'Phạm Quốc Hùng',
    });
    const t1 = sheet.tasks.find((x: { id: string }) => x.id === task1!.id);
    expect(t1).toMatchObject({ status: 'assigned', deadline: '2026-12-10', lead: { kind: 'user', id: ids.staff } });
    expect(t1.assignees.map((a: { role: string; deadline: string | null }) => [a.role, a.deadline])).toEqual([
      ['lead', '2026-12-10'],
      ['support', '2026-12-10'],
      ['info', null],
    ]);
    expect(sheet.tasks.find((x: { id: string }) => x.id === task2!.id)).toMatchObject({
      deadline: '2026-12-20',
      lead: { kind: 'unit', id: ids.staffUnit },
    });
    expect((await leader.request('GET', '/api/desk')).json().awaiting.map((d: { id: string }) => d.id)).not.toContain(
      doc.id,
    );

    // assignees are notified: the staff member once (lead of both, in person and through the unit), the supporting unit's members, the clerk for information
    const staffBell = (await staff.request('GET', '/api/notifications')).json();
    const assigned = staffBell.items.filter((n: { kind: string }) => n.kind === 'task_assigned');
    expect(assigned).toHaveLength(1);
    expect(assigned[0].body).toMatch(/Chủ trì: Yêu cầu 1 \(hạn 10\/12\/2026\)/);
    expect((await admin.request('GET', '/api/notifications')).json().items[0]).toMatchObject({
      kind: 'task_assigned',
      link: `/viec-cua-toi/${task1!.id}`,
    });
    expect((await clerk.request('GET', '/api/notifications')).json().items[0].body).toMatch(/Để biết: Yêu cầu 1/);

    const mine = (await staff.request('GET', '/api/tasks/mine')).json();
    expect(mine.items.map((x: { id: string }) => x.id).sort()).toEqual([task1!.id, task2!.id].sort());
    expect(
      (await clerk.request('GET', '/api/tasks/mine?role=info')).json().items.map((x: { id: string }) => x.id),
    ).toEqual([task1!.id]);

    // reading a task changes nothing; acknowledging receipt is an explicit, audited POST
    const opened = (await staff.request('GET', `/api/tasks/${task1!.id}`)).json();
    expect(opened.assignees[0].acknowledgedAt).toBeNull();
    const ack = await staff.request('POST', `/api/tasks/${task1!.id}/acknowledge`);
    expect(ack.json()).toEqual({ acknowledged: 1 });
    const reopened = (await staff.request('GET', `/api/tasks/${task1!.id}`)).json();
    expect(reopened.assignees[0].acknowledgedAt).toBeTruthy();
    expect(opened.permissions).toMatchObject({ canProgress: true, canComplete: true, canDecideExtension: false });

    const progress = await staff.request('POST', `/api/tasks/${task1!.id}/progress`, {
      progress: 40,
      comment: 'Đã dự thảo đề án',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json()).toMatchObject({ status: 'in_progress', progress: 40 });
    expect((await docStatus(doc.id)).status).toBe('in_progress');
    // a supporting member comments but may not move the percentage
    expect((await admin.request('POST', `/api/tasks/${task1!.id}/progress`, { progress: 90 })).statusCode).toBe(403);
    expect(
      (await admin.request('POST', `/api/tasks/${task1!.id}/progress`, { comment: 'Phòng Tổ chức đã góp ý' }))
        .statusCode,
    ).toBe(200);
    // only the lead completes
    expect((await admin.request('POST', `/api/tasks/${task1!.id}/complete`, { resultNote: 'Xong' })).statusCode).toBe(
      403,
    );

    const upload = multipart([{ name: 'Đề án trường chuẩn.txt', type: 'text/plain', content: 'Nội dung đề án' }]);
    const files = await staff.request('POST', `/api/tasks/${task1!.id}/files`, upload.body, {
      'content-type': upload.contentType,
    });
    expect(files.statusCode, files.body).toBe(201);
    const fileId = files.json()[0].id;
    const download = await leader.request('GET', `/api/tasks/${task1!.id}/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('Nội dung đề án');
    expect(download.headers['content-disposition']).toMatch(/UTF-8''%C4%90%E1%BB%81/);
    const stored = await t.database.db
      .selectFrom('document_files')
      .selectAll()
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      kind: 'evidence',
      document_id: doc.id,
      organisation_id: ids.tn,
      size: Buffer.byteLength('Nội dung đề án'),
    });
    expect(stored.storage_path).toBe(`files/${ids.tn}/${stored.sha256}`);

    const done1 = await staff.request('POST', `/api/tasks/${task1!.id}/complete`, {
      resultNote: 'Đã trình Ban Thường vụ',
      fileIds: [fileId],
    });
    expect(done1.statusCode, done1.body).toBe(200);
    expect(done1.json()).toMatchObject({
      status: 'done',
      progress: 100,
      resultNote: 'Đã trình Ban Thường vụ',
      files: [{ id: fileId }],
    });
    expect((await docStatus(doc.id)).status).toBe('in_progress');
    expect((await leader.request('GET', '/api/notifications')).json().items[0].kind).toBe('task_completed');

    expect(
      (await staff.request('POST', `/api/tasks/${task2!.id}/complete`, { resultNote: 'Đã dừng', fileIds: [fileId] }))
        .statusCode,
    ).toBe(400);
    const done2 = await staff.request('POST', `/api/tasks/${task2!.id}/complete`, {
      resultNote: 'Đã dừng các lớp trực tuyến',
    });
    expect(done2.statusCode, done2.body).toBe(200);
    const final = await docStatus(doc.id);
    expect(final.status).toBe('completed');
    expect(final.completed_at).toBeTruthy();
    const audit = (await admin.request('GET', `/api/audit?entityId=${doc.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining([
        'document.presented',
        'document.directed',
        'document.assigned',
        'document.in_progress',
        'document.completed',
      ]),
    );
    const history = (await leader.request('GET', `/api/tasks/${task1!.id}`))
      .json()
      .events.map((e: { kind: string }) => e.kind);
    expect(history).toEqual(['created', 'assigned', 'progress', 'comment', 'file_added', 'completed']);
    const leaderDesk = (await leader.request('GET', '/api/desk')).json();
    expect(
      leaderDesk.tasks
        .filter((x: { documentId: string }) => x.documentId === doc.id)
        .map((x: { status: string }) => x.status),
    ).toEqual(['done', 'done']);
    expect(
      (
        await leader.request('POST', `/api/documents/${doc.id}/direction`, {
          note: 'x',
          assignments: [{ taskId: task1!.id, lead: { userId: ids.staff } }],
        })
      ).statusCode,
    ).toBe(409);
  });
});

describe('who may present and direct', () => {
  it('lets only leaders direct and only clerks present, to a leader of the same school', async () => {
    const doc = await insertDocument(t.database.db, ids.tn!, { requirements: [{ no: 1, text: 'Việc 1' }] });
    expect((await staff.request('POST', `/api/documents/${doc.id}/present`, { leaderId: ids.leader })).statusCode).toBe(
      403,
    );
    expect((await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: ids.staff })).statusCode).toBe(
      400,
    );
    const vlLeader = await userByEmail(t.database.db, 'hieutruong@tct-vinhlong.vn');
    expect(
      (await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: vlLeader.id })).statusCode,
    ).toBe(400);
    const sheet = (await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: ids.leader })).json();
    const body = { note: 'Giao', assignments: [{ taskId: sheet.tasks[0].id, lead: { userId: ids.staff } }] };
    for (const who of [clerk, staff, admin])
      expect((await who.request('POST', `/api/documents/${doc.id}/direction`, body)).statusCode).toBe(403);
    const academy = await loginAs(t.app, 'admin@hvctqg.vn');
    expect((await academy.request('GET', `/api/documents/${doc.id}/direction`)).statusCode).toBe(200);
    expect((await academy.request('POST', `/api/documents/${doc.id}/direction`, body)).statusCode).toBe(403);
    expect((await leader.request('POST', `/api/documents/${doc.id}/direction`, body)).statusCode).toBe(200);
    const draft = await insertDocument(t.database.db, ids.tn!, { status: 'arrived' });
    expect(
      (await clerk.request('POST', `/api/documents/${draft.id}/present`, { leaderId: ids.leader })).statusCode,
    ).toBe(409);
  });

  it('rejects assignees and tasks from elsewhere, and two leads for one task', async () => {
    const doc = await insertDocument(t.database.db, ids.tn!, { requirements: [{ no: 1, text: 'Việc 1' }] });
    const other = await insertDocument(t.database.db, ids.tn!, { requirements: [{ no: 1, text: 'Việc khác' }] });
    const sheet = (await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: ids.leader })).json();
    const otherSheet = (
      await clerk.request('POST', `/api/documents/${other.id}/present`, { leaderId: ids.leader })
    ).json();
    const taskId = sheet.tasks[0].id;
    const direct = (assignments: unknown[]) =>
      leader.request('POST', `/api/documents/${doc.id}/direction`, { note: 'Giao', assignments });
    for (const assignments of [
      [{ taskId, lead: { userId: ids.vlStaff } }],
      [{ taskId, lead: { userId: ids.staff }, support: [{ unitId: ids.vlUnit }] }],
      [{ taskId, lead: { userId: ids.staff }, info: [{ userId: ids.vlStaff }] }],
      [{ taskId: otherSheet.tasks[0].id, lead: { userId: ids.staff } }],
      [{ taskId, lead: { userId: ids.staff, unitId: ids.staffUnit } }],
      [{ taskId, lead: { userId: ids.staff }, support: [{ userId: ids.staff }] }],
      [
        { taskId, lead: { userId: ids.staff } },
        { taskId, lead: { userId: ids.clerk } },
      ],
      [{ taskId, lead: { userId: ids.staff }, deadline: '2026-02-30' }],
    ]) {
      const res = await direct(assignments);
      expect(res.statusCode, JSON.stringify(assignments)).toBe(400);
    }
    expect((await docStatus(doc.id)).status).toBe('presented');
    expect(
      await t.database.db.selectFrom('task_assignees').select('id').where('task_id', '=', taskId).execute(),
    ).toHaveLength(0);
  });
});

describe('documents inherited in the 2025 merger', () => {
  it('lets the successor school present and direct a letter registered by its 2022 predecessor, to its own people', async () => {
    const old = await orgId(schoolCode('2004', '19'));
    const doc = await insertDocument(t.database.db, old, {
      requirements: [{ no: 1, text: 'Đề án trường chuẩn', deadline: '2022-12-31' }],
    });
    const sheet = await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: ids.leader });
    expect(sheet.statusCode, sheet.body).toBe(200);
    const direction = await leader.request('POST', `/api/documents/${doc.id}/direction`, {
      note: 'Giao',
      assignments: [
        { taskId: sheet.json().tasks[0].id, lead: { unitId: ids.staffUnit }, support: [{ userId: ids.clerk }] },
      ],
    });
    expect(direction.statusCode, direction.body).toBe(200);
    expect(
      (await staff.request('GET', '/api/tasks/mine')).json().items.map((x: { documentId: string }) => x.documentId),
    ).toContain(doc.id);
    const vl = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
    expect((await vl.request('GET', `/api/documents/${doc.id}/direction`)).statusCode).toBe(404);
  });
});

describe('return and extension', () => {
  it('returns a task to the leader, who reassigns it', async () => {
    const doc = await insertDocument(t.database.db, ids.tn!, {
      requirements: [{ no: 1, text: 'Cử giảng viên', deadline: '2026-12-01' }],
    });
    const sheet = (
      await leader.request('POST', `/api/documents/${doc.id}/direction`, {
        note: 'Giao',
        assignments: [{ requirementId: doc.requirementIds[0], lead: { userId: ids.staff } }],
      })
    ).json();
    const taskId = sheet.tasks[0].id;
    expect((await staff.request('POST', `/api/tasks/${taskId}/return`, { reason: '' })).statusCode).toBe(400);
    const returned = await staff.request('POST', `/api/tasks/${taskId}/return`, {
      reason: 'Không thuộc chức năng của phòng',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().status).toBe('returned');
    expect((await leader.request('GET', '/api/notifications')).json().items[0]).toMatchObject({
      kind: 'task_returned',
      body: expect.stringMatching(/Không thuộc chức năng/),
    });
    expect(
      (await leader.request('GET', '/api/desk')).json().tasks.find((x: { id: string }) => x.id === taskId).status,
    ).toBe('returned');
    expect((await staff.request('POST', `/api/tasks/${taskId}/progress`, { progress: 10 })).statusCode).toBe(409);
    const again = await leader.request('POST', `/api/documents/${doc.id}/direction`, {
      note: 'Giao lại Văn phòng',
      assignments: [{ taskId, lead: { unitId: ids.adminUnit } }],
    });
    expect(again.statusCode, again.body).toBe(200);
    const task = (await admin.request('GET', `/api/tasks/${taskId}`)).json();
    expect(task).toMatchObject({ status: 'assigned', lead: { kind: 'unit', id: ids.adminUnit }, myRoles: ['lead'] });
    expect(task.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'assigned', 'returned', 'reassigned']);
    expect((await staff.request('GET', '/api/tasks/mine')).json().items.map((x: { id: string }) => x.id)).not.toContain(
      taskId,
    );
  });

  it('asks for more time; the leader refuses, then grants', async () => {
    const doc = await insertDocument(t.database.db, ids.tn!, {
      requirements: [{ no: 1, text: 'Tổng kết', deadline: '2026-12-01' }],
    });
    const sheet = (
      await leader.request('POST', `/api/documents/${doc.id}/direction`, {
        note: 'Giao',
        assignments: [
          {
            requirementId: doc.requirementIds[0],
            lead: { userId: ids.staff },
            support: [{ userId: ids.clerk }, { unitId: ids.adminUnit, deadline: '2026-11-28' }],
          },
        ],
      })
    ).json();
    const taskId = sheet.tasks[0].id;
    expect(
      (await staff.request('POST', `/api/tasks/${taskId}/extension`, { newDeadline: '2026-11-30', reason: 'Sớm hơn' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await admin.request('POST', `/api/tasks/${taskId}/extension`, { newDeadline: '2026-12-15', reason: 'Phối hợp' }))
        .statusCode,
    ).toBe(403);
    const asked = await staff.request('POST', `/api/tasks/${taskId}/extension`, {
      newDeadline: '2026-12-15',
      reason: 'Chờ số liệu của các khoa',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().pendingExtension).toMatchObject({
      newDeadline: '2026-12-15',
      reason: 'Chờ số liệu của các khoa',
    });
    expect(
      (await staff.request('POST', `/api/tasks/${taskId}/extension`, { newDeadline: '2026-12-20', reason: 'Lần nữa' }))
        .statusCode,
    ).toBe(409);
    expect((await leader.request('GET', '/api/notifications')).json().items[0].kind).toBe('task_extension_requested');
    expect((await clerk.request('POST', `/api/tasks/${taskId}/extension/decide`, { approve: true })).statusCode).toBe(
      403,
    );
    const refused = await leader.request('POST', `/api/tasks/${taskId}/extension/decide`, {
      approve: false,
      note: 'Cần đúng hạn',
    });
    expect(refused.json()).toMatchObject({ deadline: '2026-12-01', pendingExtension: null });
    expect((await staff.request('GET', '/api/notifications')).json().items[0]).toMatchObject({
      kind: 'task_extension_refused',
    });
    expect((await leader.request('POST', `/api/tasks/${taskId}/extension/decide`, { approve: true })).statusCode).toBe(
      409,
    );
    await staff.request('POST', `/api/tasks/${taskId}/extension`, { newDeadline: '2026-12-10', reason: 'Chờ số liệu' });
    const granted = (
      await leader.request('POST', `/api/tasks/${taskId}/extension/decide`, { approve: true, note: 'Đồng ý' })
    ).json();
    expect(granted.deadline).toBe('2026-12-10');
    expect(granted.assignees.map((a: { role: string; deadline: string | null }) => [a.role, a.deadline])).toEqual([
      ['lead', '2026-12-10'],
      ['support', '2026-12-10'],
      ['support', '2026-11-28'],
    ]);
    expect(granted.events.map((e: { kind: string }) => e.kind).slice(-4)).toEqual([
      'extension_requested',
      'extension_refused',
      'extension_requested',
      'extension_granted',
    ]);
  });

  it('lets the clerk correct an extracted deadline, not a staff member', async () => {
    const doc = await insertDocument(t.database.db, ids.tn!, {
      requirements: [{ no: 1, text: 'Báo cáo', deadline: '2026-06-31' }],
    });
    const sheet = (await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: ids.leader })).json();
    const taskId = sheet.tasks[0].id;
    expect((await staff.request('PATCH', `/api/tasks/${taskId}`, { deadline: '2026-06-30' })).statusCode).toBe(403);
    const fixed = await clerk.request('PATCH', `/api/tasks/${taskId}`, {
      deadline: '2026-06-30',
      title: 'Yêu cầu 1: báo cáo',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ deadline: '2026-06-30', title: 'Yêu cầu 1: báo cáo' });
    expect((await clerk.request('PATCH', `/api/tasks/${taskId}`, { deadline: '2026-02-30' })).statusCode).toBe(400);
  });
});
