/** Who receives a directive: the schools valid on its issue date (respecting the 2025 merger), or a chosen list. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import { findSchoolsValidOn } from './directives.repository.ts';

const RECIPIENT_KINDS = ['provincial_school', 'sector_school', 'regional_academy', 'member_academy'];

export async function resolveRecipients(
  db: Kysely<DB>,
  mode: string,
  issuedDate: string,
  customIds: string[],
): Promise<{ id: string; name: string; kind: string }[]> {
  if (mode === 'provincial' || mode === 'sector' || mode === 'provincial_and_sector') {
    const rows = await findSchoolsValidOn(db, mode, issuedDate);
    if (!rows.length) throw new AppError('BAD_REQUEST', 'Không có trường nào nhận vào ngày ban hành này.');
    return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind }));
  }
  const ids = [...new Set(customIds)];
  if (!ids.length) throw new AppError('BAD_REQUEST', 'Chọn ít nhất một trường nhận.');
  const rows = await findOrganisationsByIds(db, ids);
  const unknown = ids.filter((id) => !rows.some((r) => r.id === id));
  if (unknown.length) throw new AppError('BAD_REQUEST', `Có ${unknown.length} đơn vị nhận không tồn tại.`);
  const wrongKind = rows.filter((r) => !RECIPIENT_KINDS.includes(r.kind));
  if (wrongKind.length)
    throw new AppError('BAD_REQUEST', `Không gửi chỉ đạo cho: ${wrongKind.map((r) => r.name).join(', ')}.`);
  const notValid = rows.filter(
    (r) => (r.valid_from && r.valid_from > issuedDate) || (r.valid_to && r.valid_to < issuedDate),
  );
  if (notValid.length)
    throw new AppError(
      'BAD_REQUEST',
      `Đơn vị không còn hoạt động vào ngày ban hành: ${notValid.map((r) => r.name).join(', ')}.`,
    );
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind }));
}
