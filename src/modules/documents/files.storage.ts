/**
 * Uploaded files on disk: `${dataDir}/files/<organisation>/<sha256>` (content-addressed, so the same
 * scan uploaded twice is stored once). The type is decided from the bytes, not from what the browser
 * claims; only letters the intake engine can read are accepted.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../lib/app-error.ts';
import { writeAtomically } from '../../lib/atomic-write.ts';

export type AcceptedKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'text' | 'edxml';

export const ACCEPTED_CONTENT_TYPES: Record<AcceptedKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  text: 'text/plain; charset=utf-8',
  edxml: 'application/xml',
};

export const UNSUPPORTED_MESSAGE =
  'Định dạng tệp không được hỗ trợ. Hãy tải lên tệp PDF, ảnh PNG, JPEG, TIFF, tệp văn bản (.txt) hoặc tệp edXML (.edxml).';

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function isUtf8Text(buf: Buffer): boolean {
  if (buf.length === 0) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    // eslint-disable-next-line no-control-regex
    return !/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 20_000));
  } catch {
    return false;
  }
}

/** What the file really is, or an error the clerk can act on. */
export function detectKind(buf: Buffer, fileName: string): AcceptedKind {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, [0x49, 0x49, 0x2a, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ext === 'edxml' || (ext === 'xml' && /<edXML[\s>:]/.test(buf.subarray(0, 4096).toString('utf8')))) {
    if (isUtf8Text(buf)) return 'edxml';
    throw new AppError('BAD_REQUEST', 'Tệp edXML không hợp lệ: không phải văn bản UTF-8.');
  }
  if (ext === 'txt' && isUtf8Text(buf)) return 'text';
  throw new AppError('BAD_REQUEST', UNSUPPORTED_MESSAGE);
}

export type StoredFile = { sha256: string; storagePath: string; size: number };

/** Write the bytes under the organisation's folder (atomically; skipped when already there). */
export async function storeFile(dataDir: string, organisationId: string, data: Buffer): Promise<StoredFile> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const dir = join(dataDir, 'files', organisationId);
  const storagePath = join(dir, sha256);
  if (!existsSync(storagePath)) {
    await mkdir(dir, { recursive: true });
    await writeAtomically(storagePath, data);
  }
  return { sha256, storagePath, size: data.length };
}

export function readStoredFile(storagePath: string): Promise<Buffer> {
  return readFile(storagePath);
}

/** A safe display name for Content-Disposition and for the register (no folders, no control characters). */
export function cleanFileName(raw: string | undefined, fallback: string): string {
  const last = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = last
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '');
  return cleaned === '' ? fallback : cleaned.slice(0, 200);
}
