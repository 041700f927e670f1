/**
 * Words OCR breaks apart or over-marks, repaired before the word-level fixes: a line cut inside a word
 * leaves a hyphen or a space in it ("c-ho", "Tỉn-h", "k iến"), a speck becomes a hyphen between two words
 * ("công tác-đào tạo"), and a mark read twice puts two tones on one syllable ("Kíểm"). Only pieces that are
 * not syllables on their own are joined, and only into a valid syllable.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A syllable never carries two tones: both are dropped, and the compound lexicon puts the right one back. */
function singleTone(word: string): string {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  return tones >= 2 ? nfd.replace(TONE_MARKS, '').normalize('NFC') : word;
}

const LOWER_PIECE = /^\p{Ll}+$/u;

const CORE = /^[^\p{L}]*(\p{L}*)[^\p{L}]*$/u;

/**
 * Two syllables that are one word OCR cut in two ("nghiên cứ u", "các lớp ho àn chỉnh"): joined when the whole
 * makes a known compound with the word before or after it and no piece makes one with its neighbours.
 */
function joinCutSyllables(
  text: string,
  isSyllable: (word: string) => boolean,
  isKnownPair: (a: string, b: string) => boolean,
): string {
  const words = text.split(' ');
  const core = (w: string | undefined) => (CORE.exec(w ?? '')?.[1] ?? '').toLowerCase();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] ?? '';
    const b = words[i + 1] ?? '';
    if (!LOWER_PIECE.test(a) || !/^\p{Ll}+[,.;:]?$/u.test(b) || a.length + b.length > 8) continue;
    const bare = core(b);
    const joined = a + bare;
    if (!isSyllable(joined)) continue;
    const prev = /[,.;:]$/.test(words[i - 1] ?? '') ? '' : core(words[i - 1]);
    const next = bare === b ? core(words[i + 2]) : '';
    const whole = (prev && isKnownPair(prev, joined)) || (next && isKnownPair(joined, next));
    const pieces = (prev && isKnownPair(prev, a)) || isKnownPair(a, bare) || (next && isKnownPair(bare, next));
    if (!whole || pieces) continue;
    words.splice(i, 2, a + b);
  }
  return words.join(' ');
}

/** `isSyllable` is vietnamese.ts's test, passed in (that module calls this one); so is the compound lexicon's. */
export function repairBrokenWords(
  text: string,
  isSyllable: (word: string) => boolean,
  isKnownPair: (a: string, b: string) => boolean = () => false,
): string {
  // Hyphen inside lower-case text: joined when a piece is no syllable and the whole is one, else a space.
  let out = text.replace(/(?<![\p{L}-])(\p{L}+)-(\p{Ll}+)(?![\p{L}-])/gu, (m, a: string, b: string) => {
    if (!/\p{Ll}/u.test(a)) return m;
    const joined = a + b;
    if ((!isSyllable(a) || !isSyllable(b)) && isSyllable(joined)) return joined;
    return isSyllable(a) && isSyllable(b) ? `${a} ${b}` : m;
  });
  // A space inside a word: a lower-case piece that is no syllable, next to one it completes.
  // The second piece is only looked at, not consumed, so that every pair is tried ("hiện c hế": "c hế").
  out = out.replace(/(?<![\p{L}\d/])(\p{Ll}+) (?=(\p{Ll}+)(?![\p{L}]))/gu, (m, a: string, b: string) =>
    LOWER_PIECE.test(a) && (!isSyllable(a) || !isSyllable(b)) && isSyllable(a + b) ? a : m,
  );
  out = joinCutSyllables(out, isSyllable, isKnownPair);
  return out.replace(/\p{L}+/gu, (w) => (/[^\p{ASCII}]/u.test(w) ? singleTone(w) : w));
}
