import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const orgId = async (code: string) =>
  (await t.database.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

describe('network as data', () => {
  it('lists 63 provincial schools in 2022 and 34 today', async () => {
    const c = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    const y2022 = (
      await c.request('GET', '/api/network/organisations?kind=provincial_school&at=2022-06-01&pageSize=200')
    ).json();
    const today = (await c.request('GET', '/api/network/organisations?kind=provincial_school&pageSize=200')).json();
    expect(y2022.total).toBe(63);
    expect(today.total).toBe(34);
    expect(y2022.items.map((o: { provincePeriod: string }) => o.provincePeriod)).not.toContain('2025');
    const phuTho = today.items.find((o: { provinceName: string }) => o.provinceName === 'Phú Thọ');
    expect(phuTho.predecessors.map((p: { name: string }) => p.name).sort()).toEqual([
      'Trường Chính trị tỉnh Hòa Bình',
      'Trường Chính trị tỉnh Phú Thọ',
      'Trường Chính trị tỉnh Vĩnh Phúc',
    ]);
    // an unchanged province keeps one school across the merger
    expect(today.items.filter((o: { provinceName: string }) => o.provinceName === 'Hà Nội')).toHaveLength(1);
  });

  it('keeps province codes with their period: 15 was Yên Bái, is now Lào Cai', async () => {
    const c = await loginAs(t.app, 'admin@hvctqg.vn');
    const all = (
      await c.request('GET', '/api/network/organisations?kind=provincial_school&allPeriods=true&pageSize=200')
    ).json();
    const code15 = all.items
      .filter((o: { provinceCode: string }) => o.provinceCode === '15')
      .map((o: { provincePeriod: string; provinceName: string }) => `${o.provincePeriod}:${o.provinceName}`)
      .sort();
    expect(code15).toEqual(['2004:Yên Bái', '2025:Lào Cai']);
  });

  it('searches the directory without diacritics', async () => {
    const c = await loginAs(t.app, 'admin@hvctqg.vn');
    const res = (await c.request('GET', '/api/network/organisations?q=pham%20hung')).json();
    expect(res.items.map((o: { name: string }) => o.name)).toContain('Trường Chính trị Phạm Hùng');
  });

  it('lets the Academy admin add a sector school, audited, and refuses duplicates', async () => {
    const c = await loginAs(t.app, 'admin@hvctqg.vn');
    const res = await c.request('POST', '/api/network/organisations', {
      code: 'TBN-TEST',
      name: 'Trường Cán bộ Thử nghiệm',
    });
    expect(res.statusCode).toBe(201);
    expect(
      (await c.request('POST', '/api/network/organisations', { code: 'TBN-TEST', name: 'Trùng mã' })).statusCode,
    ).toBe(409);
    const audit = (await c.request('GET', '/api/audit?action=organisation.created')).json();
    expect(audit.items[0].entityId).toBe(res.json().id);
  });
});

describe('authentication', () => {
  it('rejects a wrong password in Vietnamese and locks after 5 failures', async () => {
    const bad = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'canbo@tct-vinhlong.vn', password: 'sai-mat-khau' },
      });
    const first = await bad();
    expect(first.statusCode).toBe(401);
    expect(first.json().error.message).toMatch(/không đúng/);
    for (let i = 0; i < 3; i++) await bad();
    expect((await bad()).statusCode).toBe(423);
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'canbo@tct-vinhlong.vn', password: 'TctDemo2026!' },
    });
    expect(good.statusCode).toBe(423);
  });

  it('sets an HttpOnly SameSite=Lax cookie and requires the CSRF header for writes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'quantri@tct-thainguyen.vn', password: 'TctDemo2026!' },
    });
    const cookie = res.cookies.find((c) => c.name === 'tct_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(String(cookie.sameSite).toLowerCase()).toBe('lax');
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: { cookie: `tct_session=${cookie.value}` },
      payload: {},
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.message).toMatch(/CSRF/);
  });

  it('requires a session for the API', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(401);
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', database: 'ok', files: 'ok', storage: 'local' });
  });

  it('changes a password, ends other sessions, and logs out', async () => {
    const a = await loginAs(t.app, 'hieutruong@tct-vinhlong.vn');
    const b = await loginAs(t.app, 'hieutruong@tct-vinhlong.vn');
    expect(
      (await a.request('POST', '/api/auth/change-password', { currentPassword: 'TctDemo2026!', newPassword: 'ngan' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await a.request('POST', '/api/auth/change-password', {
          currentPassword: 'TctDemo2026!',
          newPassword: 'MatKhauMoi2026',
        })
      ).statusCode,
    ).toBe(204);
    expect((await b.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await a.request('GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await a.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await a.request('GET', '/api/auth/me')).statusCode).toBe(401);
    await loginAs(t.app, 'hieutruong@tct-vinhlong.vn', 'MatKhauMoi2026');
  });
});

describe('people and tenancy', () => {
  it('a school sees only its own people; the Academy sees all', async () => {
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    const mine = (await clerk.request('GET', '/api/people?pageSize=200')).json();
    expect(mine.items.every((p: { email: string }) => p.email.endsWith('@tct-thainguyen.vn'))).toBe(true);
    const academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    const all = (await academy.request('GET', '/api/people?pageSize=200')).json();
    expect(all.items.some((p: { email: string }) => p.email.endsWith('@tct-vinhlong.vn'))).toBe(true);
    const vl = await orgId(VINH_LONG_CODE);
    expect((await academy.request('GET', `/api/organisations/${vl}`)).statusCode).toBe(200);
    expect((await clerk.request('GET', `/api/organisations/${vl}`)).statusCode).toBe(404);
  });

  it('a merged school sees the records of the schools it succeeded', async () => {
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    const old = await orgId('TCT-2004-19');
    expect((await clerk.request('GET', `/api/organisations/${old}`)).statusCode).toBe(200);
    expect((await clerk.request('GET', `/api/organisations/${await orgId('TCT-2004-86')}`)).statusCode).toBe(404);
  });

  it('the school admin adds a person, validates input, and the audit log records it', async () => {
    const admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
    const tn = await orgId(THAI_NGUYEN_CODE);
    const invalid = await admin.request('POST', '/api/people', {
      organisationId: tn,
      email: 'khong-phai-email',
      fullName: 'A B',
      role: 'staff',
      password: 'MatKhau12345',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.message).toMatch(/email/);
    const academyRole = await admin.request('POST', '/api/people', {
      organisationId: tn,
      email: 'x@tct-thainguyen.vn',
      fullName: 'Nguyễn X',
      role: 'academy_staff',
      password: 'MatKhau12345',
    });
    expect(academyRole.statusCode).toBe(400);
    const created = await admin.request('POST', '/api/people', {
      organisationId: tn,
      email: 'giangvien@tct-thainguyen.vn',
      fullName: 'Bùi Thị Ánh',
      role: 'staff',
      password: 'MatKhau12345',
    });
    expect(created.statusCode).toBe(201);
    const patch = await admin.request('PATCH', `/api/people/${created.json().id}`, { active: false });
    expect(patch.json().active).toBe(false);
    const audit = (await admin.request('GET', '/api/audit?entityType=user&pageSize=100')).json();
    const actions = audit.items
      .filter((a: { entityId: string }) => a.entityId === created.json().id)
      .map((a: { action: string }) => a.action);
    expect(actions).toEqual(['user.updated', 'user.created']);
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    expect((await staff.request('GET', '/api/audit')).statusCode).toBe(403);
    expect(
      (
        await staff.request('POST', '/api/people', {
          organisationId: tn,
          email: 'y@tct-thainguyen.vn',
          fullName: 'Nguyễn Y',
          role: 'staff',
          password: 'MatKhau12345',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('the Academy is read-only on a school workspace unless admin', async () => {
    const academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
    const res = await academy.request('POST', `/api/organisations/${await orgId(THAI_NGUYEN_CODE)}/units`, {
      name: 'Khoa mới',
      kind: 'faculty',
    });
    expect(res.statusCode).toBe(403);
  });

  it('the audit log cannot be altered, even through the database', async () => {
    await expect(t.database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(t.database.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
  });

  it('serves the OpenAPI document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/people/{id}');
  });
});
