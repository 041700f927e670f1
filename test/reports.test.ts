/**
 * Periodic reports over HTTP (SQLite and PostgreSQL): regimes designed by the Academy (JSON and XLSX),
 * a school's report pre-filled from its classes, validation, the workflow with numbering and delivery to
 * the Academy's incoming queue, return and correction, timeliness on the first sending, the matrix, the
 * aggregate, exports, reminders, and another school kept out.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendReportReminders } from '../src/modules/reports/reminders.job.ts';
import { QUARTERLY_TRAINING } from '../src/reports/index.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';
import { multipart } from '../src/modules/training/training.test-support.ts';
import { type Client, createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';
import { modulesOf } from '../src/testing/test-database.ts';
import { currentQuarter, insertClasses, orgIdOf } from './reports.support.ts';

let t: TestApp;
let academy: Client;
let staff: Client;
let leader: Client;
let outsider: Client;
let tn: string;
const period = currentQuarter();
const CODE = 'BC_QUY_HV';

beforeAll(async () => {
  t = await createTestApp({ demo: 'full' });
  academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
  staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
  leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
  outsider = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
  tn = await orgIdOf(t.database.db, THAI_NGUYEN_CODE);
  await insertClasses(t.database.db, tn, [
    { level: 'trung_cap', opening: period.cutoffFrom, closing: null, learners: 3 },
    { level: 'so_cap', opening: '2020-01-01', closing: period.cutoffFrom, learners: 2 },
  ]);
});
afterAll(async () => t?.close());

const designed = {
  ...QUARTERLY_TRAINING,
  code: CODE,
  name: 'Báo cáo quý về đào tạo (Học viện thiết kế)',
  rules: [
    ...QUARTERLY_TRAINING.rules,
    {
      code: 'HV_01',
      left: '#{B01.TONG.dang}',
      operator: '<=',
      right: '50',
      importance: 'error',
      message: 'Một trường không thể có quá 50 lớp đang học',
    },
  ],
};

describe('regimes', () => {
  it('lists the shipped regimes with their uncertain elements', async () => {
    const list = (await staff.request('GET', '/api/report-regimes')).json().items;
    expect(list.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['BC_DTBD_QUY', 'BC_SO_KET_6T', 'BC_TONG_KET_NAM', 'BC_TRUONG_CHUAN', 'BC_CV2174']),
    );
    expect(list.find((r: { code: string }) => r.code === 'BC_DTBD_QUY').uncertain).toContain('cutoff');
  });

  it('lets the Academy publish a regime (not a school), refuses an invalid one and versions a changed one', async () => {
    expect((await staff.request('POST', '/api/report-regimes', { definition: designed })).statusCode).toBe(403);
    const bad = await academy.request('POST', '/api/report-regimes', {
      definition: { ...designed, rules: [{ ...designed.rules.at(-1), left: '#{B09.X.y}' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/chưa hợp lệ/);
    const res = await academy.request('POST', '/api/report-regimes', { definition: designed });
    expect(res.statusCode).toBe(201);
    expect(res.json().summary).toMatchObject({
      code: CODE,
      version: 1,
      rules: designed.rules.length,
      origin: 'designed',
    });
    const v2 = await academy.request('POST', '/api/report-regimes', {
      definition: { ...designed, name: 'Báo cáo quý (phiên bản 2)' },
      effectiveFrom: '2031-01-01',
    });
    expect(v2.json().summary).toMatchObject({ version: 2, effectiveFrom: '2031-01-01' });
    const v1 = (await academy.request('GET', `/api/report-regimes/${CODE}/1`)).json();
    expect(v1.summary.effectiveTo).toBe('2030-12-31');
  });

  it('imports a regime from the XLSX template and lists every error of a broken one', async () => {
    const template = await academy.request('GET', '/api/report-regimes/template.xlsx');
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    wb.getWorksheet('Chế độ báo cáo')!.getCell('B2').value = 'BC_QUY_XLSX';
    const upload = multipart('che-do.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const res = await academy.request('POST', '/api/report-regimes/import', upload.payload, upload.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().summary).toMatchObject({ code: 'BC_QUY_XLSX', version: 1, origin: 'imported' });
    wb.getWorksheet('Quy tắc kiểm tra')!.addRow(['X_01', '#{B01.KHONG.mo}', '≤', '5', 'Lỗi', 'Sai']);
    const broken = multipart('che-do.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const bad = await academy.request('POST', '/api/report-regimes/import', broken.payload, broken.headers);
    expect(bad.statusCode).toBe(400);
    expect(Array.isArray(bad.json().error.details)).toBe(true);
  });
});

describe("a school's quarterly report", () => {
  let id: string;
  const cell = { form: 'B01' };

  it('is due, and opens pre-filled from the school’s classes', async () => {
    const due = (await staff.request('GET', '/api/reports/due')).json().items;
    const mine = due.filter((d: { regimeCode: string }) => d.regimeCode === CODE);
    expect(mine.map((d: { periodCode: string }) => d.periodCode)).toContain(period.code);
    expect(mine.find((d: { periodCode: string }) => d.periodCode === period.code)).toMatchObject({ reportId: null });
    const res = await staff.request('POST', '/api/reports', { regimeCode: CODE, periodCode: period.code });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(
      (await staff.request('POST', '/api/reports', { regimeCode: CODE, periodCode: period.code })).statusCode,
    ).toBe(409);
    const report = (await staff.request('GET', `/api/reports/${id}`)).json();
    expect(report.content.figures.B01.TC.mo).toMatchObject({ value: 1, computed: { value: 1 } });
    expect(report.content.figures.B01.SC.hv_be.value).toBe(2);
    expect(report.content.figures.B01.TONG.hv_dang.value).toBe(3);
    expect(report.validation.ok).toBe(false);
    expect(report.actions).toEqual(['submit']);
    const home = (await staff.request('GET', '/api/home')).json();
    expect(home.cards.find((c: { href?: string }) => c.href === '/bao-cao')).toMatchObject({
      label: 'Báo cáo định kỳ phải gửi',
    });
  });

  it('keeps an edited figure with its reason when recomputed, and follows TCT where not edited', async () => {
    const edited = await staff.request('PATCH', `/api/reports/${id}/figures`, {
      figures: [{ form: 'B01', row: 'TC', column: 'mo', value: 2, reason: 'Lớp mở ngày cuối kỳ nhập muộn' }],
    });
    expect(edited.json().content.figures.B01.TC.mo).toMatchObject({
      value: 2,
      computed: { value: 1 },
      reason: 'Lớp mở ngày cuối kỳ nhập muộn',
    });
    await insertClasses(t.database.db, tn, [
      { level: 'boi_duong', opening: period.cutoffFrom, closing: null, learners: 4 },
    ]);
    const refreshed = (await staff.request('POST', `/api/reports/${id}/refresh`)).json();
    expect(refreshed.content.figures.B01.BD.mo).toMatchObject({ value: 1, computed: { value: 1 } });
    expect(refreshed.content.figures.B01.TC.mo).toMatchObject({ value: 2, reason: 'Lớp mở ngày cuối kỳ nhập muộn' });
    const back = (
      await staff.request('PATCH', `/api/reports/${id}/figures`, {
        figures: [
          { form: 'B01', row: 'TC', column: 'mo', value: 1 },
          { form: 'B01', row: 'BD', column: 'mo', value: 1 },
        ],
      })
    ).json();
    expect(back.content.figures.B01.TC.mo).toMatchObject({ value: 1, reason: null });
  });

  it('is invisible to another school', async () => {
    expect((await outsider.request('GET', `/api/reports/${id}`)).statusCode).toBe(404);
    expect((await outsider.request('GET', '/api/reports')).json().items).toEqual([]);
  });

  it('needs a reason to change a computed figure and fails validation until corrected', async () => {
    const noReason = await staff.request('PATCH', `/api/reports/${id}/figures`, {
      figures: [{ ...cell, row: 'TC', column: 'mo', value: 2 }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/lý do/);
    const graduates = await staff.request('PATCH', `/api/reports/${id}/figures`, {
      figures: [
        { ...cell, row: 'SC', column: 'tot_nghiep', value: 5 },
        { ...cell, row: 'TONG', column: 'tot_nghiep', value: 5 },
      ],
    });
    expect(graduates.statusCode).toBe(200);
    expect(graduates.json().validation.errors.map((e: { code: string }) => e.code)).toContain('B01_TOT_NGHIEP');
    const submit = await staff.request('POST', `/api/reports/${id}/actions/submit`, {});
    expect(submit.statusCode).toBe(400);
    expect(submit.json().error.message).toMatch(/Báo cáo còn \d+ lỗi/);
    await staff.request('PATCH', `/api/reports/${id}/figures`, {
      figures: [
        { ...cell, row: 'SC', column: 'tot_nghiep', value: 2 },
        { ...cell, row: 'TONG', column: 'tot_nghiep', value: 2 },
      ],
    });
    const report = (
      await staff.request('PATCH', `/api/reports/${id}/narrative`, {
        sections: [
          { code: '1', text: 'Trong quý trường khai giảng 1 lớp trung cấp.' },
          { code: '2', text: 'Trường duy trì 1 lớp đang học.' },
        ],
      })
    ).json();
    expect(report.validation.errors).toEqual([]);
    expect(report.validation.ok).toBe(true);
  });

  it('is approved by the leader only, locked, numbered and delivered to the Academy', async () => {
    expect((await staff.request('POST', `/api/reports/${id}/actions/submit`, {})).statusCode).toBe(200);
    expect((await staff.request('POST', `/api/reports/${id}/actions/approve`, {})).statusCode).toBe(403);
    expect((await leader.request('POST', `/api/reports/${id}/actions/approve`, {})).statusCode).toBe(200);
    const locked = await staff.request('PATCH', `/api/reports/${id}/narrative`, {
      sections: [{ code: '1', text: 'Sửa lén' }],
    });
    expect(locked.statusCode).toBe(409);
    const sent = await leader.request('POST', `/api/reports/${id}/actions/send`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().numberSymbol).toMatch(/^\d+-BC\//);
    const arrival = await t.database.db
      .selectFrom('documents')
      .innerJoin('organisations as o', 'o.id', 'documents.organisation_id')
      .select([
        'documents.status',
        'documents.direction',
        'o.code',
        'documents.issuer_name',
        'documents.register_number',
      ])
      .where('documents.number_symbol', '=', sent.json().numberSymbol)
      .orderBy('documents.direction')
      .execute();
    // The school's outgoing register holds the report under its number (no hole), the Academy has it arriving.
    expect(arrival).toEqual([
      {
        status: 'arrived',
        direction: 'incoming',
        code: 'HVCTQG',
        issuer_name: expect.stringMatching(/THÁI NGUYÊN/),
        register_number: null,
      },
      {
        status: 'issued',
        direction: 'outgoing',
        code: expect.stringMatching(/^TCT-/),
        issuer_name: expect.stringMatching(/Thái Nguyên/),
        register_number: Number(sent.json().numberSymbol.match(/^\d+/)[0]),
      },
    ]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['report.created', 'report.approve', 'report.send']),
    );
  });

  it('is returned with a comment, corrected as revision 2 and accepted; timeliness keeps the first sending', async () => {
    expect((await academy.request('POST', `/api/reports/${id}/actions/return`, {})).statusCode).toBe(400);
    expect((await outsider.request('POST', `/api/reports/${id}/actions/accept`, {})).statusCode).toBe(404);
    const returned = await academy.request('POST', `/api/reports/${id}/actions/return`, { comment: 'Bổ sung mục 3' });
    expect(returned.json().state).toBe('returned');
    expect((await staff.request('POST', `/api/reports/${id}/actions/correct`, {})).json()).toMatchObject({
      state: 'draft',
      revision: 2,
    });
    await staff.request('PATCH', `/api/reports/${id}/narrative`, {
      sections: [{ code: '3', text: 'Kiến nghị bổ sung giảng viên.' }],
    });
    await staff.request('POST', `/api/reports/${id}/actions/submit`, {});
    await leader.request('POST', `/api/reports/${id}/actions/approve`, {});
    const second = (await leader.request('POST', `/api/reports/${id}/actions/send`, {})).json();
    expect((await academy.request('POST', `/api/reports/${id}/actions/accept`, {})).json().state).toBe('accepted');
    const history = (await staff.request('GET', `/api/reports/${id}/history`)).json();
    expect(history.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(history.revisions[1].numberSymbol).toBe(second.numberSymbol);
    expect(history.firstSentAt).toBe(history.events.find((e: { action: string }) => e.action === 'send').at);
    const report = (await staff.request('GET', `/api/reports/${id}`)).json();
    expect(report).toMatchObject({ state: 'accepted', revision: 2, onTime: true, editable: false });
  });

  it('shows on the Academy matrix on time and in the aggregate, with exports; schools cannot see them', async () => {
    const q = `regimeCode=${CODE}&from=${period.cutoffTo}&to=${period.cutoffTo}`;
    expect((await staff.request('GET', `/api/report-matrix?${q}`)).statusCode).toBe(403);
    const matrix = (await academy.request('GET', `/api/report-matrix?${q}`)).json();
    expect(matrix.columns).toHaveLength(1);
    const row = matrix.schools.find((s: { code: string }) => s.code === THAI_NGUYEN_CODE);
    expect(row.cells[0]).toMatchObject({ status: 'on_time', state: 'accepted', revision: 2 });
    const vl = matrix.schools.find((s: { code: string }) => s.code === VINH_LONG_CODE);
    expect(vl.cells[0].status).toBe('pending');
    expect(matrix.columns[0].received).toBe(1);
    expect(matrix.columns[0].expected).toBeGreaterThan(30);
    const agg = (
      await academy.request('GET', `/api/report-aggregate?regimeCode=${CODE}&periodCode=${period.code}`)
    ).json();
    expect(agg.reports).toBe(1);
    const tc = agg.cells.find((c: { row: string; column: string }) => c.row === 'TC' && c.column === 'mo');
    expect(tc).toMatchObject({ value: 1, n: 1, schools: [{ code: THAI_NGUYEN_CODE, value: 1 }] });
    const xlsx = await academy.request('GET', `/api/report-matrix.xlsx?${q}`);
    expect([xlsx.statusCode, xlsx.rawPayload.subarray(0, 2).toString()]).toEqual([200, 'PK']);
    const docx = await academy.request(
      'GET',
      `/api/report-aggregate.docx?regimeCode=${CODE}&periodCode=${period.code}`,
    );
    expect([docx.statusCode, docx.headers['content-type']]).toEqual([200, expect.stringMatching(/wordprocessingml/)]);
    expect(
      (await outsider.request('GET', `/api/report-aggregate?regimeCode=${CODE}&periodCode=${period.code}`)).statusCode,
    ).toBe(403);
  });
});

describe('pre-fill from directive obligations', () => {
  it("counts the school's obligations (its predecessor's included) by status and lists sources with no data", async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const periods = (await staff.request('GET', '/api/report-regimes/BC_TONG_KET_NAM/periods')).json().items;
    const current = periods.find(
      (p: { cutoffFrom: string; deadline: string }) => p.cutoffFrom <= today && today <= p.deadline,
    );
    const res = await staff.request('POST', '/api/reports', {
      regimeCode: 'BC_TONG_KET_NAM',
      periodCode: current.code,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().problems.some((p: { form: string }) => p.form === 'B03')).toBe(true);
    const figures = (await staff.request('GET', `/api/reports/${res.json().id}`)).json().content.figures.B04;
    const reach = [
      tn,
      ...(
        await t.database.db
          .selectFrom('organisation_successions')
          .select('predecessor_id')
          .where('successor_id', '=', tn)
          .execute()
      ).map((r) => r.predecessor_id),
    ];
    const obligations = await t.database.db
      .selectFrom('obligations')
      .select('status')
      .where('organisation_id', 'in', reach)
      .execute();
    expect(obligations.length).toBeGreaterThan(0);
    const total = ['CHUA', 'DANG', 'XONG'].reduce((n, row) => n + (figures[row].so.value as number), 0);
    expect(total).toBe(obligations.length);
    expect(figures.CHUA.so.computed.explanation).toBeTruthy();
  });
});

describe('reminders', () => {
  it('remind schools with reports due within 7 days or overdue, once a day', async () => {
    const regimes = modulesOf(t.database).reports.services.regimes;
    const date = period.deadline;
    const first = await sendReportReminders(t.database.db, regimes, date);
    expect(first.schools).toBeGreaterThan(1);
    const vl = await orgIdOf(t.database.db, VINH_LONG_CODE);
    const notes = await t.database.db
      .selectFrom('notifications')
      .select(['title', 'body'])
      .where('organisation_id', '=', vl)
      .where('kind', '=', 'report_reminder')
      .execute();
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]!.body).toContain(period.label);
    const tnNotes = await t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('organisation_id', '=', tn)
      .where('kind', '=', 'report_reminder')
      .execute();
    for (const n of tnNotes) expect(n.body).not.toContain(`Học viện thiết kế), ${period.label}`);
    const again = await sendReportReminders(t.database.db, regimes, date);
    expect([again.notifications, again.emails]).toEqual([0, 0]);
    expect(first.emails).toBeGreaterThan(0);
  });
});
