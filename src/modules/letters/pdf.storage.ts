/**
 * Signed letters in the file store: key `files/<organisation>/<sha256>` like every other file (earlier rows
 * hold `…/letters/<organisation>/<sha256>.pdf`, which the store still reads). The key names the content, so
 * a read is checked against it.
 */
import type { FileStore } from '../../lib/file-store/index.ts';

export async function storePdf(files: FileStore, organisationId: string, data: Buffer): Promise<string> {
  return (await files.put(organisationId, data)).key;
}

export function readPdf(files: FileStore, path: string): Promise<Buffer> {
  return files.get(path);
}
