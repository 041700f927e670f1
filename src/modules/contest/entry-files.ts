/**
 * Original entry files in the file store: key `files/<organisation>/<sha256>` (content-addressed, stored
 * whole before the transaction that records them; a file left by a failed transaction is harmless; earlier
 * rows hold `…/contest/<organisation>/<sha256>`, which the store still reads).
 * Written works are DOCX, PDF or TXT; audiovisual works may be an audio or video file instead of a link.
 */
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { FileStore } from '../../lib/file-store/index.ts';

export const WRITTEN_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

export const MEDIA_TYPES: Record<string, string> = {
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export const extensionOf = (fileName: string) => extname(fileName).toLowerCase();

export async function storeEntryFile(
  files: FileStore,
  organisationId: string,
  data: Buffer,
): Promise<{ sha256: string; storagePath: string }> {
  const stored = await files.put(organisationId, data);
  return { sha256: stored.sha256, storagePath: stored.key };
}

/** The entry's file, checked against the SHA-256 its key names before a byte is sent. */
export async function openEntryFile(files: FileStore, storagePath: string): Promise<Readable> {
  return Readable.from([await files.get(storagePath)]);
}
