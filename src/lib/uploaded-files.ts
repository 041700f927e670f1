/**
 * Streams multipart file parts to disk under `dir`, measuring size and SHA-256 on the way, and removes
 * what it wrote if anything fails (a truncated part — over the upload cap — is an error). The caller
 * records the returned rows in its own transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DocumentFileTable } from '../db/types.ts';
import { AppError } from './app-error.ts';

export type IncomingFile = { filename: string; mimetype: string; file: Readable & { truncated?: boolean } };
export type WrittenFile = {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storagePath: string;
};

export function safeFileName(name: string): string {
  const base = name
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    .replace(/[\u0000-\u001f"<>|:*?]/g, '_')
    .trim();
  return (base || 'tep-dinh-kem').slice(0, 200);
}

/** Write every part; on any error delete what was written and rethrow. `commit` runs with the files on disk. */
export async function withUploadedFiles<T>(
  dir: string,
  parts: AsyncIterable<IncomingFile> | null,
  commit: (files: WrittenFile[]) => Promise<T>,
): Promise<T> {
  if (!parts) throw new AppError('BAD_REQUEST', 'Hãy gửi tệp dạng multipart/form-data.');
  await mkdir(dir, { recursive: true });
  const written: WrittenFile[] = [];
  try {
    for await (const part of parts) {
      const id = randomUUID();
      const storagePath = join(dir, id);
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      const entry: WrittenFile = {
        id,
        fileName: safeFileName(part.filename),
        contentType: part.mimetype || 'application/octet-stream',
        size: 0,
        sha256: '',
        storagePath,
      };
      written.push(entry);
      await pipeline(part.file, meter, createWriteStream(storagePath));
      entry.size = size;
      entry.sha256 = hash.digest('hex');
      if (part.file.truncated)
        throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${entry.fileName}" vượt quá dung lượng cho phép.`);
    }
    if (written.length === 0) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp nào.');
    return await commit(written);
  } catch (error) {
    await Promise.all(written.map((f) => rm(f.storagePath, { force: true })));
    throw error;
  }
}

/** The document_files rows of files just written, filed under a document (or none) of an organisation. */
export function documentFileRows(
  written: readonly WrittenFile[],
  owner: { documentId: string | null; organisationId: string; kind: string; createdBy: string; at: string },
): DocumentFileTable[] {
  return written.map((f) => ({
    id: f.id,
    document_id: owner.documentId,
    organisation_id: owner.organisationId,
    kind: owner.kind,
    file_name: f.fileName,
    content_type: f.contentType,
    size: f.size,
    sha256: f.sha256,
    storage_path: f.storagePath,
    created_by: owner.createdBy,
    created_at: owner.at,
  }));
}

/** A stored file, opened for download. */
export function openStoredFile(row: { file_name: string; content_type: string; size: number; storage_path: string }) {
  return {
    fileName: row.file_name,
    contentType: row.content_type,
    size: row.size,
    stream: createReadStream(row.storage_path),
  };
}
