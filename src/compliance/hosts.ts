/**
 * Resolves "Cơ sở đào tạo" / "Đơn vị phối hợp" against the network: by code, name or short name,
 * diacritics-insensitive. Names repeat across the 2025 merger (a school kept its name but not its
 * validity), so the organisation valid on the class's opening date wins.
 */
import { loadSeedOrganisations, type SeedOrganisation } from '../network/seed-data.ts';
import type { HostResolver } from './parse-import.ts';
import { comparisonKey } from './text.ts';

export type NetworkOrganisation = Pick<SeedOrganisation, 'code' | 'name' | 'kind' | 'validFrom' | 'validTo'> & { shortName?: string | null };

function validOn(org: NetworkOrganisation, onDate: string): boolean {
  return (org.validFrom === null || org.validFrom <= onDate) && (org.validTo === null || onDate <= org.validTo);
}

export function createHostResolver(organisations: readonly NetworkOrganisation[] = loadSeedOrganisations()): HostResolver {
  const byKey = new Map<string, NetworkOrganisation[]>();
  const add = (key: string, org: NetworkOrganisation) => {
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(org)) list.push(org);
    byKey.set(key, list);
  };
  for (const org of organisations) {
    add(comparisonKey(org.code), org);
    add(comparisonKey(org.name), org);
    if (org.shortName) add(comparisonKey(org.shortName), org);
  }
  return (nameOrCode, onDate) => {
    const candidates = byKey.get(comparisonKey(nameOrCode));
    if (!candidates || candidates.length === 0) return null;
    const chosen = (onDate ? candidates.find((org) => validOn(org, onDate)) : undefined)
      // Otherwise the most recent one: its kind is what the rules need, and kinds don't change across periods.
      ?? [...candidates].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0]!;
    return { code: chosen.code, name: chosen.name, kind: chosen.kind };
  };
}
