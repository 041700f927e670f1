/** File type by magic bytes: PDF, PNG, JPEG, TIFF, else UTF-8 text, else unsupported. */
export type FileFormat = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'text' | 'unsupported';

export function detectFormat(head: Uint8Array): FileFormat {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf'; // %PDF
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  if (
    (b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a && b(3) === 0x00) ||
    (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0x00 && b(3) === 0x2a)
  )
    return 'tiff';
  return isUtf8Text(head) ? 'text' : 'unsupported';
}

/** Valid UTF-8 without NUL bytes. A multi-byte character cut at the end of the sample is accepted. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  let end = bytes.length;
  // Drop an incomplete trailing sequence (the sample may end mid-character).
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const c = bytes[end - k] ?? 0;
    if ((c & 0xc0) === 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      if (k < need) end -= k;
      break;
    }
    if ((c & 0xc0) !== 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
