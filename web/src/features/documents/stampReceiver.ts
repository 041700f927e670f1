/**
 * Is the ĐẾN stamp on a scan the registering organisation's own? A letter forwarded by another body
 * carries that body's stamp (its số đến and ngày đến), which must not be taken for the school's own.
 * Names are compared without diacritics, case or punctuation, after dropping the generic words
 * ("Trường Chính trị tỉnh …"), so "TRƯỜNG CHÍNH TRỊ TỈNH THÁI NGUYÊN" matches "Trường Chính trị tỉnh Thái
 * Nguyên" and "Văn phòng Tỉnh ủy Thái Nguyên" does not.
 */
const GENERIC = /\b(truong|chinh tri|hoc vien|tinh|thanh pho|tp|khu vuc|quoc gia|ho chi minh)\b/g;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** null when unknown (no receiver read); true when the stamp is the organisation's; false otherwise. */
export function stampIsOwn(receiver: string | null | undefined, organisationName: string): boolean | null {
  if (!receiver?.trim()) return null;
  const stamp = fold(receiver);
  const own = fold(organisationName);
  if (stamp.includes(own) || own.includes(stamp)) return true;
  const kind = (s: string) =>
    /\btruong chinh tri\b/.test(s) ? 'school' : /\bhoc vien\b/.test(s) ? 'academy' : 'other';
  if (kind(stamp) !== kind(own)) return false;
  const core = own.replace(GENERIC, ' ').replace(/\s+/g, ' ').trim();
  return core.length > 0 && stamp.replace(GENERIC, ' ').replace(/\s+/g, ' ').trim() === core;
}
