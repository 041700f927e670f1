/**
 * Single words repaired against the words the lexicon knows. A lower-case word that cannot be a Vietnamese
 * syllable as printed (a stop-closed syllable with a grave, hook or tilde: "chừc", "soãt"; a rhyme that needs a
 * circumflex or horn written without it: "uu", "tien", "thuong") lost or changed a mark; when its
 * diacritic-folded form is exactly one word of the lexicon or of the frequent words below, it is taken for
 * that word. A form two known words share ("vien": viên, viện) is left as read.
 */
import { BARE_WORDS, COMPOUND_LIST } from './lexicon.ts';
import { fold } from './normalize.ts';

// Frequent single words of official letters that form no listed compound (general knowledge of the register).
const FREQUENT = `
tháng năm ngày giờ đầu cuối lần thứ mới cũ theo cho trong ngoài đến từ tại trên dưới sau trước này đó khi đã sẽ
đang có là để do nên nhưng hoặc cùng giữa bằng như vào ra lên xuống nhằm qua thêm nhiều ít mọi mỗi từng toàn
các những một hai ba bốn năm sáu bảy tám chín mười trăm nghìn triệu tỷ đồng người việc về với của và được
không chưa cần phải đề nghị yêu cầu gửi kèm số ký hiệu lớp khóa khoá đợt kỳ đối tượng nội dung đơn vị trường
tỉnh huyện xã phường thành phố quận thị trấn vùng miền đảo biển nước quốc tế chung riêng khác cao thấp lớn nhỏ
trẻ nữ nam già sớm muộn nhanh chậm tốt xấu đúng sai đủ thiếu rõ cụ thể hết còn đi lại đạt giỏi xuất sắc khá
`;

const KNOWN = new Set<string>();
for (const w of [...COMPOUND_LIST.flatMap((c) => c.split(' ')), ...BARE_WORDS.values(), ...FREQUENT.split(/\s+/)])
  if (w) KNOWN.add(w);
const BY_FOLD = new Map<string, string | null>();
for (const w of KNOWN) {
  const k = fold(w);
  const prev = BY_FOLD.get(k);
  BY_FOLD.set(k, prev === undefined || prev === w ? w : null);
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const NEEDS_MARK = [
  // iê/yê and uô/ươ before a final consonant or glide ("tiên", "yêu", "muốn", "thương", "người").
  /(?:i|y)e(?:c|ch|m|n|ng|nh|p|t|u)$/,
  /uo(?:c|i|m|n|ng|p|t|u)$/,
  // "ưu" and "ươu": u before u is always ư.
  /uu$/,
];

/** A lower-case word no Vietnamese syllable is written as. */
export function impossibleSyllable(word: string): boolean {
  const nfd = word.normalize('NFD');
  const tone = TONE.exec(nfd)?.[0];
  const f = fold(word);
  if ((tone === '\u0300' || tone === '\u0309' || tone === '\u0303') && /(?:c|ch|p|t)$/.test(f)) return true;
  const shaped = /\u0302|\u0306|\u031b/.test(nfd);
  return !shaped && NEEDS_MARK.some((re) => re.test(f));
}

/** Repairs lower-case words no syllable is written as to the one known word they fold to. */
export function repairUnknownWords(text: string): string {
  return text.replace(/(?<![\p{L}\d])\p{Ll}{2,}(?![\p{L}\d])/gu, (w) => {
    if (KNOWN.has(w) || !impossibleSyllable(w)) return w;
    return BY_FOLD.get(fold(w)) ?? w;
  });
}
