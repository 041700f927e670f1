/**
 * The standard political school over HTTP (SQLite and PostgreSQL): roster import (all or nothing, every
 * error), dossier steps and wrong-step messages, a self-assessment with computed indicators and evidence,
 * submission into the dossier, the Academy's survey, council and recognition, the network picture (and
 * letter 2174's on 31/5/2022), DOCX and XLSX out, catalogue import, evidence files, and isolation.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamToday } from '../src/lib/dates.ts';
import { rosterWorkbook, person, sampleRoster } from '../src/modules/standard/standard.test-support.ts';
import { multipart } from '../src/modules/training/training.test-support.ts';
import { buildCatalogueTemplate, PROVISIONAL_CATALOGUE } from '../src/standard/index.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';

let t: TestApp;
let leader: Client;
let clerk: Client;
let outsider: Client;
let academy: Client;
let academyStaff: Client;
let school: string;
const today = vietnamToday();

beforeAll(async () => {
  t = await createTestApp({ demo: 'full' });
  leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
  outsider = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
  academy = await loginAs(t.app, 'admin@hvctqg.vn');
  academyStaff = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
  school = leader.user.organisation.id;
});
afterAll(async () => t?.close());

const count = async (table: string) =>
  Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db)).rows[0]!.n);
const upload = (client: Client, url: string, fileName: string, data: Buffer) => {
  const body = multipart(fileName, data);
  return client.request('POST', url, body.payload, body.headers);
};
const record = (client: Client, body: unknown) =>
  client.request('POST', `/api/standard/schools/${school}/dossier/records`, body);
const network = async (date: string) => {
  const res = await academy.request('GET', `/api/standard/network?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('templates and catalogue', () => {
  it('serves the roster and catalogue templates as attachments', async () => {
    for (const url of ['/api/standard/roster-template.xlsx', '/api/standard/catalogue-template.xlsx']) {
      const res = await leader.request('GET', url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('attachment');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets.length).toBeGreaterThan(0);
    }
  });

  it('ships the provisional catalogue, every indicator "Chưa xác minh"', async () => {
    const list = (await leader.request('GET', '/api/standard/catalogues')).json();
    const provisional = list.items.find((v: { builtIn: boolean }) => v.builtIn);
    expect(provisional.declaredIndicatorCount).toBe(55);
    expect(provisional.items.length).toBe(PROVISIONAL_CATALOGUE.items.length);
    expect(new Set(provisional.items.map((i: { confidenceLabel: string }) => i.confidenceLabel))).toEqual(
      new Set(['Chưa xác minh']),
    );
  });

  it('lets only the Academy administrator import a version; a bad file stores nothing', async () => {
    const query =
      '?title=Danh%20m%E1%BB%A5c%20th%E1%BB%AD&effectiveFrom=2030-01-01&source=H%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn%20th%E1%BB%AD&confidence=secondary';
    const file = await buildCatalogueTemplate(PROVISIONAL_CATALOGUE);
    expect((await upload(leader, `/api/standard/catalogues${query}`, 'dm.xlsx', file)).statusCode).toBe(403);
    expect((await upload(academyStaff, `/api/standard/catalogues${query}`, 'dm.xlsx', file)).statusCode).toBe(403);
    const before = await count('standard_catalogue_versions');
    const bad = await upload(academy, `/api/standard/catalogues${query}`, 'dm.xlsx', Buffer.from('không phải excel'));
    expect(bad.statusCode).toBe(422);
    expect(await count('standard_catalogue_versions')).toBe(before);
    const ok = await upload(academy, `/api/standard/catalogues${query}`, 'dm.xlsx', file);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().version.items.length).toBe(PROVISIONAL_CATALOGUE.items.length);
    expect(await count('standard_catalogue_versions')).toBe(before + 1);
  });
});

describe('staff roster', () => {
  it('refuses a file with errors, listing every one, and writes nothing', async () => {
    const before = await count('standard_staff_members');
    const audits = await count('audit_log');
    const file = await rosterWorkbook([
      person('Sai Năm Sinh', { 'Năm sinh': 'abc' }),
      person('Sai Giới Tính', { 'Giới tính': 'X' }),
      person('Đúng'),
    ]);
    const preview = await upload(leader, `/api/standard/schools/${school}/roster/preview`, 'ds.xlsx', file);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().errors.length).toBeGreaterThanOrEqual(2);
    const res = await upload(leader, `/api/standard/schools/${school}/roster`, 'ds.xlsx', file);
    expect(res.statusCode).toBe(422);
    const rows = res.json().error.details.errors.map((e: { row: number }) => e.row);
    expect(rows).toEqual(expect.arrayContaining([2, 3]));
    expect(await count('standard_staff_members')).toBe(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it('imports the roster (the clerk may not), and another school cannot see it', async () => {
    expect(
      (await upload(clerk, `/api/standard/schools/${school}/roster`, 'ds.xlsx', await sampleRoster())).statusCode,
    ).toBe(403);
    const res = await upload(leader, `/api/standard/schools/${school}/roster`, 'ds.xlsx', await sampleRoster());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().members).toHaveLength(10);
    expect(res.json().total).toBe(10);
    const second = (await leader.request('GET', `/api/standard/schools/${school}/roster?page=2&pageSize=4`)).json();
    expect(second.members.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Giảng viên Thạc sĩ 5',
      'Giảng viên Thạc sĩ 6',
      'Giảng viên Tiến sĩ Một',
      'Giảng viên Tiến sĩ Hai',
    ]);
    expect(second.summary.total).toBe(10);
    expect(res.json().summary.lecturers).toBe(8);
    expect((await outsider.request('GET', `/api/standard/schools/${school}/roster`)).statusCode).toBe(404);
  });
});

describe('dossier, self-assessment, Academy steps and the network', () => {
  let assessmentId = '';
  let recognisedBefore = 0;

  it('records the school steps; a wrong step gets a clear message and changes nothing', async () => {
    recognisedBefore = (await network(today)).milestones.recognised;
    const approved = await record(leader, {
      kind: 'project_approved',
      date: '2025-09-01',
      data: {
        decisionNumber: '123-QĐ/TU',
        approvedBy: 'Ban Thường vụ Tỉnh ủy',
        periodFrom: 2025,
        periodTo: 2030,
        targetLevel: 1,
        targetYear: 2026,
      },
    });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().stage).toBe('approved');
    const before = await count('standard_dossier_records');
    const survey = await record(leader, {
      kind: 'survey_visit',
      date: today,
      data: { leader: null, members: [], findings: [], reportReference: null },
    });
    expect(survey.statusCode).toBe(400);
    expect(survey.json().error.message).toContain('Học viện');
    const early = await record(academy, {
      kind: 'recognition',
      date: today,
      data: { decisionNumber: '1-QĐ/HVCTQG', level: 1, signer: null },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('Còn thiếu');
    const missingField = await record(leader, { kind: 'registration', date: '2025-10-01', data: { level: 1 } });
    expect(missingField.statusCode).toBe(400);
    expect(await count('standard_dossier_records')).toBe(before);
    const registered = await record(leader, {
      kind: 'registration',
      date: '2025-10-01',
      data: { targetYear: 2026, level: 1, reference: '45-CV/TCT' },
      documents: [{ title: 'Công văn đăng ký', reference: '45-CV/TCT', fileId: null }],
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json().records.at(-1)).toMatchObject({
      recorderName: 'Phạm Quốc Hùng',
      documents: [{ title: 'Công văn đăng ký', reference: '45-CV/TCT', fileId: null }],
    });
    expect(registered.json().directiveAnswer).toMatchObject({
      stage: 'registered',
      decisionNumber: '123-QĐ/TU',
      targetYear: 2026,
    });
  });

  it('starts an assessment with computed indicators and their workings', async () => {
    const res = await leader.request('POST', `/api/standard/schools/${school}/assessments`, {
      targetLevel: 1,
      filingDate: today,
      purpose: 'application',
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    assessmentId = view.assessment.id;
    expect(view.assessment.catalogueVersionId).toBe(PROVISIONAL_CATALOGUE.id);
    const lecturers = view.indicators.find((i: { code: string }) => i.code === '2.01');
    expect(lecturers.valueSource).toBe('computed');
    expect(lecturers.value).toBe(80);
    expect(lecturers.computation.worked).toContain('8');
    expect(lecturers.status).toBe('dat');
    const classics = view.indicators.find((i: { code: string }) => i.code === '2.05');
    expect(classics.value).toBe(87.5);
    expect(classics.computation.notCounted).toContain('Giảng viên Tiến sĩ Hai');
    expect(view.progressLine).toMatch(/^1\/55 đạt/);
  });

  it('attaches evidence with codes; a malformed code changes nothing; a wrong indicator blocks submission', async () => {
    const put = (code: string, body: unknown) =>
      leader.request('PUT', `/api/standard/assessments/${assessmentId}/entries/${code}`, body);
    const bad = await put('2.01', {
      value: null,
      status: null,
      comment: null,
      evidence: [{ code: 'X-1', title: 'Sai', reference: null, issuer: null, fileId: null, note: null }],
    });
    expect(bad.statusCode).toBe(400);
    expect(await count('standard_assessment_entries')).toBe(0);
    const files = await (async () => {
      const body = multipart('quyet-dinh.pdf', Buffer.from('%PDF-1.4 minh chứng'), 'application/pdf');
      return leader.request('POST', `/api/standard/assessments/${assessmentId}/files`, body.payload, body.headers);
    })();
    expect(files.statusCode, files.body).toBe(201);
    const fileId = files.json().items[0].id;
    const download = await leader.request('GET', `/api/standard/assessments/${assessmentId}/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    const wrong = await put('2.01', {
      value: null,
      status: null,
      comment: null,
      evidence: [{ code: 'H3.01.01.01', title: 'Lạc chỗ', reference: null, issuer: null, fileId: null, note: null }],
    });
    expect(wrong.statusCode).toBe(200);
    expect(wrong.json().canSubmit).toBe(false);
    expect((await leader.request('POST', `/api/standard/assessments/${assessmentId}/submit`)).statusCode).toBe(400);
    for (const item of PROVISIONAL_CATALOGUE.items) {
      const n = item.code.split('.')[1];
      const res = await put(item.code, {
        value: item.howComputed === 'entered' || item.howComputed.startsWith('training') ? 10 : null,
        status: item.code === '4.04' ? 'vuot_chuan' : 'dat',
        comment: null,
        evidence: [
          {
            code: `h${item.criterion}.${n}.1.1`,
            title: `Minh chứng ${item.code}`,
            reference: 'Số 1/QĐ',
            issuer: 'Trường',
            fileId: item.code === '2.01' ? fileId : null,
            note: null,
          },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const view = (await leader.request('GET', `/api/standard/assessments/${assessmentId}`)).json();
    expect(view.canSubmit).toBe(true);
    expect(view.progressLine).toContain(`${PROVISIONAL_CATALOGUE.items.length}/55 đạt, 1 vượt chuẩn`);
    expect(view.indicators.find((i: { code: string }) => i.code === '2.01').evidence[0].code).toBe('H2.01.01.01');
  });

  it('submits into the dossier; the Academy records survey, council and recognition; the network changes', async () => {
    const submitted = await leader.request('POST', `/api/standard/assessments/${assessmentId}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().assessment.status).toBe('submitted');
    const dossier = (await leader.request('GET', `/api/standard/schools/${school}/dossier`)).json();
    expect(dossier.stage).toBe('applied');
    expect(dossier.records.at(-1).data.assessmentId).toBe(assessmentId);
    expect(
      (
        await leader.request('PUT', `/api/standard/assessments/${assessmentId}/entries/4.01`, {
          value: 1,
          status: 'dat',
          comment: null,
          evidence: [],
        })
      ).statusCode,
    ).toBe(409);

    expect(
      (
        await record(leader, {
          kind: 'appraisal_council',
          date: today,
          data: { chair: 'A', members: [], level: 1, result: 'de_nghi_cong_nhan', vote: null },
        })
      ).statusCode,
    ).toBe(400);
    const survey = await record(academyStaff, {
      kind: 'survey_visit',
      date: today,
      data: {
        leader: 'Trưởng đoàn',
        members: ['Thành viên'],
        findings: [{ code: '2.01', status: 'dat' }],
        reportReference: null,
      },
    });
    expect(survey.statusCode, survey.body).toBe(201);
    const council = await record(academy, {
      kind: 'appraisal_council',
      date: today,
      data: { chair: 'Chủ tịch Hội đồng', members: ['Ủy viên'], level: 1, result: 'de_nghi_cong_nhan', vote: '7/7' },
    });
    expect(council.statusCode, council.body).toBe(201);
    const recognised = await record(academy, {
      kind: 'recognition',
      date: today,
      data: { decisionNumber: '9999-QĐ/HVCTQG', level: 1, signer: 'Giám đốc Học viện' },
    });
    expect(recognised.statusCode, recognised.body).toBe(201);
    expect(recognised.json()).toMatchObject({ stage: 'recognised', level: 1 });

    const after = await network(today);
    expect(after.milestones.recognised).toBe(recognisedBefore + 1);
    const row = after.schools.find((s: { id: string }) => s.id === school);
    expect(row).toMatchObject({ stage: 'recognised', level: 1, needsOwnAppraisal: false });
    expect(after.timeline.at(-1).decisionNumber).toBe('9999-QĐ/HVCTQG');
    const drill = await academy.request('GET', `/api/standard/network?date=${today}&stage=recognised`);
    expect(drill.json().schools.every((s: { stage: string }) => s.stage === 'recognised')).toBe(true);
    const card = (await academy.request('GET', '/api/home'))
      .json()
      .cards.find((c: { href?: string }) => c.href === '/truong-chuan-mang-luoi');
    expect(card.value).toBe(`${after.milestones.recognised}/${after.counts.total}`);
    const schoolCard = (await leader.request('GET', '/api/home'))
      .json()
      .cards.find((c: { href?: string }) => c.href === '/truong-chuan');
    expect(schoolCard).toMatchObject({ value: 'Đã được công nhận đạt chuẩn' });
    expect(schoolCard.hint).toContain('/55 đạt');
    const xlsx = await academy.request('GET', `/api/standard/network/export.xlsx?date=${today}`);
    expect(xlsx.statusCode).toBe(200);
    expect((await leader.request('GET', '/api/standard/network')).statusCode).toBe(403);
  });

  it('writes the DOCX report with the indicator table and the evidence list', async () => {
    const docx = await leader.request('GET', `/api/standard/assessments/${assessmentId}/report.docx`);
    expect(docx.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('BÁO CÁO TỰ ĐÁNH GIÁ');
    expect(xml).toContain('Minh chứng');
    expect(xml).toContain('H2.01.01.01');
    const list = await leader.request('GET', `/api/standard/assessments/${assessmentId}/evidence.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(list.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('H2.01.01.01');
  });

  it("shows a merged school its predecessors' recognitions and that it needs its own appraisal", async () => {
    const laoCai = (await network(today)).schools.find(
      (s: { name: string; inherited: unknown[] }) => s.name.includes('Lào Cai') && s.inherited.length > 0,
    );
    expect(laoCai).toBeDefined();
    const dossier = (await academy.request('GET', `/api/standard/schools/${laoCai.id}/dossier`)).json();
    expect(dossier.needsOwnAppraisal).toBe(true);
    expect(dossier.inherited.map((i: { date: string }) => i.date.slice(0, 4)).sort()).toEqual(['2022', '2023']);
    const own = (await leader.request('GET', `/api/standard/schools/${school}/dossier`)).json();
    expect(own.needsOwnAppraisal).toBe(false);
  });

  it("reproduces letter 2174's picture on 31/5/2022 from the demo dossiers", async () => {
    const p = await network('2022-05-31');
    expect(p.counts.total).toBe(63);
    expect(p.milestones.projectApproved).toBe(26);
    expect(p.milestones.registeredFor).toContainEqual({ year: 2022, count: 3 });
    const end2022 = await network('2022-12-31');
    expect(end2022.timeline[0].schoolName).toContain('Lào Cai');
  });
});

describe('one truth with item 1 of letter 2174 (directive obligation)', () => {
  it('a dossier step updates the obligation; an answer in the obligation becomes dossier records', async () => {
    const vl = outsider.user.organisation.id;
    const created = await academy.request('POST', '/api/directives', {
      title: 'Đề án trường chính trị chuẩn',
      numberSymbol: '77-CV/HVCTQG',
      issuedDate: today,
      recipientMode: 'custom',
      recipientIds: [vl],
      requirements: [{ no: 1, text: 'Phê duyệt đề án', deadline: '2027-12-31', answerType: 'standard_school_project' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await academy.request('POST', `/api/directives/${id}/issue`)).statusCode).toBe(200);
    const obligation = async () =>
      (await outsider.request('GET', `/api/obligations?directiveId=${id}`)).json().items[0];
    expect((await obligation()).stage).toBe('not_started');

    const step = await outsider.request('POST', `/api/standard/schools/${vl}/dossier/records`, {
      kind: 'project_approved',
      date: '2025-08-01',
      data: {
        decisionNumber: '55-QĐ/TU',
        approvedBy: null,
        periodFrom: 2025,
        periodTo: 2030,
        targetLevel: 1,
        targetYear: 2028,
      },
    });
    expect(step.statusCode, step.body).toBe(201);
    const after = await obligation();
    expect(after.stage).toBe('approved');
    expect(after.answer).toMatchObject({ decisionNumber: '55-QĐ/TU', approvalDate: '2025-08-01' });
    expect(after.status).toBe('done');

    const records = await count('standard_dossier_records');
    const contradicting = await outsider.request('PATCH', `/api/obligations/${after.id}`, {
      stage: 'approved',
      approvalDate: '2025-08-02',
      decisionNumber: '56-QĐ/TU',
    });
    expect(contradicting.statusCode).toBe(400);
    expect(contradicting.json().error.message).toContain('55-QĐ/TU');
    expect(await count('standard_dossier_records')).toBe(records);

    const answered = await outsider.request('PATCH', `/api/obligations/${after.id}`, {
      stage: 'registered',
      approvalDate: '2025-08-01',
      decisionNumber: '55-QĐ/TU',
      targetYear: 2028,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const dossier = (await outsider.request('GET', `/api/standard/schools/${vl}/dossier`)).json();
    expect(dossier.stage).toBe('registered');
    expect(dossier.registration).toEqual({ targetYear: 2028, level: 1 });
    expect(dossier.directiveAnswer).toMatchObject({ stage: 'registered', targetYear: 2028 });
  });
});
