import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from './fingerprint.ts';
import { comparePassages, matchingPassages, mergeRanges } from './passages.ts';
import { tokenize } from './tokenize.ts';
import { WORDS } from './test-support.ts';

describe('matchingPassages', () => {
  it('returns maximal aligned runs with token ranges in both texts and their characters', () => {
    const a = 'Mở đầu. Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ. Đoạn giữa riêng. Một hai ba bốn năm sáu.';
    const b = 'Khác: một hai ba bốn năm — rồi bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ!';
    const result = comparePassages(a, b);
    expect(result.passages.map((p) => [result.textA.slice(p.aChars.start, p.aChars.end), p.a, p.b])).toEqual([
      ['Bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ', { start: 2, end: 13 }, { start: 7, end: 18 }],
      ['Một hai ba bốn năm', { start: 16, end: 21 }, { start: 1, end: 6 }],
    ]);
    expect(result.textB.slice(result.passages[0]!.bChars.start, result.passages[0]!.bChars.end)).toBe(
      'bảo vệ nền tảng tư tưởng của Đảng là nhiệm vụ',
    );
    expect(result.aRanges).toEqual([
      { start: 2, end: 13 },
      { start: 16, end: 21 },
    ]);
  });

  it('covers exactly the tokens of shared shingles, and each passage is the same words on both sides', () => {
    const words = fc.array(fc.constantFrom(...WORDS.slice(0, 4)), { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, words, (ta, tb) => {
        const vocabulary = new Vocabulary();
        const a = vocabulary.idsOf(tokenize(ta));
        const b = vocabulary.idsOf(tokenize(tb));
        const key = (t: Uint32Array, i: number) => t.slice(i, i + 5).join(',');
        const inB = new Set<string>();
        for (let j = 0; j + 5 <= b.length; j++) inB.add(key(b, j));
        const covered = new Set<number>();
        for (let i = 0; i + 5 <= a.length; i++) if (inB.has(key(a, i))) for (let k = i; k < i + 5; k++) covered.add(k);
        const match = matchingPassages(a, b);
        const fromRanges = new Set(
          match.aRanges.flatMap((r) => Array.from({ length: r.end - r.start }, (_, k) => r.start + k)),
        );
        expect(fromRanges).toEqual(covered);
        for (const p of match.passages) {
          expect(p.a.end - p.a.start).toBe(p.b.end - p.b.start);
          expect([...a.slice(p.a.start, p.a.end)]).toEqual([...b.slice(p.b.start, p.b.end)]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 12, end: 17 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 17 },
    ]);
  });
});
