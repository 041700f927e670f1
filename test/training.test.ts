/**
 * Training import and findings over the HTTP API: template, preview (every error, nothing written),
 * all-or-nothing import, findings with rule codes and citations, updates, overrides and their audit.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostResolver, parseImportFile } from '../src/compliance/index.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { importWorkbook, multipart, sampleWorkbook } from '../src/modules/training/training.test-support.ts';

let t: TestApp;
let leader: Client;
let staff: Client;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ demo: 'accounts' });
  leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
  staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
  admin = await loginAs(t.app, 'quantri@tct-thainguyen.vn');
});
afterAll(async () => t?.close());

const TABLES = [
  'training_classes',
  'learners',
  'enrolments',
  'compliance_findings',
  'compliance_overrides',
  'audit_log',
] as const;
async function counts(): Promise<Record<(typeof TABLES)[number], number>> {
  const out = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES)
    out[table] = Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db)).rows[0]!.n,
    );
  return out;
}

function upload(client: Client, url: string, fileName: string, data: Buffer) {
  const body = multipart(fileName, data);
  return client.request('POST', url, body.payload, body.headers);
}

type Finding = {
  id: string;
  rule: string;
  severity: string;
  severityLabel: string;
  regime: string;
  regimeLabel: string;
  citation: string;
  confidence: string;
  source: { document: string; article: string };
  values: Record<string, unknown>;
  override: { id: string; decisionReference: string } | null;
};
type ClassPage = {
  class: { id: string; code: string; size: number; regime: string };
  classFindings: Finding[];
  learners: { id: string; fullName: string; findings: Finding[] }[];
};

async function classByCode(client: Client, code: string): Promise<ClassPage> {
  const list = (await client.request('GET', `/api/training/classes?q=${encodeURIComponent(code)}`)).json();
  const item = list.items.find((c: { code: string }) => c.code === code);
  expect(item, `class ${code}`).toBeDefined();
  return (await client.request('GET', `/api/training/classes/${item.id}`)).json();
}

const learnerFindings = (page: ClassPage, name: string) => page.learners.find((l) => l.fullName === name)!.findings;

describe('import template', () => {
  it('downloads as XLSX and parses back', async () => {
    const res = await staff.request('GET', '/api/training/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const parsed = await parseImportFile(res.rawPayload, 'mau.xlsx', { resolveHost: createHostResolver() });
    expect(parsed.errors).toEqual([]);
    expect(parsed.classes).toHaveLength(1);
    expect(parsed.learners).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Lớp học', 'Học viên']);
  });

  it('refuses the template as is: its example rows must be deleted', async () => {
    const template = (await staff.request('GET', '/api/training/template.xlsx')).rawPayload;
    const res = await upload(staff, '/api/training/imports/preview', 'mau.xlsx', template);
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(res.json().errors[0]).toMatchObject({ sheet: 'Lớp học', row: 2, column: 'Mã lớp' });
    expect(res.json().errors[0].message).toContain('dòng ví dụ');
  });
});

describe('preview and all-or-nothing import', () => {
  const broken = () =>
    importWorkbook(
      [
        { 'Mã lớp': 'TN-LOI-1', 'Tên lớp': null },
        { 'Mã lớp': 'TN-LOI-2', 'Ngày khai giảng': '31/02/2025' },
        { 'Mã lớp': 'TN-LOI-3', 'Cơ sở đào tạo': 'Trường Chính trị không tồn tại' },
        { 'Mã lớp': 'TN-LOI-4', 'Cơ sở đào tạo': 'Trường Chính trị tỉnh Vĩnh Long' },
      ],
      [
        { 'Mã lớp': 'KHONG-CO', 'Họ và tên': 'Người Lạc Lớp' },
        { 'Mã lớp': 'TN-LOI-1', 'Giới tính': 'Khác' },
        { 'Mã lớp': 'TN-LOI-1', 'Ngày sinh': '01/01/2090' },
      ],
    );

  it('preview lists every error with sheet, row, column and a Vietnamese message, and writes nothing', async () => {
    const before = await counts();
    const res = await upload(staff, '/api/training/imports/preview', 'loi.xlsx', await broken());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(false);
    const where = body.errors.map(
      (e: { sheet: string; row: number; column: string }) => `${e.sheet}!${e.row}:${e.column}`,
    );
    expect(where).toEqual(
      expect.arrayContaining([
        'Lớp học!2:Tên lớp',
        'Lớp học!3:Ngày khai giảng',
        'Lớp học!4:Cơ sở đào tạo',
        'Lớp học!5:Cơ sở đào tạo',
        'Học viên!2:Mã lớp',
        'Học viên!3:Giới tính',
        'Học viên!4:Ngày sinh',
      ]),
    );
    expect(
      body.errors.find((e: { row: number; sheet: string }) => e.sheet === 'Lớp học' && e.row === 5).message,
    ).toContain('trường khác');
    expect(body.classes).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('an invalid import is refused with the full error list and writes nothing', async () => {
    const before = await counts();
    const res = await upload(staff, '/api/training/imports', 'loi.xlsx', await broken());
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('chưa ghi dữ liệu nào');
    expect(res.json().error.details.errors.length).toBeGreaterThanOrEqual(7);
    expect(await counts()).toEqual(before);
  });

  it('an unreadable file is an error, not a crash', async () => {
    const res = await upload(staff, '/api/training/imports/preview', 'rac.xlsx', Buffer.from('PK không phải xlsx'));
    expect(res.statusCode).toBe(200);
    expect(res.json().errors[0].message).toContain('Không đọc được tệp XLSX');
  });

  it('caps the upload size', async () => {
    const res = await upload(
      staff,
      '/api/training/imports/preview',
      'lon.xlsx',
      Buffer.alloc(10 * 1024 * 1024 + 1024, 65),
    );
    expect(res.statusCode).toBe(413);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await staff.request('GET', '/api/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/training/imports',
        '/api/training/classes/{id}',
        '/api/training/findings/{id}/override',
      ]),
    );
  });

  it('a clerk may not import', async () => {
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    expect((await upload(clerk, '/api/training/imports/preview', 'a.xlsx', await sampleWorkbook())).statusCode).toBe(
      403,
    );
  });

  it('preview evaluates without writing; import writes classes, learners, enrolments and findings', async () => {
    const before = await counts();
    const preview = (await upload(staff, '/api/training/imports/preview', 'lop.xlsx', await sampleWorkbook())).json();
    expect(preview.ok).toBe(true);
    expect(preview.totals).toMatchObject({ classes: 3, created: 3, learnerRows: 8, newLearners: 8 });
    expect(preview.byRule.map((r: { rule: string }) => r.rule)).toEqual(
      expect.arrayContaining(['L-TC-03', 'L-TC-04', 'L-TC-01', 'C-03', 'L-ANY-01', 'L-TC-06']),
    );
    expect(preview.findings.find((f: { rule: string }) => f.rule === 'L-TC-03')).toMatchObject({
      sheet: 'Học viên',
      row: 2,
      learner: 'Nguyễn Văn Trẻ',
      regimeLabel: '57-QĐ/TW',
    });
    expect(await counts()).toEqual(before);

    const res = await upload(staff, '/api/training/imports', 'lop.xlsx', await sampleWorkbook());
    expect(res.statusCode).toBe(201);
    const after = await counts();
    expect(after.training_classes - before.training_classes).toBe(3);
    expect(after.learners - before.learners).toBe(8);
    expect(after.enrolments - before.enrolments).toBe(8);
    expect(after.compliance_findings - before.compliance_findings).toBe(preview.totals.findings);
    expect(after.audit_log - before.audit_log).toBe(1);
  });

  it('stores each finding with its rule code, values, regime, citation, severity and confidence', async () => {
    const tc57 = await classByCode(staff, 'TN-TC57-KTT');
    expect(tc57.class).toMatchObject({ size: 4, regime: 'R57' });
    const young57 = learnerFindings(tc57, 'Nguyễn Văn Trẻ').find((f) => f.rule === 'L-TC-03')!;
    expect(young57).toMatchObject({
      severity: 'warning',
      severityLabel: 'Cảnh báo',
      regime: 'R57',
      regimeLabel: '57-QĐ/TW',
      confidence: 'confirmed',
    });
    expect(young57.values).toMatchObject({ gender: 'nam', age: 29, minimumAge: 35, openingDate: '2024-09-01' });
    expect(young57.citation).toMatch(/^Nguồn: Quy định 57-QĐ\/TW ngày 08\/02\/2022 của Ban Bí thư, /);
    expect(learnerFindings(tc57, 'Trần Văn Bằng').map((f) => f.rule)).toEqual(['L-ANY-01']);
    expect(learnerFindings(tc57, 'Trần Văn Bằng')[0]!.confidence).toBe('uncertain');
    expect(learnerFindings(tc57, 'Lê Thị Đủ')).toEqual([]);

    const tc350 = await classByCode(staff, 'TN-TC350-KTT');
    const young350 = learnerFindings(tc350, 'Phạm Văn Nhỏ').find((f) => f.rule === 'L-TC-04')!;
    expect(young350).toMatchObject({
      severity: 'blocking',
      severityLabel: 'Vi phạm tiêu chuẩn',
      regimeLabel: '350-QĐ/TW',
    });
    expect(young350.source.document).toBe('Quy định 350-QĐ/TW ngày 29/8/2025');
    expect(learnerFindings(tc350, 'Hoàng Thị Ngoài').map((f) => f.rule)).toContain('L-TC-01');

    const online = await classByCode(staff, 'TN-SC-ONLINE');
    expect(online.classFindings.map((f) => f.rule)).toEqual(['C-03']);
    expect(online.classFindings[0]!.citation).toContain('Công văn 2174-CV/HVCTQG ngày 31/5/2022');
  });

  it('keeps full names exactly as typed, in NFC', async () => {
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    const res = await upload(
      staff,
      '/api/training/imports',
      'nfc.xlsx',
      await importWorkbook(
        [
          {
            'Mã lớp': 'TN-NFC',
            'Chương trình': 'Bồi dưỡng',
            'Ngày khai giảng': '01/10/2025',
            'Ngày bế giảng': '10/10/2025',
          },
        ],
        [{ 'Mã lớp': 'TN-NFC', 'Họ và tên': `  ${decomposed}  ` }],
      ),
    );
    expect(res.statusCode).toBe(201);
    const page = await classByCode(staff, 'TN-NFC');
    expect(page.learners[0]!.fullName).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
  });

  it('an existing class code is an error unless updates are allowed; an update keeps learner identities', async () => {
    const again = await upload(staff, '/api/training/imports/preview', 'lop.xlsx', await sampleWorkbook());
    expect(again.json().ok).toBe(false);
    expect(again.json().errors).toHaveLength(3);
    expect(again.json().errors[0].message).toContain('đã có trong hệ thống');
    const before = await classByCode(staff, 'TN-TC350-KTT');
    const res = await upload(
      staff,
      '/api/training/imports?allowUpdates=true',
      'lop.xlsx',
      await importWorkbook(
        [
          {
            'Mã lớp': 'TN-TC350-KTT',
            'Tên lớp': 'Trung cấp K21 (sửa)',
            'Chương trình': 'Trung cấp LLCT',
            'Hình thức': 'Không tập trung',
            'Ngày khai giảng': '15/09/2025',
            'Ngày bế giảng': '15/09/2026',
          },
        ],
        [
          {
            'Mã lớp': 'TN-TC350-KTT',
            'Họ và tên': 'Phạm Văn Nhỏ',
            'Ngày sinh': '01/01/2000',
            'Giới tính': 'Nam',
            'Ngày vào Đảng': '01/01/2022',
          },
          { 'Mã lớp': 'TN-TC350-KTT', 'Họ và tên': 'Vũ Thị Chuẩn', 'Ngày sinh': '01/01/1988', 'Giới tính': 'Nữ' },
        ],
      ),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().totals).toMatchObject({ updated: 1, updatedLearners: 2, removedLearners: 1 });
    const after = await classByCode(staff, 'TN-TC350-KTT');
    expect(after.learners.map((l) => l.fullName)).toEqual(['Phạm Văn Nhỏ', 'Vũ Thị Chuẩn']);
    expect(after.learners[0]!.id).toBe(before.learners.find((l) => l.fullName === 'Phạm Văn Nhỏ')!.id);
  });

  it('a CSV of learners adds them to an existing class', async () => {
    const csv =
      'Mã lớp;Họ và tên;Ngày sinh;Giới tính;Đảng viên;Ngày vào Đảng;Trình độ học vấn;Xếp loại năm trước;Xếp loại hai năm trước;Chức vụ\n' +
      'TN-TC350-KTT;Đinh Văn Mới;02/02/1990;Nam;Dự bị;01/06/2025;Cao đẳng;HTTNV;HTNV;Trưởng Công an xã\n';
    const res = await upload(staff, '/api/training/imports', 'hoc-vien.csv', Buffer.from(`\uFEFF${csv}`));
    expect(res.statusCode).toBe(201);
    expect(res.json().totals).toMatchObject({ learnersAddedTo: 1, newLearners: 1 });
    const page = await classByCode(staff, 'TN-TC350-KTT');
    expect(page.class.size).toBe(3);
    expect(learnerFindings(page, 'Đinh Văn Mới').map((f) => f.rule)).toEqual(['L-TC-05']);
  });
});

describe('overrides', () => {
  it('need a decision reference, a leader or administrator, and appear in the audit log; revocation too', async () => {
    const page = await classByCode(leader, 'TN-TC350-KTT');
    const finding = learnerFindings(page, 'Phạm Văn Nhỏ').find((f) => f.rule === 'L-TC-04')!;
    const url = `/api/training/findings/${finding.id}/override`;
    expect((await leader.request('POST', url, {})).statusCode).toBe(400);
    expect((await leader.request('POST', url, { decisionReference: '   ' })).json().error.message).toContain(
      'số, ký hiệu',
    );
    expect(
      (await staff.request('POST', url, { decisionReference: 'Quyết định 123/QĐ-TCT ngày 10/9/2025' })).statusCode,
    ).toBe(403);
    const res = await leader.request('POST', url, {
      decisionReference: 'Quyết định 123/QĐ-TCT ngày 10/9/2025',
      reason: 'Cán bộ trẻ trong quy hoạch',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().override.decisionReference).toBe('Quyết định 123/QĐ-TCT ngày 10/9/2025');
    expect((await leader.request('POST', url, { decisionReference: 'Quyết định 124/QĐ-TCT' })).statusCode).toBe(409);

    // The override survives re-evaluation (it is keyed by class, learner and rule).
    const reevaluated = (
      await staff.request('POST', `/api/training/classes/${page.class.id}/evaluate`)
    ).json() as ClassPage;
    const again = learnerFindings(reevaluated, 'Phạm Văn Nhỏ').find((f) => f.rule === 'L-TC-04')!;
    expect(again.id).not.toBe(finding.id);
    expect(again.override?.decisionReference).toBe('Quyết định 123/QĐ-TCT ngày 10/9/2025');

    const audit = (await admin.request('GET', '/api/audit?action=compliance.override')).json();
    expect(audit.items[0]).toMatchObject({ action: 'compliance.override.created', entityType: 'compliance_override' });
    expect(audit.items[0].after).toMatchObject({
      rule: 'L-TC-04',
      decisionReference: 'Quyết định 123/QĐ-TCT ngày 10/9/2025',
      learner: 'Phạm Văn Nhỏ (2000-01-01)',
    });

    expect((await leader.request('DELETE', `/api/training/overrides/${again.override!.id}`)).statusCode).toBe(204);
    expect((await leader.request('DELETE', `/api/training/overrides/${again.override!.id}`)).statusCode).toBe(409);
    const revoked = (await admin.request('GET', '/api/audit?action=compliance.override.revoked')).json();
    expect(revoked.items[0].entityId).toBe(again.override!.id);
    const after = await classByCode(leader, 'TN-TC350-KTT');
    expect(learnerFindings(after, 'Phạm Văn Nhỏ').find((f) => f.rule === 'L-TC-04')!.override).toBeNull();
  });
});
