/**
 * The fingerprint of a sent report: SHA-256 of its canonical JSON. Canonical means object keys sorted
 * by UTF-16 code units, no whitespace, numbers as JavaScript prints them (as RFC 8785 does), strings in
 * Unicode NFC — so the same report always hashes the same whatever order a client sent fields in, or
 * whether its Vietnamese came composed or decomposed. undefined members are dropped, as JSON.stringify does.
 */
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Không thể băm số không hữu hạn');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.normalize('NFC'), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new Error(`Không thể băm giá trị kiểu ${typeof value}`);
  }
}

/** 'sha256:' + 64 hex digits. */
export function contentHash(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')}`;
}
