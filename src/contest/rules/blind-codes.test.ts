import { describe, expect, it } from 'vitest';
import { generateBlindCodes, newBlindCode, parseBlindCode } from './blind-codes.ts';

describe('blind codes (số phách)', () => {
  it('are unique, well formed and read back, avoiding codes already issued', () => {
    const issued = generateBlindCodes(200);
    const codes = generateBlindCodes(5000, issued);
    expect(new Set([...issued, ...codes]).size).toBe(5200);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Y]{4}-[0-9A-HJKMNP-TV-Y]{4}-[0-9A-HJKMNP-TV-Y]$/);
      expect(parseBlindCode(code)).toBe(code);
    }
  });

  it('reveal nothing: symbols are uniform and independent of the order they were issued in', () => {
    const codes = generateBlindCodes(6200);
    const counts = new Map<string, number>();
    for (const code of codes)
      for (const c of code.replace(/-/g, '').slice(0, 8)) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (6200 * 8) / 31;
    const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    expect(counts.size).toBe(31);
    expect(chiSquare).toBeLessThan(80); // 30 degrees of freedom: p < 1e-6 beyond this
    // Consecutive codes share no more leading symbols than chance (a counter or timestamp would).
    let sharedPrefix = 0;
    for (let i = 1; i < codes.length; i++) if (codes[i]!.slice(0, 2) === codes[i - 1]!.slice(0, 2)) sharedPrefix++;
    expect(sharedPrefix).toBeLessThan(30);
  });

  it('retries when the random source repeats an issued code', () => {
    const sequence = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1];
    let i = 0;
    const codes = generateBlindCodes(2, [], () => sequence[i++ % sequence.length]!);
    expect(codes).toEqual(['0000-0000-0', '1111-1111-5']);
    expect(() => generateBlindCodes(2, ['0000-0000-0'], () => 0)).toThrow(/Không tạo được số phách/);
  });

  it('catch every single wrong symbol and every swap of neighbours a judge might type', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXY';
    for (let n = 0; n < 20; n++) {
      const code = newBlindCode();
      const flat = code.replace(/-/g, '');
      for (let p = 0; p < flat.length; p++) {
        for (const c of alphabet) {
          if (c === flat[p]) continue;
          expect(parseBlindCode(flat.slice(0, p) + c + flat.slice(p + 1))).toBeNull();
        }
        if (p + 1 < flat.length && flat[p] !== flat[p + 1])
          expect(parseBlindCode(flat.slice(0, p) + flat[p + 1] + flat[p] + flat.slice(p + 2))).toBeNull();
      }
      expect(parseBlindCode(` ${code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `)).toBe(code);
    }
    expect(parseBlindCode('ABCD-EFGH')).toBeNull();
  });
});
