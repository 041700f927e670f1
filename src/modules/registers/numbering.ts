/**
 * Registers and numbering series.
 *
 * - Incoming (NĐ 30/2020 Điều 22, Phụ lục IV): số đến runs consecutively per register and calendar
 *   year of receipt, from 1 on 1 January. Confidential documents have their own register.
 * - Outgoing, state (NĐ 30/2020 Điều 15): one series per calendar year, from 01; confidential
 *   documents get their own series. Symbol `<n>/<TYPE>-<ORG>`, công văn `<n>/<ORG>-<UNIT>`.
 * - Outgoing, Party (QĐ 66-QĐ/TW + HD 36-HD/VPTW until 8/1/2026; QĐ 399-QĐ/TW + HD 05-HD/VPTW from
 *   9/1/2026, see PARTY_RULE_SETS): one series per document type for the committee term; confidential
 *   documents share the ordinary series of their type. Symbol `<n>-<TYPE>/<ORG>`. The 2026 texts were
 *   not read in full, so the 2026 rule set applies the same numbering and says it is not verified.
 *
 * A number is taken with one atomic `UPDATE … SET last_value = last_value + 1 … RETURNING` inside the
 * caller's transaction (registers.repository.ts#nextNumber): on PostgreSQL the row lock serialises
 * concurrent takers until commit, on SQLite the single connection does; a rolled-back transaction gives
 * its number back. No gaps, no duplicates. This file holds the rules; the queries are in the repository.
 */
import type { OutgoingNumbering } from '../documents/documents.ports.ts';

export type Direction = 'incoming' | 'outgoing';

export const REGISTER_NAMES: Record<Direction, [string, string]> = {
  incoming: ['Sổ đăng ký văn bản đến', 'Sổ đăng ký văn bản đến mật'],
  outgoing: ['Sổ đăng ký văn bản đi', 'Sổ đăng ký văn bản đi mật'],
};

export function incomingSeries(year: number): string {
  return String(year);
}

// ------------------------------------------------------------------ Party rule sets, by document date

export type PartyRuleSet = {
  code: string;
  label: string;
  /** First and last day the rule set applies to a document's date (null: open). */
  from: string | null;
  to: string | null;
  verified: boolean;
  note: string;
};

/** Which Party rules govern a document's type list and numbering, by its date (documents.md §1.1). */
export const PARTY_RULE_SETS: PartyRuleSet[] = [
  {
    code: 'qd66-hd36',
    label: 'Quy định 66-QĐ/TW (06/02/2017) và Hướng dẫn 36-HD/VPTW (03/04/2018)',
    from: null,
    to: '2026-01-08',
    verified: true,
    note: 'Số theo từng loại văn bản, liên tục trong nhiệm kỳ cấp ủy, bắt đầu từ 01.',
  },
  {
    code: 'qd399-hd05',
    label: 'Quy định 399-QĐ/TW (09/01/2026) và Hướng dẫn 05-HD/VPTW (2026)',
    from: '2026-01-09',
    to: null,
    verified: false,
    note: 'Chưa xác minh: chỉ đọc được phần mở đầu Quy định 399, chưa đọc được Hướng dẫn 05; cách đánh số ở đây giữ như Hướng dẫn 36.',
  },
];

export function partyRuleSet(date: string): PartyRuleSet {
  return PARTY_RULE_SETS.find((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to)) ?? PARTY_RULE_SETS[0]!;
}

// ------------------------------------------------------------------ Party committee terms

/**
 * Default anchor when the school has not set its term: terms of 5 years starting 2020, 2025, 2030….
 * Real terms start at the party congress (đại hội), on a date of its own, so the default restarts every
 * Party series on 1 January of 2025, 2030…; the settings page says so and asks for the congress date.
 */
export const DEFAULT_PARTY_TERM_ANCHOR = '2020-01-01';
export const PARTY_TERM_YEARS = 5;

function addYears(isoDate: string, years: number): string {
  const year = Number(isoDate.slice(0, 4)) + years;
  return `${String(year).padStart(4, '0')}${isoDate.slice(4)}`;
}

/** The committee term containing `date`: terms last 5 years and one of them starts on `anchor`. */
export function partyTerm(
  date: string,
  anchor: string = DEFAULT_PARTY_TERM_ANCHOR,
): { start: string; end: string; label: string } {
  const years = Number(date.slice(0, 4)) - Number(anchor.slice(0, 4));
  let k = Math.floor(years / PARTY_TERM_YEARS);
  let start = addYears(anchor, k * PARTY_TERM_YEARS);
  if (start > date) start = addYears(anchor, --k * PARTY_TERM_YEARS);
  else if (addYears(start, PARTY_TERM_YEARS) <= date) start = addYears(anchor, ++k * PARTY_TERM_YEARS);
  const end = addYears(start, PARTY_TERM_YEARS);
  return { start, end, label: `${start.slice(0, 4)}–${end.slice(0, 4)}` };
}

// ------------------------------------------------------------------ outgoing series and symbols

/** The series key and whether the number comes from the confidential register's counter. */
export function outgoingSeries(n: OutgoingNumbering): { series: string; confidentialCounter: boolean } {
  if (n.family === 'party') {
    const term = partyTerm(n.issueDate, n.partyTermAnchor);
    return { series: `party:${term.start}:${n.typeCode.toUpperCase()}`, confidentialCounter: false };
  }
  return { series: `state:${n.issueDate.slice(0, 4)}`, confidentialCounter: n.confidential };
}

/** Numbers below 10 are written with a leading zero (NĐ 30 Phụ lục I; HD 36: "bắt đầu từ số 01"). */
export function formatDocumentNumber(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function buildOutgoingSymbol(n: OutgoingNumbering, value: number): string {
  const num = formatDocumentNumber(value);
  if (n.family === 'party') return `${num}-${n.typeCode}/${n.orgAbbr}`;
  if (n.typeCode.toUpperCase() === 'CV') return `${num}/${n.orgAbbr}${n.unitCode ? `-${n.unitCode}` : ''}`;
  return `${num}/${n.typeCode}-${n.orgAbbr}`;
}
