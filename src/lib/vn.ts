/** Vietnamese text helpers: folding for search and matching, collation for names, dd/mm/yyyy dates. */

/** Lower-case, strip diacritics and map đ→d, fold whitespace: "TRƯỜNG Chính  trị" → "truong chinh tri". */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sort Vietnamese personal names the way people expect: by given name (last word), then the rest. */
export function compareVietnameseNames(a: string, b: string): number {
  const given = (s: string) => s.trim().split(/\s+/).pop() ?? '';
  return vietnameseCollator.compare(given(a), given(b)) || vietnameseCollator.compare(a, b);
}

/** "2022-06-16" or an ISO timestamp → "16/06/2022". */
export function formatDateVi(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}
