/**
 * The receiving body printed on an incoming stamp. OCR reads the stamp box beside the header and the
 * handwritten note, so the body's name arrives wrapped ("TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN" / "QUANG"), with its parts
 * out of order ("TRỊ TỈNH ĐỒNG NAI" above "TRƯỜNG CHÍNH") or cut off. The parts are put back together, and a
 * province cut off at the end is completed from the gazetteer when only one province fits. For a stamp in the
 * app the receiver is the registering school itself: a caller that knows it passes `expectedReceiver` (or a
 * list of known organisations), and a damaged reading close to it is replaced by it.
 */
import { editDistance } from './context.ts';
import { fold } from './normalize.ts';
import { nameEndingWith, snapOrganisation } from './org-vocab.ts';
import { PROVINCES } from './organisations.ts';

export interface ReceiverHints {
  /** The organisation that registers the letter (the stamp is its own). */
  expectedReceiver?: string | null;
  /** Other organisations a stamp may name (the network's schools, the province's departments). */
  knownOrganisations?: readonly string[];
}

const ORG_START = /^(truong|so|ban|tinh uy|thanh uy|huyen uy|dang uy|uy ban|ubnd|hoi dong|hoc vien|van phong|bo)\b/;

export function startsWithOrg(text: string): boolean {
  return ORG_START.test(fold(text));
}

/** Joins the parts read from the stamp: the part that starts an organisation name goes first. */
export function joinReceiverParts(parts: string[]): string {
  const first = parts.findIndex((p) => startsWithOrg(p));
  const ordered = first > 0 ? [parts[first] as string, ...parts.filter((_, i) => i !== first)] : parts;
  return ordered.join(' ').replace(/\s+/g, ' ').trim();
}

const letters = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/** How well a (possibly cut-off, damaged) reading fits a known name: 1 = same, 0 = unrelated. */
export function receiverSimilarity(read: string, known: string): number {
  const a = letters(read);
  const b = letters(known);
  if (!a || !b) return 0;
  if (a === b) return 1;
  // A reading cut off at the end ("TRƯỜNG CHÍNH TRỊ TỈNH THÁI" for "… THÁI NGUYÊN") covers a prefix.
  const prefix = b.startsWith(a) ? a.length / b.length : 0;
  const dist = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  return Math.max(prefix, dist);
}

export interface ReceiverResult {
  receiver: string;
  /** How the reading was changed. */
  repair: 'none' | 'hint' | 'province' | 'vocabulary';
}

// Province names with a dash ("BÀ RỊA - VŨNG TÀU") whose dash OCR lost or split from the name.
const DASHED = PROVINCES.filter((p) => p.includes(' - ')).map((p) => ({
  name: p.toUpperCase(),
  re: new RegExp(p.toUpperCase().split(' - ').join('\\s*[-–]?\\s*'), 'u'),
}));

export function completeReceiver(read: string | null, hints: ReceiverHints = {}): ReceiverResult | null {
  if (read) for (const d of DASHED) read = read.replace(d.re, d.name);
  const known = [hints.expectedReceiver, ...(hints.knownOrganisations ?? [])].filter(
    (k): k is string => typeof k === 'string' && k.trim().length > 0,
  );
  if (read) {
    let best: { name: string; score: number } | null = null;
    for (const k of known) {
      const score = receiverSimilarity(read, k);
      if (!best || score > best.score) best = { name: k, score };
    }
    // A generic reading ("TRƯỜNG CHÍNH") is too short to tell schools apart unless it is the expected one.
    const minLetters = hints.expectedReceiver && best?.name === hints.expectedReceiver ? 8 : 14;
    if (best && best.score >= 0.75 && letters(read).length >= minLetters)
      return { receiver: best.name.toUpperCase(), repair: letters(read) === letters(best.name) ? 'none' : 'hint' };
    const province = completeProvince(read);
    if (province) return { receiver: province, repair: 'province' };
    // A damaged name of the network's vocabulary (org-vocab.ts) snaps to its canonical spelling.
    const snap = snapOrganisation(read);
    if (snap?.repaired) return { receiver: snap.name, repair: 'vocabulary' };
    const whole = nameEndingWith(read);
    if (whole) return { receiver: whole, repair: 'vocabulary' };
    return { receiver: read, repair: 'none' };
  }
  return null;
}

const PROVINCE_KEYS = PROVINCES.map((p) => ({ name: p.toUpperCase(), key: fold(p) }));

/** "… TỈNH TUYÊN" → "… TỈNH TUYÊN QUANG" when exactly one province starts with the words (or letters) read. */
function completeProvince(read: string): string | null {
  const m = /^(.*\b(?:TỈNH|THÀNH PHỐ|TP\.?)\s+)(.+)$/u.exec(read);
  if (!m) return null;
  const tail = fold(m[2] ?? '').trim();
  if (!tail || PROVINCE_KEYS.some((p) => p.key === tail)) return null;
  const fits = PROVINCE_KEYS.filter((p) => p.key.startsWith(`${tail} `));
  if (fits.length === 1 && fits[0]) return `${m[1]}${fits[0].name}`;
  // Its last word cut inside ("… TỈNH HẬU G"): the one province that goes on from its letters.
  const cut =
    fits.length === 0 && tail.replace(/\s/g, '').length >= 4 ? PROVINCE_KEYS.filter((p) => p.key.startsWith(tail)) : [];
  return cut.length === 1 && cut[0] ? `${m[1]}${cut[0].name}` : null;
}
