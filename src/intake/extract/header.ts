/**
 * Header: the national motto (which tells Party from state) and the issuing body in the left column.
 * OCR puts both columns on the same lines ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM") and may break
 * the motto over several lines, so the motto is matched token by token and blanked out wherever it lies.
 */
import type { Family, Span } from '../types.ts';
import { type Ctx, editDistance, lineSpan, mask, unionSpan } from './context.ts';
import { fold, type Token, tokens, squash } from './normalize.ts';
import { TITLE_CODES } from './number-symbol.ts';
import { exactOrganisation, namesExtending, repairRoman, snapOrganisation } from './org-vocab.ts';
import { VI_LETTERS, fixOcrWords, isSyllable, coreWord } from './vietnamese.ts';

const PARTY_MOTTO = ['dang', 'cong', 'san', 'viet', 'nam'];
const STATE_MOTTO = [
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
const HEADER_SCAN_LINES = 30;

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

// First words of an organisation's own line; a header line starting otherwise continues the line above
// ("ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA", "HỌC VIỆN CHÍNH TRỊ QUỐC GIA" / "HỒ CHÍ MINH").
const ORG_STARTS = [
  'ban',
  'hoc vien',
  'truong',
  'uy ban',
  'ubnd',
  'hdnd',
  'so',
  'bo',
  'tinh uy',
  'thanh uy',
  'huyen uy',
  'quan uy',
  'thi uy',
  'dang uy',
  'dang bo',
  'dang doan',
  'chi bo',
  'van phong',
  'phong',
  'cuc',
  'tong cuc',
  'chi cuc',
  'vu',
  'vien',
  'trung tam',
  'hoi dong',
  'dai hoc',
  'cong an',
  'toa an',
  'kho bac',
  'doan',
  'mat tran',
  'hoi',
  'lien doan',
  'chinh phu',
  'quoc hoi',
  'khoa',
  'bao',
  'ngan hang',
  'bch',
  'thanh doan',
  'tinh doan',
  'cong ty',
  'tap doan',
  'lien hiep',
  'ubkt',
  'ubmttq',
  'uy ban kiem tra',
  'thuong truc',
  'hoi dong nhan dan',
  'vien kiem sat',
  'bo chi huy',
  'dai',
  'tong lien doan',
  'hiep hoi',
  'benh vien',
  'thanh tra',
  'tap chi',
  'nha xuat ban',
  'tong cong ty',
  'kiem toan',
  'bao hiem',
  'cong doan',
  'lien minh',
].map((s) => s.split(' '));

// Collectives and offices named by their owner on the next line (HD 36, NĐ 30 header forms).
const OWNED_COLLECTIVES = new Set([
  'ban chap hanh',
  'ban thuong vu',
  'ban can su dang',
  'dang doan',
  'thuong truc',
  'van phong',
  'ban chi dao',
  'uy ban kiem tra',
  // "ĐẢNG ỦY" alone names no body: the next line says whose ("ỦY BAN NHÂN DÂN THÀNH PHỐ", the 2025 đảng ủy).
  'dang uy',
]);

function startsOrg(foldedWords: string[]): boolean {
  return ORG_STARTS.some((ws) => ws.every((w, i) => foldedWords[i] === w));
}

const JUNK_CHARS = new RegExp(`[^${VI_LETTERS}0-9\\s,.&()-]`, 'g');

/** The left-column text of a header line when it reads as an organisation name, else null. */
export function orgLineText(text: string): string | null {
  // Keep the leading upper-case part: OCR appends stray lower-case marks from the other column.
  const tail = /(?:\s+(?=\S*\p{Ll})\S+)+$/u.exec(text); // one split per word: no backtracking blow-up
  const head = tail && tail.index > 0 ? text.slice(0, tail.index) : text;
  // A regional academy's numeral as OCR reads it ("KHU VỰC H") is not a stray letter.
  const cleaned = repairRoman(squash(head.replace(JUNK_CHARS, '')).replace(/^[-.,\s]+|[-,\s]+$/g, ''));
  const words = cleaned.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const letters = cleaned.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper / letters.length < 0.85) return null;
  const good = words.filter((w) => isSyllable(coreWord(w)) || /^[A-ZĐ]{2,6}$/.test(coreWord(w))).length;
  if (good / words.length < 0.7) return null;
  return cleaned;
}

export interface IssuerResult {
  name: string | null;
  parent: string | null;
  nameSpan: Span | null;
  parentSpan: Span | null;
  confidence: number;
  lines: number[];
}

/** Issuer and its superior from the header lines above stopLine (the number / date line). */
export function extractIssuer(ctx: Ctx, stopLine: number, exclude: Set<number>): IssuerResult {
  // `comma`: the line ended with a comma, which a name wrapped after it keeps ("BAN CHÍNH SÁCH," / "CHIẾN LƯỢC").
  const orgs: Array<{ text: string; span: Span; lines: number[]; comma: boolean }> = [];
  const limit = Math.min(stopLine, HEADER_SCAN_LINES);
  for (let i = 0; i < limit; i++) {
    const line = ctx.doc.lines[i];
    if (!line || exclude.has(i)) continue;
    const masked = ctx.masked[i] ?? line.text;
    // A type title ("KẾ HOẠCH") under the header ends the issuer block.
    if (orgs.length > 0 && TITLE_CODES[squash(line.folded.replace(/[^a-z\s]/g, ' '))]) break;
    const text = orgLineText(masked);
    if (!text) continue;
    const lead = masked.length - masked.trimStart().length;
    const span = lineSpan(line, lead, masked.trimEnd().length);
    const words = squash(line.folded.slice(lead, masked.trimEnd().length)).split(' ');
    const last = orgs[orgs.length - 1];
    // A name wrapped after a word that also starts names ("TRƯỜNG CHÍNH TRỊ" / "TRƯỜNG CHINH") is one name
    // when the two lines together make a known name (read exactly, marks aside).
    const wrapped = last && startsOrg(words) && joinsKnownName(last.text, text);
    // A line ending in a connector ("BAN TỔ CHỨC VÀ") or naming only a collective that belongs to the body
    // on the next line ("BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH …", "BAN CÁN SỰ ĐẢNG" / "ỦY BAN NHÂN DÂN TỈNH …") is
    // one name with it: such a line is never a superior body by itself.
    const incomplete = last && (/(?:\s(?:VÀ|-|–)|,)$/u.test(last.text) || OWNED_COLLECTIVES.has(fold(last.text)));
    const comma = /,\s*$/.test(masked);
    if (last && !startsOrg(words) && sealNoiseAfterName(last.text, text)) continue;
    if (last && (!startsOrg(words) || wrapped || incomplete)) {
      last.text = `${last.text}${last.comma && !last.text.endsWith(',') ? ',' : ''} ${text}`;
      last.span = unionSpan([last.span, span]) ?? span;
      last.lines.push(i);
      last.comma = comma;
    } else {
      orgs.push({ text, span, lines: [i], comma });
    }
  }
  const name = orgs[orgs.length - 1];
  const parent = orgs[orgs.length - 2];
  const fixedName = name ? canonicalOrg(name.text) : null;
  const fixedParent = parent ? canonicalOrg(parent.text) : null;
  const repaired = (name && fixedName !== name.text) || (parent && fixedParent !== parent.text);
  return {
    name: fixedName,
    parent: fixedParent,
    nameSpan: name?.span ?? null,
    parentSpan: parent?.span ?? null,
    // Names repaired towards the vocabulary (tone marks) are less sure than names read as printed.
    confidence: name ? (orgs.length <= 3 ? 0.85 : 0.6) * (repaired ? 0.85 : 1) : 0,
    lines: orgs.flatMap((o) => o.lines),
  };
}

/** An organisation name as read, repaired: OCR word fixes, then the closed vocabulary (org-vocab.ts). */
export function canonicalOrg(text: string): string {
  const fixed = fixOcrWords(text);
  return snapOrganisation(fixed)?.name ?? withoutMottoTail(fixed) ?? fixed;
}

const MOTTO_WORDS = new Set([...PARTY_MOTTO, ...STATE_MOTTO]);

/**
 * A known name followed by the motto that the motto matcher missed ("TỈNH ỦY QUẢNG NGÃI ĐAANG CỘNG SẢN
 * VIỆT NAM"): the name alone, when most of the words after it are motto words.
 */
function withoutMottoTail(text: string): string | null {
  const words = text.split(' ');
  for (let k = words.length - 2; k >= 2; k--) {
    const tail = words.slice(k).map((w) => fold(w).replace(/[^a-z]/g, ''));
    if (tail.filter((w) => MOTTO_WORDS.has(w)).length * 2 < tail.length + 1) continue;
    const name = exactOrganisation(words.slice(0, k).join(' '));
    if (name) return name;
  }
  return null;
}

/**
 * Seal or stamp marks read as a line under a complete known name ("TỈNH ỦY HẢI DƯƠNG" / "AT UV ÓC À2."): no
 * known name goes on with them, and some of them are no Vietnamese word at all.
 */
function sealNoiseAfterName(name: string, line: string): boolean {
  if (!exactOrganisation(name)) return false;
  const words = line.split(' ');
  if (namesExtending(`${name} ${words[0] ?? ''}`, 1).length > 0) return false;
  return words.some((w) => !isSyllable(coreWord(w)));
}

function joinsKnownName(first: string, second: string): boolean {
  return exactOrganisation(`${first} ${second}`) !== null;
}
