/**
 * Documents cited in the subject and body ("Quyết định số 6468/QĐ-HVCTQG ngày 21/12/2021"): every
 * number-symbol, with the date that directly follows it ("ngày …"), deduplicated.
 */
import type { Reference, Span } from '../types.ts';
import type { Ctx } from './context.ts';
import { editDistance } from './context.ts';
import { dateAt, matchToIso } from './dates.ts';
import { findSymbols, type SymbolMatch } from './number-symbol.ts';

export interface ReferencesResult {
  references: Reference[];
  spans: Span[];
  confidence: number;
}

// "ngày" may be cut at the line's end ("ngà-" / "y 03 tháng …") or followed by a speck ("ngày, 22/12/2025").
const DATE_AFTER = /^[\s,]{0,3}(?:ban hanh\s+)?ng(?:ay|a\s{0,2}-\s{0,2}y)[\s,.:;]{0,3}/;

/**
 * The text after a citation with hyphenated line breaks taken out: a line cut inside "ngày" or inside the
 * date leaves a hyphen at the line's end ("ngày 14/11/-" / "2020", "n-" / "gày 4/4/2023"). `offsets` maps each
 * offset of the result back to the slice.
 */
function unbroken(slice: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const cut = /-[ \t]*\n[ \t]*/g;
  let last = 0;
  for (const m of slice.matchAll(cut)) {
    for (let i = last; i < m.index; i++) offsets.push(i);
    text += slice.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i <= slice.length; i++) offsets.push(i);
  text += slice.slice(last);
  return { text, offsets };
}

/** Two readings of one citation differ by one character in the issuing-body part ("NĐ-CP" / "NĐ-CE"). */
function sameCitation(a: string, b: string): boolean {
  if (a === b) return true;
  const [na, ...ra] = a.split(/[-/]/);
  const [nb, ...rb] = b.split(/[-/]/);
  if (na !== nb || ra.length !== rb.length) return false;
  return editDistance(ra.join('/'), rb.join('/')) <= 1 && ra.join('/').length >= 8;
}

export function extractReferences(
  ctx: Ctx,
  ranges: Array<[number, number]>,
  ownSymbol: SymbolMatch | null,
): ReferencesResult {
  const { text, folded } = ctx.doc;
  const found: Array<{ sym: string; date: string | null; span: Span; repaired: boolean }> = [];
  for (const [from, to] of ranges) {
    for (const s of findSymbols(text, from, to)) {
      if (ownSymbol && s.start === ownSymbol.start) continue;
      let date: string | null = null;
      let end = s.end;
      const { text: next, offsets } = unbroken(folded.slice(s.end, s.end + 48));
      const after = DATE_AFTER.exec(next);
      if (after) {
        const d = dateAt(next, after[0].length);
        if (d) {
          date = matchToIso(d);
          end = s.end + (offsets[d.end] ?? d.end);
        }
      }
      found.push({ sym: s.numberSymbol, date, span: [s.start, end], repaired: s.repaired });
    }
  }
  const refs: Array<{ ref: Reference; span: Span; count: number }> = [];
  for (const f of found) {
    if (ownSymbol && f.sym.toUpperCase() === ownSymbol.numberSymbol.toUpperCase()) continue;
    const prev = refs.find((r) => sameCitation(r.ref.numberSymbol.toUpperCase(), f.sym.toUpperCase()));
    if (prev) {
      prev.count++;
      if (!prev.ref.date && f.date) prev.ref.date = f.date;
      continue;
    }
    refs.push({ ref: { numberSymbol: f.sym, date: f.date }, span: f.span, count: 1 });
  }
  return {
    references: refs.map((r) => r.ref),
    spans: refs.map((r) => r.span),
    confidence: found.some((f) => f.repaired) ? 0.75 : 0.9,
  };
}
