/**
 * Tokens exactly as issue 14 defines them, so figures are comparable with any other implementation:
 * text → Unicode NFC → lower case (the whole text, so context-dependent mappings such as the Greek final
 * sigma come out as a whole-text lower-casing gives them) → tokens = maximal runs of letters, marks and
 * digits (general categories L, M, N). Everything else — spaces, punctuation, symbols, controls — only
 * separates tokens.
 */

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function tokenize(text: string): string[] {
  return normalizeText(text).match(TOKEN) ?? [];
}

/** Tokens with where each one stands in `text` (the NFC form of the input, before lower-casing). */
export interface TokenizedText {
  /** The input in NFC: offsets below index into this string, which is what a reader should be shown. */
  text: string;
  tokens: string[];
  starts: Int32Array;
  ends: Int32Array;
}

export function tokenizeWithOffsets(input: string): TokenizedText {
  const text = input.normalize('NFC');
  const lower = text.toLowerCase();
  const toOriginal = lower.length === text.length ? null : lowerToOriginalOffsets(text, lower.length);
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of lower.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push(match[0]);
    starts.push(toOriginal ? toOriginal[start]! : start);
    ends.push(toOriginal ? toOriginal[end]! : end);
  }
  return { text, tokens, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * Lower-casing never shortens a code point but a few lengthen (İ → i̇), so when the lengths differ each
 * lower-case offset is mapped back to the start of the code point it came from. Per-code-point lower-casing
 * has the same length as whole-text lower-casing (the final sigma changes a letter, not a length).
 */
function lowerToOriginalOffsets(text: string, lowerLength: number): Int32Array {
  const map = new Int32Array(lowerLength + 1);
  let lowerOffset = 0;
  let offset = 0;
  for (const char of text) {
    const width = char.toLowerCase().length;
    for (let k = 0; k < width; k++) map[lowerOffset + k] = offset;
    lowerOffset += width;
    offset += char.length;
  }
  map[lowerLength] = text.length;
  return map;
}
