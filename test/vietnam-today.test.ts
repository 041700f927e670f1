/**
 * One "today" everywhere: at 00:30 in Vietnam (17:30 UTC the day before) the date is already the
 * Vietnamese one for deadlines, overdue marks and reminders — in tasks and in directives alike.
 * Only `Date` is faked, so timers and I/O run as usual.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { vietnamToday } from '../src/lib/dates.ts';
import { ensureDailyJobsScheduled } from '../src/jobs/scheduler.ts';
import { sendObligationReminders } from '../src/modules/directives/reminders.job.ts';
import { jobsOf } from '../src/testing/test-database.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { THAI_NGUYEN_CODE } from '../src/seed/seed-demo.ts';
import { insertDocument } from './direction.factory.ts';

/** 00:30 on 7/12/2026 in Vietnam; the UTC date is still 6/12. */
const HALF_PAST_MIDNIGHT_VN = new Date('2026-12-06T17:30:00Z');
const YESTERDAY_VN = '2026-12-06';

let t: TestApp;
let academy: Client;
let clerk: Client;
let schoolId: string;

beforeAll(async () => {
  t = await createTestApp({ demo: 'accounts' });
  academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
  schoolId = clerk.user.organisation.id;
});
afterAll(async () => t?.close());
afterEach(() => vi.useRealTimers());

const atHalfPastMidnight = () => vi.useFakeTimers({ now: HALF_PAST_MIDNIGHT_VN, toFake: ['Date'] });

describe('one Vietnam date at 00:30 Vietnam time', () => {
  it('vietnamToday gives the Vietnamese date, not the UTC one', () => {
    expect(HALF_PAST_MIDNIGHT_VN.toISOString().slice(0, 10)).toBe(YESTERDAY_VN);
    expect(vietnamToday(HALF_PAST_MIDNIGHT_VN)).toBe('2026-12-07');
    expect(vietnamToday(new Date('2026-12-06T16:59:59Z'))).toBe(YESTERDAY_VN);
  });

  it('marks a directive obligation due yesterday as overdue on the dashboard and the school list', async () => {
    const created = await academy.request('POST', '/api/directives', {
      title: 'Báo cáo nhanh tình hình mở lớp',
      numberSymbol: null,
      issuedDate: '2026-12-01',
      recipientMode: 'custom',
      recipientIds: [schoolId],
      requirements: [{ no: 1, text: 'Gửi báo cáo nhanh về Học viện.', deadline: YESTERDAY_VN, answerType: 'status' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await academy.request('POST', `/api/directives/${id}/issue`)).statusCode).toBe(200);

    atHalfPastMidnight();
    const board = (await academy.request('GET', `/api/directives/${id}/dashboard`)).json();
    expect(board.requirements[0].overdue).toBe(1);
    expect(board.schools[0].cells[0].overdue).toBe(true);
    const mine = (await clerk.request('GET', `/api/obligations?directiveId=${id}`)).json();
    expect(mine.items[0].overdue).toBe(true);
  });

  it('queues the daily reminders for the Vietnamese date and counts yesterday as overdue', async () => {
    atHalfPastMidnight();
    const date = vietnamToday();
    expect(date).toBe('2026-12-07');
    await ensureDailyJobsScheduled(t.database.db, [...jobsOf(t.database).values()], date, new Date());
    const queued = await t.database.db
      .selectFrom('jobs')
      .select(['name', 'payload'])
      .where('name', '=', 'directives.reminders')
      .execute();
    expect(queued.map((j) => JSON.parse(j.payload).date)).toContain('2026-12-07');
    const sent = await sendObligationReminders(t.database.db, date);
    expect(sent.schools).toBeGreaterThan(0);
    const note = await t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('dedupe_key', 'like', 'obligations:2026-12-07%')
      .executeTakeFirstOrThrow();
    expect(note.body).toMatch(/quá hạn/i);
  });

  it("lists a task due yesterday among the organisation's overdue work", async () => {
    const org = await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', THAI_NGUYEN_CODE)
      .executeTakeFirstOrThrow();
    const doc = await insertDocument(t.database.db, org.id, {
      subject: 'V/v nộp hồ sơ thi đua',
      numberSymbol: '77-CV/TU',
      requirements: [{ no: 1, text: 'Nộp hồ sơ thi đua.', deadline: YESTERDAY_VN }],
    });
    const leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const directed = await leader.request('POST', `/api/documents/${doc.id}/direction`, {
      note: 'Giao đồng chí cán bộ thực hiện.',
      assignments: [{ requirementId: doc.requirementIds[0], lead: { userId: staff.user.id } }],
    });
    expect(directed.statusCode, directed.body).toBeLessThan(300);
    atHalfPastMidnight();
    const res = await leader.request('GET', '/api/deadlines?scope=organisation');
    expect(res.statusCode, res.body).toBe(200);
    expect(JSON.stringify(res.json().overdue)).toContain('Nộp hồ sơ thi đua');
    expect(res.json().today).toBe('2026-12-07');
  });
});
