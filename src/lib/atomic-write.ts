/**
 * Write a file all at once or not at all: into a temp file beside it, then rename. If the write fails (the disk
 * full — ENOSPC — or over quota) the partial temp file is removed and the error rethrown; the error handler
 * answers ENOSPC with 507 and a Vietnamese message (src/plugins/errors.ts).
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';

export async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
