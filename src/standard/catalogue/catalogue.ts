/** Reading a catalogue version: which one is in force, thresholds per level, and how they print. */
import { formatNumberVi, type IsoDate, type StandardLevel } from '../common.ts';
import type { CatalogueItem, CatalogueVersion, Threshold } from './types.ts';

/** The version in force on a date: the latest effectiveFrom on or before it; null before the first. */
export function catalogueInForce(versions: readonly CatalogueVersion[], onDate: IsoDate): CatalogueVersion | null {
  let best: CatalogueVersion | null = null;
  for (const version of versions) {
    if (version.effectiveFrom > onDate) continue;
    if (!best || version.effectiveFrom >= best.effectiveFrom) best = version;
  }
  return best;
}

export function findItem(version: CatalogueVersion, code: string): CatalogueItem | null {
  return version.items.find((i) => i.code === code) ?? null;
}

/** Items of one criterion in code order. */
export function itemsOfCriterion(version: CatalogueVersion, criterion: number): CatalogueItem[] {
  return version.items.filter((i) => i.criterion === criterion).sort((a, b) => a.code.localeCompare(b.code));
}

export type AppliedThreshold = { threshold: Threshold; level: StandardLevel; raised: boolean };

/**
 * The threshold a value is judged against at a target level. Mức 2 raises the thresholds of *some*
 * indicators [C]; where no mức-2 figure is given, the mức-1 threshold applies. Null: nothing known.
 */
export function thresholdFor(item: CatalogueItem, level: StandardLevel): AppliedThreshold | null {
  if (level === 2 && item.level2Threshold) return { threshold: item.level2Threshold, level: 2, raised: true };
  if (item.level1Threshold) return { threshold: item.level1Threshold, level: 1, raised: false };
  return null;
}

export function meetsThreshold(value: number, threshold: Threshold): boolean {
  return threshold.op === '>=' ? value >= threshold.value : value <= threshold.value;
}

/** "≥ 75%", "≤ 2 lớp". */
export function formatThreshold(threshold: Threshold | null, unit: string | null): string {
  if (!threshold) return '';
  const sign = threshold.op === '>=' ? '≥' : '≤';
  const number = formatNumberVi(threshold.value);
  if (!unit) return `${sign} ${number}`;
  return unit === '%' ? `${sign} ${number}%` : `${sign} ${number} ${unit}`;
}

/** "91,1%", "127 lớp", "41,4 tỷ đồng". */
export function formatValue(value: number, unit: string | null): string {
  const number = formatNumberVi(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
