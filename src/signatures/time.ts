/**
 * Signing times in Vietnam time (UTC+7 all year, no daylight saving): the PDF date of /M
 * ("D:20220624091502+07'00'") and the dd/mm/yyyy hh:mm:ss form printed in appearances.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;

export interface VietnamTime {
  /** dd/mm/yyyy */
  date: string;
  /** HH:mm:ss */
  time: string;
  zone: '+07:00';
  /** ISO 8601 with the offset: 2022-06-24T09:15:02+07:00 */
  iso: string;
}

export function vietnamTime(at: Date): VietnamTime {
  const local = new Date(at.getTime() + OFFSET_MS).toISOString(); // fields read as UTC = Vietnam wall time
  const [y, m, d] = [local.slice(0, 4), local.slice(5, 7), local.slice(8, 10)];
  const time = local.slice(11, 19);
  return { date: `${d}/${m}/${y}`, time, zone: '+07:00', iso: `${y}-${m}-${d}T${time}+07:00` };
}

export function pdfDate(at: Date): string {
  const t = vietnamTime(at);
  return `D:${t.iso.slice(0, 19).replace(/[-T:]/g, '')}+07'00'`;
}

/** A PDF date string ("D:YYYYMMDDHHmmSSOHH'mm'", parts optional) → Date, or null. */
export function parsePdfDate(text: string | null): Date | null {
  if (!text) return null;
  const m = /^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?|[+-]\d{2})?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m;
  let zone = 'Z';
  if (tz && tz !== 'Z') {
    const digits = tz.replace(/'/g, '');
    zone = `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
  }
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
