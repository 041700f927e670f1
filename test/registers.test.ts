/**
 * Registers: 50 concurrent registrations into one register get 50 consecutive numbers (no gap, no
 * duplicate) on SQLite and PostgreSQL; concurrent issuing likewise; paginated lists with filters; the
 * printable register as XLSX (parsed back) and DOCX.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { manualDraft, register } from './documents.support.ts';

let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
});
afterAll(async () => t?.close());

describe('numbering under concurrency', () => {
  it('gives 50 concurrent registrations 50 consecutive numbers', async () => {
    const drafts = [];
    for (let i = 0; i < 50; i++)
      drafts.push(
        await manualDraft(clerk, {
          numberSymbol: `${100 + i}-CV/TU`,
          documentDate: '2025-03-01',
          subject: `Văn bản đồng thời số ${i}`,
        }),
      );
    const results = await Promise.all(drafts.map((d) => register(clerk, d.id, { receivedDate: '2025-03-02' })));
    for (const res of results) expect(res.statusCode, res.body).toBe(200);
    const numbers = results.map((r) => r.json().registerNumber as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const counter = await t.database.db
      .selectFrom('number_counters')
      .innerJoin('registers', 'registers.id', 'number_counters.register_id')
      .select(['number_counters.last_value'])
      .where('registers.organisation_id', '=', clerk.user.organisation.id)
      .where('registers.direction', '=', 'incoming')
      .where('registers.confidential', '=', 0)
      .where('number_counters.series', '=', '2025')
      .executeTakeFirstOrThrow();
    expect(Number(counter.last_value)).toBe(50);
    // The same document registered twice at once: one wins, the other is told it is already registered.
    const one = await manualDraft(clerk, { subject: 'Đăng ký hai lần cùng lúc' });
    const race = await Promise.all([
      register(clerk, one.id, { receivedDate: '2025-03-03' }),
      register(clerk, one.id, { receivedDate: '2025-03-03' }),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const next = await manualDraft(clerk, { subject: 'Sau cuộc đua' });
    expect((await register(clerk, next.id, { receivedDate: '2025-03-04' })).json().registerNumber).toBe(52);
  });

  it('never duplicates an outgoing number under concurrency', async () => {
    const drafts = [];
    for (let i = 0; i < 20; i++) {
      drafts.push(
        (
          await clerk.request('POST', '/api/documents/outgoing', {
            family: 'party',
            typeCode: 'CV',
            typeName: 'Công văn',
            subject: `Công văn đi ${i}`,
            recipients: [],
          })
        ).json(),
      );
    }
    const issued = await Promise.all(
      drafts.map((d) => clerk.request('POST', `/api/documents/${d.id}/issue`, { issueDate: '2025-04-01' })),
    );
    const symbols = issued.map((r) => r.json().numberSymbol as string).sort();
    expect(symbols).toEqual(Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(2, '0')}-CV/TCT`).sort());
  });
});

describe('register lists', () => {
  it('pages newest first and filters by year, status, dates and confidentiality', async () => {
    const page1 = (await clerk.request('GET', '/api/registers/incoming?year=2025&pageSize=10')).json();
    expect(page1.total).toBe(52);
    expect(page1.items.map((i: { registerNumber: number }) => i.registerNumber)).toEqual([
      52, 51, 50, 49, 48, 47, 46, 45, 44, 43,
    ]);
    const page6 = (await clerk.request('GET', '/api/registers/incoming?year=2025&pageSize=10&page=6')).json();
    expect(page6.items.map((i: { registerNumber: number }) => i.registerNumber)).toEqual([2, 1]);
    expect(page1.items[0]).toMatchObject({
      registerName: 'Sổ đăng ký văn bản đến',
      registerConfidential: false,
      statusLabel: expect.any(String),
    });
    const byDate = (await clerk.request('GET', '/api/registers/incoming?from=2025-03-03&to=2025-03-04')).json();
    expect(byDate.items.map((i: { registerNumber: number }) => i.registerNumber)).toEqual([52, 51]);
    expect((await clerk.request('GET', '/api/registers/incoming?status=completed')).json().total).toBe(0);
    expect((await clerk.request('GET', '/api/registers/incoming?confidential=true')).json().total).toBe(0);
    expect((await clerk.request('GET', '/api/registers/outgoing?year=2025')).json().total).toBe(20);
    const other = await loginAs(t.app, 'vanthu@tct-vinhlong.vn');
    expect((await other.request('GET', '/api/registers/incoming?year=2025')).json().total).toBe(0);
  });
});

describe('printable incoming register', () => {
  it('exports the Decree 30 columns as XLSX, in register order', async () => {
    const res = await clerk.request('GET', '/api/registers/incoming/print?from=2025-03-01&to=2025-03-31&format=xlsx');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: string[][] = [];
    sheet.eachRow((row) =>
      cells.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
      ),
    );
    expect(cells.flat()).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    const header = cells.findIndex((r) => r[0] === 'Ngày đến' && r[1] === 'Số đến');
    expect(header).toBeGreaterThan(0);
    const body = cells.slice(header + 1);
    expect(body).toHaveLength(52);
    expect(body.map((r) => Number(r[1]))).toEqual(Array.from({ length: 52 }, (_, i) => i + 1));
    expect(body[0]!.slice(0, 3)).toEqual(['2025-03-02', '1', 'Tỉnh ủy Thái Nguyên']);
    expect(body[0]![3]).toMatch(/^1\d\d-CV\/TU$/); // which draft won number 1 depends on the race
    expect(cells.flat().join(' ')).toContain('Từ số 1 đến số 52');
  });

  it('exports DOCX and refuses another school', async () => {
    const res = await clerk.request('GET', '/api/registers/incoming/print?from=2025-03-01&to=2025-03-31&format=docx');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('.docx');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(xml).toContain('Văn bản đồng thời số 0');
    const other = await loginAs(t.app, 'vanthu@tct-vinhlong.vn');
    expect(
      (
        await other.request(
          'GET',
          `/api/registers/incoming/print?from=2025-03-01&to=2025-03-31&organisationId=${clerk.user.organisation.id}`,
        )
      ).statusCode,
    ).toBe(404);
  });
});
