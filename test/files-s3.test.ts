/**
 * FILES_STORAGE=s3 end to end: the app is built with an S3 file store (s3rver, started here on a free port);
 * a clerk uploads a letter over the HTTP API, the intake job reads it from the bucket (through a verified
 * temporary copy), the clerk downloads it back byte for byte — and an object changed in the bucket behind the
 * app's back is refused, not served.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimNextJob, completeJob } from '../src/jobs/queue.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { startTestS3, type TestS3 } from '../src/testing/s3-server.ts';
import { jobsOf } from '../src/testing/test-database.ts';
import { fixtureBytes, upload } from './documents.support.ts';

let s3: TestS3;
let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  s3 = await startTestS3();
  t = await createTestApp({ files: s3.files });
  clerk = await loginAs(t.app, 'vanthu@tct-thainguyen.vn');
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
});

async function runNextJob() {
  const job = await claimNextJob(t.database.db, t.database.dialect, 'test-worker', ['intake.extract']);
  expect(job).not.toBeNull();
  const deps = { database: t.database, config: t.database.config, logger: console };
  const result = await jobsOf(t.database).get(job!.name)!.run(JSON.parse(job!.payload), deps, job!);
  await completeJob(t.database.db, job!.id, result);
  return result;
}

describe('uploaded files in S3', () => {
  it('stores an uploaded letter in the bucket, reads it in the intake job and serves it back verified', async () => {
    const letter = fixtureBytes('documents/003/clean.txt');
    const res = await upload(clerk, '/api/intake/uploads', 'ke-hoach.txt', letter, 'text/plain');
    expect(res.statusCode, res.body).toBe(202);
    const { documentId, fileId } = res.json();
    const row = await t.database.db
      .selectFrom('document_files')
      .selectAll()
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    const key = `files/${clerk.user.organisation.id}/${row.sha256}`;
    expect(row.storage_path).toBe(key);
    // In the bucket, and nowhere under DATA_DIR.
    const stored = await s3.client.send(new HeadObjectCommand({ Bucket: s3.files.bucket, Key: key }));
    expect(stored.ContentLength).toBe(letter.length);
    expect(stored.Metadata?.sha256).toBe(row.sha256);
    expect(existsSync(join(t.database.config.dataDir, 'files'))).toBe(false);

    expect(await runNextJob()).toMatchObject({ source: 'text' });
    const doc = (await clerk.request('GET', `/api/documents/${documentId}`)).json();
    expect(doc.numberSymbol).toBe('214-KH/TU');

    const download = await clerk.request('GET', `/api/documents/${documentId}/files/${fileId}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(letter)).toBe(true);

    // Someone rewrites the object in the bucket: the app refuses to serve it.
    await s3.client.send(
      new PutObjectCommand({ Bucket: s3.files.bucket, Key: key, Body: Buffer.from('Nội dung đã bị thay đổi') }),
    );
    const refused = await clerk.request('GET', `/api/documents/${documentId}/files/${fileId}`);
    expect(refused.statusCode).toBe(500);
    expect(refused.body).not.toContain('Nội dung đã bị thay đổi');
    expect(refused.json().error).toMatchObject({ code: 'FILE_UNAVAILABLE' });
    expect(refused.json().error.message).toMatch(/bị hỏng hoặc đã bị thay đổi trong kho lưu trữ/);

    // The object is deleted from the bucket: the same answer, told as missing.
    await s3.client.send(new DeleteObjectCommand({ Bucket: s3.files.bucket, Key: key }));
    const missing = await clerk.request('GET', `/api/documents/${documentId}/files/${fileId}`);
    expect(missing.statusCode).toBe(500);
    expect(missing.json().error).toMatchObject({ code: 'FILE_UNAVAILABLE' });
    expect(missing.json().error.message).toMatch(/không còn trong kho lưu trữ/);
  });

  it('reports the store in /api/health, and a bucket it cannot reach as degraded', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'ok', files: 'ok', storage: 's3' });

    const wrong = await createTestApp({ files: { ...s3.files, endpoint: 'http://127.0.0.1:9' } });
    try {
      const res = await wrong.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'degraded', database: 'ok', files: 'unreachable', storage: 's3' });
    } finally {
      await wrong.close();
    }
  });
});
