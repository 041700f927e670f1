/** Working state shared by the rules of one extraction: the document plus per-line masks of consumed text. */
import type { Doc, Line } from './normalize.ts';
import type { Span } from '../types.ts';

export interface Ctx {
  doc: Doc;
  /** Per line: the line text with consumed parts (motto, date tails) blanked out, same length. */
  masked: string[];
  /** Lines that some field came from (never reported as noise). */
  used: Set<number>;
}

export function createCtx(doc: Doc): Ctx {
  return { doc, masked: doc.lines.map((l) => l.text), used: new Set() };
}

/** Blanks [from, to) of a line (offsets relative to the line) so later rules ignore it. */
export function mask(ctx: Ctx, lineIndex: number, from: number, to: number): void {
  const cur = ctx.masked[lineIndex];
  if (cur === undefined) return;
  const a = Math.max(0, from);
  const b = Math.min(cur.length, to);
  if (b <= a) return;
  ctx.masked[lineIndex] = cur.slice(0, a) + ' '.repeat(b - a) + cur.slice(b);
}

export function maskedText(ctx: Ctx, line: Line): string {
  return ctx.masked[line.index] ?? line.text;
}

export function lineSpan(line: Line, from = 0, to = line.text.length): Span {
  return [line.start + from, line.start + to];
}

/** Span covering several spans. */
export function unionSpan(spans: Array<Span | null | undefined>): Span | null {
  let out: Span | null = null;
  for (const s of spans) {
    if (!s) continue;
    out = out ? [Math.min(out[0], s[0]), Math.max(out[1], s[1])] : [s[0], s[1]];
  }
  return out;
}

export function isBlank(line: Line | undefined): boolean {
  return !line || line.text.length === 0;
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}
