/**
 * Text and calendar helpers shared by the parser, the rules and the CLI.
 * Comparison keys drop diacritics, case, punctuation and extra spaces, because users type
 * "Ho va ten", "HỌ VÀ TÊN" and "Họ  và tên" for the same header or value.
 */

/** A diacritics-, case-, punctuation- and whitespace-insensitive key: "Trình độ LLCT" → "trinh do llct". */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when 'YYYY-MM-DD' names a real calendar day. */
export function isValidIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', the form every Vietnamese message uses. */
export function formatVietnameseDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Age in completed years on a given day; the birthday itself counts as completed.
 * Someone born on 29 February completes a year on 1 March in common years.
 */
export function completedYears(birthDate: string, onDate: string): number {
  const by = Number(birthDate.slice(0, 4));
  const bmd = birthDate.slice(5);
  const oy = Number(onDate.slice(0, 4));
  const omd = onDate.slice(5);
  return oy - by - (omd < bmd ? 1 : 0);
}
