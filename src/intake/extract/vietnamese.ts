/**
 * Vietnamese word knowledge used to tell real words from OCR garbage, and to repair the few confusions
 * tesseract's Vietnamese model makes on printed official letters (ả read as ẳ, broken casing).
 */
import { repairBrokenWords } from './broken-words.ts';
import { repairUnknownWords } from './known-words.ts';
import { isKnownPair, repairCompounds } from './lexicon.ts';
import { fold } from './normalize.ts';

const VI_LOWER = 'a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const VI_UPPER = 'A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
export const VI_LETTERS = VI_LOWER + VI_UPPER;
const ONLY_VI_LETTERS = new RegExp(`^[${VI_LETTERS}]+$`);

// Onset + vowel nucleus + coda of a Vietnamese syllable, on folded text. Loose on vowels on purpose.
// Onsets and codas of minority-language place names (Đắk Lắk, Krông Pắc) are accepted too.
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|dr|pl|bl|br|hr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?(?:[aeiouy]{1,3})(ch|ng|nh|c|k|m|n|p|t)?$/;

/** Letters of a token without surrounding punctuation. */
const EDGE_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
export function coreWord(token: string): string {
  return token.replace(EDGE_NON_WORD, '');
}

/** A real-looking Vietnamese syllable (only Vietnamese letters, valid onset/rhyme shape). */
export function isSyllable(word: string): boolean {
  if (!word || !ONLY_VI_LETTERS.test(word)) return false;
  return SYLLABLE.test(fold(word));
}

export function isUpperWord(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** "Hưng", "Quốc": first letter upper case, the rest lower case, a valid syllable. */
export function isCapitalizedSyllable(word: string): boolean {
  if (!isSyllable(word)) return false;
  const first = word.charAt(0);
  const rest = word.slice(1);
  return first !== first.toLowerCase() && rest === rest.toLowerCase();
}

export function startsLower(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

// Token scores repeat across lines and documents ("của", "và"): cache them, bounded.
const tokenScores = new Map<string, number>();
const MAX_CACHED_TOKENS = 50_000;

function tokenScore(t: string): number {
  const cached = tokenScores.get(t);
  if (cached !== undefined) return cached;
  let score = 0;
  if (/[\p{L}\p{N}]/u.test(t)) {
    const w = coreWord(t);
    if (isSyllable(w) && !/[^\p{L}\p{N}.,;:()/\-"“”!?%]/u.test(t)) score = 1;
    else if (/^\d+([.,/-]\d+)*$/.test(w)) score = 1;
    // A quarter or month in Roman numerals ("IV/2024"), as OCR reads them too: II as H, I as l, 1 or T.
    else if (/^[IVXHlT1|]{1,4}[/⁄∕]{1,2}\d{4}$/.test(w)) score = 1;
    else if (/^[A-ZĐ]{2,8}([-/.][A-ZĐ]{1,8})*$/.test(w)) score = 0.5; // abbreviations: UBND, VT
  } else score = -1; // punctuation only: neither good nor bad
  if (tokenScores.size >= MAX_CACHED_TOKENS) tokenScores.clear();
  tokenScores.set(t, score);
  return score;
}

/** Share of tokens that are Vietnamese syllables, numbers or common abbreviations. */
export function wordQuality(text: string): number {
  let good = 0;
  let counted = 0;
  for (const t of text.split(/\s+/)) {
    if (!t) continue;
    const s = tokenScore(t);
    if (s < 0) continue;
    counted++;
    good += s;
  }
  return counted === 0 ? 0 : good / counted;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

// tesseract's vie model reads ả as ẳ and ã as ă on these fonts; the replacements are words that do not
// exist with the misread vowel, or fixed collocations of the domain ("đảng viên", "quản lý").
const WORD_FIXES: Array<[RegExp, string]> = [
  [/^giẳng$/i, 'giảng'],
  [/^lănh$/i, 'lãnh'],
  [/^phẳn$/i, 'phản'],
  [/^quẳn$/i, 'quản'],
  [/^khoẳng$/i, 'khoảng'],
];
const PAIR_FIXES: Array<[RegExp, RegExp, string]> = [
  [/^đẳng$/i, /^(viên|ủy|uỷ|bộ|cộng|đoàn|phí|ta|và|tịch)$/i, 'đảng'],
  [/^sẳn$/i, /^(xuất|phẩm|lượng)$/i, 'sản'],
  [/^quần$/i, /^(lý|trị)$/i, 'quản'],
];
const PREV_FIXES: Array<[RegExp, RegExp, string]> = [[/^cộng$/i, /^sẳn$/i, 'sản']];

/** Repairs known OCR confusions and broken casing ("TỈnh", "cỬ") in a field value. */
export function fixOcrWords(text: string): string {
  const parts = repairBrokenWords(text, isSyllable, isKnownPair).split(/(\s+)/);
  for (let i = 0; i < parts.length; i += 2) {
    const tok = parts[i];
    if (!tok) continue;
    const core = coreWord(tok);
    if (!core) continue;
    let word = core;
    if (isSyllable(word) && /\p{Ll}/u.test(word) && /\p{Lu}/u.test(word.slice(1))) {
      word = word.charAt(0) + word.slice(1).toLowerCase();
    }
    // "m" read as "rn" ("nărn" for "năm"): taken only when the word is no syllable and becomes one.
    if (/rn/i.test(word) && !isSyllable(word) && isSyllable(word.replace(/rn/g, 'm').replace(/RN/g, 'M')))
      word = word.replace(/rn/g, 'm').replace(/RN/g, 'M');
    for (const [re, rep] of WORD_FIXES) if (re.test(word)) word = matchCase(word, rep);
    const next = coreWord(parts[i + 2] ?? '');
    for (const [re, nextRe, rep] of PAIR_FIXES) if (re.test(word) && nextRe.test(next)) word = matchCase(word, rep);
    const prev = coreWord(parts[i - 2] ?? '');
    // "năm" lost its breve next to a number ("10 nam", "nam 2023"); "Nam" (a name) is capitalised.
    if (word === 'nam' && (/^\d+$/.test(prev) || /^\d{4}$/.test(next))) word = 'năm';
    // "Đảng" capitalised inside a sentence, read with ẳ; lower-case "đẳng" (cao đẳng, bình đẳng) is a word.
    if (word === 'Đẳng' && /^\p{Ll}/u.test(prev)) word = 'Đảng';
    for (const [prevRe, re, rep] of PREV_FIXES) if (re.test(word) && prevRe.test(prev)) word = matchCase(word, rep);
    if (word !== core) parts[i] = tok.replace(core, word);
  }
  const repaired = repairCompounds(parts.join('')).text;
  return repairUnknownWords(repaired);
}

// Common Vietnamese family names. An OCR'd name whose first word is not one of them but folds to exactly
// one of them (a lost tone mark) is repaired.
const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lương',
  'Trịnh',
  'Đào',
  'Mai',
  'Tô',
  'Hà',
  'Tạ',
  'Cao',
  'Lâm',
  'Quách',
  'Chu',
  'Triệu',
  'Thái',
  'Lưu',
  'Châu',
  'Từ',
  'Kiều',
  'Khổng',
  'Đoàn',
  'Vương',
  'Hứa',
  'Tăng',
  'Thân',
  'Lại',
  'Mạc',
  'Phùng',
  'Giang',
  'Nghiêm',
  'Lục',
  'Hầu',
  'Kim',
  'La',
  'Đàm',
  'Tống',
  'Doãn',
  'Nông',
  'Lò',
  'Quan',
  'Thạch',
  'Văn',
  'Tiêu',
  'Ninh',
  'Khúc',
  'Âu',
  'Diệp',
  'Hàn',
  'Lã',
  'Lữ',
  'Mã',
  'Ông',
  'Trương',
  'Viên',
  'Yên',
  'Đồng',
  'Bạch',
  'Cù',
  'Lạc',
  'Nhữ',
  'Kha',
  'Hoàng',
  'Phí',
  'Đới',
  'Cấn',
  'Vi',
  'Điểu',
  'Y',
  'Ksor',
  'Rơ',
];
const SURNAME_SET = new Set(SURNAMES);
const SURNAME_BY_FOLD = new Map<string, string[]>();
for (const s of SURNAME_SET) {
  const k = fold(s);
  SURNAME_BY_FOLD.set(k, [...(SURNAME_BY_FOLD.get(k) ?? []), s]);
}

/** The one family name that ends with this lower-case piece, marks included ("guyễn" → Nguyễn), else null. */
export function surnameEndingWith(piece: string): string | null {
  const found = [...SURNAME_SET].filter((s) => s.length > piece.length && s.toLowerCase().endsWith(piece));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The one family name that a token with one letter read as a mark stands for ("T(ần" → Trần), else null. */
export function surnameWithMark(token: string): string | null {
  const at = token.search(/[^\p{L}]/u);
  if (at < 0 || /[^\p{L}]/u.test(token.slice(at + 1))) return null;
  const found = [...SURNAME_SET].filter(
    (s) =>
      s.length === token.length && s.slice(0, at) === token.slice(0, at) && s.slice(at + 1) === token.slice(at + 1),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The one family name a capitalised token differs from by one letter, first letter and marks aside ("Tfịnh" →
 * Trịnh), else null: a family name is a closed list, so one misread letter of it is recoverable.
 */
export function surnameOneLetterOff(token: string): string | null {
  const key = fold(token);
  if (key.length < 3 || SURNAME_SET.has(token)) return null;
  const found = [...SURNAME_SET].filter((s) => {
    const k = fold(s);
    if (k.length !== key.length || k[0] !== key[0]) return false;
    let diff = 0;
    for (let i = 0; i < k.length; i++) if (k[i] !== key[i]) diff++;
    return diff === 1;
  });
  if (found.length) return found.length === 1 ? (found[0] ?? null) : null;
  // The first letter misread ("Ấgô" for "Ngô"): the rest, marks and all, must end exactly one family name.
  const rest = token.slice(1);
  if (rest.length < 2) return null;
  const ending = [...SURNAME_SET].filter((s) => s.length === token.length && s.slice(1) === rest);
  return ending.length === 1 ? (ending[0] ?? null) : null;
}

export function isSurname(word: string): boolean {
  return SURNAME_SET.has(word);
}

// Common middle and given names. A name word printed with no mark at all ("Ngoc", "Hong") that folds to
// exactly one of them gets its marks back; a word with marks is left as read (they may be right) unless only a
// vowel's breve, circumflex or horn is missing and its tone matches (repairPersonName). Names whose
// bare form is itself a name (Thanh/Thành, Dung/Dũng, Thu/Thủ, Vân/Văn, Anh/Ánh, Vinh/Vĩnh) are not listed,
// and a bare word that is itself listed stays.
const GIVEN_NAMES = `Thị Hữu Đức Ngọc Quốc Xuân Hồng Thủy Thúy Hằng Hương Phương Tuấn Cường Hùng Thắng
Hiếu Hiền Huyền Hạnh Hoài Khánh Khải Lộc Lợi Mạnh Nghĩa Nguyệt Nhung Phúc Phước Phượng Quyết Sơn Tâm Thịnh
Thảo Trâm Trường Tùng Tường Vượng Yến Điệp Định Đạt Đoàn Bích Kiều Diễm Uyên Quyên Trọng Tiến Duẩn Giỏi Nhân
Hưởng Hưng Hiển Lực Tuyết Kiên Quỳnh Bảo Trí Khắc`
  .split(/\s+/)
  .filter(Boolean);
/** The tone mark of a syllable (combining grave, acute, tilde, hook above, dot below), '' for level tone. */
const toneOf = (w: string) => /[\u0300\u0301\u0303\u0309\u0323]/u.exec(w.normalize('NFD'))?.[0] ?? '';
const GIVEN_BY_FOLD = new Map<string, string | null>();
for (const g of GIVEN_NAMES) {
  const k = fold(g);
  const prev = GIVEN_BY_FOLD.get(k);
  GIVEN_BY_FOLD.set(k, prev === undefined || prev === g ? g : null);
}

/** Returns the name with its family name (and unmarked given names) repaired, and whether a repair was made. */
export function repairPersonName(name: string): { name: string; repaired: boolean } {
  const [first, ...rest] = name.split(' ');
  if (!first) return { name, repaired: false };
  let repaired = false;
  let family = first;
  if (!SURNAME_SET.has(first)) {
    const candidates = SURNAME_BY_FOLD.get(fold(first));
    if (candidates && candidates.length === 1 && candidates[0]) {
      family = candidates[0];
      repaired = true;
    }
  }
  const others = rest.map((w) => {
    const g = GIVEN_BY_FOLD.get(fold(w));
    if (!g || g === w) return w;
    // A word with marks is kept unless only a vowel's breve, circumflex or horn differs from one listed name,
    // its tone the same ("Khác" for "Khắc"): OCR drops those marks, and the read word is then no name.
    if (!/^[A-Za-z]+$/.test(w) && toneOf(w) !== toneOf(g)) return w;
    repaired = true;
    return g;
  });
  return { name: [family, ...others].join(' '), repaired };
}
