/**
 * Original entry files on disk: `${dataDir}/contest/<organisation>/<sha256>` (content-addressed, written
 * atomically before the transaction that records them; a file left by a failed transaction is harmless).
 * Written works are DOCX, PDF or TXT; audiovisual works may be an audio or video file instead of a link.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { writeAtomically } from '../../lib/atomic-write.ts';
import { extname, join } from 'node:path';

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
  dataDir: string,
  organisationId: string,
  data: Buffer,
): Promise<{ sha256: string; storagePath: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const dir = join(dataDir, 'contest', organisationId);
  const storagePath = join(dir, sha256);
  if (!existsSync(storagePath)) {
    await mkdir(dir, { recursive: true });
    await writeAtomically(storagePath, data);
  }
  return { sha256, storagePath };
}

export function openEntryFile(storagePath: string) {
  return createReadStream(storagePath);
}
