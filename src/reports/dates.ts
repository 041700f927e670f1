/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings. Everything works in UTC on whole days, so no
 * timezone ever moves a date; a timestamp becomes a date only through vietnamDateOf (UTC+7),
 * because "sent on time" is judged by the calendar day in Vietnam, not on the server's clock.
 */
import { isoFromParts, isValidIsoDate } from '../compliance/text.ts';

export type IsoDate = string;

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export { isValidIsoDate };

function toUtc(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/**
 * Day `day` of the month `offset` months after (year, month); months roll over years.
 * A day past the month's end is clamped to its last day (the 31st of a 30-day month is the 30th).
 */
export function dayOfMonth(year: number, month: number, offset: number, day: number): IsoDate {
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return isoFromParts(y, m, Math.min(day, last));
}

/** Saturday and Sunday are not working days; holidays are passed in as dates. */
export function isWorkingDay(iso: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const weekday = new Date(toUtc(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/** The `n`-th working day after `iso` (n ≥ 1); `iso` itself never counts. */
export function addWorkingDays(iso: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  let date = iso;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) left--;
  }
  return date;
}

/**
 * The calendar day in Vietnam (UTC+7) of an ISO timestamp, or the date itself when given a date.
 * A report sent at 23:30 on the deadline in Hà Nội is 16:30Z: still on time.
 */
export function vietnamDateOf(timestamp: string): IsoDate {
  if (timestamp.length === 10) return timestamp;
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new Error(`Thời điểm không hợp lệ: ${timestamp}`);
  return civilDate(Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS));
}

/**
 * Days since 1970-01-01 → 'YYYY-MM-DD' by integer arithmetic (H. Hinnant's civil_from_days): the
 * matrix converts thousands of timestamps, and going through Date and toISOString each time is slow.
 */
function civilDate(days: number): IsoDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function vnDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
