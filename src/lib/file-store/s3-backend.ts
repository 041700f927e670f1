/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, s3rver…) through AWS SDK v3. PutObject is atomic: an
 * object becomes visible whole once the upload completed, never in part. Each PutObject carries the
 * SHA-256 (`ChecksumSHA256`, which S3 checks on receipt) and the hex digest as metadata `sha256`, which HEAD
 * returns on every S3 server, so the migration can tell a matching object without downloading it; reads are
 * still verified by hashing what came back (`file-store.ts`).
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '../../config.ts';
import type { FileBackend } from './file-store.ts';

function notFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404;
}

export function createS3Backend(settings: S3Settings, client?: S3Client): FileBackend {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      // Without explicit keys the SDK's default chain applies (environment, profile, instance role).
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
    });
  const Bucket = settings.bucket;
  const full = (key: string) => `${settings.prefix}${key}`;

  return {
    kind: 's3',
    location: `s3://${Bucket}/${settings.prefix}`,
    async read(key) {
      try {
        const out = await s3.send(new GetObjectCommand({ Bucket, Key: full(key) }));
        if (!out.Body) return null;
        return Buffer.from(await out.Body.transformToByteArray());
      } catch (e) {
        if (notFound(e)) return null;
        throw e;
      }
    },
    async write(key, data, sha256) {
      await s3.send(
        new PutObjectCommand({
          Bucket,
          Key: full(key),
          Body: data,
          ContentLength: data.length,
          ContentType: 'application/octet-stream',
          ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
          Metadata: { sha256 },
        }),
      );
    },
    async head(key) {
      try {
        const out = await s3.send(new HeadObjectCommand({ Bucket, Key: full(key) }));
        return { size: out.ContentLength ?? 0, sha256: out.Metadata?.sha256 ?? null };
      } catch (e) {
        if (notFound(e)) return null;
        throw e;
      }
    },
    async remove(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: full(key) }));
    },
    async *list(prefix) {
      let token: string | undefined;
      do {
        const page = await s3.send(
          new ListObjectsV2Command({ Bucket, Prefix: full(prefix), ContinuationToken: token }),
        );
        for (const o of page.Contents ?? [])
          if (o.Key) yield { key: o.Key.slice(settings.prefix.length), size: o.Size ?? 0 };
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
  };
}
