import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';
import { sendObligationReminders } from '../src/modules/directives/reminders.job.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('obligation reminders', () => {
  it('notify a school once a day about obligations due within 7 days or overdue, not about done or distant ones', async () => {
    const academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    const tn = (
      await t.database.db
        .selectFrom('organisations')
        .select('id')
        .where('code', '=', THAI_NGUYEN_CODE)
        .executeTakeFirstOrThrow()
    ).id;
    const created = await academy.request('POST', '/api/directives', {
      title: 'Nhắc hạn',
      numberSymbol: '7-CV/HVCTQG',
      issuedDate: '2026-11-01',
      recipientMode: 'custom',
      recipientIds: [tn],
      requirements: [
        { no: 1, text: 'Sắp đến hạn', deadline: '2026-12-01' },
        { no: 2, text: 'Quá hạn', deadline: '2026-11-20' },
        { no: 3, text: 'Còn xa', deadline: '2027-03-01' },
        { no: 4, text: 'Đã xong', deadline: '2026-11-28' },
      ],
    });
    const id = created.json().id;
    await academy.request('POST', `/api/directives/${id}/issue`);
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const items = (await staff.request('GET', `/api/obligations?directiveId=${id}`)).json().items;
    const done = items.find((o: { requirementNo: number }) => o.requirementNo === 4);
    expect((await staff.request('PATCH', `/api/obligations/${done.id}`, { stage: 'done' })).statusCode).toBe(200);

    const first = await sendObligationReminders(t.database.db, '2026-11-26');
    expect(first.schools).toBe(1);
    expect(first.notifications).toBe(3); // leader, clerk and school admin of Thái Nguyên
    const notes = await t.database.db
      .selectFrom('notifications')
      .select(['title', 'body'])
      .where('kind', '=', 'obligation_reminder')
      .execute();
    expect(notes[0]!.title).toBe('2 nhiệm vụ theo chỉ đạo sắp đến hạn hoặc quá hạn (1 quá hạn)');
    expect(notes[0]!.body).toContain('hạn 20/11/2026 (QUÁ HẠN)');
    expect(notes[0]!.body).not.toContain('01/03/2027');
    const again = await sendObligationReminders(t.database.db, '2026-11-26');
    expect(again.notifications).toBe(0);
    expect(again.emails).toBe(0);
    const outbox = await t.database.db.selectFrom('email_outbox').select('to_address').execute();
    expect(outbox.map((o) => o.to_address).sort()).toEqual([
      'hieutruong@tct-thainguyen.vn',
      'quantri@tct-thainguyen.vn',
      'vanthu@tct-thainguyen.vn',
    ]);
  });
});

describe('"Đôn đốc" — the Academy reminds the schools behind on one requirement', () => {
  it('notifies only the schools not done, once a day, audited; schools cannot use it', async () => {
    const { db } = t.database;
    const academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    const schools = await db
      .selectFrom('organisations')
      .select(['id', 'code'])
      .where('code', 'in', [THAI_NGUYEN_CODE, VINH_LONG_CODE])
      .execute();
    const created = await academy.request('POST', '/api/directives', {
      title: 'Đôn đốc thử',
      numberSymbol: '9-CV/HVCTQG',
      issuedDate: '2026-11-01',
      recipientMode: 'custom',
      recipientIds: schools.map((s) => s.id),
      requirements: [{ no: 1, text: 'Gửi báo cáo sơ kết', deadline: '2026-11-20' }],
    });
    const id = created.json().id;
    const requirementId = (await academy.request('GET', `/api/directives/${id}`)).json().requirements[0].id;
    const remind = (client = academy) =>
      client.request('POST', `/api/directives/${id}/requirements/${requirementId}/remind`);
    expect((await remind()).statusCode).toBe(409); // not issued yet: nobody to remind
    await academy.request('POST', `/api/directives/${id}/issue`);
    const vl = await loginAs(t.app, 'canbo@tct-vinhlong.vn');
    const vlItem = (await vl.request('GET', `/api/obligations?directiveId=${id}`)).json().items[0];
    expect((await vl.request('PATCH', `/api/obligations/${vlItem.id}`, { stage: 'done' })).statusCode).toBe(200);

    const first = await remind();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ schoolsBehind: 1, notifications: 3, emails: 3 });
    const sent = await db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.email', 'notifications.title'])
      .where('notifications.kind', '=', 'obligation_nudge')
      .execute();
    expect(sent.every((n) => n.email.endsWith('@tct-thainguyen.vn'))).toBe(true);
    expect(sent[0]!.title).toMatch(/^Học viện đôn đốc: 9-CV\/HVCTQG, yêu cầu 1/);
    expect((await remind()).json()).toEqual({ schoolsBehind: 1, notifications: 0, emails: 0 });
    const audits = await db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audits.filter((a) => a.action === 'directive.reminded')).toHaveLength(2);

    // The history chart follows the matrix's filter: Vĩnh Long (Mekong delta) done, Thái Nguyên (north) not.
    const doneAt = async (region?: string) => {
      const res = await academy.request('GET', `/api/directives/${id}/history${region ? `?region=${region}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const points = res.json().series[0].points as { counts: Record<string, number> }[];
      return Object.values(points.at(-1)?.counts ?? {}).reduce((a, b) => Math.max(a, b), 0);
    };
    expect(await doneAt()).toBe(1);
    expect(await doneAt('DBSCL')).toBe(1);
    expect(await doneAt('TDMNPB')).toBe(0);

    const leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
    expect((await remind(leader)).statusCode).toBe(404);
    const missing = await academy.request('POST', `/api/directives/${id}/requirements/khong-co/remind`);
    expect(missing.statusCode).toBe(404);
  });
});
