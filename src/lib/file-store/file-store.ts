/**
 * Uploaded and generated files behind one interface. Every new file is content-addressed: its key is
 * `files/<organisation>/<sha256>`, so the same bytes stored twice are one object, an object never changes once
 * written, and every read is checked against the SHA-256 the key (or the row) names. Two backends: a local
 * directory (the embedded default) and S3-compatible object storage (`s3-backend.ts`); `createFileStore`
 * (`index.ts`) picks one from the configuration once, at start, and the modules receive it in their context.
 *
 * Rows written before the store existed hold an absolute local path (`/…/.data/files/<org>/<sha256>`,
 * `/…/letters/<org>/<sha256>.pdf`, `/…/contest/<org>/<sha256>`, `/…/files/<org>/evidence/<uuid>`). The store
 * reads them by their key — the part from the area folder on — so they keep working after DATA_DIR moves and
 * after `tct files migrate --to s3` copied them to a bucket under the same keys.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type StoredObject = { key: string; sha256: string; size: number };
export type ListedObject = { key: string; size: number };

/** What a backend must do; the store adds content addressing and verification on top. */
export type FileBackend = {
  readonly kind: 'local' | 's3';
  /** Where this backend writes, for messages (a directory or `s3://bucket`). */
  readonly location: string;
  /** The bytes, or null when there is no such object. */
  read(key: string): Promise<Buffer | null>;
  /** Write the whole object at once: a reader sees the old state or the whole new object, never a part. */
  write(key: string, data: Buffer, sha256: string): Promise<void>;
  /** Size (and the SHA-256 recorded with the object, when the backend keeps one), or null when absent. */
  head(key: string): Promise<{ size: number; sha256: string | null } | null>;
  remove(key: string): Promise<void>;
  list(prefix: string): AsyncIterable<ListedObject>;
  /** A local path of the object, when the backend has one (the local directory). */
  localPath?(key: string): string;
};

export type FileStore = {
  readonly kind: 'local' | 's3';
  readonly location: string;
  /** Store bytes of an organisation under `files/<organisation>/<sha256>` (nothing written if already there). */
  put(organisationId: string, data: Buffer): Promise<StoredObject>;
  /** Store bytes under an exact key (migration between stores); refused when the bytes do not match `sha256`. */
  putAt(key: string, data: Buffer, sha256: string): Promise<void>;
  /** The bytes of a stored file, refused (FileIntegrityError) unless their SHA-256 is the expected one. */
  get(ref: string, sha256?: string | null): Promise<Buffer>;
  /** The bytes as stored, unchecked, or null when absent — only for the migration, which hashes them itself. */
  readRaw(ref: string): Promise<Buffer | null>;
  exists(ref: string): Promise<boolean>;
  head(ref: string): Promise<{ size: number; sha256: string | null } | null>;
  delete(ref: string): Promise<void>;
  /** Every key under the areas files are kept in (`files/`, and the older `letters/` and `contest/`). */
  list(): AsyncIterable<ListedObject>;
  /**
   * Run `use` with a local path holding the verified bytes (a temporary copy, removed afterwards, when the
   * store is remote) — for OCR and PDF tools that read files by path — and the bytes themselves.
   */
  withLocalPath<T>(
    ref: string,
    sha256: string | null | undefined,
    use: (path: string, data: Buffer) => Promise<T>,
  ): Promise<T>;
};

export const FILE_AREAS = ['files', 'letters', 'contest'] as const;

export class FileIntegrityError extends Error {
  constructor(
    readonly key: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Tệp ${key} bị hỏng hoặc bị thay đổi: mã SHA-256 ${actual} không khớp với ${expected}. Không đọc tệp này.`);
    this.name = 'FileIntegrityError';
  }
}

export class FileMissingError extends Error {
  constructor(readonly key: string) {
    super(`Không tìm thấy tệp ${key} trong kho tệp.`);
    this.name = 'FileMissingError';
  }
}

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** A key is relative, slash-separated, without `.`/`..` segments: safe as a local path and as an S3 key. */
export function assertKey(key: string): string {
  const parts = key.split('/');
  if (parts.length < 2 || !parts.every((p) => SEGMENT.test(p) && p !== '.' && p !== '..'))
    throw new Error(`Khóa tệp không hợp lệ: ${key}`);
  return key;
}

/**
 * The key of a stored reference: a key as it is, or an older absolute path cut at its area folder
 * (`…/files/<org>/<sha>` → `files/<org>/<sha>`; evidence was kept one level deeper). Null when neither.
 */
export function keyOf(ref: string): string | null {
  if (!ref.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(ref)) {
    try {
      return assertKey(ref);
    } catch {
      return null;
    }
  }
  const parts = ref.split(/[\\/]/);
  for (const depth of [3, 4]) {
    const at = parts.length - depth;
    if (at > 0 && (FILE_AREAS as readonly string[]).includes(parts[at] as string)) {
      try {
        return assertKey(parts.slice(at).join('/'));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The SHA-256 a content-addressed key names (`<sha256>` or `<sha256>.pdf`), if it names one. */
export function shaOfKey(key: string): string | null {
  const last = key.split('/').pop() ?? '';
  return /^([0-9a-f]{64})(\.[a-z0-9]+)?$/.exec(last)?.[1] ?? null;
}

export function createStore(backend: FileBackend): FileStore {
  function resolve(ref: string): string {
    const key = keyOf(ref);
    if (!key) throw new FileMissingError(ref);
    return key;
  }

  async function get(ref: string, sha256?: string | null): Promise<Buffer> {
    const key = resolve(ref);
    const expected = sha256 || shaOfKey(key);
    if (!expected) throw new Error(`Không biết mã SHA-256 của tệp ${key}: không kiểm tra được, không đọc.`);
    const data = await backend.read(key);
    if (!data) throw new FileMissingError(key);
    const actual = sha256Hex(data);
    if (actual !== expected) throw new FileIntegrityError(key, expected, actual);
    return data;
  }

  return {
    kind: backend.kind,
    location: backend.location,
    async put(organisationId, data) {
      const sha256 = sha256Hex(data);
      const key = assertKey(`files/${organisationId}/${sha256}`);
      await backend.write(key, data, sha256);
      return { key, sha256, size: data.length };
    },
    async putAt(key, data, sha256) {
      const actual = sha256Hex(data);
      if (actual !== sha256) throw new FileIntegrityError(key, sha256, actual);
      await backend.write(assertKey(key), data, sha256);
    },
    get,
    // async, so that a reference naming no key rejects like any other failure instead of throwing at the call.
    async readRaw(ref) {
      return backend.read(resolve(ref));
    },
    async exists(ref) {
      return (await backend.head(resolve(ref))) !== null;
    },
    async head(ref) {
      return backend.head(resolve(ref));
    },
    async delete(ref) {
      return backend.remove(resolve(ref));
    },
    async *list() {
      for (const area of FILE_AREAS) yield* backend.list(`${area}/`);
    },
    async withLocalPath(ref, sha256, use) {
      const key = resolve(ref);
      const data = await get(key, sha256);
      const local = backend.localPath?.(key);
      if (local) return use(local, data);
      const dir = await mkdtemp(join(tmpdir(), 'tct-file-'));
      try {
        const path = join(dir, randomUUID());
        await writeFile(path, data);
        return await use(path, data);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
