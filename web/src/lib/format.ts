/**
 * Vietnamese formatting: dates as dd/mm/yyyy, times as dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh,
 * numbers with Vietnamese separators, and names sorted in Vietnamese alphabetical order.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsInVietnam(date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of dateTimeParts.formatToParts(date)) parts[part.type] = part.value;
  return parts;
}

/** "2022-06-01" or an ISO timestamp → "01/06/2022". A plain date is never shifted by time zone. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = partsInVietnam(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** ISO timestamp → "31/05/2022 14:05" in Vietnam time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return formatDate(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = partsInVietnam(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Vietnam as YYYY-MM-DD (the value an <input type="date"> uses). */
export function todayInVietnam(now: Date = new Date()): string {
  const p = partsInVietnam(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * "01/06/2022", "1.6.2022", "01-06-2022", digits only "01062022" (ddmmyyyy) or "010622" (ddmmyy, 20yy)
 * → "2022-06-01"; null if it is not a real date.
 */
export function parseVietnameseDate(text: string): string | null {
  const trimmed = text.trim();
  const digits = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(trimmed);
  const match = digits ?? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const yearText = match[3]!;
  const [day, month, year] = [
    Number(match[1]),
    Number(match[2]),
    yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText),
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Validity of an organisation: "01/07/2025 – nay", "Đến 30/06/2025", "Chưa xác định". */
export function formatValidity(validFrom: string | null, validTo: string | null): string {
  if (!validFrom && !validTo) return 'Chưa xác định';
  if (!validFrom) return `Đến ${formatDate(validTo)}`;
  return `${formatDate(validFrom)} – ${validTo ? formatDate(validTo) : 'nay'}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}

/** A copy of `items` sorted by the Vietnamese collation of `key(item)`. */
export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => vietnameseCollator.compare(key(x), key(y)));
}

/**
 * Vietnamese personal names sort by given name (the last word), then the whole name:
 * "Nguyễn Văn An" before "Trần Thị Bình".
 */
export function comparePersonNames(a: string, b: string): number {
  const given = (name: string) => name.trim().split(/\s+/).pop() ?? '';
  return vietnameseCollator.compare(given(a), given(b)) || vietnameseCollator.compare(a, b);
}

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/**
 * A warning for a deadline a leader is about to give: in the past, or on a Saturday or Sunday (public
 * holidays are not known here). Null when the date looks fine.
 */
export function deadlineWarning(iso: string, today: string = todayInVietnam()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  if (iso < today) return `Hạn ${formatDate(iso)} đã qua — hãy kiểm tra lại.`;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6)
    return `Hạn ${formatDate(iso)} rơi vào ${WEEKDAY_NAMES[weekday]}, ngày nghỉ — nên chọn ngày làm việc.`;
  return null;
}
