/** Issue 11 (domain corrections) through the API: per-requirement audiences and what follows from them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendObligationReminders } from '../src/modules/directives/reminders.job.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';

let t: TestApp;
let academy: Client;
beforeAll(async () => {
  t = await createTestApp({ demo: 'accounts' });
  academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
});
afterAll(async () => t?.close());

const orgId = async (code: string) =>
  (await t.database.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

describe('per-requirement audience', () => {
  it('refuses an audience outside the recipients, and a list with a non-recipient', async () => {
    const base = { title: 'Thử đối tượng', issuedDate: '2026-11-20' };
    const wrong = await academy.request('POST', '/api/directives', {
      ...base,
      recipientMode: 'sector',
      requirements: [{ no: 1, text: 'Phê duyệt đề án', deadline: null, audience: 'provincial' }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/không có trong các đơn vị nhận/);
    const tn = await orgId(THAI_NGUYEN_CODE);
    const vl = await orgId(VINH_LONG_CODE);
    const notRecipient = await academy.request('POST', '/api/directives', {
      ...base,
      recipientMode: 'custom',
      recipientIds: [tn],
      requirements: [{ no: 1, text: 'Báo cáo riêng', deadline: null, audience: 'list', audienceIds: [vl] }],
    });
    expect(notRecipient.statusCode).toBe(400);
    const emptyList = await academy.request('POST', '/api/directives', {
      ...base,
      recipientMode: 'custom',
      recipientIds: [tn],
      requirements: [{ no: 1, text: 'Báo cáo riêng', deadline: null, audience: 'list', audienceIds: [] }],
    });
    expect(emptyList.statusCode).toBe(400);
  });

  it('creates obligations, counts, overdue marks and reminders only within each requirement audience', async () => {
    const tn = await orgId(THAI_NGUYEN_CODE);
    const vl = await orgId(VINH_LONG_CODE);
    const created = await academy.request('POST', '/api/directives', {
      title: 'Hai đối tượng',
      numberSymbol: '98-CV/HVCTQG',
      issuedDate: '2026-11-20',
      recipientMode: 'custom',
      recipientIds: [tn, vl],
      requirements: [
        { no: 1, text: 'Việc của cả hai trường', deadline: '2026-11-25' },
        { no: 2, text: 'Việc riêng của Vĩnh Long', deadline: '2026-11-25', audience: 'list', audienceIds: [vl] },
      ],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const detail = (await academy.request('GET', `/api/directives/${id}`)).json();
    expect(detail.requirements.map((r: { audience: string }) => r.audience)).toEqual(['all', 'list']);
    expect((await academy.request('POST', `/api/directives/${id}/issue`)).json().recipients).toBe(2);
    const board = (await academy.request('GET', `/api/directives/${id}/dashboard?asOf=2026-11-30`)).json();
    expect(
      board.requirements.map((r: { audienceCount: number; overdue: number }) => [r.audienceCount, r.overdue]),
    ).toEqual([
      [2, 2],
      [1, 1],
    ]);
    const tnRow = board.schools.find((s: { organisationId: string }) => s.organisationId === tn);
    expect(tnRow.cells[1]).toBeNull();
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    expect((await staff.request('GET', `/api/obligations?directiveId=${id}`)).json().items).toHaveLength(1);
    await sendObligationReminders(t.database.db, '2026-11-30');
    const bodies = await t.database.db
      .selectFrom('notifications')
      .select(['organisation_id', 'body'])
      .where('kind', '=', 'obligation_reminder')
      .execute();
    const tnBody = bodies.find((b) => b.organisation_id === tn)?.body ?? '';
    const vlBody = bodies.find((b) => b.organisation_id === vl)?.body ?? '';
    expect(tnBody).toMatch(/98-CV\/HVCTQG, yêu cầu 1/);
    expect(tnBody).not.toMatch(/98-CV\/HVCTQG, yêu cầu 2/);
    expect(vlBody).toMatch(/98-CV\/HVCTQG, yêu cầu 2/);
  });
});

describe('Party numbering by date (11.3)', () => {
  it('chooses the rule set by the document date and says the 2026 one is not verified', async () => {
    const { partyRuleSet } = await import('../src/modules/registers/numbering.ts');
    expect(partyRuleSet('2026-01-08').code).toBe('qd66-hd36');
    expect(partyRuleSet('2026-01-09')).toMatchObject({ code: 'qd399-hd05', verified: false });
    expect(partyRuleSet('2019-03-01').code).toBe('qd66-hd36');
  });

  it('makes the default term explicit and asks for the congress date with the term start', async () => {
    const admin = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
    const before = (await admin.request('GET', '/api/registers/settings')).json();
    expect(before.defaults).toContain('partyTermAnchor');
    expect(before.partyTermNote).toMatch(/Chưa thiết lập.*01\/01\/2020.*Đại hội/);
    expect(before.partyRules.verified).toBe(typeof before.partyRules.to === 'string');
    const missing = await admin.request('PUT', '/api/registers/settings', { partyTermAnchor: '2025-08-20' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/Đại hội/);
    const late = await admin.request('PUT', '/api/registers/settings', {
      partyTermAnchor: '2025-08-20',
      partyCongressDate: '2025-08-25',
    });
    expect(late.statusCode).toBe(400);
    const ok = await admin.request('PUT', '/api/registers/settings', {
      partyTermAnchor: '2025-08-20',
      partyCongressDate: '2025-08-20',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ partyCongressDate: '2025-08-20', currentPartyTerm: '2025–2030' });
    expect(ok.json().partyTermNote).toMatch(/20\/08\/2025/);
  });
});

describe('uncertain dates in the compliance settings (11.4)', () => {
  it('stores 350-QĐ/TW and C-01 dates, says they are unverified, and refuses impossible ones', async () => {
    const admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
    const before = (await admin.request('GET', '/api/training/settings')).json();
    expect(before.uncertainDates).toMatchObject({ r350EffectiveFrom: null, c01EffectiveFrom: null });
    expect(before.uncertainDates.notice).toMatch(/Chưa xác minh/);
    const body = { classSizeLimits: [], positionLists: {} };
    const early = await admin.request('PUT', '/api/training/settings', {
      ...body,
      uncertainDates: { r350EffectiveFrom: '2025-08-01', c01EffectiveFrom: null },
    });
    expect(early.statusCode).toBe(400);
    const ok = await admin.request('PUT', '/api/training/settings', {
      ...body,
      uncertainDates: { r350EffectiveFrom: '2025-09-15', c01EffectiveFrom: '2023-01-01' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().effective).toMatchObject({ r350EffectiveFrom: '2025-09-15', c01EffectiveFrom: '2023-01-01' });
    // a later save without the dates keeps them
    const kept = await admin.request('PUT', '/api/training/settings', body);
    expect(kept.json().uncertainDates).toMatchObject({
      r350EffectiveFrom: '2025-09-15',
      c01EffectiveFrom: '2023-01-01',
    });
  });
});

describe('edXML identifiers (11.6)', () => {
  it('has no placeholder code, checks the format, and an outgoing export asks for sender and recipient codes', async () => {
    const { checkOrganId } = await import('../src/edxml/index.ts');
    expect(checkOrganId('000.00.00.G22')).toEqual({ format: 'qcvn102' });
    expect(checkOrganId('TCT.THAINGUYEN')).toEqual({ format: 'qd20' });
    expect('error' in checkOrganId('000.00.00.g22 ')).toBe(true);
    const admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
    expect((await admin.request('GET', '/api/registers/settings')).json().edxmlOrganId).toBeNull();
    expect((await admin.request('PUT', '/api/registers/settings', { edxmlOrganId: 'tct 19' })).statusCode).toBe(400);
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    const draft = await clerk.request('POST', '/api/documents/outgoing', {
      family: 'state',
      typeCode: 'KL',
      typeName: 'Kết luận',
      subject: 'Kết luận thử',
      recipients: ['Sở Nội vụ'],
    });
    expect(draft.statusCode).toBe(400); // no KL for a state body (11.5)
    const ok = await clerk.request('POST', '/api/documents/outgoing', {
      family: 'state',
      typeCode: 'TB',
      typeName: 'Thông báo',
      subject: 'Thông báo thử xuất edXML',
      recipients: ['Sở Nội vụ', 'Sở Tài chính'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const id = ok.json().id;
    expect((await clerk.request('POST', `/api/documents/${id}/issue`, { issueDate: '2026-11-20' })).statusCode).toBe(
      200,
    );
    const asked = (await clerk.request('GET', `/api/documents/${id}/export-edxml`)).json();
    expect(
      asked.error.details.missingOrganIds.map((m: { role: string; index: number }) => `${m.role}${m.index}`),
    ).toEqual(['from0', 'to0', 'to1']);
    expect((await admin.request('PUT', '/api/registers/settings', { edxmlOrganId: '000.00.00.H19' })).statusCode).toBe(
      200,
    );
    const still = (await clerk.request('GET', `/api/documents/${id}/export-edxml?toCodes=000.00.00.H41`)).json();
    expect(still.error.details.missingOrganIds).toEqual([{ role: 'to', index: 1, name: 'Sở Tài chính' }]);
    const done = await clerk.request('GET', `/api/documents/${id}/export-edxml?toCodes=000.00.00.H41,000.00.00.H42`);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('000.00.00.H19');
    expect(done.body).not.toContain('000.00.00.000');
    // a network organisation's own code, entered in its settings, is used when it is a recipient
    const vlAdmin = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
    expect(
      (await vlAdmin.request('PUT', '/api/registers/settings', { edxmlOrganId: '000.00.00.H86' })).statusCode,
    ).toBe(200);
    const vlName = (
      await t.database.db
        .selectFrom('organisations')
        .select('name')
        .where('code', '=', VINH_LONG_CODE)
        .executeTakeFirstOrThrow()
    ).name;
    const toVl = await clerk.request('POST', '/api/documents/outgoing', {
      family: 'party',
      typeCode: 'CV',
      typeName: 'Công văn',
      subject: 'Trao đổi kinh nghiệm',
      recipients: [vlName],
    });
    const toVlId = toVl.json().id;
    await clerk.request('POST', `/api/documents/${toVlId}/issue`, { issueDate: '2026-11-21' });
    const sent = await clerk.request('GET', `/api/documents/${toVlId}/export-edxml`);
    expect(sent.statusCode, sent.body.slice(0, 200)).toBe(200);
    expect(sent.body).toContain('000.00.00.H86');
  });
});

describe('network names by date (11.7)', () => {
  it('Huế is "Thừa Thiên Huế" in 2022 and thành phố Huế from 2025; HCMC successor and the new member academy', async () => {
    const { namesOn } = await import('../src/network/names.ts');
    const hue = { code: 'TCT-2004-46', name: 'Trường Chính trị Nguyễn Chí Thanh', province_name: 'Thừa Thiên Huế' };
    expect(namesOn(hue, '2024-12-31').provinceName).toBe('Thừa Thiên Huế');
    expect(namesOn(hue, '2025-01-01').provinceName).toBe('Huế');
    const ks = { code: 'TBN-DHKS', name: 'Trường Đại học Kiểm sát', province_name: null };
    expect(namesOn(ks, '2022-05-31')).toEqual({
      name: 'Trường Đại học Kiểm sát Hà Nội',
      provinceName: null,
      uncertain: true,
    });
    const staff = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    const list = async (at: string, q: string) =>
      (await staff.request('GET', `/api/network/organisations?at=${at}&q=${encodeURIComponent(q)}`)).json().items;
    expect((await list('2022-06-01', 'Nguyễn Chí Thanh'))[0].provinceName).toBe('Thừa Thiên Huế');
    expect((await list('2026-01-01', 'Nguyễn Chí Thanh'))[0].provinceName).toBe('Huế');
    const hcm = await list('2026-01-01', 'Hồ Chí Minh');
    const school = hcm.find((o: { kind: string }) => o.kind === 'provincial_school');
    expect(school).toMatchObject({ name: 'Học viện Cán bộ Thành phố Hồ Chí Minh', nameUncertain: true });
    expect((await list('2026-01-01', 'Quản trị công')).map((o: { kind: string }) => o.kind)).toEqual([
      'member_academy',
    ]);
    expect(await list('2024-06-01', 'Quản trị công')).toEqual([]);
  });
});
