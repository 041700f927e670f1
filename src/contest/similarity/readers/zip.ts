/**
 * Just enough of ZIP to take one part out of an Office file: the central directory is read from the end of
 * the file, the wanted entry is located through it (never by scanning local headers, which an attacker can
 * forge), and inflation is capped (`maxOutputLength`) so a small zip bomb cannot exhaust memory.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function listZipEntries(zip: Buffer): ZipEntry[] {
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL) throw new ZipError('mục lục ZIP hỏng');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > zip.length) throw new ZipError('mục lục ZIP hỏng');
    entries.push({
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of entry `name`, or null when the archive has no such entry. */
export function readZipEntry(zip: Buffer, name: string, maxBytes: number): Buffer | null {
  const entry = listZipEntries(zip).find((e) => e.name === name);
  if (!entry) return null;
  if (entry.flags & 1) throw new ZipError('tệp được mã hóa (có mật khẩu)');
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipError('ZIP64 không được hỗ trợ');
  if (entry.size > maxBytes) throw new ZipError(`phần ${name} quá lớn`);
  const local = entry.localOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new ZipError('đầu mục ZIP hỏng');
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError('tệp ZIP bị cắt cụt');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`kiểu nén ${entry.method} không được hỗ trợ`);
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError) throw new ZipError(`phần ${name} quá lớn khi giải nén`);
    throw new ZipError(`không giải nén được phần ${name}`);
  }
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= lowest; i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipError('không phải tệp ZIP');
}
