/**
 * An S3 server for tests: s3rver (npm) on a free loopback port, its objects in a temporary directory, with
 * one fresh bucket. Tests call it in beforeAll and `close` it in afterAll; nothing outside the test is needed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { FilesConfig } from '../config.ts';

export type TestS3 = { files: Extract<FilesConfig, { storage: 's3' }>; client: S3Client; close: () => Promise<void> };

export async function startTestS3(): Promise<TestS3> {
  const dir = mkdtempSync(join(tmpdir(), 'tct-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
  const { port } = await server.run();
  const files = {
    storage: 's3' as const,
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'tct-test-files',
    region: 'us-east-1',
    // s3rver's fixed development credentials
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
    prefix: '',
  };
  const client = new S3Client({
    endpoint: files.endpoint,
    region: files.region,
    forcePathStyle: true,
    credentials: { accessKeyId: files.accessKeyId, secretAccessKey: files.secretAccessKey },
  });
  await client.send(new CreateBucketCommand({ Bucket: files.bucket }));
  return {
    files,
    client,
    async close() {
      client.destroy();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
