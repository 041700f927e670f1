/**
 * Which document types a family has (issue 11.5): Party documents follow QĐ 66-QĐ/TW + HD 36-HD/VPTW
 * (from 9/1/2026 QĐ 399-QĐ/TW + HD 05-HD/VPTW, whose list was not seen: the same list is used, marked
 * unverified), state documents Nghị định 30/2020 Phụ lục III. The two lists differ: a state body has no
 * "Kết luận" (KL) nor "Thông tri"; a quy định is QĐi in the Party list and QyĐ in the state one. The data
 * is src/letters/catalog.ts; this file answers the questions the documents module asks of it.
 */
import { LETTER_TYPES, type LetterFamily } from '../../letters/catalog.ts';
import { AppError } from '../../lib/app-error.ts';

export const FAMILY_NAMES: Record<LetterFamily, string> = {
  party: 'văn bản của Đảng',
  state: 'văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP, Phụ lục III)',
};

export function documentTypesOf(family: LetterFamily): { code: string; name: string }[] {
  return LETTER_TYPES[family].map((t) => ({ code: t.code, name: t.name }));
}

/** The family's entry for a type code, or a 400 naming the family's list when the code is not in it. */
export function assertTypeOfFamily(family: LetterFamily, typeCode: string): { code: string; name: string } {
  const entry = LETTER_TYPES[family].find((t) => t.code === typeCode);
  if (entry) return entry;
  const other = LETTER_TYPES[family === 'party' ? 'state' : 'party'].find((t) => t.code === typeCode);
  const hint = other
    ? ` "${typeCode}" (${other.name}) là ký hiệu của ${FAMILY_NAMES[family === 'party' ? 'state' : 'party']}.`
    : '';
  throw new AppError(
    'BAD_REQUEST',
    `Loại văn bản "${typeCode}" không có trong danh mục ${FAMILY_NAMES[family]}.${hint}`,
  );
}
