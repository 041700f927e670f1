/**
 * An inverted index over the shingles of a fixed list of fingerprints: for every shingle hash, the
 * (document, shingle) entries holding it, sorted by hash in flat typed arrays (no per-entry objects).
 *
 * Built partition by partition: each fingerprint is already sorted by hash, so the entries whose hash starts
 * with given top bits are one contiguous slice of every fingerprint; a partition is gathered, radix-sorted and
 * grouped, and only then does the next one start. Every shingle gets its document frequency (the size of its
 * hash group, saturating at 65,535; two tuples sharing a hash share a group, so the figure can only be too
 * high, which is safe: it orders work and never counts overlap). With `singletons: false` the entries of
 * shingles no other document holds are not kept — most shingles of real texts, and they can reveal no pair —
 * which divides the index's memory by ten or more for an all-pairs search.
 */
import { type Fingerprint, radixSortByHash, sameWindow } from './fingerprint.ts';

const PARTITION_TARGET = 1 << 20;
const MAX_FREQUENCY = 0xffff;

export class ShingleIndex {
  /** Global shingle id of document d's j-th shingle = base[d] + j. */
  readonly base: Uint32Array;
  /** Per global shingle id: how many entries share its hash (saturating). */
  readonly frequency: Uint16Array;
  private entryHash: Uint32Array;
  private entryDoc: Uint32Array;
  private entryShingle: Uint32Array;
  private count = 0;
  private bucketStart: Uint32Array = new Uint32Array(2);
  private bucketShift = 31;

  constructor(
    readonly docs: readonly Fingerprint[],
    options: { singletons?: boolean; partitionEntries?: number } = {},
  ) {
    const keepSingletons = options.singletons ?? true;
    const base = new Uint32Array(docs.length + 1);
    for (let d = 0; d < docs.length; d++) base[d + 1] = base[d]! + docs[d]!.size;
    const total = base[docs.length]!;
    this.base = base;
    this.frequency = new Uint16Array(total);
    const initial = keepSingletons ? total : Math.max(1024, total >>> 4);
    this.entryHash = new Uint32Array(initial);
    this.entryDoc = new Uint32Array(initial);
    this.entryShingle = new Uint32Array(initial);

    const partitionBits = Math.min(
      16,
      Math.max(0, Math.ceil(Math.log2(Math.max(1, total / (options.partitionEntries ?? PARTITION_TARGET))))),
    );
    const cursor = new Uint32Array(docs.length);
    for (let p = 0; p < 2 ** partitionBits; p++) {
      const limit = partitionBits === 0 ? 2 ** 32 : (p + 1) * 2 ** (32 - partitionBits);
      let size = 0;
      for (let d = 0; d < docs.length; d++) {
        const hashes = docs[d]!.hashes;
        let c = cursor[d]!;
        const from = c;
        while (c < hashes.length && hashes[c]! < limit) c++;
        size += c - from;
      }
      const hash = new Uint32Array(size);
      const doc = new Uint32Array(size);
      const shingle = new Uint32Array(size);
      let k = 0;
      for (let d = 0; d < docs.length; d++) {
        const hashes = docs[d]!.hashes;
        let c = cursor[d]!;
        while (c < hashes.length && hashes[c]! < limit) {
          hash[k] = hashes[c]!;
          doc[k] = d;
          shingle[k++] = c++;
        }
        cursor[d] = c;
      }
      const sorted = radixSortByHash(hash, [doc, shingle], size);
      this.addGroups(sorted.hashes, sorted.payloads[0]!, sorted.payloads[1]!, size, keepSingletons);
    }
    this.entryHash = this.entryHash.slice(0, this.count);
    this.entryDoc = this.entryDoc.slice(0, this.count);
    this.entryShingle = this.entryShingle.slice(0, this.count);
    this.buildBuckets();
  }

  /** Entries kept (all shingles' with singletons, else only those of shingles at least two documents hold). */
  get entries(): number {
    return this.count;
  }

  private addGroups(
    hash: Uint32Array,
    doc: Uint32Array,
    shingle: Uint32Array,
    size: number,
    keepSingletons: boolean,
  ): void {
    for (let g = 0; g < size; ) {
      let end = g + 1;
      while (end < size && hash[end] === hash[g]) end++;
      const frequency = Math.min(end - g, MAX_FREQUENCY);
      for (let e = g; e < end; e++) this.frequency[this.base[doc[e]!]! + shingle[e]!] = frequency;
      if (keepSingletons || end - g > 1) {
        this.reserve(end - g);
        for (let e = g; e < end; e++) {
          this.entryHash[this.count] = hash[e]!;
          this.entryDoc[this.count] = doc[e]!;
          this.entryShingle[this.count++] = shingle[e]!;
        }
      }
      g = end;
    }
  }

  private reserve(more: number): void {
    if (this.count + more <= this.entryHash.length) return;
    const capacity = Math.max(this.count + more, this.entryHash.length * 2);
    const grow = (a: Uint32Array) => {
      const b = new Uint32Array(capacity);
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.entryHash = grow(this.entryHash);
    this.entryDoc = grow(this.entryDoc);
    this.entryShingle = grow(this.entryShingle);
  }

  /** Where each bucket of hashes (by top bits) starts among the sorted entries, so a lookup scans little. */
  private buildBuckets(): void {
    const bits = Math.min(24, Math.max(1, Math.ceil(Math.log2(Math.max(2, this.count)))));
    this.bucketShift = 32 - bits;
    const starts = new Uint32Array((1 << bits) + 1);
    for (let e = 0; e < this.count; e++) starts[(this.entryHash[e]! >>> this.bucketShift) + 1]!++;
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    this.bucketStart = starts;
  }

  /** The first entry with hash `h`, or -1. */
  private firstEntry(h: number): number {
    const bucket = h >>> this.bucketShift;
    let lo = this.bucketStart[bucket]!;
    let hi = this.bucketStart[bucket + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entryHash[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.count && this.entryHash[lo] === h ? lo : -1;
  }

  /**
   * Calls `visit(doc, shingleIndex)` for every indexed document other than `d` holding d's j-th shingle. A
   * shingle no other document has (most of them) costs one array read.
   */
  forEachOtherHolder(d: number, j: number, visit: (doc: number, shingle: number) => void): void {
    if (this.frequency[this.base[d]! + j]! <= 1) return;
    const self = this.docs[d]!;
    this.scan(self.hashes[j]!, self.tokens, self.positions[j]!, d, visit);
  }

  /** Calls `visit(doc, shingleIndex)` for every indexed document holding window `pos` of `tokens` (hash `h`). */
  forEachHolder(h: number, tokens: Uint32Array, pos: number, visit: (doc: number, shingle: number) => void): void {
    this.scan(h, tokens, pos, -1, visit);
  }

  private scan(
    h: number,
    tokens: Uint32Array,
    pos: number,
    skipDoc: number,
    visit: (doc: number, shingle: number) => void,
  ): void {
    for (let e = this.firstEntry(h); e >= 0 && e < this.count && this.entryHash[e] === h; e++) {
      const dk = this.entryDoc[e]!;
      if (dk === skipDoc) continue;
      const doc = this.docs[dk]!;
      const jk = this.entryShingle[e]!;
      if (sameWindow(tokens, pos, doc.tokens, doc.positions[jk]!)) visit(dk, jk);
    }
  }
}
