/**
 * Intake over the API: uploads are typed from their bytes, stored under the organisation's folder by
 * SHA-256, and read by the `intake.extract` job (queued in the same transaction). One real OCR run on
 * one fixture page; a text upload for the fast path; refusals for other formats and oversize files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** What the in-process worker does for one job. */
async function runNextJob() {
  const job = await claimNextJob(t.database.db, t.database.dialect, 'test-worker', ['intake.extract']);
  expect(job).not.toBeNull();
  const result = await jobsOf(t.database)
    .get(job!.name)!
    .run(JSON.parse(job!.payload), { database: t.database, config: t.database.config, logger: console }, job!);
  await completeJob(t.database.db, job!.id, result);
  return result;
}

describe('upload intake', () => {
  it('reads a scanned page with OCR in the job, pre-fills the draft and keeps the page image', async () => {
    const page = fixtureBytes('documents/001/page.jpg');
    const res = await upload(clerk, '/api/intake/uploads', 'cong-van-3062.jpg', page, 'image/jpeg');
    expect(res.statusCode, res.body).toBe(202);
    const { documentId, jobId, fileId } = res.json();
    const queued = (await clerk.request('GET', `/api/intake/uploads/${documentId}`)).json();
    expect(queued).toMatchObject({ documentId, jobId, state: 'queued', stateLabel: 'Đang chờ đọc', extraction: null });
    const stored = await t.database.db
      .selectFrom('document_files')
      .selectAll()
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    // The row keeps the store's key; the local store keeps it under DATA_DIR.
    expect(stored.storage_path).toBe(`files/${clerk.user.organisation.id}/${stored.sha256}`);
    expect(existsSync(join(t.database.config.dataDir, stored.storage_path))).toBe(true);

    await runNextJob();
    const done = (await clerk.request('GET', `/api/intake/uploads/${documentId}`)).json();
    expect(done).toMatchObject({ state: 'done', stateLabel: 'Đã đọc xong' });
    expect(done.extraction.source).toBe('ocr');
    expect(done.confidence.numberSymbol).toBeGreaterThan(0);
    const doc = (await clerk.request('GET', `/api/documents/${documentId}`)).json();
    expect(doc).toMatchObject({
      status: 'draft',
      numberSymbol: '3062-CV/HVCTQG',
      family: 'party',
      hasOcrText: true,
      extractionSource: 'ocr',
    });
    expect(doc.requirements.length).toBeGreaterThanOrEqual(4);
    expect(doc.issuerName).toMatch(/HỌC VIỆN CHÍNH TRỊ QUỐC GIA/);
    const pageImage = doc.files.find((f: { kind: string }) => f.kind === 'page_image');
    expect(pageImage).toMatchObject({ contentType: 'image/jpeg', kindLabel: 'Ảnh trang' });
    const image = await clerk.request('GET', `/api/documents/${documentId}/files/${pageImage.id}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.rawPayload.equals(page)).toBe(true);
    // The clerk can register what the job read.
    expect((await register(clerk, documentId, { receivedDate: '2023-03-20' })).json().registerNumber).toBe(1);
  }, 180_000);

  it('reads a text upload without OCR, never overwriting what the clerk typed meanwhile', async () => {
    const res = await upload(
      clerk,
      '/api/intake/uploads',
      'ke-hoach.txt',
      fixtureBytes('documents/003/clean.txt'),
      'text/plain',
    );
    expect(res.statusCode, res.body).toBe(202);
    const { documentId } = res.json();
    await clerk.request('PATCH', `/api/documents/${documentId}`, { subject: 'Trích yếu văn thư đã nhập' });
    const result = await runNextJob();
    expect(result).toMatchObject({ source: 'text' });
    const doc = (await clerk.request('GET', `/api/documents/${documentId}`)).json();
    expect(doc).toMatchObject({
      numberSymbol: '214-KH/TU',
      subject: 'Trích yếu văn thư đã nhập',
      documentDate: '2024-03-20',
    });
    expect(doc.files.filter((f: { kind: string }) => f.kind === 'page_image')).toEqual([]);
  });

  it('refuses formats it cannot read, oversize files and non-multipart requests, in Vietnamese', async () => {
    const exe = await upload(clerk, '/api/intake/uploads', 'virus.exe', Buffer.from('MZ\x90\x00\x03binary'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.message).toMatch(/Định dạng tệp không được hỗ trợ/);
    const docx = await upload(clerk, '/api/intake/uploads', 'van-ban.docx', Buffer.from('PK\x03\x04 word'));
    expect(docx.statusCode).toBe(400);
    const fakeText = await upload(clerk, '/api/intake/uploads', 'anh.txt', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]));
    expect(fakeText.statusCode).toBe(400);
    const big = Buffer.alloc(t.database.config.uploadMaxBytes + 1024, 0x20);
    big.write('%PDF-1.4', 0);
    const tooLarge = await upload(clerk, '/api/intake/uploads', 'lon.pdf', big, 'application/pdf');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toMatch(/vượt quá dung lượng/);
    const json = await clerk.request('POST', '/api/intake/uploads', { file: 'không phải multipart' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.message).toMatch(/multipart/);
    const drafts = await t.database.db
      .selectFrom('documents')
      .select('id')
      .where('source_kind', '=', 'upload')
      .execute();
    expect(drafts).toHaveLength(2); // only the two accepted uploads above
  });

  it('lets staff read but not upload', async () => {
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    expect(
      (await upload(staff, '/api/intake/uploads', 'a.txt', Buffer.from('Công văn thử nghiệm đủ dài để đọc')))
        .statusCode,
    ).toBe(403);
  });
});
