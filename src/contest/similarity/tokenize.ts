/**
 * Tokens exactly as issue 14 defines them, so figures are comparable with any other implementation:
 * text → Unicode NFC → lower case (the whole text, so context-dependent mappings such as the Greek final
 * sigma come out as a whole-text lower-casing gives them) → tokens = maximal runs of letters, marks and
 * digits (general categories L, M, N). Everything else — spaces, punctuation, symbols, controls — only
 * separates tokens.
 */

const TOKEN_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const lower = normalizeText(text);
  scanTokens(lower, (start, end) => tokens.push(lower.slice(start, end)));
  return tokens;
}

/**
 * Whether each BMP code unit is a letter, mark or digit, computed once from the same Unicode property
 * escapes: a table lookup per character is several times faster than a regular expression over the text.
 */
let bmpTable: Uint8Array | null = null;
const astralCache = new Map<number, boolean>();

function tokenTable(): Uint8Array {
  if (bmpTable) return bmpTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if ((c < 0xd800 || c > 0xdfff) && TOKEN_CHAR.test(String.fromCharCode(c))) table[c] = 1;
  }
  bmpTable = table;
  return table;
}

function isAstralTokenChar(codePoint: number): boolean {
  let known = astralCache.get(codePoint);
  if (known === undefined) {
    known = TOKEN_CHAR.test(String.fromCodePoint(codePoint));
    astralCache.set(codePoint, known);
  }
  return known;
}

/**
 * Calls `emit(start, end)` for every maximal run of L/M/N characters of `text` (already normalised). Callers
 * slice only when they need the string: allocating millions of short strings costs more than the scan.
 */
export function scanTokens(text: string, emit: (start: number, end: number) => void): void {
  const table = tokenTable();
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let inToken: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        inToken = isAstralTokenChar(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        width = 2;
      } else inToken = false;
    } else inToken = table[c] === 1;
    if (inToken) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      emit(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) emit(start, n);
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
  scanTokens(lower, (start, end) => {
    tokens.push(lower.slice(start, end));
    starts.push(toOriginal ? toOriginal[start]! : start);
    ends.push(toOriginal ? toOriginal[end]! : end);
  });
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
