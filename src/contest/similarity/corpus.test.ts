import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimilarityCorpus } from './corpus.ts';
import { brutePair, shingleSet, WORDS } from './test-support.ts';

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 50 }).map((words) => words.join(' '));

describe('SimilarityCorpus', () => {
  it('counts shared shingles with every indexed text exactly, in both directions (random corpora)', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 12 }),
        text,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (old, fresh, min) => {
          const corpus = new SimilarityCorpus<number>();
          for (const [i, t] of old.entries()) corpus.add(i, t);
          const sets = [...old, fresh].map(shingleSet);
          const expected = old
            .map((_, i) => brutePair(sets, old.length, i))
            .filter((p) => p.shared > 0 && Math.max(p.aInB, p.bInA) >= min)
            .map((p) => ({ id: p.b, shared: p.shared, newInOld: p.aInB, oldInNew: p.bInA }));
          const byId = (x: { id: number }, y: { id: number }) => x.id - y.id;
          expect(corpus.query(fresh, { min }).sort(byId)).toEqual(expected.sort(byId));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('measures the share of a text found anywhere in the corpus (union over sources)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), text, (old, fresh) => {
        const corpus = new SimilarityCorpus<number>();
        for (const [i, t] of old.entries()) corpus.add(i, t);
        corpus.add(-1, fresh); // the entry itself is in the corpus and must not count
        const mine = shingleSet(fresh);
        const elsewhere = new Set(old.flatMap((t) => [...shingleSet(t)]));
        const covered = [...mine].filter((s) => elsewhere.has(s)).length;
        const { share, matches } = corpus.overlap(fresh, { excludeId: -1 });
        expect(share).toBe(mine.size === 0 ? 0 : covered / mine.size);
        expect(matches.some((m) => m.id === -1)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps answering as texts are added (segments merge as they double)', () => {
    const corpus = new SimilarityCorpus();
    const passage = 'bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ hàng đầu';
    for (let i = 0; i < 37; i++)
      corpus.add(`bài ${i}`, i === 20 ? `mở đầu ${passage} kết thúc` : `văn bản số ${i} khác hẳn`);
    const [match, ...rest] = corpus.query(`${passage}.`);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ id: 'bài 20', newInOld: 1 });
    expect(corpus.query(`${passage}.`, { excludeId: 'bài 20' })).toEqual([]);
    expect(corpus.passages(`Trích: ${passage}`, 'bài 20')?.passages).toEqual([
      { a: { start: 1, end: 14 }, b: { start: 2, end: 15 } },
    ]);
  });
});
