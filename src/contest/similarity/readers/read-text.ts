/**
 * Text of an entry file for overlap checking: .txt (UTF-8), .docx (main document part) and .pdf (its text
 * layer, through poppler's pdftotext). The kind comes from the file name's extension, or from the content
 * when the extension is none of these. Every failure is an UnreadableFileError with a Vietnamese reason.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { DocxError, readDocxText } from './docx.ts';

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Không đọc được tệp ${file}: ${reason}`);
  }
}

export type EntryFileKind = 'txt' | 'docx' | 'pdf';

const MAX_FILE_BYTES = 200 * 1024 * 1024;
const PDF_TIMEOUT_MS = 120_000;

export function detectKind(fileName: string, bytes: Uint8Array): EntryFileKind | null {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.txt' || ext === '.docx' || ext === '.pdf') return ext.slice(1) as EntryFileKind;
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  // Another or no extension: plain text when the bytes are UTF-8 without NULs.
  return bytes.includes(0) || !isUtf8(bytes) ? null : 'txt';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file from disk. */
export async function readEntryFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UnreadableFileError(path, 'đây là thư mục, không phải tệp');
    if (info.size > MAX_FILE_BYTES) throw new UnreadableFileError(path, 'tệp lớn hơn 200 MB');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(path, describeFsError(error as NodeJS.ErrnoException));
  }
  return entryText(bytes, path, { path });
}

/**
 * Reads bytes already in memory (an upload). `fileName` decides the kind; `label` names the file in messages
 * (default: the name); `path`, when the bytes are also on disk, spares pdftotext a temporary copy.
 */
export async function entryText(
  bytes: Buffer,
  fileName: string,
  options: { label?: string; path?: string } = {},
): Promise<string> {
  const label = options.label ?? fileName;
  const kind = detectKind(fileName, bytes);
  if (kind === null)
    throw new UnreadableFileError(label, `định dạng "${extname(fileName)}" không được hỗ trợ (chỉ .txt, .docx, .pdf)`);
  if (kind === 'txt') return utf8Text(bytes, label);
  if (kind === 'docx') {
    try {
      return readDocxText(bytes);
    } catch (error) {
      if (error instanceof DocxError)
        throw new UnreadableFileError(label, `tệp .docx hỏng hoặc không hợp lệ (${error.message})`);
      throw error;
    }
  }
  return pdfText(bytes, label, options.path);
}

function utf8Text(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError(label, 'tệp .txt không phải văn bản UTF-8');
  }
}

async function pdfText(bytes: Buffer, label: string, path: string | undefined): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    throw new UnreadableFileError(label, 'không phải tệp PDF');
  let dir: string | null = null;
  try {
    let input = path;
    if (!input) {
      dir = await mkdtemp(join(tmpdir(), 'tct-similarity-'));
      input = join(dir, 'input.pdf');
      await writeFile(input, bytes);
    }
    const text = await runPdftotext(input, label);
    // A scanned page has no text layer: say so rather than report "no overlap" for an unread text.
    if (!/[\p{L}\p{N}]/u.test(text))
      throw new UnreadableFileError(label, 'tệp PDF không có lớp chữ (bản quét?) — hãy nhận dạng chữ (OCR) trước');
    return text;
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

function runPdftotext(path: string, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'pdftotext',
      ['-enc', 'UTF-8', '-q', path, '-'],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: PDF_TIMEOUT_MS },
      (error, stdout) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT')
          reject(new UnreadableFileError(label, 'thiếu chương trình pdftotext (gói poppler-utils) để đọc PDF'));
        else if (error.killed) reject(new UnreadableFileError(label, 'đọc PDF quá thời gian'));
        else reject(new UnreadableFileError(label, 'tệp PDF hỏng hoặc có mật khẩu'));
      },
    );
  });
}

function describeFsError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'không tồn tại';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'không có quyền đọc';
  if (error.code === 'EISDIR') return 'đây là thư mục, không phải tệp';
  return error.message;
}
