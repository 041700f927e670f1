/**
 * A reference corpus (earlier editions, forum articles, uploaded sources, the entries already received) that a
 * new entry is checked against. Texts are added one at a time; the index is kept as segments of doubling size
 * (1, 2, 4, … documents — two segments of equal size are merged), so adding n texts costs O(n log n) index
 * work and a query probes log n segments.
 *
 * A query probes every shingle of the new text, so it counts |S(new) ∩ S(old)| exactly for every old text
 * sharing anything with it: both directions of containment are exact and no threshold shortcut is needed.
 */
import { containment, type Fingerprint, fingerprintText, Vocabulary } from './fingerprint.ts';
import { matchingPassages, type PassageMatch } from './passages.ts';
import { ShingleIndex } from './shingle-index.ts';

export interface CorpusMatch<Id> {
  id: Id;
  /** containment(new in old) and containment(old in new). */
  newInOld: number;
  oldInNew: number;
  shared: number;
}

type Segment = { from: number; index: ShingleIndex };

export class SimilarityCorpus<Id = string> {
  readonly vocabulary = new Vocabulary();
  private readonly ids: Id[] = [];
  private readonly docs: Fingerprint[] = [];
  private readonly segments: Segment[] = [];

  get size(): number {
    return this.docs.length;
  }

  add(id: Id, text: string): Fingerprint {
    const fingerprint = fingerprintText(text, this.vocabulary);
    this.ids.push(id);
    this.docs.push(fingerprint);
    this.segments.push({ from: this.docs.length - 1, index: new ShingleIndex([fingerprint]) });
    while (this.segments.length >= 2) {
      const last = this.segments[this.segments.length - 1]!;
      const before = this.segments[this.segments.length - 2]!;
      if (before.index.docs.length !== last.index.docs.length) break;
      this.segments.splice(-2, 2, { from: before.from, index: new ShingleIndex(this.docs.slice(before.from)) });
    }
    return fingerprint;
  }

  /** Indexed texts whose larger containment with `text` reaches `min` (default: any shared shingle). */
  query(text: string, options: { min?: number; excludeId?: Id } = {}): CorpusMatch<Id>[] {
    return this.queryFingerprint(fingerprintText(text, this.vocabulary), options);
  }

  queryFingerprint(doc: Fingerprint, options: { min?: number; excludeId?: Id } = {}): CorpusMatch<Id>[] {
    return this.probe(doc, options.excludeId, options.min ?? Number.MIN_VALUE).matches;
  }

  /**
   * How much of `text` is found in the corpus: the share of its shingles held by at least one indexed text
   * (the union over sources, for screening against a threshold), and every text sharing anything with it.
   */
  overlap(text: string, options: { excludeId?: Id } = {}): { share: number; matches: CorpusMatch<Id>[] } {
    const doc = fingerprintText(text, this.vocabulary);
    const { matches, covered } = this.probe(doc, options.excludeId, Number.MIN_VALUE);
    return { share: containment(covered, doc.size), matches };
  }

  private probe(
    doc: Fingerprint,
    excludeId: Id | undefined,
    min: number,
  ): { matches: CorpusMatch<Id>[]; covered: number } {
    const shared = new Map<number, number>();
    const coveredBy = new Uint8Array(doc.size);
    for (const segment of this.segments) {
      const counts = new Uint32Array(segment.index.docs.length);
      const touched: number[] = [];
      let j = 0;
      const visit = (d: number) => {
        if (excludeId !== undefined && this.ids[segment.from + d] === excludeId) return;
        coveredBy[j] = 1;
        if (counts[d]!++ === 0) touched.push(d);
      };
      for (j = 0; j < doc.size; j++) segment.index.forEachHolder(doc.hashes[j]!, doc.tokens, doc.positions[j]!, visit);
      for (const d of touched) shared.set(segment.from + d, counts[d]!);
    }
    const matches: CorpusMatch<Id>[] = [];
    for (const [d, count] of shared) {
      const match = {
        id: this.ids[d]!,
        shared: count,
        newInOld: containment(count, doc.size),
        oldInNew: containment(count, this.docs[d]!.size),
      };
      if (Math.max(match.newInOld, match.oldInNew) >= min) matches.push(match);
    }
    matches.sort((x, y) => Math.max(y.newInOld, y.oldInNew) - Math.max(x.newInOld, x.oldInNew) || y.shared - x.shared);
    return { matches, covered: coveredBy.reduce((n, c) => n + c, 0) };
  }

  /** The passages `text` shares with the indexed text `id` (token ranges: a = `text`, b = the indexed text). */
  passages(text: string, id: Id): PassageMatch | null {
    const d = this.ids.indexOf(id);
    if (d < 0) return null;
    return matchingPassages(fingerprintText(text, this.vocabulary).tokens, this.docs[d]!.tokens);
  }
}
