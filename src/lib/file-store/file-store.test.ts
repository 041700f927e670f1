/**
 * The store contract, one test body run against both implementations: the local directory and S3 (s3rver,
 * started here on a free port). Then what is specific to each: a tampered object is refused on read, and
 * rows of before the store (absolute local paths) still read.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestS3, type TestS3 } from '../../testing/s3-server.ts';
import {
  createFileStore,
  FileIntegrityError,
  FileMissingError,
  type FileStore,
  keyOf,
  localFileStore,
  sha256Hex,
} from './index.ts';

let s3: TestS3;
let dataDir: string;
beforeAll(async () => {
  s3 = await startTestS3();
  dataDir = await mkdtemp(join(tmpdir(), 'tct-store-'));
});
afterAll(async () => {
  await s3?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const ORG = '0b6f3c1e-7d7a-4c54-9a1e-2f4a5b6c7d8e';

/** Replace the stored bytes behind the store's back, as a disk fault or an intruder would. */
type Tamper = (key: string, data: Buffer) => Promise<void>;

const implementations: [string, () => { store: FileStore; tamper: Tamper }][] = [
  [
    'local directory',
    () => ({
      store: localFileStore(join(dataDir, 'local')),
      tamper: (key, data) => writeFile(join(dataDir, 'local', key), data),
    }),
  ],
  [
    'S3 (s3rver)',
    () => ({
      store: createFileStore({ dataDir, files: s3.files }),
      tamper: async (key, data) => {
        await s3.client.send(new PutObjectCommand({ Bucket: s3.files.bucket, Key: key, Body: data }));
      },
    }),
  ],
];

describe.each(implementations)('file store contract: %s', (_name, make) => {
  it('stores content-addressed, dedupes, reads back verified, lists, deletes', async () => {
    const { store } = make();
    const data = Buffer.from('Công văn số 315-CV/BTGTU — bản quét');
    const sha = sha256Hex(data);
    const stored = await store.put(ORG, data);
    expect(stored).toEqual({ key: `files/${ORG}/${sha}`, sha256: sha, size: data.length });
    expect(await store.put(ORG, Buffer.from(data))).toEqual(stored);
    expect(await store.exists(stored.key)).toBe(true);
    expect((await store.head(stored.key))?.size).toBe(data.length);
    expect((await store.get(stored.key)).equals(data)).toBe(true);
    expect((await store.get(stored.key, sha)).equals(data)).toBe(true);

    const other = await store.put(ORG, Buffer.alloc(70_000, 7));
    const keys: string[] = [];
    for await (const { key } of store.list()) keys.push(key);
    expect(keys).toEqual(expect.arrayContaining([stored.key, other.key]));

    await store.delete(other.key);
    expect(await store.exists(other.key)).toBe(false);
    await expect(store.get(other.key)).rejects.toBeInstanceOf(FileMissingError);
  });

  it('hands a verified local copy to tools that read by path', async () => {
    const { store } = make();
    const data = Buffer.from('%PDF-1.4 trang 1');
    const stored = await store.put(ORG, data);
    let seen = '';
    const size = await store.withLocalPath(stored.key, stored.sha256, async (path, bytes) => {
      seen = path;
      expect(existsSync(path)).toBe(true);
      return bytes.length;
    });
    expect(size).toBe(data.length);
    // A remote store's temporary copy is gone afterwards; the local store lends its own file.
    expect(existsSync(seen)).toBe(store.kind === 'local');
  });

  it('refuses a tampered object on read, and refuses a wrong checksum given by the row', async () => {
    const { store, tamper } = make();
    const stored = await store.put(ORG, Buffer.from('Quyết định khen thưởng'));
    await tamper(stored.key, Buffer.from('Quyết định kỷ luật'));
    const error = await store.get(stored.key).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileIntegrityError);
    expect((error as Error).message).toContain('không khớp');
    await expect(store.withLocalPath(stored.key, null, async () => 'used')).rejects.toBeInstanceOf(FileIntegrityError);

    const good = await store.put(ORG, Buffer.from('Báo cáo quý IV'));
    await expect(store.get(good.key, sha256Hex(Buffer.from('khác')))).rejects.toBeInstanceOf(FileIntegrityError);
  });

  it('writes under an exact key only the bytes that match the checksum (migration)', async () => {
    const { store } = make();
    const data = Buffer.from('minh chứng');
    const key = `files/${ORG}/evidence/4f7c2d7e-1111-4c2a-9d55-0a1b2c3d4e5f`;
    await expect(store.putAt(key, data, sha256Hex(Buffer.from('x')))).rejects.toBeInstanceOf(FileIntegrityError);
    expect(await store.exists(key)).toBe(false);
    await store.putAt(key, data, sha256Hex(data));
    // No SHA-256 in this older key: the row's checksum is what a read is checked against.
    expect((await store.get(key, sha256Hex(data))).equals(data)).toBe(true);
    await expect(store.get(key)).rejects.toThrow(/SHA-256/);
  });
});

describe('keys', () => {
  it('maps paths of rows written before the store to keys, and refuses unsafe keys', () => {
    expect(keyOf(`/srv/tct/.data/files/${ORG}/${'a'.repeat(64)}`)).toBe(`files/${ORG}/${'a'.repeat(64)}`);
    expect(keyOf(`/srv/.data/files/${ORG}/evidence/abc-1`)).toBe(`files/${ORG}/evidence/abc-1`);
    expect(keyOf(`/srv/.data/letters/${ORG}/${'b'.repeat(64)}.pdf`)).toBe(`letters/${ORG}/${'b'.repeat(64)}.pdf`);
    expect(keyOf('/nonexistent')).toBeNull();
    expect(keyOf('files/../../etc/passwd')).toBeNull();
    expect(keyOf('files/./x')).toBeNull();
  });

  it('reads a row written before the store (an absolute path) from wherever DATA_DIR is now', async () => {
    const dir = join(dataDir, 'moved');
    const data = Buffer.from('tệp cũ');
    const sha = sha256Hex(data);
    await mkdir(join(dir, 'files', ORG), { recursive: true });
    await writeFile(join(dir, 'files', ORG, sha), data);
    await writeFile(join(dir, 'files', ORG, `${sha}.1234.tmp`), 'nửa chừng');
    const store = localFileStore(dir);
    expect((await store.get(`/old/place/.data/files/${ORG}/${sha}`)).equals(data)).toBe(true);
    // A temporary file of an interrupted write is not an object.
    const keys: string[] = [];
    for await (const { key } of store.list()) keys.push(key);
    expect(keys).toEqual([`files/${ORG}/${sha}`]);
    expect(await readdir(join(dir, 'files', ORG))).toHaveLength(2);
  });
});
