/**
 * Text model shared by every rule: the input is NFC-normalised and a few look-alike characters are mapped
 * one-to-one (so offsets stay valid), split into lines, and folded (lower case, no diacritics, đ→d) with the
 * same length, so keyword rules can match OCR text whose diacritics are damaged.
 */

export interface Line {
  index: number;
  /** Offset of the first non-blank character in Doc.text. */
  start: number;
  end: number;
  /** Trimmed line text. */
  text: string;
  /** fold(text). */
  folded: string;
}

export interface Doc {
  /** Normalised text (same length as the NFC form of the input). */
  text: string;
  folded: string;
  lines: Line[];
  /** Maps an offset in text to an offset in the original input. */
  toInput(offset: number): number;
}

// One-to-one replacements: keep offsets valid while removing look-alikes OCR and PDFs produce.
const CHAR_MAP: Record<string, string> = {
  '\u2044': '/',
  '\u2215': '/',
  '\uff0f': '/',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00d0': 'Đ',
  // Vietnamese has no ñ: tesseract reads a speck over n as a tilde ("Ñông", "ñợp").
  '\u00d1': 'N',
  '\u00f1': 'n',
  '\u0189': 'Đ',
  '\t': ' ',
  '\r': ' ',
  '\u00a0': ' ',
  '\u200b': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\ufeff': ' ',
  '\f': '\n',
  '\v': '\n',
  '\u2018': "'",
  '\u2019': "'",
};
const CHAR_RE = new RegExp(
  `[${Object.keys(CHAR_MAP)
    .join('')
    .replace(/[-\\\]]/g, '\\$&')}]`,
  'g',
);

const foldTable: string[] = [];
function foldCode(code: number): string {
  const cached = foldTable[code];
  if (cached !== undefined) return cached;
  const ch = String.fromCharCode(code);
  let out = ch.normalize('NFD').charAt(0).toLowerCase();
  if (code === 0x0111 || code === 0x0110) out = 'd';
  if (out.length !== 1) out = ch;
  foldTable[code] = out;
  return out;
}

/** Lower case without diacritics, đ→d; always the same length as the input. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x41) out += s[i];
    else if (code <= 0x5a) out += String.fromCharCode(code + 32);
    else if (code < 0x80) out += s[i];
    else if (code >= 0xd800 && code <= 0xdfff) out += s[i];
    else out += foldCode(code);
  }
  return out;
}

// A letter's shape marks (circumflex, breve, horn) and its tone, typed or read in the wrong order ("o" + acute
// + circumflex): NFC composes only the canonical order (shape first), so "ó̂" would stay two marks on a letter
// no word has. Putting the shape marks first makes it "ố".
const SHAPE_MARK = /[\u0302\u0306\u031b]/;
const TONE_THEN_SHAPE = /[\u0300\u0301\u0303\u0309\u0323][\u0302\u0306\u031b]/;
function canonicalLetter(segment: string): string {
  const nfd = segment.normalize('NFD');
  if (!TONE_THEN_SHAPE.test(nfd)) return segment.normalize('NFC');
  const [base = '', ...marks] = [...nfd];
  const shape = marks.filter((c) => SHAPE_MARK.test(c));
  const rest = marks.filter((c) => !SHAPE_MARK.test(c));
  return (base + shape.join('') + rest.join('')).normalize('NFC');
}
// NFC text keeps a shape mark uncomposed only after a letter that already carries a tone.
const LOOSE_SHAPE = /[\u0302\u0306\u031b]/;

/** NFC with a map from each normalised offset back to the input offset. */
function nfcWithMap(input: string): { text: string; map: number[] | null } {
  const text = input.normalize('NFC');
  if (text === input && !LOOSE_SHAPE.test(text)) return { text, map: null };
  const map: number[] = [];
  let out = '';
  const segment = /\P{M}\p{M}*|\p{M}+/gsu;
  for (const m of input.matchAll(segment)) {
    const norm = canonicalLetter(m[0]);
    for (let k = 0; k < norm.length; k++) map.push(m.index);
    out += norm;
  }
  map.push(input.length);
  return { text: out, map };
}

export function buildDoc(input: string): Doc {
  const { text: nfc, map } = nfcWithMap(input);
  const text = nfc.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  const folded = fold(text);
  const lines: Line[] = [];
  let pos = 0;
  let index = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = pos + lead;
    lines.push({
      index,
      start,
      end: start + trimmed.length,
      text: trimmed,
      folded: folded.slice(start, start + trimmed.length),
    });
    index++;
    pos = nl + 1;
  }
  return {
    text,
    folded,
    lines,
    toInput: map ? (o) => map[Math.max(0, Math.min(o, map.length - 1))] ?? o : (o) => o,
  };
}

/** Whitespace-separated tokens of a string with their offsets relative to it. */
export interface Token {
  text: string;
  start: number;
  end: number;
}
export function tokens(s: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Collapse whitespace and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Trim edge punctuation the way a clerk would when copying a field. */
export function trimEdges(s: string): string {
  return squash(s)
    .replace(/^[\s.,;:\-*~_|'"“”•]+/, '')
    .replace(/[\s.,;:\-*~_|'"“”•]+$/, '');
}
