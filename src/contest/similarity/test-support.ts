/** Brute-force references for the tests: the definitions of issue 14 written as plainly as possible. */
import { tokenize } from './tokenize.ts';

export function shingleSet(text: string): Set<string> {
  const tokens = tokenize(text);
  const set = new Set<string>();
  for (let i = 0; i + 5 <= tokens.length; i++) set.add(tokens.slice(i, i + 5).join(' '));
  return set;
}

export type BrutePair = { a: number; b: number; aInB: number; bInA: number; shared: number };

export function brutePair(sets: Set<string>[], a: number, b: number): BrutePair {
  let shared = 0;
  for (const s of sets[a]!) if (sets[b]!.has(s)) shared++;
  const sa = sets[a]!.size;
  const sb = sets[b]!.size;
  return { a, b, shared, aInB: sa === 0 ? 0 : shared / sa, bInA: sb === 0 ? 0 : shared / sb };
}

export function bruteForcePairs(texts: string[], min: number): BrutePair[] {
  const sets = texts.map(shingleSet);
  const out: BrutePair[] = [];
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      const pair = brutePair(sets, a, b);
      if (Math.max(pair.aInB, pair.bInA) >= min) out.push(pair);
    }
  }
  return out;
}

/** Words for random texts: few enough that random texts share shingles, with diacritics and case. */
export const WORDS = ['Đảng', 'nền', 'tảng', 'tư', 'tưởng', 'bảo', 'vệ', 'chính', 'luận', 'Việt', 'Nam', '2025'];
