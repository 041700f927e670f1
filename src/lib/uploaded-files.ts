/**
 * Multipart file parts into the file store (`src/lib/file-store/`): each part is read whole (up to the upload
 * cap), refused if it was truncated (over the cap) — so nothing over the cap is ever stored — then stored
 * content-addressed under the organisation, measured and hashed. The caller records the returned rows in its
 * own transaction. A failure leaves at most an object no row names: objects are shared by identical
 * uploads, so none is deleted here (an orphan is harmless and is stored again, unchanged, by a retry).
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DocumentFileTable } from '../db/types.ts';
import { AppError } from './app-error.ts';
import type { FileStore } from './file-store/index.ts';

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

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Store every part of the organisation, then `commit` with what was stored. */
export async function withUploadedFiles<T>(
  store: FileStore,
  organisationId: string,
  parts: AsyncIterable<IncomingFile> | null,
  commit: (files: WrittenFile[]) => Promise<T>,
): Promise<T> {
  if (!parts) throw new AppError('BAD_REQUEST', 'Hãy gửi tệp dạng multipart/form-data.');
  const written: WrittenFile[] = [];
  for await (const part of parts) {
    const fileName = safeFileName(part.filename);
    const data = await readAll(part.file);
    if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${fileName}" vượt quá dung lượng cho phép.`);
    const stored = await store.put(organisationId, data);
    written.push({
      id: randomUUID(),
      fileName,
      contentType: part.mimetype || 'application/octet-stream',
      size: stored.size,
      sha256: stored.sha256,
      storagePath: stored.key,
    });
  }
  if (written.length === 0) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp nào.');
  return commit(written);
}

/** The document_files rows of files just stored, filed under a document (or none) of an organisation. */
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

/**
 * A stored file, opened for download: read whole and checked against its SHA-256 first, because bytes
 * already streamed to the browser could not be taken back if the check failed at the end.
 */
export async function openStoredFile(
  store: FileStore,
  row: { file_name: string; content_type: string; size: number; storage_path: string; sha256: string },
) {
  const data = await store.get(row.storage_path, row.sha256);
  return { fileName: row.file_name, contentType: row.content_type, size: data.length, stream: Readable.from([data]) };
}
