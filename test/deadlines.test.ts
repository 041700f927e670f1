/** Due-soon and overdue lists per person, unit and organisation on fixed dates; the daily digest, the outbox and SMTP delivery. */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDailyJobsScheduled, startScheduler } from '../src/jobs/scheduler.ts';
import { NO_SMTP_NOTE, sendQueuedEmails } from '../src/modules/notifications/email.job.ts';
import { vietnamToday } from '../src/lib/dates.ts';
import { createDeadlinesService } from '../src/modules/tasks/deadlines.service.ts';
import { runDeadlineDigest } from '../src/modules/tasks/digest.job.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import { THAI_NGUYEN_CODE } from '../src/seed/seed-demo.ts';
import { createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';
import { jobsOf, modulesOf } from '../src/testing/test-database.ts';
import { contextFor, insertDocument, userByEmail } from './direction.factory.ts';

const TODAY = '2026-03-10';
let t: TestApp;
let ctx: Record<'leader' | 'staff' | 'admin' | 'clerk' | 'academy' | 'vlLeader', RequestContext>;
let tasks: Record<string, string>; // R1…R7 → task id
let documentId: string;
let tn: string;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  // The scenario's unit has one member (the staff member); the head of unit added with outgoing letters would
  // also receive the unit's deadlines, which is right but changes every count below.
  await db.updateTable('users').set({ active: 0 }).where('email', '=', 'truongphong@tct-thainguyen.vn').execute();
  tn = (
    await db.selectFrom('organisations').select('id').where('code', '=', THAI_NGUYEN_CODE).executeTakeFirstOrThrow()
  ).id;
  ctx = {
    leader: await contextFor(db, 'hieutruong@tct-thainguyen.vn'),
    staff: await contextFor(db, 'canbo@tct-thainguyen.vn'),
    admin: await contextFor(db, 'quantri@tct-thainguyen.vn'),
    clerk: await contextFor(db, 'vanthu@tct-thainguyen.vn'),
    academy: await contextFor(db, 'admin@hvctqg.vn'),
    vlLeader: await contextFor(db, 'hieutruong@tct-vinhlong.vn'),
  };
  const deadlines = ['2026-03-05', '2026-03-10', '2026-03-15', '2026-03-30', '2026-03-01', '2026-03-08', '2026-03-09'];
  const doc = await insertDocument(db, tn, {
    numberSymbol: '15-CV/HVCTQG',
    requirements: deadlines.map((deadline, i) => ({ no: i + 1, text: `Yêu cầu thử ${i + 1}`, deadline })),
  });
  documentId = doc.id;
  const [r1, r2, r3, r4, r5, , r7] = doc.requirementIds;
  const staff = { userId: ctx.staff.actor.userId };
  const { direction, flow } = modulesOf(t.database).tasks.services;
  await direction.direct(ctx.leader, doc.id, {
    note: 'Giao các phòng',
    assignments: [
      { requirementId: r1, lead: staff },
      { requirementId: r2, lead: { unitId: ctx.staff.actor.unitId! } },
      { requirementId: r3, lead: { userId: ctx.admin.actor.userId }, support: [{ ...staff, deadline: '2026-03-12' }] },
      { requirementId: r4, lead: staff },
      { requirementId: r5, lead: staff },
      { requirementId: r7, lead: staff, info: [{ userId: ctx.clerk.actor.userId }] },
    ],
  });
  const rows = await db
    .selectFrom('tasks')
    .select(['id', 'requirement_no'])
    .where('document_id', '=', doc.id)
    .execute();
  tasks = Object.fromEntries(rows.map((r) => [`R${r.requirement_no}`, r.id]));
  await flow.complete(ctx.staff, tasks.R5!, { resultNote: 'Đã xong' });
});
afterAll(async () => t?.close());

const service = () => createDeadlinesService(t.database.db, { today: () => TODAY });
const names = (items: { id: string; documentId: string }[]) =>
  items.filter((i) => i.documentId === documentId).map((i) => Object.entries(tasks).find(([, id]) => id === i.id)?.[0]);

describe('deadlines on a fixed date', () => {
  it('lists my overdue and due-soon work, as lead or support, in person or through my unit', async () => {
    const me = await service().list(ctx.staff, { scope: 'me' });
    expect(me.today).toBe(TODAY);
    expect(names(me.overdue)).toEqual(['R1', 'R7']);
    expect(names(me.dueSoon)).toEqual(['R2', 'R3']);
    expect(me.dueSoon.map((i) => [i.effectiveDeadline, i.daysLeft])).toEqual([
      ['2026-03-10', 0],
      ['2026-03-12', 2],
    ]);
    expect(me.overdue[0]!.daysLeft).toBe(-5);
    expect(names((await service().list(ctx.staff, { scope: 'me', window: 30 })).dueSoon)).toEqual(['R2', 'R3', 'R4']);
    const clerk = await service().list(ctx.clerk, { scope: 'me' });
    expect(clerk.overdue.length + clerk.dueSoon.length).toBe(0); // for information only: no deadline of their own
  });

  it('lists a unit’s work (the unit itself and its people) and the organisation’s, including unassigned tasks', async () => {
    const unit = await service().list(ctx.staff, { scope: 'unit' });
    expect(names(unit.overdue)).toEqual(['R1', 'R7']);
    expect(names(unit.dueSoon)).toEqual(['R2', 'R3']);
    const office = await service().list(ctx.leader, { scope: 'unit', unitId: ctx.admin.actor.unitId! });
    expect(names(office.dueSoon)).toEqual(['R3']);
    expect(office.dueSoon[0]!.effectiveDeadline).toBe('2026-03-15');
    const org = await service().list(ctx.leader, { scope: 'organisation' });
    expect(names(org.overdue)).toEqual(['R1', 'R6', 'R7']);
    expect(names(org.dueSoon)).toEqual(['R2', 'R3']);
    expect(org.overdue.find((i) => i.id === tasks.R6)).toMatchObject({ status: 'unassigned', lead: null });
    expect(org.byLead.map((g) => [g.lead?.name ?? null, g.overdue, g.dueSoon])).toEqual([
      ['Đỗ Thị Thu', 2, 0],
      [null, 1, 0],
      [expect.stringMatching(/Phòng/), 0, 1],
      ['Lê Văn Minh', 0, 1],
    ]);
  });

  it('lets the Academy pick a school and keeps other schools out', async () => {
    const academy = await service().list(ctx.academy, { scope: 'organisation', organisationId: tn });
    expect(names(academy.overdue)).toEqual(['R1', 'R6', 'R7']);
    expect(academy.overdue[0]!.organisationName).toMatch(/Thái Nguyên/);
    const outsider = await service().list(ctx.vlLeader, { scope: 'organisation', organisationId: tn });
    expect(outsider.overdue.length + outsider.dueSoon.length).toBe(0);
    await expect(
      service().list(ctx.vlLeader, { scope: 'unit', unitId: ctx.staff.actor.unitId! }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers over HTTP and feeds the home cards', async () => {
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const res = await staff.request('GET', '/api/deadlines?scope=me&window=7');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().today).toBe(vietnamToday());
    expect(res.json().overdue.length).toBeGreaterThanOrEqual(4); // March 2026 is long past
    const home = (await staff.request('GET', '/api/home')).json();
    expect(home.cards.find((c: { label: string }) => c.label === 'Việc của tôi đang xử lý').value).toBe('5');
    const leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
    expect((await leader.request('GET', '/api/home')).json().cards.map((c: { label: string }) => c.label)).toContain(
      'Chờ cho ý kiến',
    );
    expect((await staff.request('GET', '/api/deadlines?scope=unit&unitId=nope')).statusCode).toBe(404);
  });

  it('uses the date in Vietnam', () => {
    expect(vietnamToday(new Date('2026-03-09T17:30:00Z'))).toBe('2026-03-10');
    expect(vietnamToday(new Date('2026-03-09T16:30:00Z'))).toBe('2026-03-09');
  });
});

describe('daily digest', () => {
  it('writes one notification and one outbox e-mail per person, once per date', async () => {
    const { db } = t.database;
    const first = await runDeadlineDigest(db, { date: TODAY });
    expect(first).toMatchObject({ date: TODAY, users: 2, notifications: 2, emails: 2 });
    expect(await runDeadlineDigest(db, { date: TODAY })).toMatchObject({ notifications: 0, emails: 0 });
    const staff = await userByEmail(db, 'canbo@tct-thainguyen.vn');
    const leader = await userByEmail(db, 'hieutruong@tct-thainguyen.vn');
    const outbox = await db.selectFrom('email_outbox').selectAll().orderBy('to_address').execute();
    expect(outbox.map((o) => [o.to_address, o.status])).toEqual([
      [staff.email, 'queued'],
      [leader.email, 'queued'],
    ]);
    expect(outbox[0]!.subject).toBe('[TCT] Hạn xử lý ngày 10/03/2026: 2 quá hạn, 2 sắp đến hạn');
    expect(outbox[0]!.body).toMatch(/Yêu cầu 1 — 15-CV\/HVCTQG.*: hạn 05\/03\/2026 \(quá hạn 5 ngày\)/);
    expect(outbox[0]!.body).toMatch(/Yêu cầu 2 .*đến hạn hôm nay/);
    expect(outbox[1]!.body).toMatch(/Việc đồng chí đã giao đang quá hạn \(2\)/);
    const notes = await db.selectFrom('notifications').selectAll().where('kind', '=', 'deadline_digest').execute();
    expect(notes.map((n) => n.user_id).sort()).toEqual([staff.id, leader.id].sort());
    expect(notes[0]!.link).toBe('/han-xu-ly');
    expect(await db.selectFrom('jobs').select('id').where('name', '=', 'email.send').execute()).toHaveLength(1);
    expect((await runDeadlineDigest(db, { date: '2026-03-11' })).notifications).toBe(2);
  });

  it('leaves mail queued without SMTP and delivers it through an SMTP relay', async () => {
    const { db, config } = { db: t.database.db, config: t.database.config };
    const waiting = await sendQueuedEmails({ database: t.database, config });
    expect(waiting).toMatchObject({ sent: 0, waiting: 4, note: NO_SMTP_NOTE });
    expect(
      new Set(
        (await db.selectFrom('email_outbox').select(['status', 'last_error']).execute()).map(
          (r) => `${r.status}|${r.last_error}`,
        ),
      ),
    ).toEqual(new Set([`queued|${NO_SMTP_NOTE}`]));

    const relay = await fakeSmtp();
    try {
      const res = await sendQueuedEmails({
        database: t.database,
        config: {
          ...config,
          smtpUrl: `smtp://tct:mat%20khau@127.0.0.1:${relay.port}`,
          mailFrom: 'TCT <tct@tct-thainguyen.vn>',
        },
      });
      expect(res).toMatchObject({ sent: 4, failed: 0, waiting: 0 });
      expect(relay.messages).toHaveLength(4);
      const msg = relay.messages[0]!;
      expect(msg.auth).toBe(Buffer.from('\0tct\0mat khau').toString('base64'));
      expect(msg.from).toBe('tct@tct-thainguyen.vn');
      const subject = /Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(msg.data)![1]!;
      expect(Buffer.from(subject, 'base64').toString('utf8')).toMatch(/^\[TCT\] Hạn xử lý ngày/);
      const body = msg.data.split('\r\n\r\n')[1]!.replace(/\r\n/g, '');
      expect(Buffer.from(body, 'base64').toString('utf8')).toMatch(/^Kính gửi /);
      const rows = await db.selectFrom('email_outbox').select(['status', 'sent_at', 'attempts']).execute();
      expect(rows.every((r) => r.status === 'sent' && r.sent_at && r.attempts === 1)).toBe(true);
    } finally {
      relay.server.close();
    }
  });

  it('records a refused delivery and keeps the mail for a retry', async () => {
    const { db } = t.database;
    await runDeadlineDigest(db, { date: '2026-03-12' });
    const relay = await fakeSmtp({ refuseRecipient: true });
    try {
      const res = await sendQueuedEmails({
        database: t.database,
        config: { ...t.database.config, smtpUrl: `smtp://127.0.0.1:${relay.port}` },
      });
      expect(res).toMatchObject({ sent: 0, waiting: 3 }); // on 12/03 the office head's R3 (15/03) is due within 3 days too
      const rows = await db
        .selectFrom('email_outbox')
        .select(['status', 'attempts', 'last_error'])
        .where('status', '=', 'queued')
        .execute();
      expect(rows.map((r) => [r.attempts, /550/.test(r.last_error ?? '')])).toEqual([
        [1, true],
        [1, true],
        [1, true],
      ]);
    } finally {
      relay.server.close();
    }
  });

  it('is scheduled once per date at 07:00 Vietnam time and runs through the job registry', async () => {
    const { db } = t.database;
    const jobs = jobsOf(t.database);
    const daily = [...jobs.values()];
    expect(await ensureDailyJobsScheduled(db, daily, '2026-03-20', new Date('2026-03-19T20:00:00Z'))).toContain(
      'deadlines.digest',
    );
    expect(await ensureDailyJobsScheduled(db, daily, '2026-03-20', new Date('2026-03-20T05:00:00Z'))).not.toContain(
      'deadlines.digest',
    );
    const job = await db
      .selectFrom('jobs')
      .selectAll()
      .where('name', '=', 'deadlines.digest')
      .executeTakeFirstOrThrow();
    expect(job.run_at).toBe('2026-03-20T00:00:00.000Z');
    const scheduler = startScheduler({ database: t.database, config: t.database.config, logger: console }, daily, {
      now: () => new Date('2026-03-21T03:00:00Z'),
    });
    await scheduler.tick();
    await scheduler.stop();
    const queued = await db
      .selectFrom('jobs')
      .select(['payload', 'run_at'])
      .where('name', '=', 'deadlines.digest')
      .orderBy('run_at')
      .execute();
    expect(queued).toEqual([
      { payload: '{"date":"2026-03-20"}', run_at: '2026-03-20T00:00:00.000Z' },
      { payload: '{"date":"2026-03-21"}', run_at: '2026-03-21T03:00:00.000Z' },
    ]);
    const handler = jobs.get('deadlines.digest')!.run;
    expect(
      await handler({ date: '2026-03-21' }, { database: t.database, config: t.database.config, logger: console }, job),
    ).toMatchObject({ date: '2026-03-21', users: 3 });
    expect(jobs.get('email.send')?.run).toBeTypeOf('function');
  });
});

type Captured = { from: string; to: string[]; data: string; auth: string | null };

/** A minimal SMTP relay on 127.0.0.1 that records what it is given. */
async function fakeSmtp(
  opts: { refuseRecipient?: boolean } = {},
): Promise<{ server: Server; port: number; messages: Captured[] }> {
  const messages: Captured[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current: Captured = { from: '', to: [], data: '', auth: null };
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          messages.push(current);
          current = { from: '', to: [], data: '', auth: current.auth };
          socket.write('250 OK queued\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        if (/^EHLO/i.test(line)) socket.write('250-fake\r\n250 AUTH PLAIN\r\n');
        else if (/^AUTH PLAIN /i.test(line)) {
          current.auth = line.slice(11);
          socket.write('235 ok\r\n');
        } else if (/^MAIL FROM:/i.test(line)) {
          current.from = line.slice(10).replace(/[<>]/g, '');
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          if (!opts.refuseRecipient) current.to.push(line.slice(8).replace(/[<>]/g, ''));
          socket.write(opts.refuseRecipient ? '550 mailbox unavailable\r\n' : '250 ok\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) {
          socket.end('221 bye\r\n');
          return;
        } else if (/^RSET/i.test(line)) socket.write('250 ok\r\n');
        else socket.write('502 unknown\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, messages };
}
