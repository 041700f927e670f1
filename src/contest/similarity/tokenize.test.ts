import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from './fingerprint.ts';
import { tokenize, tokenizeWithOffsets } from './tokenize.ts';

/** The definition, written with a regular expression, to compare the table-driven scanner against. */
const byRegex = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

describe('tokenize', () => {
  it('composes (NFC), lower-cases, and keeps letters, marks and digits together', () => {
    const decomposed = 'Bảo vệ'.normalize('NFD');
    expect(decomposed).not.toBe('Bảo vệ');
    expect(tokenize(`${decomposed} NỀN-TẢNG, tư_tưởng 2025; Ⅻ ½ x²`)).toEqual([
      'bảo',
      'vệ',
      'nền',
      'tảng',
      'tư',
      'tưởng',
      '2025',
      'ⅻ', // Nl (letter number) is N
      '½', // No is N
      'x²',
    ]);
  });

  it('treats astral letters as letters and astral symbols as separators', () => {
    expect(tokenize('𝐀𝐁c 😀 d𐐀')).toEqual(['𝐀𝐁c', 'd𐐨']);
  });

  it('matches the regular-expression definition on any text', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('ệ', 'E\u0302\u0323', 'Σ', 'İ', ' ', '.', '\u00ad'),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual(byRegex(t));
        const vocabulary = new Vocabulary();
        expect([...vocabulary.idsOfText(t)].map((id) => vocabulary.token(id))).toEqual(byRegex(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives offsets into the NFC text, also when lower-casing changes lengths', () => {
    const t = tokenizeWithOffsets('ÍT İstanbul — Việt Nam');
    expect(t.tokens).toEqual(['ít', 'i̇stanbul', 'việt', 'nam']);
    const shown = t.tokens.map((_, i) => t.text.slice(t.starts[i], t.ends[i]));
    expect(shown).toEqual(['ÍT', 'İstanbul', 'Việt', 'Nam']);
  });

  it('lower-cases the whole text (Greek final sigma depends on what follows)', () => {
    expect(tokenize("ΑΣ'Α")).toEqual(byRegex("ΑΣ'Α"));
    expect(tokenize("ΑΣ'Α")).toEqual(['ασ', 'α']);
  });
});
