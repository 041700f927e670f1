/**
 * The regimes TCT ships, and lookups over any list of versions (the module stores versions in the
 * database and passes them in; these shipped ones are the seed).
 */
import { addDays, type IsoDate } from '../dates.ts';
import type { RegimeVersion } from '../types.ts';
import { LETTER_2174_REPORT } from './letter-2174.ts';
import { QUARTERLY_TRAINING } from './quarterly-training.ts';
import { HALF_YEAR_REVIEW, YEAR_END_REVIEW } from './review-reports.ts';
import { STANDARD_SCHOOL_PROGRESS } from './standard-school.ts';

export { LETTER_2174_REPORT, QUARTERLY_TRAINING, HALF_YEAR_REVIEW, YEAR_END_REVIEW, STANDARD_SCHOOL_PROGRESS };

export const SHIPPED_REGIMES: readonly RegimeVersion[] = [
  QUARTERLY_TRAINING,
  HALF_YEAR_REVIEW,
  YEAR_END_REVIEW,
  STANDARD_SCHOOL_PROGRESS,
  LETTER_2174_REPORT,
];

/** Versions grouped by regime code, oldest first. */
export function groupVersions(versions: readonly RegimeVersion[]): Map<string, RegimeVersion[]> {
  const map = new Map<string, RegimeVersion[]>();
  for (const v of versions) map.set(v.code, [...(map.get(v.code) ?? []), v]);
  for (const list of map.values()) list.sort((a, b) => a.version - b.version);
  return map;
}

/** The exact version a report was made with. */
export function findVersion(versions: readonly RegimeVersion[], code: string, version: number): RegimeVersion | null {
  return versions.find((v) => v.code === code && v.version === version) ?? null;
}

/** The version of a regime in force on a day, or null. */
export function versionInForce(versions: readonly RegimeVersion[], code: string, day: IsoDate): RegimeVersion | null {
  return (
    versions
      .filter((v) => v.code === code && v.effectiveFrom <= day && (v.effectiveTo === null || v.effectiveTo >= day))
      .sort((a, b) => b.version - a.version)[0] ?? null
  );
}

/**
 * The next version of a regime from a changed copy of the latest: it takes effect on `effectiveFrom`
 * and the latest ends the day before. Reports already made keep the version they were made with.
 * @returns [the latest with its end date set, the new version]
 */
export function nextVersion(
  latest: RegimeVersion,
  changed: Omit<RegimeVersion, 'code' | 'version' | 'effectiveFrom' | 'effectiveTo'>,
  effectiveFrom: IsoDate,
): [RegimeVersion, RegimeVersion] {
  if (effectiveFrom <= latest.effectiveFrom)
    throw new Error(`Phiên bản mới phải có hiệu lực sau ngày ${latest.effectiveFrom} của phiên bản ${latest.version}`);
  return [
    { ...latest, effectiveTo: addDays(effectiveFrom, -1) },
    { ...changed, code: latest.code, version: latest.version + 1, effectiveFrom, effectiveTo: null },
  ];
}
