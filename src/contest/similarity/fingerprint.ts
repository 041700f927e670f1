/**
 * A text's shingle set S(X) = the set of windows of 5 consecutive tokens, held compactly so that 10,000
 * texts of 3,000 words fit in memory: tokens become integer ids (one shared vocabulary), each window gets a
 * 32-bit hash that only orders and buckets, and every decision that two shingles are equal compares the five
 * token ids themselves. Hash collisions therefore cost a comparison, never a wrong count.
 */
import { normalizeText, scanTokens } from './tokenize.ts';

export const SHINGLE = 5;

/**
 * Token → id, shared by every fingerprint that will be compared (ids from different vocabularies mean
 * nothing). An open-addressing table keyed by the characters themselves, so that reading a text looks tokens
 * up where they stand in it and only a token never seen before becomes a new string.
 */
export class Vocabulary {
  private readonly tokens: string[] = [];
  private hashes = new Uint32Array(1024);
  private slots = new Int32Array(2048); // id + 1, 0 = empty
  private mask = 2047;

  get size(): number {
    return this.tokens.length;
  }

  token(id: number): string | undefined {
    return this.tokens[id];
  }

  id(token: string): number {
    return this.idAt(token, 0, token.length);
  }

  idsOf(tokens: readonly string[]): Uint32Array {
    const out = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.id(tokens[i]!);
    return out;
  }

  /** The ids of the tokens of `text` as issue 14 defines them (see tokenize.ts). */
  idsOfText(text: string): Uint32Array {
    const lower = normalizeText(text);
    let out = new Uint32Array(Math.max(16, lower.length >> 2));
    let n = 0;
    scanTokens(lower, (start, end) => {
      if (n === out.length) {
        const grown = new Uint32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = this.idAt(lower, start, end);
    });
    return out.slice(0, n);
  }

  private idAt(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h >>>= 0;
    const length = end - start;
    let slot = h & this.mask;
    for (let entry = this.slots[slot]!; entry !== 0; entry = this.slots[slot]!) {
      const id = entry - 1;
      if (this.hashes[id] === h) {
        const candidate = this.tokens[id]!;
        if (candidate.length === length && sameChars(candidate, text, start)) return id;
      }
      slot = (slot + 1) & this.mask;
    }
    const id = this.tokens.length;
    this.tokens.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const grown = new Uint32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if (this.tokens.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.tokens.length; id++) {
      let slot = this.hashes[id]! & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }
}

function sameChars(token: string, text: string, start: number): boolean {
  for (let k = 0; k < token.length; k++) if (token.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
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
  return fingerprintTokens(vocabulary.idsOfText(text));
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

/** Every window in (hash, position) order. */
function windowsByHash(
  tokens: Uint32Array,
  windows: number,
  hash: WindowHash,
): { hashes: Uint32Array; positions: Uint32Array } {
  const hashes = new Uint32Array(windows);
  const positions = new Uint32Array(windows);
  for (let i = 0; i < windows; i++) {
    hashes[i] = hash(tokens, i);
    positions[i] = i;
  }
  const sorted = radixSortByHash(hashes, [positions], windows);
  return { hashes: sorted.hashes, positions: sorted.payloads[0]! };
}

/**
 * Sorts `hashes` (and the parallel `payloads`) by hash: an LSD radix sort, 8 bits per pass. It is stable, so
 * equal hashes keep their input order, and several times faster than a comparison sort. The input arrays are
 * used as scratch space; use the returned ones.
 */
export function radixSortByHash(
  hashes: Uint32Array,
  payloads: Uint32Array[],
  n: number,
): { hashes: Uint32Array; payloads: Uint32Array[] } {
  let keys: Uint32Array = hashes;
  let values: Uint32Array[] = payloads;
  let otherKeys: Uint32Array = new Uint32Array(n);
  let otherValues: Uint32Array[] = payloads.map(() => new Uint32Array(n));
  const counts = new Uint32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i]! >>> shift) & 255]!++;
    if (counts.includes(n)) continue; // every key has the same byte here: nothing to reorder
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const h = keys[i]!;
      const to = counts[(h >>> shift) & 255]!++;
      otherKeys[to] = h;
      for (let v = 0; v < values.length; v++) otherValues[v]![to] = values[v]![i]!;
    }
    [keys, otherKeys] = [otherKeys, keys];
    [values, otherValues] = [otherValues, values];
  }
  return { hashes: keys, payloads: values };
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
