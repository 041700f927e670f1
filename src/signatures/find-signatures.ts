/**
 * Locating signatures in the raw bytes of a PDF: every /ByteRange, the signature dictionary around it,
 * the hex value in the gap it leaves, and the name of the field that points at it. Raw scanning rather
 * than the cross-reference table, so a damaged table does not hide a signature.
 */
import { PdfDict, PdfLexer, type PdfObj, decodeTextString } from './pdf-objects.ts';

/** More than this many /ByteRange entries is not a letter; the rest are not examined. */
const MAX_SIGNATURES = 100;
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

export interface FoundSignature {
  range: [number, number, number, number];
  dict: PdfDict | null;
  objectNum: number | null;
  contents: Buffer;
}

/** The object ("N G obj") that encloses offset `at`, parsed; null when it cannot be read. */
function enclosingObject(buf: Buffer, at: number): { num: number; value: PdfObj } | null {
  // Walk back over "obj" keywords (a regular expression over binary data backtracks on long digit runs).
  let pos = at;
  for (let tries = 0; tries < 10_000 && pos > 0; tries++) {
    const k = buf.lastIndexOf('obj', pos, 'latin1');
    if (k < 3) return null;
    pos = k - 1;
    const from = Math.max(0, k - 40);
    const head = /(?:^|[^\d])(\d+)\s+(\d+)\s+$/.exec(buf.toString('latin1', from, k));
    const next = buf[k + 3];
    if (!head || head.index === undefined || (next !== undefined && !/[\s<[/]/.test(String.fromCharCode(next))))
      continue;
    const start = from + head.index + (/\d/.test(head[0][0] ?? '') ? 0 : 1);
    try {
      const parsed = new PdfLexer(buf, start).indirectObject();
      return { num: parsed.num, value: parsed.value };
    } catch {
      return null;
    }
  }
  return null;
}

export function findSignatures(buf: Buffer, text: string): FoundSignature[] {
  const seen = new Set<string>();
  const found: FoundSignature[] = [];
  for (const m of text.matchAll(BYTE_RANGE)) {
    const range = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    const key = range.join(',');
    if (seen.has(key) || m.index === undefined) continue;
    if (found.length >= MAX_SIGNATURES) break;
    seen.add(key);
    const object = enclosingObject(buf, m.index);
    const dict = object?.value instanceof PdfDict ? object.value : null;
    const [, start, gapEnd] = range;
    const gap = buf.subarray(start, gapEnd);
    const hex =
      gap.length >= 2 && gap[0] === 0x3c && gap[gap.length - 1] === 0x3e ? gap.subarray(1, -1).toString('latin1') : '';
    found.push({
      range,
      dict,
      objectNum: object?.num ?? null,
      contents: /^[0-9a-fA-F\s]*$/.test(hex) ? Buffer.from(hex.replace(/\s/g, ''), 'hex') : Buffer.alloc(0),
    });
  }
  return found.sort((a, b) => a.range[2] + a.range[3] - (b.range[2] + b.range[3]));
}

export function fieldNameOf(buf: Buffer, text: string, objectNum: number | null): string | null {
  if (objectNum === null) return null;
  const m = new RegExp(`/V\\s+${objectNum}\\s+0\\s+R\\b`).exec(text);
  if (!m || m.index === undefined) return null;
  const field = enclosingObject(buf, m.index);
  return field?.value instanceof PdfDict ? decodeTextString(field.value.get('T')) : null;
}

/** The CMS without the zero padding that fills the rest of /Contents. */
export function trimContents(contents: Buffer): Buffer {
  let end = contents.length;
  while (end > 0 && contents[end - 1] === 0) end--;
  // DER length of the outer SEQUENCE tells exactly where it ends, padding or not.
  if (contents[0] === 0x30 && (contents[1] ?? 0) & 0x80) {
    const lengthBytes = (contents[1] ?? 0) & 0x7f;
    let length = 0;
    for (let i = 0; i < lengthBytes; i++) length = length * 256 + (contents[2 + i] ?? 0);
    return contents.subarray(0, Math.min(contents.length, 2 + lengthBytes + length));
  }
  return contents.subarray(0, end);
}
