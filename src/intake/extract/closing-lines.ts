/**
 * Reading the closing's upper-case lines: where a position starts on a line the seal also wrote on, which run
 * of words ends a line, and which line names the collective body a mark signed for.
 */
import { editDistance } from './context.ts';
import { fold, squash } from './normalize.ts';
import { isPositionWord } from './titles.ts';
import { coreWord, isSyllable, isUpperWord } from './vietnamese.ts';

// Words a position starts with; seal text read before it on the same line is dropped.
const TITLE_HEADS = [
  'pho',
  'chu tich',
  'giam doc',
  'bi thu',
  'hieu truong',
  'truong',
  'chanh',
  'thu truong',
  'bo truong',
  'vu truong',
  'cuc truong',
  'vien truong',
  'tong',
  'uy vien',
  'chu nhiem',
  'thu ky',
  'ke toan',
  'thu truong',
  'chi huy',
  'tu lenh',
  'chinh uy',
  'hieu pho',
  'quyen',
  'dai dien',
  'giam doc so',
  'chanh an',
  'vien truong',
  'thuong truc ban bi thu',
].map((s) => s.split(' '));

// Collective bodies signed for with TM./T/M ("T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"), as read.
const COLLECTIVE =
  /^(?:ban )?(?:thuong vu|chap hanh|uy ban nhan dan|hoi dong nhan dan|dang uy|ban thuong vu|uy ban kiem tra|ban bi thu|bo chinh tri|thuong truc hdnd|thuong truc hoi dong nhan dan)\b/;

/** A closing line naming a collective body, maybe behind what the seal left of its mark ("MU BẠN THƯỜNG VỤ"). */
export function namesBody(text: string): boolean {
  const words = fold(text).split(' ');
  return (
    COLLECTIVE.test(words.join(' ')) || ((words[0]?.length ?? 9) <= 2 && COLLECTIVE.test(words.slice(1).join(' ')))
  );
}

/** Trailing run of upper-case Vietnamese words (and an authority mark) of a line. */
export function trailingUpperRun(text: string): { text: string; from: number } | null {
  const words = [...text.matchAll(/\S+/g)];
  let from = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w) break;
    const tok = w[0];
    if (/^(K\/T|T\/M|T\/L|T\/UQ|KT\.|TM\.|TL\.|TUQ\.|Q\.)$/.test(tok)) {
      from = w.index;
      break;
    }
    // A spaced dash inside a position joins its parts ("VỤ TỔ CHỨC - BIÊN CHẾ").
    // So does one ending the line: the position wraps after it ("TRƯỞNG PHÒNG ĐÀO TẠO -" / "NGHIÊN CỨU …").
    if (/^[-–]$/.test(tok) && (from >= 0 || k === words.length - 1)) continue;
    const wordsOf = (t: string) =>
      t
        .replace(/[,]$/, '')
        .split('-')
        .every((p) => {
          const c = coreWord(p);
          return c === p && isUpperWord(c) && isSyllable(c);
        });
    const ok = wordsOf(tok);
    if (!ok) {
      // A mark glued before a hyphenated pair ('"ỞNG-PHÒNG'): the run starts at its first word.
      const bare = tok.replace(/^[^\p{L}]{1,3}/u, '');
      if (bare !== tok && bare.includes('-') && wordsOf(bare)) {
        from = w.index + tok.length - bare.length;
        break;
      }
      // Seal or signature marks glued before the first word ("“,£C“GHĂNH VĂN PHÒNG"): the run starts at the
      // upper-case syllable after the last mark, when the run already has a word.
      const glued = /[^\p{L}](\p{Lu}{2,})$/u.exec(tok);
      if (glued?.[1] && from >= 0 && isSyllable(glued[1])) from = w.index + tok.length - glued[1].length;
      break;
    }
    from = w.index;
  }
  if (from < 0) return null;
  return { text: squash(text.slice(from).replace(/(\p{Lu})-(\p{Lu})/gu, '$1 $2')).replace(/,$/, ''), from };
}

export function startOfTitle(text: string): number {
  const words = fold(text).split(' ');
  for (let i = 0; i < words.length; i++) {
    if (TITLE_HEADS.some((h) => h.every((w, k) => words[i + k] === w))) return i;
  }
  // One letter misread in one word of a two-word head ("GHỦ TỊCH"); the other word read exactly.
  for (let i = 0; i < words.length; i++) {
    const near = (h: string[]) => {
      // A one-word head with a letter lost or misread ("RƯỞNG BAN", "GHÁNH VĂN PHÒNG"), followed by more of
      // the position (two more words for a five-letter head).
      // A word of another position read right ("THƯỜNG VỤ") is not a misread head ("TRƯỞNG").
      if (h.length === 1)
        return (
          (h[0]?.length ?? 0) >= 5 &&
          !isPositionWord(words[i] ?? '') &&
          i + ((h[0]?.length ?? 0) >= 6 ? 1 : 2) < words.length &&
          editDistance(words[i] ?? '', h[0] ?? '') === 1
        );
      const misses = h.filter((w, k) => words[i + k] !== w);
      const k = h.findIndex((w, j) => words[i + j] !== w);
      return misses.length === 1 && (h[k]?.length ?? 0) >= 3 && editDistance(words[i + k] ?? '', h[k] ?? '') === 1;
    };
    if (TITLE_HEADS.some(near)) return i;
  }
  return -1;
}
