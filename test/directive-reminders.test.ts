import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';
import { sendObligationReminders } from '../src/modules/directives/reminders.job.ts';
import { THAI_NGUYEN_CODE } from '../src/seed/seed-demo.ts';

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
