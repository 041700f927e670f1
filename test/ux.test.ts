/**
 * Issue 16 (a clerk's and a director's day): register and present in one go, the usual leader and the
 * stock bút phê phrases per school, a double submission changing nothing, mistaken drafts deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { DEFAULT_PHRASES } from '../src/modules/tasks/direction-settings.service.ts';
import { schoolCode } from '../src/network/seed-data.ts';
import { insertDocument } from './direction.factory.ts';

let t: TestApp;
let clerk: Client;
let leader: Client;
let staff: Client;
let outsiderLeader: Client;

const count = async (table: 'document_presentations' | 'task_events', column: string, value: string) =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .where(column as never, '=', value as never)
        .executeTakeFirstOrThrow()
    ).n,
  );
const audits = (action: string, entityId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['action', 'before_json', 'after_json'])
    .where('action', '=', action)
    .where('entity_id', '=', entityId)
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
  leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
  staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
  outsiderLeader = await loginAs(t.app, 'hieutruong@tct-vinhlong.vn');
});
afterAll(async () => t?.close());

describe('direction settings: the usual leader and stock bút phê phrases', () => {
  it('offers the school’s leaders and TCT’s phrases until the school sets its own', async () => {
    const res = await clerk.request('GET', '/api/direction-settings');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.leaders.map((l: { id: string }) => l.id)).toContain(leader.user.id);
    expect(body.leaders.map((l: { id: string }) => l.id)).not.toContain(staff.user.id);
    expect(body.phrases).toEqual(DEFAULT_PHRASES);
    expect(body.phrasesAreDefault).toBe(true);
  });

  it('lets a leader set them (audited); a clerk may not; a non-leader as usual leader is refused and changes nothing', async () => {
    const put = (who: Client, body: unknown) => who.request('PUT', '/api/direction-settings', body);
    expect((await put(clerk, { phrases: ['Giao Phòng Đào tạo.'] })).statusCode).toBe(403);
    expect((await put(leader, { usualLeaderId: staff.user.id, phrases: ['x'] })).statusCode).toBe(400);
    expect((await clerk.request('GET', '/api/direction-settings')).json().phrasesAreDefault).toBe(true);
    expect((await put(outsiderLeader, { organisationId: clerk.user.organisation.id, phrases: ['x'] })).statusCode).toBe(
      404,
    );

    const ok = await put(leader, { usualLeaderId: leader.user.id, phrases: [' Giao Phòng Đào tạo chủ trì. '] });
    expect(ok.statusCode).toBe(200);
    const got = (await clerk.request('GET', '/api/direction-settings')).json();
    expect(got).toMatchObject({
      usualLeaderId: leader.user.id,
      usualLeaderSource: 'setting',
      phrases: ['Giao Phòng Đào tạo chủ trì.'],
      phrasesAreDefault: false,
    });
    expect(await audits('direction_settings.updated', clerk.user.organisation.id)).toHaveLength(1);
  });
});

describe('register and present in one go; a second click changes nothing', () => {
  it('a manual letter is registered, then presented to the usual leader, who is notified once', async () => {
    const created = await clerk.request('POST', '/api/documents/manual', {
      issuerName: 'Ban Tuyên giáo Tỉnh ủy',
      numberSymbol: '88-CV/BTGTU',
      documentDate: '2026-11-30',
      subject: 'V/v tổ chức hội nghị học tập nghị quyết (kiểm thử ux)',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const reg = await clerk.request('POST', `/api/documents/${id}/register`, { receivedDate: '2026-12-01' });
    expect(reg.statusCode).toBe(200);
    // A double click on "Vào sổ và trình": the register call is refused the second time…
    expect(
      (await clerk.request('POST', `/api/documents/${id}/register`, { receivedDate: '2026-12-01' })).statusCode,
    ).toBe(409);
    // …and presenting twice to the same leader records one presentation and one notification.
    const [a, b] = await Promise.all([
      clerk.request('POST', `/api/documents/${id}/present`, { leaderId: leader.user.id }),
      clerk.request('POST', `/api/documents/${id}/present`, { leaderId: leader.user.id }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((a.statusCode === 409 ? a : b).json().error.message).toMatch(/đang chờ ý kiến chỉ đạo/);
    expect(await count('document_presentations', 'document_id', id)).toBe(1);
    expect(await audits('document.presentation_added', id)).toHaveLength(1);
    const notes = await t.database.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', leader.user.id)
      .where('kind', '=', 'document_presented')
      .where('link', 'like', `%${id}%`)
      .execute();
    expect(notes).toHaveLength(1);
    expect((a.statusCode === 200 ? a : b).json().document.status).toBe('presented');
  });

  it('the direction is written over the state the form saw: a second submission is refused and changes nothing', async () => {
    const { db } = t.database;
    const doc = await insertDocument(db, clerk.user.organisation.id, {
      requirements: [
        { no: 1, text: 'Xây dựng kế hoạch tổ chức lớp bồi dưỡng' },
        { no: 2, text: 'Báo cáo kết quả về Học viện' },
      ],
    });
    await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: leader.user.id });
    const sheet = (await leader.request('GET', `/api/documents/${doc.id}/direction`)).json();
    expect(sheet.tasks).toHaveLength(2);
    // The whole letter in one step: every task, one lead.
    const body = {
      note: 'Giao đồng chí cán bộ chủ trì.',
      ifDirectedAt: null,
      assignments: sheet.tasks.map((task: { id: string }) => ({
        taskId: task.id,
        lead: { userId: staff.user.id },
        deadline: '2027-01-15',
      })),
    };
    const first = await leader.request('POST', `/api/documents/${doc.id}/direction`, body);
    expect(first.statusCode).toBe(200);
    expect(first.json().tasks.every((task: { status: string }) => task.status === 'assigned')).toBe(true);
    const events = await count('task_events', 'task_id', sheet.tasks[0].id);
    const second = await leader.request('POST', `/api/documents/${doc.id}/direction`, body);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/vừa được cho ý kiến chỉ đạo/);
    expect(await count('task_events', 'task_id', sheet.tasks[0].id)).toBe(events);
    expect(await audits('document.directed', doc.id)).toHaveLength(1);
    // Over the current state it goes through (a deliberate change).
    const again = await leader.request('POST', `/api/documents/${doc.id}/direction`, {
      ...body,
      ifDirectedAt: first.json().document.directedAt,
    });
    expect(again.statusCode).toBe(200);
    // After the direction, presenting again is a new presentation (a reminder), not a no-op.
    await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: leader.user.id });
    expect(await count('document_presentations', 'document_id', doc.id)).toBe(2);
  });
});

describe('mistaken drafts can be deleted', () => {
  const outgoing = (who: Client, subject: string) =>
    who.request('POST', '/api/documents/outgoing', {
      family: 'party',
      typeCode: 'CV',
      typeName: 'Công văn',
      subject,
      recipients: ['Học viện Chính trị quốc gia Hồ Chí Minh'],
    });

  it('by their author or the clerk, audited; not by another staff member, not once registered', async () => {
    const mine = (await outgoing(staff, 'Dự thảo nhầm của chuyên viên')).json().id as string;
    const clerks = (await outgoing(clerk, 'Dự thảo nhầm của văn thư')).json().id as string;
    const other = await loginAs(t.app, 'quantri@tct-thainguyen.vn'); // registry role: may delete
    expect((await staff.request('DELETE', `/api/documents/${clerks}`)).statusCode).toBe(403);
    expect((await staff.request('DELETE', `/api/documents/${mine}`)).statusCode).toBe(204);
    expect((await staff.request('GET', `/api/documents/${mine}`)).statusCode).toBe(404);
    const [audit] = await audits('document.draft_deleted', mine);
    expect(JSON.parse(audit!.before_json!)).toMatchObject({ subject: 'Dự thảo nhầm của chuyên viên', status: 'draft' });
    expect((await other.request('DELETE', `/api/documents/${clerks}`)).statusCode).toBe(204);

    const registered = await insertDocument(t.database.db, clerk.user.organisation.id);
    const refused = await clerk.request('DELETE', `/api/documents/${registered.id}`);
    expect(refused.statusCode).toBe(409);
    expect((await clerk.request('GET', `/api/documents/${registered.id}`)).statusCode).toBe(200);
  });
});

describe("the leader's desk of a merged school", () => {
  it('lists a letter presented in a predecessor’s context, marked with that organisation', async () => {
    const { db } = t.database;
    const old = (
      await db
        .selectFrom('organisations')
        .select('id')
        .where('code', '=', schoolCode('2004', '19'))
        .executeTakeFirstOrThrow()
    ).id;
    const doc = await insertDocument(db, old, { subject: 'Công văn năm 2022 của trường cũ (kiểm thử bàn làm việc)' });
    expect(
      (await clerk.request('POST', `/api/documents/${doc.id}/present`, { leaderId: leader.user.id })).statusCode,
    ).toBe(200);
    const all = (await leader.request('GET', '/api/desk')).json();
    expect(all.awaiting.find((d: { id: string }) => d.id === doc.id)).toMatchObject({ organisationId: old });
    const ownOnly = (await leader.request('GET', `/api/desk?organisationId=${clerk.user.organisation.id}`)).json();
    expect(ownOnly.awaiting.some((d: { id: string }) => d.id === doc.id)).toBe(false);
  });
});
