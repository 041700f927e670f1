/**
 * Header: the issuing body in the left column and its superior. OCR puts both header columns on the same lines
 * ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM"); the motto is blanked out first (motto.ts).
 */
import type { Span } from '../types.ts';
import { type Ctx, lineSpan, unionSpan } from './context.ts';
import { HEADER_SCAN_LINES, PARTY_MOTTO, STATE_MOTTO } from './motto.ts';
import { fold, squash } from './normalize.ts';
import { TITLE_CODES } from './number-symbol.ts';
import { exactOrganisation, namesExtending, repairRoman, snapOrganisation } from './org-vocab.ts';
import { VI_LETTERS, fixOcrWords, isSyllable, coreWord } from './vietnamese.ts';

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
  // Keep the leading upper-case part: OCR appends stray lower-case marks from the other column, or what is left of
  // the motto there ("TỈNH TUYÊN QUANG lập - Tự do - H húc": its dashes and a cut word's capital go with it).
  // Each token matches one branch only (a small letter, a dash or stop, one capital): no backtracking blow-up.
  // Digits end the tail: "PTCHC nghiên cứu. 11/9" is a clerk's note, never an issuer line.
  const tail = /\s+(?=\S*\p{Ll})\S+(?:\s+(?:(?=\S*\p{Ll})\S+|[-–—.,:;*_~]+|\p{Lu}))*$/u.exec(text);
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
  // The motto read a second time under itself ("_HINE ĐANG CỌNG SÀN VIỆT NAM"), no body's name: at least four of
  // its words, two in three of the line's, its first word among them. The motto's second half on a line of its own
  // ("A XÃ HỘI CHỦ NGHĨA VIỆT NAM" after "… CỘNG HÒ") is left for the name's motto tail to be cut (withoutMottoTail).
  const folded = words.map((w) => fold(w).replace(/[^a-z]/g, ''));
  const motto = folded.filter((w) => MOTTO_WORDS.has(w)).length;
  if (motto >= 4 && motto * 3 >= words.length * 2 && folded.some((w) => w === PARTY_MOTTO[0] || w === STATE_MOTTO[0]))
    return null;
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
