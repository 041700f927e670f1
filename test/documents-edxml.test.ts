/** edXML over the API: import the 2174-CV/HVCTQG sample as an arrival, register it, export it; hostile files write nothing. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdxml } from '../src/edxml/index.ts';
import { claimNextJob, completeJob } from '../src/jobs/queue.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { jobsOf } from '../src/testing/test-database.ts';
import { fixtureBytes, register, upload } from './documents.support.ts';

let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
});
afterAll(async () => t?.close());

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['documents', 'document_files', 'requirements', 'jobs', 'audit_log']) {
    out[table] = Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.database.db)).rows[0]!.n,
    );
  }
  return out;
}

describe('edXML import and export', () => {
  it('imports the sample as an arrived document with its attachment, registers and exports it', async () => {
    const res = await upload(
      clerk,
      '/api/documents/import-edxml',
      '2174-CV-HVCTQG.edxml',
      fixtureBytes('edxml/2174-CV-HVCTQG.edxml'),
      'application/xml',
    );
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      status: 'arrived',
      statusLabel: 'Đã đến (điện tử)',
      sourceKind: 'edxml',
      numberSymbol: '2174-CV/HVCTQG',
      documentDate: '2022-05-31',
      issuerName: 'Học viện Chính trị quốc gia Hồ Chí Minh',
      typeCode: 'CV',
      typeName: 'Công văn',
      family: 'party',
      signerName: 'Hoàng Phúc Lâm',
      dueDate: '2022-12-31',
      subject: 'Yêu cầu, nhiệm vụ về công tác trường chính trị',
      extractionSource: 'edxml',
    });
    expect(doc.files.map((f: { kind: string; fileName: string }) => `${f.kind}:${f.fileName}`).sort()).toEqual([
      'attachment:2174-CV-HVCTQG.txt',
      'original:2174-CV-HVCTQG.edxml',
    ]);
    expect(doc.intake).toMatchObject({ state: 'queued' });

    // The readable attachment is queued for the intake engine, which adds the text without touching the header.
    const job = await claimNextJob(t.database.db, t.database.dialect, 'test-worker', ['intake.extract']);
    expect(job).not.toBeNull();
    const result = await jobsOf(t.database)
      .get(job!.name)!
      .run(JSON.parse(job!.payload), { database: t.database, config: t.database.config, logger: console }, job!);
    await completeJob(t.database.db, job!.id, result);
    const enriched = (await clerk.request('GET', `/api/documents/${doc.id}`)).json();
    expect(enriched).toMatchObject({ hasOcrText: true, numberSymbol: '2174-CV/HVCTQG', intake: { state: 'done' } });
    const attachment = doc.files.find((f: { kind: string }) => f.kind === 'attachment');
    const file = await clerk.request('GET', `/api/documents/${doc.id}/files/${attachment.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('2174-CV/HVCTQG');

    const registered = await register(clerk, doc.id, { receivedDate: '2022-06-16' });
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json().registerNumber).toBe(1);

    // no made-up mã định danh: the school's own code is missing, so the export asks for it (issue 11.6)
    const asked = await clerk.request('GET', `/api/documents/${doc.id}/export-edxml`);
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error.details.missingOrganIds).toEqual([
      { role: 'to', index: 0, name: expect.stringMatching(/Thái Nguyên/) },
    ]);
    expect(asked.json().error.message).toMatch(/Chưa có mã định danh/);
    const badCode = await clerk.request('GET', `/api/documents/${doc.id}/export-edxml?toCodes=tct-19`);
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.message).toMatch(/không đúng định dạng/);
    const exported = await clerk.request('GET', `/api/documents/${doc.id}/export-edxml?toCodes=000.00.00.H19`);
    expect(exported.statusCode, exported.body.slice(0, 300)).toBe(200);
    expect(exported.headers['content-type']).toMatch(/application\/xml/);
    expect(String(exported.headers['content-disposition'])).toContain('2174-CV-HVCTQG.edxml');
    const parsed = parseEdxml(exported.rawPayload);
    expect(parsed).toMatchObject({
      numberSymbol: '2174-CV/HVCTQG',
      promulgationDate: '2022-05-31',
      subject: 'Yêu cầu, nhiệm vụ về công tác trường chính trị',
    });
    expect(parsed.from.organId).toBe('000.00.00.D01');
    expect(parsed.to.map((o) => o.organId)).toEqual(['000.00.00.H19']);
    expect(parsed.attachments.map((a) => a.name)).toEqual(['2174-CV-HVCTQG.txt']);
  });

  it('refuses hostile or malformed XML with the library’s Vietnamese message and writes nothing', async () => {
    const billionLaughs = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&lol2;</edXML>',
    );
    const xxe = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">&xxe;</edXML>',
    );
    const broken = Buffer.from('<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLEnvelope');
    const notEdxml = Buffer.from('<?xml version="1.0"?><note><to>Ai đó</to></note>');
    for (const [name, data] of [
      ['bomb.edxml', billionLaughs],
      ['xxe.edxml', xxe],
      ['broken.edxml', broken],
      ['note.edxml', notEdxml],
    ] as const) {
      const before = await counts();
      for (const url of ['/api/documents/import-edxml', '/api/intake/uploads']) {
        const res = await upload(clerk, url, name, data, 'application/xml');
        expect(res.statusCode, `${url} ${name}: ${res.body}`).toBe(400);
        expect(res.json().error.message).toMatch(/^Tệp edXML không hợp lệ/);
      }
      expect(await counts(), name).toEqual(before);
    }
  });

  it('accepts an .edxml through the generic upload too', async () => {
    const res = await upload(clerk, '/api/intake/uploads', 'van-ban.edxml', fixtureBytes('edxml/2174-CV-HVCTQG.edxml'));
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ status: 'arrived', jobId: expect.any(String) });
  });
});
