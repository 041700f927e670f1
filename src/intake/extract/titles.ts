/**
 * Signers' positions as a closed vocabulary (NĐ 30/2020 Phụ lục I, HD 36-HD/VPTW: the position printed above
 * the name). OCR damages these short upper-case lines in a few typical ways — a dot or comma for a space
 * ("PHÓ.CHỦ TỊCH", "T/M.BAN"), a word split ("B AN") or merged ("BÍTHƯ"), one letter misread ("GHỦ") — and the
 * seal printed over them adds stray words. Repairs are made only towards words and positions of the list.
 */
import { editDistance } from './context.ts';
import { fold } from './normalize.ts';
import { exactOrganisation, namesExtending, snapOrganisation } from './org-vocab.ts';

/** Positions that are complete as printed (a "VỤ TRƯỞNG VỤ …" or "GIÁM ĐỐC SỞ …" goes on with a body's name). */
const FIXED_TITLES = [
  'GIÁM ĐỐC',
  'CHỦ TỊCH',
  'TRƯỞNG BAN',
  'BÍ THƯ',
  'BÍ THƯ THƯỜNG TRỰC',
  'TỔNG BÍ THƯ',
  // HD 36: the Secretariat's standing member signs "T/M BAN BÍ THƯ" / "THƯỜNG TRỰC BAN BÍ THƯ".
  'THƯỜNG TRỰC BAN BÍ THƯ',
  'HIỆU TRƯỞNG',
  'CHÁNH VĂN PHÒNG',
  'CHỦ NHIỆM',
  'THỨ TRƯỞNG',
  'BỘ TRƯỞNG',
  'VIỆN TRƯỞNG',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'TỔNG CỤC TRƯỞNG',
  'CHÁNH THANH TRA',
  'TRƯỞNG PHÒNG',
  'TRƯỞNG KHOA',
  'THƯỜNG TRỰC',
];
/** A position's letters, marks and spaces dropped: how positions are compared ("PHÓ.CHỦ TỊCH" = "PHÓ CHỦ TỊCH"). */
export const letterKey = (x: string): string => fold(x).replace(/[^a-z]/g, '');
const WITH_DEPUTY = FIXED_TITLES.flatMap((t) => [t, `PHÓ ${t}`]);
const BY_LETTERS = new Map(WITH_DEPUTY.map((t) => [letterKey(t), t]));

const TITLE_WORDS = new Set(
  [
    ...WITH_DEPUTY,
    'ỦY BAN NHÂN DÂN',
    'BAN THƯỜNG VỤ',
    'BAN CHẤP HÀNH',
    'HỘI ĐỒNG NHÂN DÂN',
    'THƯỜNG TRỰC HĐND',
    'BAN TỔ CHỨC',
    'ỦY BAN KIỂM TRA',
    'SỞ NỘI VỤ',
    'ĐÀO TẠO BỒI DƯỠNG CÁN BỘ CÔNG CHỨC VIÊN',
    'QUẢN LÝ KHOA HỌC',
    'TỔ CHỨC BIÊN CHẾ',
  ].flatMap((t) => t.split(' ')),
);
const WORDS_BY_FOLD = new Map<string, string[]>();
for (const w of TITLE_WORDS) {
  const k = fold(w);
  WORDS_BY_FOLD.set(k, [...(WORDS_BY_FOLD.get(k) ?? []), w]);
}

/** A word of the positions' vocabulary once marks are dropped ("thuong" of THƯỜNG TRỰC). */
export const isPositionWord = (folded: string): boolean => WORDS_BY_FOLD.has(folded);

/** A whole position of the vocabulary as printed ("THƯỜNG TRỰC", "PHÓ GIÁM ĐỐC"). */
export const isFullPosition = (text: string): boolean => BY_LETTERS.has(letterKey(text));

/** Undoes layout damage in a closing line: "PHÓ.CHỦ" → "PHÓ CHỦ", "B AN" → "BAN", "BÍTHƯ" → "BÍ THƯ". */
export function normaliseSignatureLine(text: string): string {
  // "TUQ." whose T the seal's edge turned into another letter or lost ("EUQ. CHỦ TỊCH").
  // The U may carry a speck read as a mark ("FỤQ. CHỦ TỊCH").
  let out = text.replace(/(?<![\p{L}/])\p{Lu}?[UÙÚỦŨỤ]Q\.(?=\s*\p{Lu})/gu, 'TUQ.');
  // A small letter glued before a word in capitals ("wHỦTỊCH") is a speck: Vietnamese never writes a
  // small letter before a capital inside a word.
  out = out.replace(/(?<![\p{L}])\p{Ll}(?=\p{Lu}{4,}(?![\p{L}]))/gu, '');
  // An authority mark glued to the position keeps its dot ("Q.GIÁM ĐỐC" is "Q. GIÁM ĐỐC").
  out = out.replace(/(?<![\p{L}/])(KT|TM|TL|TUQ|Q)\.(?=\p{Lu}{2})/gu, '$1. ');
  out = out.replace(/(\p{Lu})[.,](?=\p{Lu}{2})/gu, '$1 ');
  // A speck read as a full stop or colon between two words of a position ("TRƯỞNG. PHÒNG", "VỤ: CÁC");
  // authority marks ("KT.", "TL.", "Q.") keep theirs.
  out = out.replace(/(?<![\p{L}/])(\p{Lu}{2,})[.:;](?=\s+\p{Lu}{2})/gu, (m, w: string) =>
    /^(KT|TM|TL|TUQ|Q)$/.test(w) ? m : w,
  );
  // An authority mark written with a comma, semicolon or colon: "KT, GIÁM ĐỐC", "Q: GIÁM ĐỐC".
  out = out.replace(/(?<![\p{L}/])(KT|TM|TL|TUQ|Q)[,;:](?=\s+\p{Lu})/gu, '$1.');
  // A slash mark glued to the position ("K/TTRƯỞNG BAN").
  out = out.replace(/(?<![\p{L}/])(K\/T|T\/M|T\/L)(?=\p{Lu}{2})/gu, '$1 ');
  // Only a slash mark's last letter left at the seal's edge before the collective body it signs for
  // ("L BAN THƯỜNG VỤ" is T/L, "M ỦY BAN NHÂN DÂN" T/M).
  out = out.replace(/(?<![\p{L}/.])([LM])(?=\s+(?:BAN|ỦY|UỶ)\s+\p{Lu})/gu, (_m, l: string) => `T/${l}`);

  // A slash mark that lost its first letter at the seal's edge: "/L BAN THƯỜNG VỤ" is T/L.
  out = out.replace(/(?<![\p{L}\d/])\/(L|M)(?=\s+\p{Lu})/gu, 'T/$1');
  // A bare mark run into the position ("KTHIỆU TRƯỞNG"): split off when the rest is a position's word.
  out = out.replace(/(?<![\p{L}/])(KT|TM|TL)(\p{Lu}{2,})(?![\p{L}])/gu, (m, mark: string, rest: string) =>
    TITLE_WORDS.has(rest) ? `${mark} ${rest}` : m,
  );
  out = out.replace(/(?<![\p{L}])(\p{Lu}) (\p{Lu}{1,5})(?![\p{L}])/gu, (m, a: string, b: string) =>
    TITLE_WORDS.has(a + b) && !TITLE_WORDS.has(b) ? `${a}${b}` : m,
  );
  // Two words run together ("BÍTHƯ"), maybe behind one stray letter from the seal ("NHIỆUTRƯỞNG").
  out = out.replace(/(?<![\p{L}])\p{Lu}{4,13}(?![\p{L}])/gu, (w) => {
    if (TITLE_WORDS.has(w)) return w;
    for (const lead of [0, 1]) {
      const rest = w.slice(lead);
      if (lead && rest.length < 8) break;
      for (let i = 1; i < rest.length; i++) {
        const a = rest.slice(0, i);
        const b = rest.slice(i);
        if (TITLE_WORDS.has(a) && TITLE_WORDS.has(b)) return `${a} ${b}`;
      }
    }
    // The first word also lost its first letter at the seal's edge ("HỦTỊCH" for "CHỦ TỊCH"): completed only
    // towards the one position word that ends with what is left.
    for (let i = 2; i < w.length - 1; i++) {
      const b = w.slice(i);
      if (!TITLE_WORDS.has(b)) continue;
      const whole = [...TITLE_WORDS].filter((t) => t.length > i && t.endsWith(w.slice(0, i)) && !t.includes(' '));
      if (whole.length === 1) return `${whole[0]} ${b}`;
    }
    return w;
  });
  return out;
}

/** One misread letter in a position word ("GHỦ" → "CHỦ"), only towards a unique word of the vocabulary. */
function repairWord(w: string): { word: string; repaired: boolean } {
  if (TITLE_WORDS.has(w) || w.length < 2) return { word: w, repaired: false };
  const same = WORDS_BY_FOLD.get(fold(w));
  if (same?.length === 1 && same[0]) return { word: same[0], repaired: true };
  const f = fold(w);
  // One letter misread, its marks kept ("GHỦ" for "CHỦ"); a word one letter away only once marks are
  // dropped is taken only when it is the only such word.
  for (const dist of [(t: string) => editDistance(t, w), (t: string) => editDistance(fold(t), f)]) {
    // Same length, or a long word that lost its first or last letter at the seal's edge ("RƯỞNG").
    const near = [...TITLE_WORDS].filter(
      (t) => (t.length === w.length || (w.length >= 5 && t.length === w.length + 1)) && dist(t) === 1,
    );
    if (near.length === 1 && near[0] && f.length >= 3) return { word: near[0], repaired: true };
    if (near.length > 1) break;
  }
  return { word: w, repaired: false };
}

export interface TitleRepair {
  title: string;
  repaired: boolean;
}

// "VỤ TRƯỞNG VỤ …", "GIÁM ĐỐC SỞ …", "TRƯỞNG PHÒNG …": a head position followed by the body it heads.
const HEADED = /^((?:PHÓ )?(?:VỤ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG))\s+(.+)$/u;

/** A position read from the signature block, repaired towards the vocabulary of positions. */
export function repairTitle(raw: string): TitleRepair {
  const fixed = repairFixedTitle(raw);
  // The body after a head position snaps to the vocabulary of bodies ("VỤ CÁC TRUONG CHÍNH TRỊ").
  const headed = HEADED.exec(fixed.title);
  if (headed?.[1] && headed[2]) {
    const tail = headed[2];
    const unit = /^(VỤ|SỞ|CỤC|BAN|VĂN PHÒNG|PHÒNG)(?=\s|$)/u.test(tail) ? tail : `PHÒNG ${tail}`;
    const snap = snapOrganisation(unit);
    if (snap?.repaired) {
      const name = unit === tail ? snap.name : snap.name.replace(/^PHÒNG /u, '');
      return { title: `${headed[1]} ${name}`, repaired: true };
    }
    // Seal text read after the complete body's name ("… CÁC TRƯỜNG CHÍNH TRỊ HỌC VIỆN"): one or two words.
    const words = unit.split(' ');
    for (const drop of [1, 2]) {
      // Words after a dash are the name's second part, not seal text ("ĐÀO TẠO - NGHIÊN CỨU").
      if (snap || words.length - drop < 2 || /^[-–]$/.test(words[words.length - drop - 1] ?? '')) break;
      const cut = snapOrganisation(words.slice(0, -drop).join(' '));
      if (cut?.distance === 0) {
        const name = unit === tail ? cut.name : cut.name.replace(/^PHÒNG /u, '');
        return { title: `${headed[1]} ${name}`, repaired: true };
      }
    }
    // The body's last words lost on a line of their own ("TỔ CHỨC - HÀNH" / ".CHÍNH", "ĐÀO TẠO - NGHIÊN CỨU" /
    // "KHOA HỌC"): the one name that goes on by one or two words.
    if (!snap && !exactOrganisation(unit)) {
      const more = (n: string) => n.split(' ').length - unit.split(' ').length;
      const longer = namesExtending(unit, 2).filter((n) => more(n) === 1 || more(n) === 2);
      if (longer.length === 1 && longer[0]) {
        const name = unit === tail ? longer[0] : longer[0].replace(/^PHÒNG /u, '');
        return { title: `${headed[1]} ${name}`, repaired: true };
      }
    }
  }
  return fixed;
}

function repairFixedTitle(raw: string): TitleRepair {
  const letters = (ws: string[]) => fold(ws.join('')).replace(/[^a-z]/g, '');
  const asPrinted = raw.split(' ');
  const fixedWords = asPrinted.map((w) => repairWord(w).word);
  for (const words of [asPrinted, fixedWords]) {
    const exact = BY_LETTERS.get(letters(words));
    if (exact) return { title: exact, repaired: exact !== raw };
    // Seal text read after a complete fixed position ("PHÓ BÍ THƯ THƯỜNG TRỰC VỤ"): dropped when it is a
    // single short word.
    const last = words[words.length - 1] ?? '';
    const head = words.length > 1 && last.length <= 3 ? BY_LETTERS.get(letters(words.slice(0, -1))) : undefined;
    if (head) return { title: head, repaired: true };
  }
  // One letter misread across the whole position, which names only one ("GHĂNH VĂN PHÒNG": the word alone could
  // be CHÁNH or THANH).
  const whole = letters(asPrinted);
  if (whole.length >= 8) {
    const near = [...BY_LETTERS.entries()].filter(
      ([k]) => Math.abs(k.length - whole.length) <= 1 && editDistance(k, whole) === 1,
    );
    if (near.length === 1 && near[0]) return { title: near[0][1], repaired: true };
  }
  // Its first letter lost at the seal's edge ("HỦ NHIỆM"): the one position one letter longer that ends with it.
  if (whole.length >= 6) {
    const cut = [...BY_LETTERS.entries()].filter(([k]) => k.length === whole.length + 1 && k.endsWith(whole));
    if (cut.length === 1 && cut[0]) return { title: cut[0][1], repaired: true };
  }
  // A head position followed by the body it heads, the head misread ("TRƯỜNG PHÒNG QUẢN LÝ ĐÀO TẠO"): the head
  // repaired, the body left to the caller.
  for (let k = Math.min(4, asPrinted.length - 1); k >= 2; k--) {
    const head = BY_LETTERS.get(letters(fixedWords.slice(0, k)));
    if (!head || head === asPrinted.slice(0, k).join(' ')) continue;
    return { title: `${head} ${asPrinted.slice(k).join(' ')}`, repaired: true };
  }
  return { title: raw, repaired: false };
}

// Heads written "<body> TRƯỞNG" (NĐ 30: Bộ trưởng, Cục trưởng, Vụ trưởng, Viện trưởng, Hiệu trưởng, Thứ trưởng).
const BODY_HEADS = ['VỤ', 'CỤC', 'BỘ', 'VIỆN', 'HIỆU', 'THỨ'];

/**
 * A position whose first word OCR lost or garbled at the seal's edge: "TRƯỞNG" alone after a misread
 * "yU"/"EỤC" takes the one body word within one letter of it; "TRƯỞNG CỤC X" (no such position: a Cục's head
 * is its Cục trưởng) is "CỤC TRƯỞNG CỤC X", and so is "RƯỞNG CỤC X".
 */
export function completeHead(title: string, before: string): TitleRepair {
  // Its T lost too at the seal's edge ("RƯỞNG CỤC KẾ HOẠCH - TÀI CHÍNH").
  const named = /^T?RƯỞNG (CỤC|VỤ|VIỆN) /u.exec(title);
  if (named?.[1]) return { title: `${named[1]} ${title.replace(/^T?RƯỞNG/u, 'TRƯỞNG')}`, repaired: true };
  if (title !== 'TRƯỞNG') return { title, repaired: false };
  const b = letterKey(before);
  if (!b) return { title, repaired: false };
  const near = BODY_HEADS.filter((h) => editDistance(letterKey(h), b) <= (b.length >= 2 ? 1 : 0));
  const one = near.length === 1 ? near[0] : undefined;
  return one ? { title: `${one} TRƯỞNG`, repaired: true } : { title, repaired: false };
}

/**
 * A position whose left part OCR lost ("IÁNH VĂN PHÒNG", "ĐỐC SỞ NỘI VỤ"): the shortest position ending with
 * the first words' letters, when the cut falls inside a word or leaves a head's second word (ĐỐC, TỊCH) first.
 */
export function completeLeftCut(text: string): TitleRepair | null {
  const words = text.split(' ');
  // The letter at the cut is often misread too ("IÁNH VĂN PHÒNG" for "…HÁNH VĂN PHÒNG"): a long piece is also
  // tried without it.
  const pieces = [];
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const piece = letterKey(words.slice(0, k).join(''));
    pieces.push({ k, piece });
    if (piece.length >= 8) pieces.push({ k, piece: piece.slice(1) });
  }
  for (const { k, piece } of pieces) {
    if (piece.length < 3) continue;
    const found = WITH_DEPUTY.filter((t) => {
      const l = letterKey(t);
      if (l === piece || !l.endsWith(piece)) return false;
      const insideWord = !t.split(' ').some((_w, i, all) => letterKey(all.slice(i).join('')) === piece);
      return insideWord || /^(ĐỐC|TỊCH)$/u.test(words[0] ?? '');
    });
    if (found.length === 0) continue;
    const shortest = Math.min(...found.map((t) => t.length));
    const best = found.filter((t) => t.length === shortest);
    if (best.length !== 1 || !best[0]) return null;
    return { title: [best[0], ...words.slice(k)].join(' '), repaired: true };
  }
  return null;
}

// A unit's head, by the unit's first word (NĐ 30 Điều 13: "TL." is signed by the head of a unit of the issuer).
// The word's end is a space or the end (`\b` sees no boundary after a marked letter: "VỤ").
const UNIT_HEADS: Array<[RegExp, string]> = [
  [/^VĂN PHÒNG(?=\s|$)/u, 'CHÁNH'],
  [/^(?:PHÒNG|BAN|KHOA|TRUNG TÂM)(?=\s|$)/u, 'TRƯỞNG'],
  [/^VỤ(?=\s|$)/u, 'VỤ TRƯỞNG'],
  [/^CỤC(?=\s|$)/u, 'CỤC TRƯỞNG'],
];

/**
 * Under a by-order mark ("T/L HIỆU TRƯỞNG"), a unit's name read where the position should be ("PHÒNG HÀNH CHÍNH -"
 * / "QUẢN TRỊ"): the whole first word of the position was lost at the seal's edge, and whoever signs by order for a
 * unit is its head ("TRƯỞNG PHÒNG HÀNH CHÍNH - QUẢN TRỊ"). Null for anything that is not a unit's name.
 */
export function headOfUnit(unit: string): string | null {
  const head = UNIT_HEADS.find(([re]) => re.test(unit));
  return head ? `${head[1]} ${unit}` : null;
}
