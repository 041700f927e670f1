/**
 * A text's shingle set S(X) = the set of windows of 5 consecutive tokens, held compactly so that 10,000
 * texts of 3,000 words fit in memory: tokens become integer ids (one shared vocabulary), each window gets a
 * 32-bit hash that only orders and buckets, and every decision that two shingles are equal compares the five
 * token ids themselves. Hash collisions therefore cost a comparison, never a wrong count.
 */
import { tokenize } from './tokenize.ts';

export const SHINGLE = 5;

/** Token → id, shared by every fingerprint that will be compared (ids from different vocabularies mean nothing). */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }

  idsOf(tokens: readonly string[]): Uint32Array {
    const out = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.id(tokens[i]!);
    return out;
  }
}

export interface Fingerprint {
  /** The text's tokens as vocabulary ids, in order. */
  readonly tokens: Uint32Array;
  /** One entry per distinct shingle, sorted by hash: the hash and the first window (token index) holding it. */
  readonly hashes: Uint32Array;
  readonly positions: Uint32Array;
  /** |S(X)|. */
  readonly size: number;
}

export function fingerprintText(text: string, vocabulary: Vocabulary): Fingerprint {
  return fingerprintTokens(vocabulary.idsOf(tokenize(text)));
}

export type WindowHash = (tokens: Uint32Array, i: number) => number;

/** murmur3-style mixing of the five ids of the window starting at `i`; unsigned 32-bit. */
export function windowHash(tokens: Uint32Array, i: number): number {
  let h = 0x9747b28c;
  for (let k = 0; k < SHINGLE; k++) {
    let x = Math.imul(tokens[i + k]!, 0xcc9e2d51);
    x = (x << 15) | (x >>> 17);
    h ^= Math.imul(x, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function sameWindow(a: Uint32Array, i: number, b: Uint32Array, j: number): boolean {
  return (
    a[i] === b[j] && a[i + 1] === b[j + 1] && a[i + 2] === b[j + 2] && a[i + 3] === b[j + 3] && a[i + 4] === b[j + 4]
  );
}

const POSITION_SPACE = 2 ** 21;

/** `hash` is replaceable only so that tests can force collisions; every caller uses windowHash. */
export function fingerprintTokens(tokens: Uint32Array, hash: WindowHash = windowHash): Fingerprint {
  const windows = Math.max(0, tokens.length - SHINGLE + 1);
  const { hashes, positions } = windowsByHash(tokens, windows, hash);
  // Windows with the same hash: keep one entry per distinct tuple (the earliest, as ties are by position).
  let size = 0;
  let runStart = 0;
  for (let k = 0; k < windows; k++) {
    const h = hashes[k]!;
    const pos = positions[k]!;
    if (size === 0 || hashes[size - 1] !== h) runStart = size;
    let duplicate = false;
    for (let r = runStart; r < size && !duplicate; r++) duplicate = sameWindow(tokens, positions[r]!, tokens, pos);
    if (duplicate) continue;
    hashes[size] = h;
    positions[size] = pos;
    size++;
  }
  return { tokens, hashes: hashes.slice(0, size), positions: positions.slice(0, size), size };
}

/**
 * Every window in (hash, position) order. Packing both into one float64 (32 + 21 bits) lets the native
 * typed-array sort do the work; texts of more than two million tokens fall back to a comparator sort.
 */
function windowsByHash(
  tokens: Uint32Array,
  windows: number,
  hash: WindowHash,
): { hashes: Uint32Array; positions: Uint32Array } {
  const hashes = new Uint32Array(windows);
  const positions = new Uint32Array(windows);
  if (windows <= POSITION_SPACE) {
    const keys = new Float64Array(windows);
    for (let i = 0; i < windows; i++) keys[i] = hash(tokens, i) * POSITION_SPACE + i;
    keys.sort();
    for (let k = 0; k < windows; k++) {
      const key = keys[k]!;
      const h = Math.floor(key / POSITION_SPACE);
      hashes[k] = h;
      positions[k] = key - h * POSITION_SPACE;
    }
    return { hashes, positions };
  }
  const hashOf = new Uint32Array(windows);
  for (let i = 0; i < windows; i++) hashOf[i] = hash(tokens, i);
  const order = Array.from({ length: windows }, (_, i) => i);
  order.sort((x, y) => hashOf[x]! - hashOf[y]! || x - y);
  for (let k = 0; k < windows; k++) {
    hashes[k] = hashOf[order[k]!]!;
    positions[k] = order[k]!;
  }
  return { hashes, positions };
}

/** |S(A) ∩ S(B)|, exactly: a merge over the hash order, comparing tuples wherever hashes agree. */
export function sharedCount(a: Fingerprint, b: Fingerprint): number {
  const ha = a.hashes;
  const hb = b.hashes;
  const na = a.size;
  const nb = b.size;
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < na && j < nb) {
    const x = ha[i]!;
    const y = hb[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      let i2 = i + 1;
      while (i2 < na && ha[i2] === x) i2++;
      let j2 = j + 1;
      while (j2 < nb && hb[j2] === x) j2++;
      for (let p = i; p < i2; p++) {
        for (let q = j; q < j2; q++) {
          if (sameWindow(a.tokens, a.positions[p]!, b.tokens, b.positions[q]!)) {
            count++;
            break;
          }
        }
      }
      i = i2;
      j = j2;
    }
  }
  return count;
}

/** containment(A in B) = |S(A) ∩ S(B)| / |S(A)|, 0 when S(A) is empty. */
export function containment(shared: number, sizeOfA: number): number {
  return sizeOfA === 0 ? 0 : shared / sizeOfA;
}
