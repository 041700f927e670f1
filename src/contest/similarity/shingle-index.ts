/**
 * An inverted index over the shingles of a fixed list of fingerprints: for every shingle hash, the
 * (document, shingle) entries holding it. Built once in typed arrays (a counting sort into buckets by the top
 * bits of the hash, then by hash inside each bucket) so that 30 million entries take a few hundred
 * megabytes and no per-entry objects. Entries with one hash form a contiguous group; the group's length is the
 * shingle's document frequency (two tuples sharing a hash share a group, so the figure can only be too high,
 * which is safe: it is used to order work, never to count overlap).
 */
import { type Fingerprint, sameWindow } from './fingerprint.ts';

const SMALL_BUCKET = 32;

export class ShingleIndex {
  /** Global shingle id of document d's j-th shingle = base[d] + j. */
  readonly base: Uint32Array;
  /** Per global shingle id: where its group starts among the entries, and the group's length. */
  readonly groupStart: Uint32Array;
  readonly frequency: Uint32Array;
  /** Per entry: the document and the index of the shingle inside that document's fingerprint. */
  readonly entryDoc: Uint32Array;
  readonly entryShingle: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly shift: number;

  constructor(readonly docs: readonly Fingerprint[]) {
    const base = new Uint32Array(docs.length + 1);
    for (let d = 0; d < docs.length; d++) base[d + 1] = base[d]! + docs[d]!.size;
    const total = base[docs.length]!;
    const bits = Math.min(26, Math.max(4, Math.ceil(Math.log2(Math.max(total, 2))) - 1));
    this.shift = 32 - bits;
    const offsets = new Uint32Array((1 << bits) + 1);
    for (const doc of docs) for (let j = 0; j < doc.size; j++) offsets[(doc.hashes[j]! >>> this.shift) + 1]!++;
    for (let b = 1; b < offsets.length; b++) offsets[b]! += offsets[b - 1]!;

    const entryDoc = new Uint32Array(total);
    const entryShingle = new Uint32Array(total);
    const entryHash = new Uint32Array(total);
    const cursor = offsets.slice(0, offsets.length - 1);
    docs.forEach((doc, d) => {
      for (let j = 0; j < doc.size; j++) {
        const h = doc.hashes[j]!;
        const e = cursor[h >>> this.shift]!++;
        entryDoc[e] = d;
        entryShingle[e] = j;
        entryHash[e] = h;
      }
    });

    const groupStart = new Uint32Array(total);
    const frequency = new Uint32Array(total);
    for (let b = 0; b + 1 < offsets.length; b++) {
      const from = offsets[b]!;
      const to = offsets[b + 1]!;
      if (to - from > 1) sortBucket(entryHash, entryDoc, entryShingle, from, to);
      for (let g = from; g < to; ) {
        let end = g + 1;
        while (end < to && entryHash[end] === entryHash[g]) end++;
        for (let e = g; e < end; e++) {
          const id = base[entryDoc[e]!]! + entryShingle[e]!;
          groupStart[id] = g;
          frequency[id] = end - g;
        }
        g = end;
      }
    }
    this.base = base;
    this.offsets = offsets;
    this.entryDoc = entryDoc;
    this.entryShingle = entryShingle;
    this.groupStart = groupStart;
    this.frequency = frequency;
  }

  get entries(): number {
    return this.entryDoc.length;
  }

  /** The entries whose shingle equals window `pos` of `tokens` (hash `h`): calls `visit(doc, shingleIndex)`. */
  forEachHolder(h: number, tokens: Uint32Array, pos: number, visit: (doc: number, shingle: number) => void): void {
    let e = this.offsets[h >>> this.shift]!;
    const end = this.offsets[(h >>> this.shift) + 1]!;
    while (e < end) {
      const d = this.entryDoc[e]!;
      const j = this.entryShingle[e]!;
      const length = this.frequency[this.base[d]! + j]!;
      if (this.docs[d]!.hashes[j] === h) {
        for (let k = e; k < e + length; k++) {
          const dk = this.entryDoc[k]!;
          const doc = this.docs[dk]!;
          const jk = this.entryShingle[k]!;
          if (sameWindow(tokens, pos, doc.tokens, doc.positions[jk]!)) visit(dk, jk);
        }
        return;
      }
      e += length;
    }
  }
}

/** Sorts one bucket's entries by hash, keeping document order inside a hash (stable). */
function sortBucket(hash: Uint32Array, doc: Uint32Array, shingle: Uint32Array, from: number, to: number): void {
  if (to - from <= SMALL_BUCKET) {
    for (let i = from + 1; i < to; i++) {
      const h = hash[i]!;
      const d = doc[i]!;
      const s = shingle[i]!;
      let k = i - 1;
      while (k >= from && hash[k]! > h) {
        hash[k + 1] = hash[k]!;
        doc[k + 1] = doc[k]!;
        shingle[k + 1] = shingle[k]!;
        k--;
      }
      hash[k + 1] = h;
      doc[k + 1] = d;
      shingle[k + 1] = s;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, i) => from + i);
  order.sort((x, y) => hash[x]! - hash[y]! || x - y);
  const h2 = order.map((i) => hash[i]!);
  const d2 = order.map((i) => doc[i]!);
  const s2 = order.map((i) => shingle[i]!);
  hash.set(h2, from);
  doc.set(d2, from);
  shingle.set(s2, from);
}
