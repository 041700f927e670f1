/**
 * Deadlines are calendar dates in Vietnam (UTC+7, no daylight saving): a task due "30/11" is overdue
 * from 1/12 00:00 Vietnam time, not from 07:00 when the UTC date changes.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today's date in Vietnam as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The hour (0–23) in Vietnam. */
export function vietnamHour(now: Date = new Date()): number {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCHours();
}

/** The UTC instant of `hour`:00 Vietnam time on `date`. */
export function vietnamTime(date: string, hour: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000 - VIETNAM_OFFSET_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A real calendar date in YYYY-MM-DD form (the schema pattern lets "2026-02-31" through). */
export function isRealDate(value: string): boolean {
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value;
}
