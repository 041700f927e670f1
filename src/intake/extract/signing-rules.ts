/**
 * Who may sign how (NĐ 30/2020 Điều 13 and Phụ lục I; HD 36-HD/VPTW), used where OCR lost the authority mark or
 * part of the position under the seal. Every completion here is a guess from those rules, never a reading, so it
 * carries a low confidence and no span.
 */
import type { Family } from '../types.ts';
import { fold } from './normalize.ts';
import type { SignerResult } from './signer.ts';
import { letterKey } from './titles.ts';

/** The mark as each family writes it: HD 36 "K/T", "T/M", "T/L", "T/UQ"; NĐ 30 "KT.", "TM.", "TL.", "TUQ.". */
const MARK_STYLES: readonly (readonly [party: string, state: string])[] = [
  ['K/T', 'KT.'],
  ['T/M', 'TM.'],
  ['T/L', 'TL.'],
  ['T/UQ', 'TUQ.'],
];

const MARK_KINDS = { deputy: 0, collective: 1, byOrder: 2 } as const;

/** The mark of a way of signing (for the head, on a body's behalf, by order) as the letter's family writes it. */
export function markFor(kind: keyof typeof MARK_KINDS, family: Family): string {
  const pair = MARK_STYLES[MARK_KINDS[kind]];
  return (family === 'party' ? pair?.[0] : pair?.[1]) ?? '';
}

// Under a collective body's name its leaders sign on its behalf (T/M, TM.); its chief of office signs by order
// (T/L, TL.): HD 36-HD/VPTW, NĐ 30/2020 Phụ lục I.
const BY_ORDER_FOR_BODY = /^(?:PHÓ )?CHÁNH VĂN PHÒNG\b/u;

/** The mark of a position printed under the collective body it signs for, the mark itself lost. */
export function markForBody(position: string, family: Family): string {
  return markFor(BY_ORDER_FOR_BODY.test(position) ? 'byOrder' : 'collective', family);
}

/** A mark read in the other family's form (a lost slash: "TM BAN THƯỜNG VỤ") written as the letter's family writes it. */
export function markInFamilyStyle(mark: string, family: Family | null): string {
  if (!family) return mark;
  const pair = MARK_STYLES.find(([p, s]) => p === mark || s === mark);
  if (!pair) return mark;
  return family === 'party' ? pair[0] : pair[1];
}

// A deputy signs for (ký thay) the head: "K/T"/"KT.". Not the deputy secretary or deputy chair of a collective
// body, who also signs on its behalf (T/M), nor the deputy chief of office, who signs by order as often (T/L).
const DEPUTY_FOR_HEAD =
  /^PHÓ (?:GIÁM ĐỐC|TRƯỞNG BAN|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|CHỦ NHIỆM|TRƯỞNG PHÒNG|TRƯỞNG KHOA)\b/u;

// The head of a body led collectively signs on its behalf: the secretary for the Party committee (T/M BAN
// THƯỜNG VỤ, T/M BAN CHẤP HÀNH TRUNG ƯƠNG), the chair for the People's Committee (TM. ỦY BAN NHÂN DÂN).
const COLLECTIVE_HEADS: readonly { title: RegExp; issuer: RegExp; family: Family }[] = [
  { title: /^(?:TỔNG )?BÍ THƯ$/u, issuer: /./u, family: 'party' },
  { title: /^CHỦ TỊCH$/u, issuer: /^uy ban nhan dan\b/, family: 'state' },
];

// HD 36: who signs "T/M" a Party committee or its standing board.
const PARTY_COLLECTIVE_SIGNERS = [
  'TỔNG BÍ THƯ',
  'THƯỜNG TRỰC BAN BÍ THƯ',
  'BÍ THƯ',
  'PHÓ BÍ THƯ',
  'PHÓ BÍ THƯ THƯỜNG TRỰC',
];

// Bodies whose head is "<word> TRƯỞNG" (a school's is its hiệu trưởng), by the first word of the body's name.
const HEAD_WORD: Readonly<Record<string, string>> = {
  cuc: 'CỤC',
  vu: 'VỤ',
  vien: 'VIỆN',
  bo: 'BỘ',
  truong: 'HIỆU',
};

/**
 * Fills what the rules settle once OCR lost it: the mark from the position, the position from the mark's head
 * and the issuing body. Changes `signer` in place.
 */
export function completeSigner(signer: SignerResult, family: Family | null, issuerName: string | null): void {
  const deputySigns = signer.authority === 'K/T' || signer.authority === 'KT.';
  // The title read is only the end of a position ("TRƯỞNG" of "THỨ TRƯỞNG", the seal over its left part).
  if (signer.title && signer.authorityHead && deputySigns) {
    const deputy = deputyOf(signer.authorityHead);
    const read = letterKey(signer.title);
    if (deputy && read !== letterKey(deputy) && read.length >= 4 && letterKey(deputy).endsWith(read)) {
      signer.title = deputy;
      signer.confidence.title = 0.5;
    }
  }
  // Signing for a Party committee's standing board, only its secretaries: a position read as the end of one of
  // theirs ("THƯỜNG TRỰC") is that one. The Secretariat's standing member signs "T/M BAN BÍ THƯ / THƯỜNG TRỰC".
  const forStandingBoard = /THƯỜNG VỤ/u.test(signer.authorityHead ?? '');
  if (
    signer.title &&
    signer.authority === 'T/M' &&
    forStandingBoard &&
    !PARTY_COLLECTIVE_SIGNERS.includes(signer.title)
  ) {
    const read = letterKey(signer.title);
    const whole = PARTY_COLLECTIVE_SIGNERS.filter((t) => read.length >= 6 && letterKey(t).endsWith(read));
    if (whole.length === 1 && whole[0]) {
      signer.title = whole[0];
      signer.confidence.title = 0.5;
    }
  }
  // An acting head ("Q. CHỦ TỊCH") signs as that head, under no other position: a different position below the
  // mark means it signs by authorisation, "TUQ."/"T/UQ" read with its first letters lost.
  if (signer.authority === 'Q.' && signer.title && signer.authorityHead) {
    if (letterKey(signer.title) !== letterKey(signer.authorityHead) && family) {
      signer.authority = family === 'party' ? 'T/UQ' : 'TUQ.';
      signer.confidence.authority = 0.5;
    }
  }
  // "TRƯỞNG" alone with no head read: the head of the issuing body, or its deputy under "K/T".
  if (signer.title === 'TRƯỞNG' && !signer.authorityHead && issuerName) {
    const head = headOfIssuer(issuerName);
    if (head) {
      signer.title = deputySigns ? (deputyOf(head) ?? head) : head;
      signer.confidence.title = 0.5;
    }
  }
  if (signer.authority || !signer.title || !family) return;
  const issuer = fold(issuerName ?? '');
  if (DEPUTY_FOR_HEAD.test(signer.title)) {
    signer.authority = markFor('deputy', family);
    signer.confidence.authority = 0.5;
  } else if (
    COLLECTIVE_HEADS.some((c) => c.family === family && c.title.test(signer.title ?? '') && c.issuer.test(issuer))
  ) {
    signer.authority = markFor('collective', family);
    signer.confidence.authority = 0.5;
  } else {
    const mark = unitHeadMark(signer.title, issuer, family);
    if (mark) {
      signer.authority = mark;
      signer.confidence.authority = 0.5;
    }
  }
}

// The head of a unit inside the issuing body signs its letter by order of the body's head (NĐ 30 Điều 13 khoản 4,
// HD 36: "TL. BỘ TRƯỞNG / CỤC TRƯỞNG CỤC …", "T/L HIỆU TRƯỞNG / TRƯỞNG PHÒNG …", "TL. CHỦ TỊCH / CHÁNH VĂN
// PHÒNG"); a department's director signs the People's Committee's by its authorisation ("TUQ. CHỦ TỊCH / GIÁM
// ĐỐC SỞ …", khoản 3). Not when the unit is the issuer itself: a Cục's own head signs with no mark.
const UNIT_HEAD = /^(?:TRƯỞNG PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG) (.+)$/u;

function unitHeadMark(title: string, issuer: string, family: Family): string | null {
  if (!issuer) return null;
  const byOrder = markFor('byOrder', family);
  const unit = UNIT_HEAD.exec(title)?.[1];
  if (unit) return fold(unit) === issuer ? null : byOrder;
  if (title === 'CHÁNH VĂN PHÒNG') return /^van phong\b/.test(issuer) ? null : byOrder;
  if (/^GIÁM ĐỐC SỞ /u.test(title) && family === 'state' && /^uy ban nhan dan\b/.test(issuer)) return 'TUQ.';
  return null;
}

/** The "<word> TRƯỞNG" head of the issuing body ("BỘ TRƯỞNG" of a Bộ, "HIỆU TRƯỞNG" of a school), or null. */
export function headOfIssuer(issuerName: string | null): string | null {
  const word = HEAD_WORD[fold(issuerName ?? '').split(' ')[0] ?? ''];
  return word ? `${word} TRƯỞNG` : null;
}

/** Heads whose deputy signs "KT."; the deputy of a minister is a thứ trưởng, of the others "PHÓ …". */
const HEADS = [
  'TỔNG GIÁM ĐỐC',
  'TỔNG CỤC TRƯỞNG',
  'BỘ TRƯỞNG',
  'CHỦ TỊCH',
  'GIÁM ĐỐC',
  'BÍ THƯ',
  'TRƯỞNG BAN',
  'HIỆU TRƯỞNG',
  'VIỆN TRƯỞNG',
  'CHÁNH VĂN PHÒNG',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'TRƯỞNG PHÒNG',
  'TRƯỞNG KHOA',
  'CHỦ NHIỆM',
];

/** A head's own position ("GIÁM ĐỐC"), whom an acting head ("Q.") or a deputy signs as or for. */
export const isHead = (title: string): boolean => HEADS.includes(title);

/** The one head whose letters end with these (its left part lost at the seal's edge: "IỆU TRƯỞNG"). */
export function headEndingWith(text: string): string | null {
  const l = letterKey(text);
  if (l.length < 6) return null;
  const found = HEADS.filter((h) => letterKey(h).endsWith(l));
  return found.length === 1 ? (found[0] ?? null) : null;
}

export function deputyOf(headLine: string): string | null {
  const text = headLine.trim().toUpperCase();
  const head = HEADS.find((h) => text === h || text.startsWith(`${h} `));
  if (!head) return null;
  return head === 'BỘ TRƯỞNG' ? 'THỨ TRƯỞNG' : `PHÓ ${head}`;
}
