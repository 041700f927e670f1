/**
 * Number-and-symbol grammars (documents.md §1.4, §2.3) and the document-type tables.
 * Party: "2174-CV/HVCTQG" (hyphen after the number). State: "123/QĐ-UBND", "30/2020/NĐ-CP" (slash after it).
 */
import type { Family } from '../types.ts';

export const TYPE_NAMES: Record<string, string> = {
  CV: 'Công văn',
  KH: 'Kế hoạch',
  TB: 'Thông báo',
  QĐ: 'Quyết định',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  CT: 'Chỉ thị',
  QC: 'Quy chế',
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  TTr: 'Tờ trình',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  DA: 'Dự án',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  TT: 'Thông tri',
  QH: 'Quy hoạch',
  BB: 'Biên bản',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GCN: 'Giấy chứng nhận',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  BS: 'Bản sao',
  TC: 'Thông cáo',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GUQ: 'Giấy ủy quyền',
  SY: 'Bản sao y',
  TrS: 'Bản trích sao',
  SL: 'Bản sao lục',
};

/** Title lines (folded, as printed above the subject) → type code. Quy định depends on the family. */
export const TITLE_CODES: Record<string, string> = {
  'ke hoach': 'KH',
  'thong bao': 'TB',
  'quyet dinh': 'QĐ',
  'huong dan': 'HD',
  'bao cao': 'BC',
  'chi thi': 'CT',
  'quy che': 'QC',
  'nghi quyet': 'NQ',
  'ket luan': 'KL',
  'to trinh': 'TTr',
  'chuong trinh': 'CTr',
  'de an': 'ĐA',
  'phuong an': 'PA',
  'du an': 'DA',
  'quy dinh': 'QĐi',
  'thong tri': 'TT',
  'quy hoach': 'QH',
  'bien ban': 'BB',
  'giay moi': 'GM',
  'giay gioi thieu': 'GGT',
  'thong cao': 'TC',
  'hop dong': 'HĐ',
  'cong dien': 'CĐ',
  'ban ghi nho': 'BGN',
  'giay uy quyen': 'GUQ',
};

// Codes that can open a state symbol as the document type; any other first group is a body (công văn).
const STATE_TYPE_CODES = new Set([
  'NQ',
  'QĐ',
  'CT',
  'QC',
  'QyĐ',
  'TC',
  'TB',
  'HD',
  'CTr',
  'KH',
  'PA',
  'ĐA',
  'DA',
  'BC',
  'BB',
  'TTr',
  'HĐ',
  'CĐ',
  'BGN',
  'BTT',
  'GUQ',
  'GM',
  'GGT',
  'GNP',
  'PG',
  'PC',
  'PB',
  'SY',
  'TrS',
  'SL',
]);
const KNOWN_CODES = new Set([...Object.keys(TYPE_NAMES), 'NĐ', 'TTLT', 'TT', 'L', 'PL', 'NQLT']);

// Party bodies' codes after the slash that OCR reads damaged (HD 36 Phụ lục: "TW" for the central bodies, the
// Academy's HVCTQG): W read as "VW" or "VV" ("BTCTVW"), and the Academy's code cut at its last letter ("HVCTQ").
function repairPartyBody(body: string): string {
  const w = body.replace(/T(?:VW|VV)$/u, 'TW');
  return w === 'HVCTQ' ? 'HVCTQG' : w;
}

export interface SymbolMatch {
  start: number;
  end: number;
  family: Family;
  numberSymbol: string;
  number: string;
  /** Party: the code before the slash; state: the first group when it is a type code, else null. */
  code: string | null;
  /** True when a doubled letter in a code was repaired ("QĐĐ", "K2ĐĐT"). */
  repaired: boolean;
}

// A code's one letter split from the rest by a space ("2250-TB/T U", "8/2022/N Đ-CP"): one letter is no body's or
// type's code, so it is read with the capitals after it.
const PARTY_RE =
  /(?<![\p{L}\d])(\d{1,5})\s{0,2}[+*'.,]?\s{0,2}-\s{0,2}([A-ZĐ][A-Za-zĐđ]{0,4})\s{0,2}\/[.,'`]?\s{0,2}((?:[A-ZĐ]\s(?=[A-ZĐ]{1,4}(?![\p{L}\d])))?[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)(?![\p{L}\d])/gu;
const STATE_RE =
  /(?<![\p{L}\d/])(\d{1,6})(?:\s?\/\s?(\d{4}))?\s{0,2}\/\s{0,2}((?:[A-ZĐ]\s(?=[A-ZĐ]{1,4}(?![\p{Ll}\d])))?[A-ZĐ][A-Za-zĐđ0-9]*(?:\s?-\s?[A-ZĐ0-9][A-Za-zĐđ0-9]*)*)(?![\p{L}\d])/gu;

// OCR reads a T kerned against its neighbour as I or l ("TIr" for "TTr"), loses the bar of Đ and the case of
// a small letter ("Cv", "KH" read "Kh"): a code is compared with the type codes on a key that makes those
// alike, and taken when exactly one code has that key.
const lookKey = (code: string) =>
  code
    .replace(/[Il1|]/g, 'T')
    .replace(/Đ/g, 'D')
    .toUpperCase();
const CODE_BY_LOOK = new Map<string, string | null>();
for (const c of KNOWN_CODES) {
  const k = lookKey(c);
  CODE_BY_LOOK.set(k, CODE_BY_LOOK.has(k) ? null : c);
}

// tesseract reads one Đ as two look-alikes side by side ("K2ĐÐT", both made Đ by normalize.ts); no body's code
// writes Đ twice in a row.
const singleĐ = (code: string) => code.replace(/ĐĐ+/g, 'Đ');

function repairCode(code: string): { code: string; repaired: boolean } {
  if (KNOWN_CODES.has(code)) return { code, repaired: false };
  const undoubled = code.replace(/(.)\1/gu, '$1');
  if (undoubled !== code && KNOWN_CODES.has(undoubled)) return { code: undoubled, repaired: true };
  // OCR often loses the bar of Đ ("QD" for "QĐ").
  const withBar = code.replace(/D/g, 'Đ');
  if (withBar !== code && KNOWN_CODES.has(withBar)) return { code: withBar, repaired: true };
  const alike = CODE_BY_LOOK.get(lookKey(code));
  if (alike) return { code: alike, repaired: true };
  return { code, repaired: false };
}

/** All number-symbols in text[from, to), party and state, ordered by position, non-overlapping. */
export function findSymbols(text: string, from = 0, to = text.length, requireGroups = true): SymbolMatch[] {
  const slice = text.slice(from, to);
  const out: SymbolMatch[] = [];
  for (const m of slice.matchAll(PARTY_RE)) {
    const [, num, rawCode, spacedBody] = m;
    const body = spacedBody ? repairPartyBody(singleĐ(spacedBody.replace(/\s/g, ''))) : undefined;
    if (!num || !rawCode || !body) continue;
    const { code, repaired } = repairCode(rawCode);
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      family: 'party',
      numberSymbol: `${num}-${code}/${body}`,
      number: num,
      code,
      repaired,
    });
  }
  for (const m of slice.matchAll(STATE_RE)) {
    const [, num, year, rawGroups] = m;
    if (!num || !rawGroups) continue;
    const read = rawGroups.replace(/\s/g, '').split('-');
    const groups = read.map(singleĐ);
    const doubled = groups.some((g, k) => g !== read[k]);
    // A legal document of a body without a type group carries the year: "76/2025/UBTVQH15", "27/2021/QH15".
    if (requireGroups && groups.length < 2 && !year) continue;
    const first = repairCode(groups[0] ?? '');
    groups[0] = first.code;
    const start = from + m.index;
    if (out.some((p) => start < p.end && p.start < start + m[0].length)) continue;
    out.push({
      start,
      end: start + m[0].length,
      family: 'state',
      numberSymbol: `${num}${year ? `/${year}` : ''}/${groups.join('-')}`,
      number: num,
      code: STATE_TYPE_CODES.has(first.code) ? first.code : null,
      repaired: first.repaired || doubled,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The symbol right at `at` with the separator after its number lost ("111HĐND-VP" for "111/HĐND-VP",
 * "89CV/TCT" for "89-CV/TCT"): read again with the separator the family puts there — a Party code goes on with
 * a slash, a state body's groups with a hyphen. Only the number line uses it; a body sentence never does.
 */
export function symbolWithLostSeparator(text: string, at: number, to: number): SymbolMatch | null {
  const token = /^(\d{1,5})([A-ZĐ][A-Za-zĐđ]{0,6})(?=[/-][A-ZĐ])/u.exec(text.slice(at, to));
  if (!token?.[1] || !token[2]) return null;
  const rest = text.slice(at + token[0].length, to);
  const separator = rest.startsWith('/') ? '-' : '/';
  const fixed = `${token[1]}${separator}${token[2]}${rest}`;
  const found = findSymbols(fixed, 0, fixed.length, false)[0];
  if (found?.start !== 0) return null;
  return { ...found, start: at, end: at + found.end - 1, repaired: true };
}
