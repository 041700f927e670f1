/**
 * "Soạn văn bản trả lời": a draft that answers a registered letter, pre-filled with the answered letter's
 * reference as Vietnamese letters open ("Thực hiện Công văn số 2174-CV/HVCTQG ngày 31/5/2022 của Học viện
 * Chính trị quốc gia Hồ Chí Minh về …, Trường Chính trị tỉnh Thái Nguyên báo cáo như sau:"), addressed
 * to the answered letter's issuer, and linked to it through `references`.
 */
import { findLetterType, type LetterFamily } from './catalog.ts';
import { layoutRulesFor } from './layout-rules.ts';
import type { IssuingBody, Letter, LetterSigner } from './model.ts';

export interface AnsweredLetter {
  numberSymbol: string;
  /** YYYY-MM-DD, when known. */
  date: string | null;
  /** "Công văn", "Kế hoạch"… */
  typeName: string | null;
  /** As the module knows it; capitals (as printed in a letterhead) are turned into running-text case. */
  issuerName: string;
  subject: string | null;
}

export interface ReplyingBody {
  family: LetterFamily;
  issuer: IssuingBody;
  place: string;
  signer: LetterSigner;
  /** Symbol part a draft prints after the blank number ("CV/TCT", "TCT-VP"). */
  draftSymbol?: string | null;
  /** Proper-case names of bodies the caller knows (the network directory), matched ignoring case. */
  knownNames?: readonly string[];
}

const PLACE_MARKERS = new Set(['tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'phường', 'khu', 'vực']);

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/**
 * Running-text case of a body's name printed in capitals. A known name wins; otherwise the first word and
 * the place name after "tỉnh", "thành phố"… are capitalised ("TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN" →
 * "Trường chính trị tỉnh Thái Nguyên"). It is a pre-fill: the drafter corrects the rest.
 */
export function runningTextName(name: string, knownNames: readonly string[] = []): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!isAllCaps(clean)) return clean;
  const key = clean.toLocaleLowerCase('vi');
  const known = knownNames.find((k) => k.replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi') === key);
  if (known) return known.replace(/\s+/g, ' ').trim();
  const words = key.split(' ');
  let afterMarker = false;
  return words
    .map((word, index) => {
      const isMarker = PLACE_MARKERS.has(word);
      const out = index === 0 || (afterMarker && !isMarker) ? capitalise(word) : word;
      if (isMarker) afterMarker = true;
      return out;
    })
    .join(' ')
    .replace(/\bhồ chí minh\b/giu, 'Hồ Chí Minh');
}

/** "31/5/2022", "08/02/2022": day below 10 and months 1–2 padded, as the family's date line. */
export function citationDate(iso: string, family: LetterFamily): string {
  const rules = layoutRulesFor(family, iso, iso);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const dd = rules.padDayBelow10 && day < 10 ? `0${day}` : String(day);
  const mm = rules.padMonths.includes(month) ? `0${month}` : String(month);
  return `${dd}/${mm}/${year}`;
}

/** "Công văn số 2174-CV/HVCTQG ngày 31/5/2022 của Học viện Chính trị quốc gia Hồ Chí Minh". */
export function citeLetter(answered: AnsweredLetter, family: LetterFamily, knownNames: readonly string[] = []): string {
  const type = answered.typeName?.trim() || 'Văn bản';
  const date = answered.date ? ` ngày ${citationDate(answered.date, family)}` : '';
  return `${type} số ${answered.numberSymbol.trim()}${date} của ${runningTextName(answered.issuerName, knownNames)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** A draft công văn (or `typeCode`, e.g. BC) answering `answered`, from `from`. */
export function prefillReply(answered: AnsweredLetter, from: ReplyingBody, typeCode = 'CV'): Letter {
  const known = from.knownNames ?? [];
  const cited = citeLetter(answered, from.family, known);
  const about = answered.subject?.trim() ? ` về ${lowerFirst(answered.subject.trim().replace(/[.;:]+$/u, ''))}` : '';
  const self = runningTextName(from.issuer.name.replace(/\n/g, ' '), known);
  const reportsAs = typeCode === 'BC' ? 'báo cáo kết quả thực hiện như sau:' : 'báo cáo như sau:';
  const shortRef = `${answered.typeName?.trim() || 'Văn bản'} số ${answered.numberSymbol.trim()}`;
  const subject =
    typeCode === 'BC'
      ? `Kết quả thực hiện ${shortRef}`
      : findLetterType(from.family, typeCode)
        ? `báo cáo kết quả thực hiện ${shortRef}`
        : shortRef;
  return {
    family: from.family,
    issuer: from.issuer,
    numberSymbol: null,
    draftSymbol: from.draftSymbol ?? null,
    place: from.place,
    date: null,
    typeCode,
    subject,
    addressees: [runningTextName(answered.issuerName, known)],
    body: [{ kind: 'paragraph', text: `Thực hiện ${cited}${about}, ${self} ${reportsAs}` }],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: from.signer,
    urgency: null,
    confidentiality: null,
    references: [{ numberSymbol: answered.numberSymbol.trim(), date: answered.date }],
  };
}
