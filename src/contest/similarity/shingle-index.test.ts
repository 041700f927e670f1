import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintTokens, SHINGLE, Vocabulary } from './fingerprint.ts';
import { ShingleIndex } from './shingle-index.ts';
import { WORDS } from './test-support.ts';
import { tokenize } from './tokenize.ts';

const corpus = fc.array(
  fc.array(fc.constantFrom(...WORDS.slice(0, 5)), { maxLength: 40 }).map((w) => w.join(' ')),
  { minLength: 1, maxLength: 8 },
);

describe('ShingleIndex', () => {
  it('finds every holder of every shingle, whatever the partitioning and with or without singletons', () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom(1, 7, 64, 1 << 20), fc.boolean(), (texts, partitionEntries, singletons) => {
        const vocabulary = new Vocabulary();
        const docs = texts.map((t) => fingerprintTokens(vocabulary.idsOf(tokenize(t))));
        const index = new ShingleIndex(docs, { partitionEntries, singletons });
        const key = (d: number, j: number) =>
          docs[d]!.tokens.slice(docs[d]!.positions[j]!, docs[d]!.positions[j]! + SHINGLE).join(',');
        const holders = new Map<string, number[]>();
        docs.forEach((doc, d) => {
          for (let j = 0; j < doc.size; j++) holders.set(key(d, j), [...(holders.get(key(d, j)) ?? []), d]);
        });
        docs.forEach((doc, d) => {
          for (let j = 0; j < doc.size; j++) {
            const others: number[] = [];
            index.forEachOtherHolder(d, j, (o, k) => {
              expect(key(o, k)).toBe(key(d, j));
              others.push(o);
            });
            expect(others.sort()).toEqual(holders.get(key(d, j))!.filter((o) => o !== d));
            expect(index.frequency[index.base[d]! + j]).toBeGreaterThanOrEqual(holders.get(key(d, j))!.length);
          }
        });
        const kept = [...holders.values()].reduce((n, h) => n + (singletons || h.length > 1 ? h.length : 0), 0);
        expect(index.entries).toBe(kept);
      }),
      { numRuns: 300 },
    );
  });
});
