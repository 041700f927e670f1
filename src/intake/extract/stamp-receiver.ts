/**
 * The receiving body of an incoming stamp, put back together from the fragments OCR leaves of it. The stamp
 * is printed over the page, so tesseract cuts its first line anywhere — between words or inside one
 * ("TRƯỜNG CHÍNH T" / "RỊ TỈNH LÂM ĐỒNG"), interleaves it with the header's date line or a handwritten note,
 * and may put the pieces in another order. Upper-case fragments near the stamp are combined (up to three, in
 * any order) and the combination whose letters make a name of the closed vocabulary (org-vocab.ts) wins.
 */
import type { Span } from '../types.ts';
import { type Ctx, lineSpan, unionSpan } from './context.ts';
import { exactOrganisation, orgKey, snapOrganisation } from './org-vocab.ts';
import { startsWithOrg } from './receiver.ts';
import { fold } from './normalize.ts';
import { TITLE_CODES } from './number-symbol.ts';

interface Fragment {
  text: string;
  line: number;
  span: Span;
}

// The header's number line ("Số: 12/SNV-VP"): the stamp's receiver is never above it.
const NUMBER_LINE = /(?:^|\s)so\s{0,2}:?\s{0,2}\d+\s{0,2}[-/]\s{0,2}[a-z]/;
// Upper-case words that are the stamp's own labels or marks, not a body's name.
const LABEL = /^(CÔNG|CONG|VĂN|VAN|CV|ĐẾN|ĐEN|DEN|BEN|SỐ|SO|NGÀY|CHUYỂN|KHẨN|MẬT|HỎA|TỐC|THƯỢNG)$/u;

/** The leading run of upper-case words of a line, word pieces included ("TRƯỜNG CHÍNH T"). */
export function upperFragment(text: string): { text: string; from: number; to: number } | null {
  const words = [...text.matchAll(/\S+/g)];
  let k = 0;
  while (k < words.length && !/\p{L}/u.test(words[k]?.[0] ?? '')) k++;
  const from = words[k]?.index ?? 0;
  let to = from;
  let letters = 0;
  for (; k < words.length; k++) {
    const w = words[k];
    if (!w) break;
    if (/^[-–]$/.test(w[0]) && letters > 0) continue;
    const core = w[0].replace(/^[^\p{L}]+|[,.;:]+$/gu, '');
    // "VĂN" is the stamp's word ("CÔNG VĂN ĐẾN") unless it begins "VĂN PHÒNG …", a body's name.
    const office = /^V[ĂA]N$/u.test(core) && /^PH[ÒO]NG/u.test(words[k + 1]?.[0] ?? '');
    if (!core || !/^[\p{Lu}]+$/u.test(core) || (LABEL.test(core) && !office)) break;
    letters += core.length;
    to = w.index + w[0].length;
  }
  if (letters < 1) return null;
  return {
    text: text
      .slice(from, to)
      .replace(/[,.;:]+$/, '')
      .trim(),
    from,
    to,
  };
}

/** Up to eight upper-case fragments between the header's number line and the stamp's last label line. */
function fragments(ctx: Ctx, firstLine: number, lastLine: number): Fragment[] {
  const lines = ctx.doc.lines;
  // Without the number line in reach, only the few lines just above the labels (not the header's).
  let top = Math.max(0, firstLine - 4);
  for (let i = firstLine; i >= Math.max(0, firstLine - 10); i--) {
    if (NUMBER_LINE.test(lines[i]?.folded ?? '')) {
      top = i + 1;
      break;
    }
  }
  const out: Fragment[] = [];
  const take = (i: number) => {
    const line = lines[i];
    if (!line?.text) return;
    const f = upperFragment(ctx.masked[i] ?? line.text);
    if (f) out.push({ text: f.text, line: i, span: lineSpan(line, f.from, f.to) });
  };
  for (let i = top; i <= lastLine && out.length < 8; i++) take(i);
  // Some stamps print the receiving body under the fields: up to three lines below, never into the
  // header (lines the motto was read from) or the header's number line.
  // A blank line after a whole body's name read there ends the stamp: what follows is the letter's header.
  let below = 0;
  let named = false;
  for (let i = lastLine + 1; i < lines.length && below < 3 && out.length < 8; i++) {
    const line = lines[i];
    if (!line?.text) {
      if (named) break;
      continue;
    }
    if (ctx.used.has(i) || NUMBER_LINE.test(line.folded)) break;
    below++;
    const before = out.length;
    take(i);
    named = out.length > before && exactOrganisation(out[out.length - 1]?.text ?? '') !== null;
  }
  return out;
}

// The header's number or date line: the stamp's receiver is never above it.
const HEADER_BOUNDARY = /(?:^|\s)(s)o\s{0,2}:?\s{0,2}\d+\s{0,2}[-/]\s{0,2}[a-z]|ngay\s{0,2}\d{1,2}\s{0,2}thang/;

/**
 * The header's number or date line. A symbol cited in the body ("… Căn cứ Công văn số 1461-CV/BTCTU …") is
 * no boundary: the header writes its label "Số", a body sentence "số", and OCR may put a stamp's receiver at
 * the start of such a body line.
 */
export function isHeaderBoundary(line: { text: string; folded: string }): boolean {
  const m = HEADER_BOUNDARY.exec(line.folded);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const at = m.index + m[0].indexOf('s');
  return line.text[at] !== 's';
}
export interface AssembledReceiver {
  name: string;
  span: Span | null;
  lines: number[];
  /** Folded-letter edit distance to the vocabulary name (0: every letter read). */
  distance: number;
}

/** The vocabulary name the stamp's fragments spell, or null when none or more than one fits. */
export function assembleReceiver(ctx: Ctx, firstLine: number, lastLine: number): AssembledReceiver | null {
  const frags = fragments(ctx, firstLine, lastLine);
  if (frags.length === 0) return null;
  const seqs: Fragment[][] = [];
  for (const a of frags) {
    seqs.push([a]);
    for (const b of frags) {
      if (b === a) continue;
      seqs.push([a, b]);
      for (const c of frags) if (c !== a && c !== b) seqs.push([a, b, c]);
    }
  }
  const result = (seq: Fragment[], name: string, distance: number): AssembledReceiver => ({
    name,
    span: unionSpan(seq.map((f) => f.span)),
    lines: seq.map((f) => f.line),
    distance,
  });
  // Every letter read: the longest name spelt exactly by some order of fragments.
  let exact: { seq: Fragment[]; name: string } | null = null;
  for (const seq of seqs) {
    const name = exactOrganisation(seq.map((f) => f.text).join(' '));
    if (name && (!exact || orgKey(name).length > orgKey(exact.name).length)) exact = { seq, name };
  }
  if (exact) return result(exact.seq, exact.name, 0);
  // Letters misread or lost at a cut: only sequences that start like a body's name, and one name only.
  let near: { seq: Fragment[]; name: string; distance: number } | null = null;
  let tie = false;
  for (const seq of seqs) {
    if (!startsWithOrg(seq[0]?.text ?? '')) continue;
    const snap = snapOrganisation(seq.map((f) => f.text).join(' '));
    if (!snap) continue;
    if (!near || snap.distance < near.distance) {
      near = { seq, name: snap.name, distance: snap.distance };
      tie = false;
    } else if (snap.distance === near.distance && snap.name !== near.name) tie = true;
  }
  return near && !tie ? result(near.seq, near.name, near.distance) : null;
}

const TITLES = Object.keys(TITLE_CODES);

/**
 * The document's title ("KẾ HOẠCH", "QUYẾT ĐỊNH") is never a receiving body: OCR puts it beside or under the
 * stamp ("… TỈNH NINH THUẬN KẾ HOẠCH"). A run that is the title is dropped; a title glued to its end is cut.
 */
export function withoutTitle<T extends { text: string; length: number }>(run: T | null): T | null {
  if (!run) return null;
  const folded = fold(run.text)
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (TITLES.includes(folded)) return null;
  const tail = TITLES.find((t) => folded.endsWith(` ${t}`));
  if (!tail) return run;
  const words = run.text.split(' ');
  const text = words.slice(0, words.length - tail.split(' ').length).join(' ');
  return { ...run, text, length: Math.max(0, run.length - (run.text.length - text.length)) };
}
