/**
 * Resolves "Cơ sở đào tạo" / "Đơn vị phối hợp" against the network: by code, name or a few usual
 * spellings, diacritics-insensitive. Names repeat across the 2025 merger (a school kept its name but
 * not its validity), so the organisation valid on the class's opening date wins.
 */
import { loadSeedOrganisations, type SeedOrganisation } from '../network/seed-data.ts';
import type { HostResolver } from './parse-import.ts';
import { comparisonKey } from './text.ts';

export type NetworkOrganisation = Pick<SeedOrganisation, 'code' | 'name' | 'kind' | 'validFrom' | 'validTo'> &
  Partial<Pick<SeedOrganisation, 'shortName' | 'provinceName'>>;

const ROMAN_REGIONS: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };

/** Other ways people write an organisation's name; only exact (normalised) matches are ever accepted. */
function spellings(org: NetworkOrganisation): string[] {
  const names = [org.code, org.name];
  if (org.shortName) names.push(org.shortName);
  if (org.kind === 'provincial_school' && org.provinceName) {
    // "Trường Chính trị Tô Hiệu" is also written "Trường Chính trị Tô Hiệu thành phố Hải Phòng" or "Trường Chính trị thành phố Hải Phòng".
    for (const unit of ['tỉnh', 'thành phố'])
      names.push(`${org.name} ${unit} ${org.provinceName}`, `Trường Chính trị ${unit} ${org.provinceName}`);
    names.push(`Trường Chính trị ${org.provinceName}`);
  }
  const region = /khu vực (I|II|III|IV)$/.exec(org.name);
  if (region) {
    const digit = ROMAN_REGIONS[region[1]!]!;
    names.push(
      org.name.replace(/(I|II|III|IV)$/, digit),
      `Học viện Chính trị - Hành chính khu vực ${region[1]}`,
      `HVCT khu vực ${region[1]}`,
    );
  }
  return names;
}

function validOn(org: NetworkOrganisation, onDate: string): boolean {
  return (org.validFrom === null || org.validFrom <= onDate) && (org.validTo === null || onDate <= org.validTo);
}

export function createHostResolver(
  organisations: readonly NetworkOrganisation[] = loadSeedOrganisations(),
): HostResolver {
  const byKey = new Map<string, NetworkOrganisation[]>();
  for (const org of organisations) {
    for (const spelling of spellings(org)) {
      const key = comparisonKey(spelling);
      const list = byKey.get(key) ?? [];
      if (key && !list.includes(org)) list.push(org);
      byKey.set(key, list);
    }
  }
  return (nameOrCode, onDate) => {
    const candidates = byKey.get(comparisonKey(nameOrCode));
    if (!candidates || candidates.length === 0) return null;
    const chosen =
      (onDate ? candidates.find((org) => validOn(org, onDate)) : undefined) ??
      // Otherwise the most recent one: its kind is what the rules need, and kinds don't change across periods.
      [...candidates].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0]!;
    return { code: chosen.code, name: chosen.name, kind: chosen.kind };
  };
}
