/**
 * The matching passages of two texts, for showing them side by side. A passage is a maximal run of
 * consecutive shared shingles that also stand consecutively in the other text (a diagonal of the match
 * matrix), reported as token ranges in both texts: [start, end) in token indexes, so a 5-token passage is the
 * smallest. Each text's covered tokens are also given merged into maximal ranges, for highlighting.
 */
import { SHINGLE, sameWindow, Vocabulary, windowHash } from './fingerprint.ts';
import { tokenizeWithOffsets } from './tokenize.ts';

export type TokenRange = { start: number; end: number };
export interface Passage {
  a: TokenRange;
  b: TokenRange;
}
export interface PassageMatch {
  passages: Passage[];
  /** Tokens of A inside some passage, merged into maximal ranges (ascending). */
  aRanges: TokenRange[];
  bRanges: TokenRange[];
}

export function matchingPassages(a: Uint32Array, b: Uint32Array): PassageMatch {
  const windowsA = Math.max(0, a.length - SHINGLE + 1);
  const windowsB = Math.max(0, b.length - SHINGLE + 1);
  // Windows of B by hash (chained through `next`, so repeated phrases keep every position).
  const head = new Map<number, number>();
  const next = new Int32Array(windowsB).fill(-1);
  for (let j = windowsB - 1; j >= 0; j--) {
    const h = windowHash(b, j);
    const first = head.get(h);
    if (first !== undefined) next[j] = first;
    head.set(h, j);
  }
  type Run = { aFrom: number; bFrom: number; aLast: number };
  const runs: Run[] = [];
  let open = new Map<number, Run>(); // diagonal (j - i) → run whose last window is i - 1
  for (let i = 0; i < windowsA; i++) {
    const still = new Map<number, Run>();
    for (let j = head.get(windowHash(a, i)) ?? -1; j >= 0; j = next[j]!) {
      if (!sameWindow(a, i, b, j)) continue;
      const diagonal = j - i;
      let run = open.get(diagonal);
      if (run) run.aLast = i;
      else {
        run = { aFrom: i, bFrom: j, aLast: i };
        runs.push(run);
      }
      still.set(diagonal, run);
    }
    open = still;
  }
  const passages = runs.map((r) => ({
    a: { start: r.aFrom, end: r.aLast + SHINGLE },
    b: { start: r.bFrom, end: r.bFrom + (r.aLast - r.aFrom) + SHINGLE },
  }));
  passages.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  return {
    passages,
    aRanges: mergeRanges(passages.map((p) => p.a)),
    bRanges: mergeRanges(passages.map((p) => p.b)),
  };
}

export function mergeRanges(ranges: readonly TokenRange[]): TokenRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TokenRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export interface TextPassage extends Passage {
  /** Character ranges [start, end) in each text's NFC form (`textA` / `textB` below). */
  aChars: TokenRange;
  bChars: TokenRange;
}

/** Passages of two texts with character offsets, ready for a side-by-side view. */
export function comparePassages(
  textA: string,
  textB: string,
): { textA: string; textB: string; passages: TextPassage[]; aRanges: TokenRange[]; bRanges: TokenRange[] } {
  const vocabulary = new Vocabulary();
  const ta = tokenizeWithOffsets(textA);
  const tb = tokenizeWithOffsets(textB);
  const match = matchingPassages(vocabulary.idsOf(ta.tokens), vocabulary.idsOf(tb.tokens));
  const chars = (t: typeof ta, r: TokenRange): TokenRange => ({ start: t.starts[r.start]!, end: t.ends[r.end - 1]! });
  return {
    textA: ta.text,
    textB: tb.text,
    passages: match.passages.map((p) => ({ ...p, aChars: chars(ta, p.a), bChars: chars(tb, p.b) })),
    aRanges: match.aRanges,
    bRanges: match.bRanges,
  };
}
