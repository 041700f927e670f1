import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { THAI_NGUYEN_CODE, VINH_LONG_CODE } from '../src/seed/seed-demo.ts';

let t: TestApp;
let academy: Client;
beforeAll(async () => {
  t = await createTestApp({ demo: 'full' });
  academy = await loginAs(t.app, 'chuyenvien@hvctqg.vn');
});
afterAll(async () => t?.close());

const orgId = async (code: string) =>
  (await t.database.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

async function demoDirectiveId(): Promise<string> {
  const list = (await academy.request('GET', '/api/directives')).json();
  return list.items.find((d: { numberSymbol: string }) => d.numberSymbol === '2174-CV/HVCTQG').id;
}

describe('demo: letter 2174-CV/HVCTQG', () => {
  it('went to the 63 provincial schools of 2022 and the sector schools; item 1 counts among the 63 provincial schools', async () => {
    const id = await demoDirectiveId();
    const all = (await academy.request('GET', `/api/directives/${id}/dashboard`)).json();
    const provincialRows = all.schools.filter((s: { kind: string }) => s.kind === 'provincial_school');
    const sectorRows = all.schools.filter((s: { kind: string }) => s.kind === 'sector_school');
    expect(provincialRows).toHaveLength(63);
    expect(sectorRows.length).toBeGreaterThan(0);
    // the 2022 schools link to the schools they merged into on 1/7/2025
    const thaiNguyen2022 = provincialRows.find((s: { name: string }) => s.name === 'Trường Chính trị tỉnh Thái Nguyên');
    expect(thaiNguyen2022.successors).toEqual([{ id: expect.any(String), name: 'Trường Chính trị tỉnh Thái Nguyên' }]);
    const bacKan = provincialRows.find((s: { name: string }) => /Bắc Kạn/.test(s.name));
    expect(bacKan.successors.map((x: { name: string }) => x.name)).toEqual(['Trường Chính trị tỉnh Thái Nguyên']);
    // no filter: the denominator is item 1's audience (provincial schools), not all recipients
    const req1 = all.requirements.find((r: { no: number }) => r.no === 1);
    expect(req1.audience).toBe('provincial');
    expect(req1.milestones.map((m: { headline: string }) => m.headline)).toEqual([
      '26/63 đã phê duyệt đề án',
      '3/63 đăng ký đạt chuẩn',
    ]);
    // overdue among the provincial schools only (deadline 31/12/2022, 26 done): 37, not 42
    expect(req1.overdue).toBe(63 - 26);
    const i1 = all.requirements.indexOf(req1);
    expect(sectorRows.every((s: { cells: unknown[] }) => s.cells[i1] === null)).toBe(true);
    expect(req1.illustrative).toBe(26);
    // item 3 split per rule C-03; items 2 and 4 and the unnumbered one go to everybody
    expect(all.requirements.map((r: { no: number | null; audience: string }) => `${r.no}:${r.audience}`)).toEqual([
      '1:provincial',
      '2:all',
      '3:provincial',
      '3:sector',
      '4:all',
      'null:all',
    ]);
    const item3 = all.requirements.filter((r: { no: number }) => r.no === 3);
    expect(item3.map((r: { audienceCount: number }) => r.audienceCount)).toEqual([63, sectorRows.length]);
  });

  it('does not contradict history: Quảng Ninh not in the 26, Phú Thọ not registered, no made-up decision numbers', async () => {
    const id = await demoDirectiveId();
    const all = (await academy.request('GET', `/api/directives/${id}/dashboard?kind=provincial_school`)).json();
    const i1 = all.requirements.findIndex((r: { no: number }) => r.no === 1);
    const cell = (name: string) =>
      all.schools.find((s: { provinceName: string }) => s.provinceName === name).cells[i1] as {
        stage: string;
        illustrative: boolean;
        answer: { decisionNumber: string | null; approvalDate: string | null } | null;
      };
    expect(cell('Quảng Ninh').stage).toBe('not_started');
    expect(cell('Phú Thọ').stage).not.toBe('registered');
    expect(['Lào Cai', 'Nghệ An', 'Vĩnh Phúc'].map((p) => cell(p).stage)).toEqual([
      'registered',
      'registered',
      'registered',
    ]);
    const done = all.schools
      .map((s: { cells: unknown[] }) => s.cells[i1])
      .filter((c: { stage: string }) => c.stage === 'approved' || c.stage === 'registered');
    expect(done).toHaveLength(26);
    expect(done.every((c: { illustrative: boolean }) => c.illustrative)).toBe(true);
    expect(
      done.some((c: { answer: { decisionNumber: string | null } }) =>
        /^1\d\d-QĐ\/TU$/.test(c.answer.decisionNumber ?? ''),
      ),
    ).toBe(false);
    expect(
      done.every((c: { answer: { approvalDate: string | null } }) => !c.answer.approvalDate?.endsWith('-15')),
    ).toBe(true);
  });

  it("is registered at the Thái Nguyên school as incoming no. 811 on 16/6/2022, visible to today's merged school", async () => {
    const id = await demoDirectiveId();
    const board = (await academy.request('GET', `/api/directives/${id}/dashboard?kind=provincial_school`)).json();
    const tn = board.schools.find((s: { name: string }) => s.name === 'Trường Chính trị tỉnh Thái Nguyên');
    expect(tn.statusCode).toBe('03');
    expect(tn.registeredAt.slice(0, 10)).toBe('2022-06-16');
    const doc = await t.database.db
      .selectFrom('documents')
      .innerJoin('organisations as o', 'o.id', 'documents.organisation_id')
      .select(['documents.register_number', 'documents.received_date', 'o.code'])
      .where('documents.number_symbol', '=', '2174-CV/HVCTQG')
      .where('documents.register_number', 'is not', null)
      .execute();
    expect(doc).toEqual([{ register_number: 811, received_date: '2022-06-16', code: 'TCT-2004-19' }]);
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    // today's merged school opens its predecessor's 2022 register, kept under the old school's name
    const oldSchool = await orgId('TCT-2004-19');
    const register = (
      await clerk.request('GET', `/api/registers/incoming?organisationId=${oldSchool}&year=2022`)
    ).json();
    expect(
      register.items.map(
        (d: { registerNumber: number; numberSymbol: string }) => `${d.registerNumber} ${d.numberSymbol}`,
      ),
    ).toEqual(['811 2174-CV/HVCTQG']);
    const vinhLongClerk = await loginAs(t.app, 'vanthu@tct-vinhlong.vn');
    expect(
      (await vinhLongClerk.request('GET', `/api/registers/incoming?organisationId=${oldSchool}&year=2022`)).json()
        .items,
    ).toEqual([]);
    const mine = (await clerk.request('GET', '/api/directives')).json();
    expect(mine.items.map((d: { numberSymbol: string }) => d.numberSymbol)).toContain('2174-CV/HVCTQG');
    expect((await clerk.request('GET', `/api/directives/${id}/dashboard`)).statusCode).toBe(403);
  });

  it('shows a history of milestone counts and exports the matrix to XLSX', async () => {
    const id = await demoDirectiveId();
    const history = (await academy.request('GET', `/api/directives/${id}/history`)).json();
    const req1 = history.series.find((s: { no: number }) => s.no === 1);
    expect(req1.points.at(-1).counts.approved).toBe(26);
    const res = await academy.request('GET', `/api/directives/${id}/export.xlsx?kind=provincial_school`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Theo dõi thực hiện')!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts.some((x) => x.includes('26/63 đã phê duyệt đề án'))).toBe(true);
    expect(texts.some((x) => x.includes('[minh họa]'))).toBe(true);
  });

  it('shows the school its illustrative answer as such until it writes its own', async () => {
    const id = await demoDirectiveId();
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const mine = (await staff.request('GET', `/api/obligations?directiveId=${id}&limit=50`)).json();
    // the merged school also sees its predecessors' copies: take the old Thái Nguyên school's (one of the 26)
    const oldTn = await orgId('TCT-2004-19');
    const req1 = mine.items.find(
      (o: { requirementNo: number; organisationId: string }) => o.requirementNo === 1 && o.organisationId === oldTn,
    );
    expect(req1).toMatchObject({ stage: 'approved', illustrative: true });
    const updated = await staff.request('PATCH', `/api/obligations/${req1.id}`, {
      stage: 'approved',
      approvalDate: '2021-12-20',
      decisionNumber: '456-QĐ/TU',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().illustrative).toBe(false);
  });
});

describe('issuing a directive and following it', () => {
  it('resolves recipients by date: 63 provincial schools in 2022, 34 today', async () => {
    const make = async (issuedDate: string) => {
      const res = await academy.request('POST', '/api/directives', {
        title: 'Thử phạm vi',
        issuedDate,
        recipientMode: 'provincial',
        requirements: [{ no: 1, text: 'Báo cáo', deadline: null }],
      });
      expect(res.statusCode).toBe(201);
      return (await academy.request('POST', `/api/directives/${res.json().id}/issue`)).json().recipients;
    };
    expect(await make('2022-03-01')).toBe(63);
    expect(await make('2026-11-01')).toBe(34);
  });

  it('delivers to three schools; a school updates requirement 1 and the Academy sees it', async () => {
    const tn = await orgId(THAI_NGUYEN_CODE);
    const vl = await orgId(VINH_LONG_CODE);
    const hn = await orgId('TCT-2004-01');
    const created = await academy.request('POST', '/api/directives', {
      title: 'Đẩy nhanh đề án trường chuẩn',
      numberSymbol: '99-CV/HVCTQG',
      issuedDate: '2026-11-20',
      recipientMode: 'custom',
      recipientIds: [tn, vl, hn],
      requirements: [
        { no: 1, text: 'Hoàn thành phê duyệt đề án', deadline: '2026-12-31', answerType: 'standard_school_project' },
        { no: 2, text: 'Báo cáo kết quả', deadline: '2026-11-25' },
      ],
    });
    const id = created.json().id;
    expect((await academy.request('POST', `/api/directives/${id}/issue`)).json().recipients).toBe(3);
    expect((await academy.request('POST', `/api/directives/${id}/issue`)).statusCode).toBe(409);

    // it arrived in the school's incoming queue as an electronic arrival
    const arrivals = await t.database.db
      .selectFrom('documents')
      .select(['organisation_id', 'status', 'source_kind'])
      .where('number_symbol', '=', '99-CV/HVCTQG')
      .execute();
    expect(arrivals.map((a) => a.organisation_id).sort()).toEqual([tn, vl, hn].sort());
    expect(new Set(arrivals.map((a) => `${a.status}/${a.source_kind}`))).toEqual(new Set(['arrived/network']));

    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const obligations = (await staff.request('GET', `/api/obligations?directiveId=${id}`)).json();
    expect(obligations.items).toHaveLength(2);
    const req1 = obligations.items.find((o: { requirementNo: number }) => o.requirementNo === 1);
    const missing = await staff.request('PATCH', `/api/obligations/${req1.id}`, {
      stage: 'approved',
      approvalDate: '2026-11-21',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/số quyết định/);
    const ok = await staff.request('PATCH', `/api/obligations/${req1.id}`, {
      stage: 'approved',
      approvalDate: '2026-11-21',
      decisionNumber: '1234-QĐ/TU',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('done');
    expect((await academy.request('PATCH', `/api/obligations/${req1.id}`, { stage: 'drafting' })).statusCode).toBe(403);

    // evidence: the school attaches the decision; the Academy can open it, another school cannot
    const boundary = '----tct-test';
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="QĐ 1234.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 quyết định\r\n--${boundary}--\r\n`,
    );
    const uploaded = await staff.request('POST', `/api/obligations/${req1.id}/evidence`, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(uploaded.statusCode).toBe(201);
    const [file] = uploaded.json();
    expect(file.fileName).toBe('QĐ 1234.pdf');
    const downloaded = await academy.request('GET', `/api/obligations/${req1.id}/evidence/${file.id}`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.body).toBe('%PDF-1.4 quyết định');
    expect(
      (await staff.request('GET', `/api/obligations/${req1.id}`))
        .json()
        .evidence.map((e: { fileName: string }) => e.fileName),
    ).toEqual(['QĐ 1234.pdf']);
    expect(
      (
        await academy.request('POST', `/api/obligations/${req1.id}/evidence`, body, {
          'content-type': `multipart/form-data; boundary=${boundary}`,
        })
      ).statusCode,
    ).toBe(403);
    const vlStaff = await loginAs(t.app, 'canbo@tct-vinhlong.vn');
    expect((await vlStaff.request('GET', `/api/obligations/${req1.id}`)).statusCode).toBe(404);

    const board = (await academy.request('GET', `/api/directives/${id}/dashboard?asOf=2026-11-26`)).json();
    expect(board.requirements[0].milestones[0].headline).toBe('1/3 đã phê duyệt đề án');
    const row = board.schools.find((s: { organisationId: string }) => s.organisationId === tn);
    expect(row.cells[0].answer.decisionNumber).toBe('1234-QĐ/TU');
    expect(board.requirements[1].overdue).toBe(3);
    const audit = (
      await (
        await loginAs(t.app, 'admin@hvctqg.vn')
      ).request('GET', `/api/audit?entityType=obligation&entityId=${req1.id}`)
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual([
      'obligation.evidence_added',
      'obligation.updated',
    ]);
  });

  it('refuses a directive from a school and validates input', async () => {
    const clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
    const res = await clerk.request('POST', '/api/directives', {
      title: 'Không được',
      issuedDate: '2026-11-20',
      recipientMode: 'provincial',
      requirements: [{ no: 1, text: 'abc', deadline: null }],
    });
    expect(res.statusCode).toBe(403);
    const dup = await academy.request('POST', '/api/directives', {
      title: 'Trùng số',
      issuedDate: '2026-11-20',
      recipientMode: 'provincial',
      requirements: [
        { no: 1, text: 'abc', deadline: null },
        { no: 1, text: 'def', deadline: null },
      ],
    });
    expect(dup.statusCode).toBe(400);
    const none = await academy.request('POST', '/api/directives', {
      title: 'Không yêu cầu',
      issuedDate: '2026-11-20',
      recipientMode: 'provincial',
      requirements: [],
    });
    expect(none.statusCode).toBe(400);
  });
});
