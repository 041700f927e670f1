/**
 * The bodies that write to and receive letters in the network, as a closed vocabulary of names printed in
 * upper case (NĐ 30/2020 Phụ lục I: the issuing body and its direct superior; HD 36-HD/VPTW: Party bodies),
 * generated from templates over the 63 provinces before and 34 units after 1/7/2025 (organisations.ts,
 * from reference/provinces-*.csv), the schools' eponyms, ministries, departments (Sở) and Party committees'
 * own bodies. A name read by OCR with its marks lost or changed ("UBND TINH NAM ĐỊNH"), a stray comma
 * ("UBND, TỈNH") or a few letters misread snaps to the one canonical name within an edit distance relative
 * to its length (diacritics folded, spaces and punctuation ignored); two names equally close → no repair.
 */
import { editDistance } from './context.ts';
import { fold } from './normalize.ts';
import { EPONYMS, PROVINCES, PROVINCIAL_SCHOOLS } from './organisations.ts';

/** Bodies named without a province: central Party bodies, the Academy and its units, the government. */
const CENTRAL = [
  'BAN CHẤP HÀNH TRUNG ƯƠNG',
  'BỘ CHÍNH TRỊ',
  'BAN BÍ THƯ',
  'VĂN PHÒNG TRUNG ƯƠNG ĐẢNG',
  'BAN TỔ CHỨC TRUNG ƯƠNG',
  'BAN TUYÊN GIÁO TRUNG ƯƠNG',
  'BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG',
  'BAN DÂN VẬN TRUNG ƯƠNG',
  'BAN NỘI CHÍNH TRUNG ƯƠNG',
  'BAN KINH TẾ TRUNG ƯƠNG',
  'BAN ĐỐI NGOẠI TRUNG ƯƠNG',
  'BAN CHÍNH SÁCH, CHIẾN LƯỢC TRUNG ƯƠNG',
  'ỦY BAN KIỂM TRA TRUNG ƯƠNG',
  'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG',
  'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG',
  'HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH',
  'HỌC VIỆN CHÍNH TRỊ KHU VỰC I',
  'HỌC VIỆN CHÍNH TRỊ KHU VỰC II',
  'HỌC VIỆN CHÍNH TRỊ KHU VỰC III',
  'HỌC VIỆN CHÍNH TRỊ KHU VỰC IV',
  'HỌC VIỆN BÁO CHÍ VÀ TUYÊN TRUYỀN',
  'HỌC VIỆN HÀNH CHÍNH QUỐC GIA',
  'HỌC VIỆN CÁN BỘ THÀNH PHỐ HỒ CHÍ MINH',
  'VỤ CÁC TRƯỜNG CHÍNH TRỊ',
  'VỤ QUẢN LÝ KHOA HỌC',
  'VỤ QUẢN LÝ ĐÀO TẠO',
  'VỤ TỔ CHỨC - CÁN BỘ',
  'VỤ HỢP TÁC QUỐC TẾ',
  'VỤ KẾ HOẠCH - TÀI CHÍNH',
  'VĂN PHÒNG HỌC VIỆN',
  'VỤ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC',
  'VỤ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
  'VỤ TỔ CHỨC CÁN BỘ',
  'VỤ HÀNH CHÍNH SỰ NGHIỆP',
  'VỤ NGÂN SÁCH NHÀ NƯỚC',
  'VỤ GIÁO DỤC CHÍNH TRỊ VÀ CÔNG TÁC HỌC SINH, SINH VIÊN',
  'VỤ GIÁO DỤC TRUNG HỌC',
  // A school's own offices (the signer "TRƯỞNG PHÒNG ĐÀO TẠO" heads one).
  'PHÒNG ĐÀO TẠO',
  'PHÒNG ĐÀO TẠO - NGHIÊN CỨU KHOA HỌC',
  'PHÒNG QUẢN LÝ ĐÀO TẠO',
  'PHÒNG QUẢN LÝ ĐÀO TẠO - NGHIÊN CỨU KHOA HỌC',
  'PHÒNG QUẢN LÝ KHOA HỌC',
  'PHÒNG TỔ CHỨC - HÀNH CHÍNH',
  'PHÒNG TỔ CHỨC CÁN BỘ',
  'PHÒNG HÀNH CHÍNH - QUẢN TRỊ',
  'PHÒNG KẾ HOẠCH - TÀI CHÍNH',
  'CHÍNH PHỦ',
  'QUỐC HỘI',
  'VĂN PHÒNG CHÍNH PHỦ',
  'THANH TRA CHÍNH PHỦ',
  'ỦY BAN DÂN TỘC',
  'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM',
  'TRƯỜNG CHÍNH TRỊ',
];

/** Fields of ministries (Bộ) and provincial departments (Sở), before and after the 2025 reorganisation. */
const FIELDS = [
  'NỘI VỤ',
  'TƯ PHÁP',
  'TÀI CHÍNH',
  'KẾ HOẠCH VÀ ĐẦU TƯ',
  'CÔNG THƯƠNG',
  'NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
  'NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  'GIAO THÔNG VẬN TẢI',
  'XÂY DỰNG',
  'TÀI NGUYÊN VÀ MÔI TRƯỜNG',
  'THÔNG TIN VÀ TRUYỀN THÔNG',
  'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  'VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  'KHOA HỌC VÀ CÔNG NGHỆ',
  'GIÁO DỤC VÀ ĐÀO TẠO',
  'Y TẾ',
  'DÂN TỘC VÀ TÔN GIÁO',
];
const MINISTRY_ONLY = ['QUỐC PHÒNG', 'CÔNG AN', 'NGOẠI GIAO'];
const DEPARTMENT_ONLY = ['NGOẠI VỤ', 'VĂN HÓA VÀ THỂ THAO', 'DU LỊCH'];

/** A provincial Party committee's own bodies (HD 36: "BAN TỔ CHỨC" under "TỈNH ỦY X"). */
const COMMITTEE_BODIES = [
  'BAN TỔ CHỨC',
  'BAN TUYÊN GIÁO',
  'BAN TUYÊN GIÁO VÀ DÂN VẬN',
  'BAN DÂN VẬN',
  'BAN NỘI CHÍNH',
  'BAN KINH TẾ',
  'ỦY BAN KIỂM TRA',
  'VĂN PHÒNG',
  'BAN THƯỜNG VỤ',
  'BAN CHẤP HÀNH',
];

function build(): string[] {
  const out = new Set<string>(CENTRAL);
  for (const f of [...FIELDS, ...MINISTRY_ONLY]) out.add(`BỘ ${f}`);
  for (const f of [...FIELDS, ...DEPARTMENT_ONLY]) out.add(`SỞ ${f}`);
  for (const b of COMMITTEE_BODIES) out.add(b);
  for (const e of EPONYMS.map((x) => x.toUpperCase())) {
    out.add(`TRƯỜNG CHÍNH TRỊ ${e}`);
    out.add(`TRƯỜNG ĐÀO TẠO CÁN BỘ ${e}`);
    // "TRƯỜNG CHÍNH TRỊ LÊ DUẨN TỈNH QUẢNG TRỊ": a school named after a person, with its province.
    for (const p of PROVINCES.map((x) => x.toUpperCase()))
      for (const unit of ['TỈNH', 'THÀNH PHỐ']) {
        out.add(`TRƯỜNG CHÍNH TRỊ ${e} ${unit} ${p}`);
        out.add(`TRƯỜNG ĐÀO TẠO CÁN BỘ ${e} ${unit} ${p}`);
      }
  }
  for (const p of PROVINCES.map((x) => x.toUpperCase())) {
    for (const unit of ['TỈNH', 'THÀNH PHỐ']) {
      out.add(`${unit === 'TỈNH' ? 'TỈNH ỦY' : 'THÀNH ỦY'} ${p}`);
      out.add(`ĐẢNG BỘ ${unit} ${p}`);
      out.add(`UBND ${unit} ${p}`);
      out.add(`ỦY BAN NHÂN DÂN ${unit} ${p}`);
      out.add(`HĐND ${unit} ${p}`);
      out.add(`HỘI ĐỒNG NHÂN DÂN ${unit} ${p}`);
      out.add(`TRƯỜNG CHÍNH TRỊ ${unit} ${p}`);
      // Stamps name the receiving body in full: "BAN TỔ CHỨC TỈNH ỦY X", "SỞ NỘI VỤ TỈNH X".
      for (const b of COMMITTEE_BODIES) out.add(`${b} ${unit === 'TỈNH' ? 'TỈNH ỦY' : 'THÀNH ỦY'} ${p}`);
      for (const f of [...FIELDS, ...DEPARTMENT_ONLY]) out.add(`SỞ ${f} ${unit} ${p}`);
    }
    for (const f of [...FIELDS, ...DEPARTMENT_ONLY]) out.add(`SỞ ${f} ${p}`);
  }
  return [...out];
}

/** Letters only, diacritics folded: spacing, punctuation and lost marks do not count. */
export function orgKey(s: string): string {
  return fold(s).replace(/[^a-z0-9]/g, '');
}

/** Letter counts (a–z, 0–9) of a key: their difference bounds the edit distance from below, cheaply. */
function histogram(key: string): Uint8Array {
  const h = new Uint8Array(36);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const k = c >= 97 ? c - 97 : c - 48 + 26;
    h[k] = (h[k] ?? 0) + 1;
  }
  return h;
}

/** max(letters only in a, letters only in b) as multisets: never more than the edit distance. */
function bagDistance(a: Uint8Array, b: Uint8Array): number {
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < 36; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d > 0) plus += d;
    else minus -= d;
  }
  return Math.max(plus, minus);
}

const CANONICAL = build();
// Folded once: namesExtending scans every name, and folding 9,000 names per call cost more than the scan.
const CANONICAL_KEYS = CANONICAL.map(orgKey);
const BY_KEY = new Map<string, string>();
const BY_LENGTH = new Map<number, Array<{ key: string; name: string; hist: Uint8Array }>>();
for (const name of CANONICAL) {
  const key = orgKey(name);
  BY_KEY.set(key, name);
  const bucket = BY_LENGTH.get(key.length) ?? [];
  bucket.push({ key, name, hist: histogram(key) });
  BY_LENGTH.set(key.length, bucket);
}

/** Edit distance, or max + 1 once it is certain to exceed max (a band around the diagonal). */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(max + 1);
    cur[0] = i;
    let rowMin = cur[0];
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = from; j <= to; j++) {
      const sub = (prev[j - 1] ?? max + 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] ?? max + 1) + 1, (cur[j - 1] ?? max + 1) + 1);
      if ((cur[j] ?? 0) < rowMin) rowMin = cur[j] ?? 0;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/** Roman numerals of the regional academies as OCR reads them: "H" for "II", "l"/"1"/"|" for "I". */
export function repairRoman(text: string): string {
  return text.replace(/(KHU\s+V[ỰU]C\s+)([IHlL1|]{1,4})(?![\p{L}\d])/gu, (_, lead: string, num: string) => {
    const roman = num.replace(/H/g, 'II').replace(/[lL1|]/g, 'I');
    return roman.length <= 3 ? `${lead}${roman}` : `${lead}${num}`;
  });
}

export interface OrgSnap {
  name: string;
  /** 0 when the reading was already the canonical spelling; else the edit distance on folded letters. */
  distance: number;
  repaired: boolean;
}

/** The canonical name whose letters the reading has exactly (marks, spaces, punctuation aside), or null. */
export function exactOrganisation(read: string): string | null {
  return BY_KEY.get(orgKey(repairRoman(read.trim()))) ?? null;
}

/** The words with their marks, upper-case, dashes left out. */
const words = (s: string): string =>
  s
    .normalize('NFC')
    .toUpperCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

// The words that say what kind of body a name is; read whole, they are not OCR damage of one another.
const HEAD_WORDS = new Set(['cuc', 'vu', 'so', 'ban', 'bo', 'vien', 'truong', 'phong', 'khoa', 'tong', 'trung']);

/** The name's first word, folded, when it is a kind of body ("cuc", "vu", "so" …); otherwise null. */
function headWord(name: string): string | null {
  const first = fold(name.trim().split(/\s+/)[0] ?? '');
  return HEAD_WORDS.has(first) ? first : null;
}

/**
 * The canonical spelling of an organisation name read by OCR, or null when no name of the vocabulary is
 * uniquely close. Up to one edit per 8 letters (none under 8 letters: short names differ by one letter).
 */
export function snapOrganisation(read: string): OrgSnap | null {
  const text = repairRoman(read.trim());
  const key = orgKey(text);
  if (key.length < 4) return null;
  const exact = BY_KEY.get(key);
  // Read word for word, marks and all, but with a dash the vocabulary has not ("VỤ TỔ CHỨC - CÁN BỘ"): kept as printed.
  if (
    exact &&
    text.includes('-') &&
    !exact.includes('-') &&
    words(exact) === words(text) &&
    /^[\p{Lu}\d\s-]+$/u.test(text)
  )
    return { name: text.replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' '), distance: 0, repaired: false };
  if (exact) return { name: exact, distance: 0, repaired: exact !== read.trim() };
  const max = Math.floor(key.length / 8);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDist = max + 1;
  let tie = false;
  const hist = histogram(key);
  const head = headWord(text);
  for (let len = key.length - max; len <= key.length + max; len++) {
    for (const c of BY_LENGTH.get(len) ?? []) {
      if (bagDistance(hist, c.hist) > Math.min(max, bestDist)) continue;
      // A kind of body read whole ("CỤC …") is not another kind ("VỤ …") two letters away: another body.
      if (head && headWord(c.name) !== head) continue;
      const d = boundedDistance(key, c.key, Math.min(max, bestDist));
      if (d < bestDist) {
        best = c.name;
        bestDist = d;
        tie = false;
      } else if (d === bestDist && d <= max && c.name !== best) tie = true;
    }
  }
  if (!best || tie || bestDist > max) return null;
  return { name: best, distance: bestDist, repaired: true };
}

const REGIONAL_NAME = /^(HỌC VIỆN CHÍNH TRỊ KHU VỰC )(I{1,3})$/u;
const REGIONAL_CODE = /(HVCTKV)([IHlL1|]{1,4})(?![A-Z])/;

/**
 * A regional academy's numeral is printed twice, in its name and in the symbol's code ("HỌC VIỆN CHÍNH TRỊ
 * KHU VỰC III", "…/HVCTKVIII"). OCR loses a thin stroke more often than it adds one ("VII" for "VIII"), so
 * when the two readings differ the one with more strokes is taken for both (H read for II counts as two).
 */
export function agreeRegionalNumeral(
  name: string | null,
  numberSymbol: string | null,
): { name: string | null; numberSymbol: string | null; changed: boolean } {
  const n = name ? REGIONAL_NAME.exec(name) : null;
  const s = numberSymbol ? REGIONAL_CODE.exec(numberSymbol) : null;
  if (!n?.[2] || !s?.[2] || !numberSymbol || !name) return { name, numberSymbol, changed: false };
  const fromCode = s[2].replace(/H/g, 'II').replace(/[lL1|]/g, 'I');
  const strokes = Math.min(3, Math.max(n[2].length, fromCode.length));
  const roman = 'I'.repeat(strokes);
  const fixedName = `${n[1]}${roman}`;
  const fixedSymbol = numberSymbol.replace(REGIONAL_CODE, `$1${roman}`);
  return { name: fixedName, numberSymbol: fixedSymbol, changed: fixedName !== name || fixedSymbol !== numberSymbol };
}

/** The canonical names whose letters begin with the reading's (a name cut off at its end), at most `limit`. */
export function namesExtending(read: string, limit = 200): string[] {
  const key = orgKey(repairRoman(read.trim()));
  if (key.length < 4) return [];
  const out: string[] = [];
  for (const [i, name] of CANONICAL.entries()) {
    const k = CANONICAL_KEYS[i] ?? '';
    if (k.startsWith(key) && k !== key) out.push(name);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The one canonical name that ends with the reading's letters (a name whose head words OCR put on another line:
 * "NGUYỄN CHÍ THANH" of "TRƯỜNG CHÍNH TRỊ NGUYỄN CHÍ THANH"), or null when none or several do (several network
 * schools). The reading must be long enough (12 letters) to name something by itself.
 */
export function nameEndingWith(read: string): string | null {
  const key = orgKey(repairRoman(read.trim()));
  if (key.length < 12 || exactOrganisation(read)) return null;
  const found = new Set<string>();
  for (const [name, k] of WHOLE_NAMES) if (k !== key && k.endsWith(key)) found.add(name);
  if (found.size === 1) return [...found][0] ?? null;
  // A school known under two names ("TRƯỜNG ĐÀO TẠO CÁN BỘ …" too): the network's own name, TCT's users being the
  // schools that register letters.
  const schools = [...found].filter((name) => NETWORK_SCHOOLS.has(name));
  return schools.length === 1 ? (schools[0] ?? null) : null;
}

const NETWORK_SCHOOLS = new Set(Object.values(PROVINCIAL_SCHOOLS));

// The vocabulary and the provincial schools' own names ("TRƯỜNG CHÍNH TRỊ NGUYỄN CHÍ THANH"), with their keys.
const WHOLE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ...CANONICAL.map((name, i) => [name, CANONICAL_KEYS[i] ?? ''] as const),
  ...Object.values(PROVINCIAL_SCHOOLS).map((name) => [name, orgKey(name)] as const),
];

const PROPER_KEYS = [...PROVINCES, ...EPONYMS].map((p) => orgKey(p)).filter((k) => k.length >= 3);

/** A name of the vocabulary that names no province or person ("TRƯỜNG CHÍNH TRỊ", "SỞ NỘI VỤ", "BAN TỔ CHỨC"). */
export function isGenericName(read: string): boolean {
  const name = exactOrganisation(read);
  // Central bodies are whole names; the bare "TRƯỜNG CHÍNH TRỊ" is the one generic name among them.
  if (!name || (CENTRAL.includes(name) && name !== 'TRƯỜNG CHÍNH TRỊ')) return false;
  // A school's head words are not a name ("TRƯỜNG CHÍNH TRỊ" begins like "Trường Chinh"): checked after them.
  const key = orgKey(name.replace(/^(TRƯỜNG CHÍNH TRỊ|TRƯỜNG ĐÀO TẠO CÁN BỘ)\s*/u, ''));
  return !PROPER_KEYS.some((p) => key.includes(p));
}

const ROMAN_WORD = /^(?:I{1,3}|IV|V|VI{1,3})$/;
/** Initials of a body's name as symbols abbreviate it: "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC" → VTLTNN (no "VÀ"). */
function initials(words: string[]): string {
  return words
    .filter((w) => w !== 'VÀ' && /\p{L}/u.test(w))
    .map((w) => (ROMAN_WORD.test(w) ? w : w.charAt(0)))
    .join('');
}

/**
 * The body code in the symbol agrees with the issuer printed above it (NĐ 30 Phụ lục I, HD 36: the code
 * abbreviates the issuing body). A code of five letters or more one letter away from the initials of the
 * issuer's name (with or without its first word: "CỤC", "SỞ") is read as those initials ("HVCTKYVI" under
 * "HỌC VIỆN CHÍNH TRỊ KHU VỰC I" → HVCTKVI).
 */
export function agreeIssuerCode(
  name: string | null,
  numberSymbol: string | null,
): { numberSymbol: string | null; changed: boolean } {
  if (!name || !numberSymbol) return { numberSymbol, changed: false };
  const words = name.split(/\s+/);
  const candidates = [...new Set([initials(words), initials(words.slice(1))])].filter((c) => c.length >= 5);
  let changed = false;
  const fixed = numberSymbol.replace(/[\p{L}]{5,}/gu, (group) => {
    if (candidates.includes(group)) return group;
    const near = candidates.filter((c) => Math.abs(c.length - group.length) <= 1 && editDistance(c, group) === 1);
    if (near.length !== 1 || !near[0]) return group;
    changed = true;
    return near[0];
  });
  return { numberSymbol: fixed, changed };
}
