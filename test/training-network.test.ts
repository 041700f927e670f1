/**
 * Training across schools: isolation between schools, the Academy's read-only network view and
 * summary per school, XLSX exports, compliance settings (class size with no default, position
 * lists) and a sector school added by the Academy resolving as a host.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { importWorkbook, multipart, sampleWorkbook } from '../src/modules/training/training.test-support.ts';

let t: TestApp;
let tnStaff: Client;
let tnAdmin: Client;
let vlAdmin: Client;
let academy: Client;
let academyAdmin: Client;
let tnClassId: string;
let tnOrgId: string;
let vlOrgId: string;

function upload(client: Client, url: string, fileName: string, data: Buffer) {
  const body = multipart(fileName, data);
  return client.request('POST', url, body.payload, body.headers);
}

async function readXlsx(payload: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb;
}

function sheetText(wb: ExcelJS.Workbook, name: string): string {
  const ws = wb.getWorksheet(name);
  expect(ws, `sheet ${name}`).toBeDefined();
  const lines: string[] = [];
  ws!.eachRow((row) =>
    lines.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => String(v ?? ''))
        .join(' | '),
    ),
  );
  return lines.join('\n');
}

const VL = 'Trường Chính trị Phạm Hùng';

beforeAll(async () => {
  t = await createTestApp({ demo: 'accounts' });
  tnStaff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
  tnAdmin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
  vlAdmin = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
  academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
  academyAdmin = await loginAs(t.app, 'admin@hvctqg.vn');
  tnOrgId = tnStaff.user.organisation.id;
  vlOrgId = vlAdmin.user.organisation.id;
  expect((await upload(tnStaff, '/api/training/imports', 'tn.xlsx', await sampleWorkbook())).statusCode).toBe(201);
  const vlFile = await importWorkbook(
    [
      {
        'Mã lớp': 'VL-TC-01',
        'Tên lớp': 'Trung cấp Vĩnh Long',
        'Cơ sở đào tạo': VL,
        'Ngày khai giảng': '20/10/2025',
        'Ngày bế giảng': '20/10/2026',
      },
    ],
    [
      {
        'Mã lớp': 'VL-TC-01',
        'Họ và tên': 'Trương Văn Trẻ',
        'Ngày sinh': '05/05/2001',
        'Giới tính': 'Nam',
        'Ngày vào Đảng': '01/01/2023',
      },
      { 'Mã lớp': 'VL-TC-01', 'Họ và tên': 'Lâm Thị Đạt', 'Ngày sinh': '05/05/1985', 'Giới tính': 'Nữ' },
    ],
  );
  const vl = await upload(vlAdmin, '/api/training/imports', 'vl.xlsx', vlFile);
  expect(vl.statusCode, vl.body.slice(0, 300)).toBe(201);
  tnClassId = (await tnStaff.request('GET', '/api/training/classes?q=TN-TC350')).json().items[0].id;
});
afterAll(async () => t?.close());

describe('isolation between schools', () => {
  it("school B does not see school A's classes, findings or summary", async () => {
    const list = (await vlAdmin.request('GET', '/api/training/classes')).json();
    expect(list.items.map((c: { code: string }) => c.code)).toEqual(['VL-TC-01']);
    expect((await vlAdmin.request('GET', `/api/training/classes?organisationId=${tnOrgId}`)).json().items).toEqual([]);
    expect((await vlAdmin.request('GET', `/api/training/classes/${tnClassId}`)).statusCode).toBe(404);
    expect((await vlAdmin.request('POST', `/api/training/classes/${tnClassId}/evaluate`)).statusCode).toBe(404);
    expect(
      (await vlAdmin.request('GET', `/api/training/compliance/summary?organisationId=${tnOrgId}`)).statusCode,
    ).toBe(404);
    const own = (await vlAdmin.request('GET', '/api/training/compliance/summary')).json();
    expect(own.totals.classes).toBe(1);
    const page = (await tnStaff.request('GET', `/api/training/classes/${tnClassId}`)).json();
    const findingId = page.learners[0].findings[0].id;
    expect(
      (
        await vlAdmin.request('POST', `/api/training/findings/${findingId}/override`, {
          decisionReference: 'QĐ 1/QĐ-X',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await upload(vlAdmin, `/api/training/imports?organisationId=${tnOrgId}`, 'x.xlsx', await sampleWorkbook()))
        .statusCode,
    ).toBe(404);
  });

  it("the Academy reads every school's classes but cannot change them", async () => {
    const all = (await academy.request('GET', '/api/training/classes?pageSize=200')).json();
    expect(all.items.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['TN-TC350-KTT', 'VL-TC-01']),
    );
    const one = (await academy.request('GET', `/api/training/classes/${tnClassId}`)).json();
    expect(one.permissions).toEqual({ evaluate: false, override: false });
    expect((await academy.request('POST', `/api/training/classes/${tnClassId}/evaluate`)).statusCode).toBe(403);
    const findingId = one.learners[0].findings[0].id;
    expect(
      (
        await academyAdmin.request('POST', `/api/training/findings/${findingId}/override`, {
          decisionReference: 'QĐ 9/QĐ-HVCTQG',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('network view and exports', () => {
  it('counts findings per rule and per school for the Academy', async () => {
    const summary = (await academy.request('GET', '/api/training/compliance/summary')).json();
    expect(summary.scope).toBe('network');
    const tn = summary.bySchool.find((s: { organisationId: string }) => s.organisationId === tnOrgId);
    const vl = summary.bySchool.find((s: { organisationId: string }) => s.organisationId === vlOrgId);
    expect(tn).toMatchObject({ classes: 3, learners: 8 });
    expect(tn.byRule).toMatchObject({
      'L-TC-03': 1,
      'L-TC-04': 1,
      'L-TC-01': 1,
      'C-03': 1,
      'L-ANY-01': 1,
      'L-TC-06': 1,
    });
    expect(vl).toMatchObject({ classes: 1, learners: 2, blocking: 1 });
    expect(vl.byRule).toEqual({ 'L-TC-04': 1 });
    expect(summary.byRule.find((r: { rule: string }) => r.rule === 'L-TC-04')).toMatchObject({ blocking: 2 });
    expect(summary.totals.classes).toBe(4);
    const narrowed = (
      await academy.request('GET', `/api/training/compliance/summary?organisationId=${vlOrgId}`)
    ).json();
    expect(narrowed).toMatchObject({ scope: 'organisation', organisation: { id: vlOrgId } });
    expect(narrowed.byClass.map((c: { code: string }) => c.code)).toEqual(['VL-TC-01']);
    const home = (await tnStaff.request('GET', '/api/home')).json();
    expect(home.cards.find((c: { href?: string }) => c.href === '/dao-tao/tuan-thu')).toMatchObject({
      label: 'Phát hiện tuân thủ đào tạo chưa xử lý',
      value: '6',
    });
  });

  it("exports the network view and a school's findings with citations to XLSX", async () => {
    const network = await academy.request('GET', '/api/training/compliance/export.xlsx');
    expect(network.statusCode).toBe(200);
    const nwb = await readXlsx(network.rawPayload);
    expect(sheetText(nwb, 'Theo trường')).toContain('Trường Chính trị tỉnh Thái Nguyên');
    expect(sheetText(nwb, 'Theo quy tắc')).toContain('L-TC-04');
    const school = await tnStaff.request('GET', '/api/training/compliance/export.xlsx');
    const swb = await readXlsx(school.rawPayload);
    const detail = sheetText(swb, 'Chi tiết phát hiện');
    expect(detail).toContain('Nguyễn Văn Trẻ');
    expect(detail).toContain('Quy định 57-QĐ/TW ngày 08/02/2022 của Ban Bí thư');
    expect(detail).not.toContain('Trương Văn Trẻ');
    expect(sheetText(swb, 'Theo lớp')).toContain('TN-SC-ONLINE');
  });
});

describe('compliance settings', () => {
  it('class size has no default and says so; a school administrator sets it and re-evaluation finds C-04', async () => {
    const settings = (await tnStaff.request('GET', '/api/training/settings')).json();
    expect(settings).toMatchObject({
      scope: 'organisation',
      canEdit: false,
      classSizeLimits: [],
      notice: 'Chưa có căn cứ pháp lý về sĩ số tối đa; đơn vị tự cấu hình',
    });
    const page = (await tnStaff.request('GET', `/api/training/classes/${tnClassId}`)).json();
    expect(page.class.classSize).toMatchObject({ configured: false, limit: null });
    expect(page.class.notices.map((n: { code: string }) => n.code)).toContain('CLASS_SIZE_UNCONFIGURED');

    const body = { classSizeLimits: [{ level: 'trung_cap', mode: 'khong_tap_trung', max: 2 }], positionLists: {} };
    expect((await tnStaff.request('PUT', '/api/training/settings', body)).statusCode).toBe(403);
    const saved = await tnAdmin.request('PUT', '/api/training/settings', body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().effective.classSizeLimits).toEqual(body.classSizeLimits);
    const stale = (await tnStaff.request('GET', `/api/training/classes/${tnClassId}`)).json();
    expect(stale.class.settingsChangedSinceEvaluation).toBe(true);
    const evaluated = (await tnStaff.request('POST', `/api/training/classes/${tnClassId}/evaluate`)).json();
    expect(evaluated.class.classSize).toMatchObject({ enrolled: 3, limit: 2, exceeded: true });
    expect(evaluated.classFindings.map((f: { rule: string }) => f.rule)).toEqual(['C-04']);
    const audit = (await tnAdmin.request('GET', '/api/audit?action=training.')).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toEqual(
      expect.arrayContaining(['training.settings.updated', 'training.class.evaluated', 'training.imported']),
    );
  });

  it('rejects duplicate limits and unknown lists; position lists are editable', async () => {
    const dup = await tnAdmin.request('PUT', '/api/training/settings', {
      classSizeLimits: [
        { level: 'so_cap', mode: 'tap_trung', max: 50 },
        { level: 'so_cap', mode: 'tap_trung', max: 60 },
      ],
      positionLists: {},
    });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toContain('Trùng giới hạn');
    expect(
      (
        await tnAdmin.request('PUT', '/api/training/settings', {
          classSizeLimits: [],
          positionLists: { 'khong-co': ['A'] },
        })
      ).statusCode,
    ).toBe(400);
    const defaults = (await tnAdmin.request('GET', '/api/training/settings')).json().defaultPositionLists;
    const r57 = defaults.find((l: { id: string }) => l.id === 'R57-trung-cap');
    const res = await tnAdmin.request('PUT', '/api/training/settings', {
      classSizeLimits: [],
      positionLists: { 'R57-trung-cap': [...r57.entries, 'Chuyên viên'] },
    });
    expect(res.statusCode).toBe(200);
    const list = (await tnStaff.request('GET', '/api/training/classes?q=TN-TC57')).json();
    const page = (await tnStaff.request('POST', `/api/training/classes/${list.items[0].id}/evaluate`)).json();
    const chuyen = page.learners.find((l: { fullName: string }) => l.fullName === 'Đỗ Văn Chuyên');
    expect(chuyen.findings).toEqual([]);
  });

  it("network-wide defaults are the Academy administrator's", async () => {
    const body = { classSizeLimits: [{ level: 'so_cap', mode: 'tap_trung', max: 120 }], positionLists: {} };
    expect((await academy.request('PUT', '/api/training/settings', body)).statusCode).toBe(403);
    expect(
      (await academyAdmin.request('PUT', '/api/training/settings', { ...body, organisationId: tnOrgId })).statusCode,
    ).toBe(403);
    const res = await academyAdmin.request('PUT', '/api/training/settings', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'network', canEdit: true });
    const school = (await vlAdmin.request('GET', '/api/training/settings')).json();
    expect(school.effective.classSizeLimits).toEqual(body.classSizeLimits);
  });
});

describe('hosts resolve against the network in the database', () => {
  it('a sector school added by the Academy is recognised as a host and its online trung cấp class gets C-03', async () => {
    const created = await academyAdmin.request('POST', '/api/network/organisations', {
      code: 'TCB-KIEMTHU',
      name: 'Trường Cán bộ Kiểm Thử',
    });
    expect(created.statusCode, created.body).toBe(201);
    const person = await academyAdmin.request('POST', '/api/people', {
      organisationId: created.json().id,
      email: 'quantri@kiemthu.vn',
      fullName: 'Quản Trị Kiểm Thử',
      role: 'school_admin',
      password: 'MatKhauKiemThu2026',
    });
    expect(person.statusCode, person.body).toBe(201);
    const sector = await loginAs(t.app, 'quantri@kiemthu.vn', 'MatKhauKiemThu2026');
    const file = await importWorkbook(
      [
        {
          'Mã lớp': 'KT-TC-01',
          'Cơ sở đào tạo': 'Trường Cán bộ Kiểm Thử',
          'Phương thức': 'Trực tuyến',
          'Ngày khai giảng': '01/11/2025',
          'Ngày bế giảng': '01/11/2026',
        },
      ],
      [{ 'Mã lớp': 'KT-TC-01', 'Họ và tên': 'Mai Văn Ngành', 'Ngày sinh': '01/01/1980' }],
    );
    const res = await upload(sector, '/api/training/imports', 'kt.xlsx', file);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    const page = (await sector.request('GET', `/api/training/classes/${res.json().classes[0].id}`)).json();
    expect(page.class).toMatchObject({ hostCode: 'TCB-KIEMTHU', hostKind: 'sector_school' });
    expect(page.classFindings.map((f: { rule: string }) => f.rule)).toEqual(['C-03']);
  });
});
