/**
 * The national motto, which tells a Party letter (ĐẢNG CỘNG SẢN VIỆT NAM) from a state one (CỘNG HÒA XÃ HỘI CHỦ
 * NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc). OCR puts it on the same lines as the issuer's column and may
 * break it over several lines, so it is matched token by token and blanked out wherever it lies.
 */
import type { Family, Span } from '../types.ts';
import { type Ctx, editDistance, lineSpan, mask, unionSpan } from './context.ts';
import { type Token, tokens } from './normalize.ts';

export const PARTY_MOTTO = ['dang', 'cong', 'san', 'viet', 'nam'];
export const STATE_MOTTO = [
  'cong',
  'hoa',
  'xa',
  'hoi',
  'chu',
  'nghia',
  'viet',
  'nam',
  'doc',
  'lap',
  'tu',
  'do',
  'hanh',
  'phuc',
];
export const HEADER_SCAN_LINES = 30;

function sameWord(token: string, word: string, exact = false, cut = false): boolean {
  const t = token.replace(/[^a-z]/g, '');
  if (t === word) return true;
  // Inside the motto, a word OCR cut at the seal or fold ("ộc lập", "H húc" for "Độc lập", "Hạnh phúc").
  if (cut && t.length > 0 && t.length < word.length && (word.startsWith(t) || (t.length >= 2 && word.endsWith(t))))
    return true;
  // OCR doubles a vowel whose diacritics it cannot decide on ("SẢẲN" folds to "saan").
  if (!exact && t.replace(/([aeiouy])\1+/g, '$1') === word) return true;
  return !exact && t.length >= 4 && word.length >= 4 && editDistance(t, word) <= 1;
}

interface Run {
  from: number; // token index
  to: number; // token index, exclusive
  matched: number; // motto words matched
}

/** Longest run of line tokens matching motto words from position at, skipping punctuation-only tokens. */
function runAt(toks: string[], start: number, motto: string[], at: number, cut = false): Run {
  let i = start;
  let k = at;
  let whole = 0;
  while (i < toks.length && k < motto.length) {
    const t = toks[i] ?? '';
    if (!/[a-z]/.test(t)) {
      i++;
      continue;
    }
    // The first two words must be read exactly: "NHÂN DÂN CỘNG…" or "ĐÀ NẴNG CỘNG…" are not "ĐẢNG CỘNG".
    const read = sameWord(t, motto[k] ?? '', k < 2);
    if (!read && !sameWord(t, motto[k] ?? '', k < 2, cut && k >= 2)) break;
    if (read) whole++;
    i++;
    k++;
  }
  // Cut words count only inside a run of at least two words read whole.
  if (cut && whole < 2) return { from: start, to: start, matched: 0 };
  return { from: start, to: i, matched: k - at };
}

/**
 * OCR may read the two header columns with no space between them ("TỈNH ĐỒNG NAICỘNG HÒA XÃ HỘI …"): a token
 * ending in the motto's first word, followed by its next two words, is split where the motto begins.
 */
function splitGluedMotto(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    let split = false;
    for (const motto of [PARTY_MOTTO, STATE_MOTTO]) {
      const first = motto[0] ?? '';
      const cut = t.text.length - first.length;
      if (split || cut < 2 || !t.text.endsWith(first) || !/[a-z]$/.test(t.text.slice(0, cut))) continue;
      const next = toks.slice(i + 1, i + 3).map((x) => x.text.replace(/[^a-z]/g, ''));
      if (next[0] !== motto[1] || next[1] !== motto[2]) continue;
      out.push({ text: t.text.slice(0, cut), start: t.start, end: t.start + cut });
      out.push({ text: first, start: t.start + cut, end: t.end });
      split = true;
    }
    // The motto's first letter lost where the columns meet ("QUẢNG TRUỘNG HÒA XÃ HỘI", "KHÁNH HÒ &ỘNG HÒA"):
    // a token ending in "ộng" before the motto's next three words.
    const letters = t.text.replace(/[^a-z]/g, '');
    const next3 = toks.slice(i + 1, i + 4).map((x) => x.text.replace(/[^a-z]/g, ''));
    if (!split && letters.endsWith('ong') && !letters.endsWith('cong') && next3.join(' ') === 'hoa xa hoi') {
      const at = t.text.lastIndexOf('ong');
      if (/[a-z]/.test(t.text.slice(0, at))) out.push({ text: t.text.slice(0, at), start: t.start, end: t.start + at });
      out.push({ text: 'cong', start: t.start + at, end: t.end });
      split = true;
    }
    if (!split) out.push(t);
  }
  return out;
}

export interface MottoResult {
  family: Family | null;
  lines: number[];
  span: Span | null;
  confidence: number;
}

export function stripMotto(ctx: Ctx): MottoResult {
  const lines = ctx.doc.lines.slice(0, HEADER_SCAN_LINES);
  for (const line of lines) {
    const toks = splitGluedMotto(tokens(line.folded));
    const words = toks.map((t) => t.text);
    for (let i = 0; i < words.length; i++) {
      for (const [family, motto] of [
        ['party', PARTY_MOTTO],
        ['state', STATE_MOTTO],
      ] as const) {
        const first = runAt(words, i, motto, 0);
        if (first.matched < 2) continue;
        const spans: Span[] = [];
        const used: number[] = [];
        const cut = (lineIndex: number, run: Run, lineToks: typeof toks) => {
          const a = lineToks[run.from];
          const b = lineToks[run.to - 1];
          if (!a || !b) return;
          const l = ctx.doc.lines[lineIndex];
          if (!l) return;
          mask(ctx, lineIndex, a.start, b.end);
          spans.push(lineSpan(l, a.start, b.end));
          used.push(lineIndex);
        };
        cut(line.index, first, toks);
        let at = first.matched;
        let misses = 0;
        // Continue on the following lines: the rest of the motto is usually at the end of each line.
        for (let j = line.index + 1; j < ctx.doc.lines.length && at < motto.length && misses < 3; j++) {
          const next = ctx.doc.lines[j];
          if (!next || next.text === '') continue;
          const nt = tokens(next.folded);
          const nw = nt.map((t) => t.text);
          let best: Run | null = null;
          for (const cutWords of [false, true]) {
            for (let s = 0; s < nw.length; s++) {
              const r = runAt(nw, s, motto, at, cutWords);
              if (r.matched > 0 && (!best || r.matched > best.matched || (!cutWords && r.matched === best.matched)))
                best = r;
            }
            if (best) break;
          }
          if (!best) {
            misses++;
            continue;
          }
          cut(j, best, nt);
          at += best.matched;
        }
        // A state motto read only as far as "VIỆT NAM" still identifies the family.
        const complete = family === 'party' ? at >= PARTY_MOTTO.length : at >= 8;
        return { family, lines: used, span: unionSpan(spans), confidence: complete ? 0.98 : 0.85 };
      }
    }
  }
  return { family: null, lines: [], span: null, confidence: 0 };
}
