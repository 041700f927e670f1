/** Signed letters on disk: `${dataDir}/letters/<organisation>/<sha256>.pdf` (content-addressed, atomic write). */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../../lib/atomic-write.ts';

export async function storePdf(dataDir: string, organisationId: string, data: Buffer): Promise<string> {
  const sha = createHash('sha256').update(data).digest('hex');
  const dir = join(dataDir, 'letters', organisationId);
  const path = join(dir, `${sha}.pdf`);
  if (!existsSync(path)) {
    await mkdir(dir, { recursive: true });
    await writeAtomically(path, data);
  }
  return path;
}

export function readPdf(path: string): Promise<Buffer> {
  return readFile(path);
}
