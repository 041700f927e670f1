/**
 * Intake wiring of issue 17 over HTTP: the registering school is the stamp's expected receiver (and a
 * stamp naming someone else is flagged); a long scanned PDF gets its metadata from its first pages and
 * its last, and the `intake.pages` job reads the rest (progress, full-text search, resumable); a scanner
 * batch is split into letters, the clerk moves a boundary (no new OCR) and confirms: one draft per letter
 * with its page range as its file, in one transaction, audited. Real OCR (tesseract, poppler).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImagePdf } from '../src/intake/test-support.ts';
import type { JobDefinition } from '../src/jobs/types.ts';
import { claimNextJob, completeJob } from '../src/jobs/queue.ts';
import { defaultIntakeEngine, type IntakeEngine } from '../src/modules/documents/intake-engine.ts';
import { receiverWarning } from '../src/modules/documents/intake-hints.ts';
import { createPagesJob } from '../src/modules/documents/pages.job.ts';
import { createFileStore } from '../src/lib/file-store/index.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { jobsOf } from '../src/testing/test-database.ts';
import { fixtureText, upload } from './documents.support.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/documents/', import.meta.url));
const page = (n: string) => join(FIXTURES, n, 'page.jpg');

let t: TestApp;
let clerk: Client;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
  dir = mkdtempSync(join(tmpdir(), 'tct-intake-batch-'));
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the in-process worker does for the next job of `name` (optionally with another definition). */
async function runNextJob(name: string, definition?: JobDefinition) {
  const job = await claimNextJob(t.database.db, t.database.dialect, 'test-worker', [name]);
  expect(job, `a queued ${name} job`).not.toBeNull();
  const def = definition ?? jobsOf(t.database).get(name)!;
  const result = await def.run(
    JSON.parse(job!.payload),
    { database: t.database, config: t.database.config, logger: console },
    job!,
  );
  await completeJob(t.database.db, job!.id, result);
  return result as Record<string, unknown>;
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('the stamp’s receiver', () => {
  it('is completed from the registering school and flagged when it names another organisation', async () => {
    const other = (await clerk.request('POST', '/api/intake/text', { text: fixtureText('001', 'clean.txt') })).json();
    expect(other.stamp.receiver).toMatch(/LÀO CAI/);
    expect(other.receiverWarning).toMatch(/không phải Trường Chính trị tỉnh Thái Nguyên/);
    const mine = (await clerk.request('POST', '/api/intake/text', { text: fixtureText('045') })).json();
    expect(mine.stamp.receiver).toBe('TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN');
    expect(mine.receiverWarning).toBeNull();
  });

  it('warns only when most of the organisation’s name is missing', () => {
    const school = 'Trường Chính trị tỉnh Thái Nguyên';
    expect(receiverWarning('TRUONG CHINH TRI TINH THAI NGUYEN', school)).toBeNull();
    expect(receiverWarning(null, school)).toBeNull();
    expect(receiverWarning('SỞ NỘI VỤ TỈNH THÁI NGUYÊN', school)).toMatch(/Hãy kiểm tra/);
    expect(receiverWarning('TRƯỜNG CHÍNH TRỊ TỈNH LÀO CAI', school)).toMatch(/LÀO CAI/);
  });
});

describe('a long scanned PDF', () => {
  it('gives its metadata from the first pages, then reads the rest in the background for search', async () => {
    // Nine pages: a letter, then other pages; page 6 carries number 1047, found nowhere else.
    const pdf = join(dir, 'long.pdf');
    writeImagePdf(pdf, ['001', '003', '007', '010', '012', '045', '030', '010', '003'].map(page));
    const res = await upload(clerk, '/api/intake/uploads', 'ho-so-dai.pdf', readBytes(pdf), 'application/pdf');
    expect(res.statusCode, res.body).toBe(202);
    const { documentId } = res.json();
    await runNextJob('intake.extract');
    const draft = (await clerk.request('GET', `/api/documents/${documentId}`)).json();
    expect(draft.numberSymbol).toBe('3062-CV/HVCTQG');
    expect(draft.pageReading).toMatchObject({ status: 'queued', pagesRead: 4, totalPages: 9 });
    expect(draft.pageReading.label).toBe('Đang nhận dạng trang 4/9');
    expect(await searchIds('1047')).not.toContain(documentId);

    const result = await runNextJob('intake.pages');
    expect(result).toMatchObject({ pages: 5, read: 5, failed: 0 });
    const read = (await clerk.request('GET', `/api/documents/${documentId}`)).json();
    expect(read.pageReading).toMatchObject({ status: 'done', pagesRead: 9, label: 'Đã nhận dạng đủ 9 trang' });
    expect(read.numberSymbol).toBe('3062-CV/HVCTQG'); // the metadata is not touched
    expect(await searchIds('1047')).toContain(documentId);
    expect(await auditActions(documentId)).toEqual(
      expect.arrayContaining(['document.uploaded', 'document.extracted', 'document.pages_read']),
    );

    // Resumable: a re-run reads only the pages not stored yet (here: page 6, removed).
    await t.database.db
      .deleteFrom('document_pages')
      .where('document_id', '=', documentId)
      .where('page', '=', 6)
      .execute();
    const asked: number[][] = [];
    const counting: IntakeEngine = {
      ...defaultIntakeEngine,
      readPages: (path, pages, opts) => {
        asked.push(pages);
        return defaultIntakeEngine.readPages(path, pages, opts);
      },
    };
    const job = createPagesJob(counting, createFileStore(t.database.config));
    const deps = { database: t.database, config: t.database.config, logger: console };
    const again = await job.run({ documentId }, deps, { id: 'direct-run' } as never);
    expect(asked).toEqual([[6]]);
    expect(again).toMatchObject({ read: 5, failed: 0 });
    expect(await searchIds('1047')).toContain(documentId);
  }, 600_000);
});

const readBytes = (path: string): Buffer => readFileSync(path);

async function searchIds(q: string): Promise<string[]> {
  const res = await clerk.request('GET', `/api/documents/search?${new URLSearchParams({ q })}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((d: { id: string }) => d.id);
}

function pdfPages(bytes: Buffer): number {
  const file = join(dir, `p-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

describe('a scanner batch', () => {
  let batchId: string;

  it('refuses what is not a PDF, and staff', async () => {
    const txt = await upload(clerk, '/api/intake/batches', 'lo.txt', Buffer.from('Không phải PDF, chỉ là chữ'));
    expect(txt.statusCode).toBe(400);
    expect(txt.json().error.message).toMatch(/PDF/);
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    const pdf = join(dir, 'one.pdf');
    writeImagePdf(pdf, [page('003')]);
    expect((await upload(staff, '/api/intake/batches', 'lo.pdf', readBytes(pdf))).statusCode).toBe(403);
    const rows = await t.database.db.selectFrom('intake_batches').select('id').execute();
    expect(rows).toEqual([]);
  });

  it('is read in the background and split into letters with their pages and fields', async () => {
    const pdf = join(dir, 'batch.pdf');
    writeImagePdf(pdf, [
      page('003'),
      { jpeg: page('021'), crop: [0, 0.55] },
      { jpeg: page('021'), crop: [0.55, 1] },
      page('007'),
      page('045'),
    ]);
    const res = await upload(clerk, '/api/intake/batches', 'lo-quet.pdf', readBytes(pdf), 'application/pdf');
    expect(res.statusCode, res.body).toBe(202);
    batchId = res.json().batchId;
    const waiting = (await clerk.request('GET', `/api/intake/batches/${batchId}`)).json();
    expect(waiting).toMatchObject({ status: 'reading', letters: [], progressLabel: 'Đang chờ đọc' });
    const early = await clerk.request('POST', `/api/intake/batches/${batchId}/confirm`);
    expect(early.statusCode).toBe(409);

    await runNextJob('intake.batch');
    const batch = (await clerk.request('GET', `/api/intake/batches/${batchId}`)).json();
    expect(batch).toMatchObject({ status: 'ready', pageCount: 5, pagesDone: 5, starts: [1, 2, 4, 5] });
    expect(batch.letters.map((l: { fromPage: number; toPage: number }) => [l.fromPage, l.toPage])).toEqual([
      [1, 1],
      [2, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(batch.letters.map((l: { numberSymbol: string }) => l.numberSymbol)).toEqual([
      '214-KH/TU',
      '1236-CV/HVCTQG',
      '1786/QĐ-UBND',
      '1047-CV/HVCTQG',
    ]);
    // Item 5: a requirement whose deadline is on the second page keeps it.
    expect(batch.letters[1].deadlines).toEqual(expect.arrayContaining(['2021-07-30']));
    expect(batch.pageStarts[2]).toMatchObject({ page: 3, starts: false });
    expect(batch.pageStarts[0].preview).toMatch(/NGHỆ AN|CỘNG S/);
    const list = (await clerk.request('GET', '/api/intake/batches')).json();
    expect(list.items.map((b: { id: string }) => b.id)).toContain(batchId);
  }, 600_000);

  it('lets the clerk move a boundary without reading again; bad pages change nothing', async () => {
    const bad = await clerk.request('PUT', `/api/intake/batches/${batchId}/starts`, { starts: [1, 9] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Trang 9 không có trong lô/);
    const merged = await clerk.request('PUT', `/api/intake/batches/${batchId}/starts`, { starts: [2, 5] });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().starts).toEqual([1, 2, 5]);
    expect(merged.json().letters.map((l: { fromPage: number; toPage: number }) => [l.fromPage, l.toPage])).toEqual([
      [1, 1],
      [2, 4],
      [5, 5],
    ]);
    const back = (await clerk.request('PUT', `/api/intake/batches/${batchId}/starts`, { starts: [1, 2, 4, 5] })).json();
    expect(back.letters).toHaveLength(4);
    expect(await auditActions(batchId)).toEqual([
      'intake_batch.uploaded',
      'intake_batch.read',
      'intake_batch.boundaries_changed',
      'intake_batch.boundaries_changed',
    ]);
  });

  it('confirms into one draft per letter, each with its pages as its file, once', async () => {
    const res = await clerk.request('POST', `/api/intake/batches/${batchId}/confirm`);
    expect(res.statusCode, res.body).toBe(201);
    const { documentIds } = res.json();
    expect(documentIds).toHaveLength(4);
    const docs = await Promise.all(
      documentIds.map(async (id: string) => (await clerk.request('GET', `/api/documents/${id}`)).json()),
    );
    expect(docs.map((d) => d.numberSymbol)).toEqual(['214-KH/TU', '1236-CV/HVCTQG', '1786/QĐ-UBND', '1047-CV/HVCTQG']);
    expect(docs.every((d) => d.status === 'draft' && d.direction === 'incoming')).toBe(true);
    expect(docs[1].requirements.find((r: { no: number }) => r.no === 2)?.deadline).toBe('2021-07-30');
    const pages = [];
    const images = [];
    for (const d of docs) {
      const original = d.files.find((f: { kind: string }) => f.kind === 'original');
      expect(original.fileName).toMatch(/^lo-quet-trang-\d+-\d+\.pdf$/);
      const file = await clerk.request('GET', `/api/documents/${d.id}/files/${original.id}`);
      expect(file.statusCode).toBe(200);
      pages.push(pdfPages(file.rawPayload));
      images.push(d.files.filter((f: { kind: string }) => f.kind === 'page_image').length);
    }
    expect(pages).toEqual([1, 2, 1, 1]);
    expect(images).toEqual([1, 2, 1, 1]);
    expect(await auditActions(documentIds[0])).toEqual(['document.created']);
    expect((await auditActions(batchId)).at(-1)).toBe('intake_batch.confirmed');
    const batch = (await clerk.request('GET', `/api/intake/batches/${batchId}`)).json();
    expect(batch).toMatchObject({ status: 'confirmed', documentIds });

    const twice = await clerk.request('POST', `/api/intake/batches/${batchId}/confirm`);
    expect(twice.statusCode).toBe(409);
    const move = await clerk.request('PUT', `/api/intake/batches/${batchId}/starts`, { starts: [1] });
    expect(move.statusCode).toBe(409);
    const drafts = await t.database.db.selectFrom('documents').select('id').where('id', 'in', documentIds).execute();
    expect(drafts).toHaveLength(4);
  });

  it('answers 404 to another school and to the Academy (a batch may hold confidential letters)', async () => {
    for (const email of ['quantri@tct-vinhlong.vn', 'admin@hvctqg.vn', 'chuyenvien@hvctqg.vn']) {
      const other = await loginAs(t.app, email);
      expect((await other.request('GET', `/api/intake/batches/${batchId}`)).statusCode, email).toBe(404);
      const list = (await other.request('GET', '/api/intake/batches')).json();
      expect(list.items, email).toEqual([]);
    }
    const leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
    expect((await leader.request('GET', `/api/intake/batches/${batchId}`)).statusCode).toBe(200);
  });
});
