/**
 * What intake knows about the registering organisation: its name is the receiver printed on its own
 * "ĐẾN" stamp (`expectedReceiver`), and the province's bodies and schools are other names a stamp may
 * carry (`knownOrganisations`). A stamp naming someone else deserves a warning on the review page.
 */
import type { ReceiverHints } from '../../intake/index.ts';
import { foldVietnamese } from '../../lib/vn.ts';
import type { Db } from './documents.repository.ts';
import { findOrganisationNames } from './intake.repository.ts';

/** "Tỉnh Thái Nguyên" / "Thái Nguyên" → "Thái Nguyên". */
function provinceOf(name: string | null): string | null {
  const bare = name?.replace(/^(tỉnh|thành phố)\s+/iu, '').trim();
  return bare ? bare : null;
}

export async function receiverHints(db: Db, organisationId: string): Promise<ReceiverHints> {
  const org = await findOrganisationNames(db, organisationId);
  if (!org) return {};
  const province = provinceOf(org.province_name);
  // The stored name does not say whether the province is a city: both forms are offered, the closest wins.
  const bodies = province
    ? [
        `Tỉnh ủy ${province}`,
        `Thành ủy ${province}`,
        `Ủy ban nhân dân tỉnh ${province}`,
        `Ủy ban nhân dân thành phố ${province}`,
      ]
    : [];
  return { expectedReceiver: org.name, knownOrganisations: [...org.neighbours, ...bodies] };
}

const words = (s: string) =>
  foldVietnamese(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * A Vietnamese warning when the stamp's receiver is not the registering organisation (most of the
 * organisation's name must be in the receiver read), else null. No stamp or no receiver: no warning.
 */
export function receiverWarning(receiver: string | null | undefined, organisationName: string): string | null {
  if (!receiver?.trim()) return null;
  const mine = words(organisationName);
  const read = new Set(words(receiver));
  if (mine.length === 0) return null;
  const shared = mine.filter((w) => read.has(w)).length;
  if (shared / mine.length >= 0.8) return null;
  return `Dấu "ĐẾN" ghi nơi nhận là "${receiver.trim()}", không phải ${organisationName}. Hãy kiểm tra văn bản có gửi đúng đơn vị không.`;
}
