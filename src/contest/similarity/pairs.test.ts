import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintText, fingerprintTokens, sharedCount, Vocabulary } from './fingerprint.ts';
import { findSimilarPairs, requiredOverlap } from './pairs.ts';
import { bruteForcePairs, WORDS } from './test-support.ts';
import { tokenize } from './tokenize.ts';

/** A corpus of short random texts over a tiny vocabulary, with passages copied between texts. */
const corpus = fc
  .array(
    fc.record({
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 60 }),
      separators: fc.array(fc.constantFrom(' ', ', ', '. ', '\n', ' – ', '\t'), { minLength: 60, maxLength: 60 }),
      copyFrom: fc.nat(),
      copyAt: fc.nat(),
      copyLength: fc.nat({ max: 30 }),
    }),
    { minLength: 2, maxLength: 9 },
  )
  .map((docs) => {
    const words = docs.map((d) => [...d.words]);
    docs.forEach((d, i) => {
      const source = words[d.copyFrom % words.length]!;
      if (source.length === 0) return;
      const at = d.copyAt % source.length;
      words[i]!.splice(d.copyAt % (words[i]!.length + 1), 0, ...source.slice(at, at + d.copyLength));
    });
    return words.map((w, i) => w.map((word, k) => word + (docs[i]!.separators[k % 60] ?? ' ')).join(''));
  });

const threshold = fc.oneof(
  fc.constantFrom(0.05, 0.1, 0.2, 1 / 3, 0.5, 1),
  fc.double({ min: 0.001, max: 1, noNaN: true }),
);

function engine(texts: string[], min: number, hash?: (tokens: Uint32Array, i: number) => number) {
  const vocabulary = new Vocabulary();
  const docs = texts.map((t) => fingerprintTokens(vocabulary.idsOf(tokenize(t)), hash));
  return findSimilarPairs(docs, min);
}

const sortForComparison = <T extends { a: number; b: number }>(pairs: T[]) =>
  [...pairs].sort((x, y) => x.a - y.a || x.b - y.b);

describe('findSimilarPairs', () => {
  it('finds exactly the pairs and figures brute force finds (random corpora)', () => {
    fc.assert(
      fc.property(corpus, threshold, (texts, min) => {
        expect(sortForComparison(engine(texts, min))).toEqual(sortForComparison(bruteForcePairs(texts, min)));
      }),
      { numRuns: 400 },
    );
  });

  it('stays exact when every shingle hash collides with many others', () => {
    // A hash with 3 values: every group mixes different shingles, so only the tuple comparisons keep counts right.
    const poorHash = (tokens: Uint32Array, i: number) => (tokens[i]! + tokens[i + 4]!) % 3;
    fc.assert(
      fc.property(corpus, threshold, (texts, min) => {
        expect(sortForComparison(engine(texts, min, poorHash))).toEqual(sortForComparison(bruteForcePairs(texts, min)));
      }),
      { numRuns: 200 },
    );
  });

  it('reports every pair, even with nothing shared, when min is 0', () => {
    const texts = ['một hai ba bốn năm', 'sáu bảy tám chín mười', ''];
    expect(engine(texts, 0)).toHaveLength(3);
    expect(engine(texts, 0.0001)).toHaveLength(0);
  });

  it('sorts by the larger containment, descending', () => {
    const base = Array.from({ length: 40 }, (_, i) => `từ${i}`);
    const texts = [base.join(' '), base.slice(0, 20).join(' '), base.slice(0, 10).join(' '), 'khác'];
    const pairs = engine(texts, 0.05);
    const larger = pairs.map((p) => Math.max(p.aInB, p.bInA));
    expect(larger).toEqual([...larger].sort((x, y) => y - x));
    // All three pairs contain one text wholly; ties go to more shared shingles, then command-line order.
    expect(pairs.map((p) => [p.a, p.b, p.shared])).toEqual([
      [0, 1, 16],
      [0, 2, 6],
      [1, 2, 6],
    ]);
  });
});

describe('requiredOverlap', () => {
  it('is the smallest overlap whose containment reaches min, with the reported division', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (size, min) => {
        const o = requiredOverlap(size, min);
        if (o <= size) expect(o / size >= min).toBe(true);
        if (o > 0) expect((o - 1) / size >= min).toBe(false);
      }),
    );
    expect(requiredOverlap(100, 0.07)).toBe(7); // 0.07 * 100 = 7.000000000000001 in floating point
  });
});

describe('sharedCount', () => {
  it('counts a shingle repeated inside a text once', () => {
    const vocabulary = new Vocabulary();
    const a = fingerprintText('a b c d e a b c d e', vocabulary);
    const b = fingerprintText('a b c d e', vocabulary);
    expect(a.size).toBe(5);
    expect(sharedCount(a, b)).toBe(1);
  });
});
