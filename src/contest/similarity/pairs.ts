/**
 * All pairs of texts whose larger containment reaches `min`, without comparing every pair.
 *
 * Why nothing is missed: if containment(A in B) ≥ min then |S(A) ∩ S(B)| ≥ o, the smallest count with
 * o / |S(A)| ≥ min. Any |S(A)| − o + 1 shingles of A cannot all miss that intersection (pigeonhole), so B
 * holds at least one of them. We probe the index with exactly that many shingles of A — the rarest ones, so
 * the shingles every entry shares (a contest's title, a famous quotation) are the ones left out — and every B
 * met is a candidate. Running this from every A finds every pair whose containment in either direction
 * reaches `min`. Candidates are then counted exactly (fingerprint.ts#sharedCount).
 */
import { containment, type Fingerprint, sharedCount } from './fingerprint.ts';
import { ShingleIndex } from './shingle-index.ts';

export interface PairScore {
  /** Indexes into the input list, a < b. */
  a: number;
  b: number;
  aInB: number;
  bInA: number;
  shared: number;
}

/** The smallest overlap o with o / size ≥ min, computed with the same division that reports containment. */
export function requiredOverlap(size: number, min: number): number {
  if (size === 0) return min <= 0 ? 0 : 1;
  let o = Math.max(0, Math.ceil(min * size));
  while (o > 0 && (o - 1) / size >= min) o--;
  while (o <= size && o / size < min) o++;
  return o;
}

export function scorePair(docs: readonly Fingerprint[], a: number, b: number): PairScore {
  const shared = sharedCount(docs[a]!, docs[b]!);
  return { a, b, shared, aInB: containment(shared, docs[a]!.size), bInA: containment(shared, docs[b]!.size) };
}

export const larger = (p: Pick<PairScore, 'aInB' | 'bInA'>): number => Math.max(p.aInB, p.bInA);

/** Larger containment descending, then more shared shingles, then input order. */
export function comparePairs(x: PairScore, y: PairScore): number {
  return larger(y) - larger(x) || y.shared - x.shared || x.a - y.a || x.b - y.b;
}

export interface PairSearchStats {
  candidates: number;
  probes: number;
}

export function findSimilarPairs(docs: readonly Fingerprint[], min: number, stats?: PairSearchStats): PairScore[] {
  const n = docs.length;
  const out: PairScore[] = [];
  if (!(min > 0)) {
    // Every pair reaches a threshold of 0, even two texts with nothing in common.
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) out.push(scorePair(docs, a, b));
    return out.sort(comparePairs);
  }
  const index = new ShingleIndex(docs, { singletons: false });
  const lastSeenBy = new Int32Array(n).fill(-1);
  const checked = new Set<number>();
  let probes = 0;
  for (let a = 0; a < n; a++) {
    const doc = docs[a]!;
    const take = doc.size - requiredOverlap(doc.size, min) + 1;
    if (doc.size === 0 || take <= 0) continue;
    const candidates: number[] = [];
    const visit = (b: number) => {
      if (lastSeenBy[b] === a) return;
      lastSeenBy[b] = a;
      candidates.push(b);
    };
    for (const j of rarestShingles(index, a, take)) {
      probes++;
      index.forEachOtherHolder(a, j, visit);
    }
    for (const b of candidates) {
      const [x, y] = a < b ? [a, b] : [b, a];
      const key = x * n + y;
      if (checked.has(key)) continue;
      checked.add(key);
      const score = scorePair(docs, x, y);
      if (larger(score) >= min) out.push(score);
    }
  }
  if (stats) {
    stats.candidates = checked.size;
    stats.probes = probes;
  }
  return out.sort(comparePairs);
}

/**
 * The shingles of document `d` worth probing among its `take` rarest. Shingles no other document holds come
 * first in rarity order and can reveal no candidate, so they are counted but not returned; when they alone
 * fill the prefix, nothing is returned and the document has no candidate on its side.
 */
function rarestShingles(index: ShingleIndex, d: number, take: number): number[] {
  const size = index.docs[d]!.size;
  const from = index.base[d]!;
  let unique = 0;
  const shared: number[] = [];
  for (let j = 0; j < size; j++) {
    if (index.frequency[from + j] === 1) unique++;
    else shared.push(j);
  }
  const wanted = take - unique;
  if (wanted <= 0) return [];
  if (wanted >= shared.length) return shared;
  shared.sort((x, y) => index.frequency[from + x]! - index.frequency[from + y]! || x - y);
  return shared.slice(0, wanted);
}
