/**
 * Settings an administrator owns. Class size (C-04) has no default on purpose: no legal figure was
 * found, so nothing is checked until someone configures a limit for a level and mode.
 */
import type { DateSettings } from './rules/dates.ts';
import type { ProgrammeLevel, StudyMode } from './types.ts';
import { PROGRAMME_LEVELS, STUDY_MODES, parseVocabulary } from './vocabulary.ts';

export type ClassSizeLimit = { level: ProgrammeLevel; mode: StudyMode; max: number };

export type ComplianceConfig = DateSettings & {
  classSizeLimits?: ClassSizeLimit[];
  /** Replaces the entries of a position list by id (see rules/position-lists.ts). */
  positionLists?: Record<string, string[]>;
};

export const EMPTY_CONFIG: ComplianceConfig = {};

/**
 * Reads a configuration file's JSON. Levels and modes may be codes or Vietnamese labels.
 * Returns every problem found rather than the first.
 */
export function parseComplianceConfig(json: unknown): { config: ComplianceConfig; errors: string[] } {
  const errors: string[] = [];
  const config: ComplianceConfig = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { config, errors: ['Tệp cấu hình phải là một đối tượng JSON.'] };
  }
  const raw = json as Record<string, unknown>;
  if (raw.classSizeLimits !== undefined) {
    if (!Array.isArray(raw.classSizeLimits)) errors.push('classSizeLimits phải là một mảng.');
    else {
      config.classSizeLimits = [];
      raw.classSizeLimits.forEach((entry: unknown, index) => {
        const item = (entry ?? {}) as Record<string, unknown>;
        const level = typeof item.level === 'string' ? parseVocabulary(PROGRAMME_LEVELS, item.level) : null;
        const mode = typeof item.mode === 'string' ? parseVocabulary(STUDY_MODES, item.mode) : null;
        const max = item.max;
        if (!level) errors.push(`classSizeLimits[${index}].level không hợp lệ.`);
        if (!mode) errors.push(`classSizeLimits[${index}].mode không hợp lệ.`);
        if (typeof max !== 'number' || !Number.isInteger(max) || max < 1)
          errors.push(`classSizeLimits[${index}].max phải là số nguyên dương.`);
        if (level && mode && typeof max === 'number') config.classSizeLimits!.push({ level, mode, max });
      });
    }
  }
  if (raw.positionLists !== undefined) {
    const lists = raw.positionLists;
    if (typeof lists !== 'object' || lists === null || Array.isArray(lists))
      errors.push('positionLists phải là một đối tượng.');
    else {
      config.positionLists = {};
      for (const [id, entries] of Object.entries(lists)) {
        if (!Array.isArray(entries) || !entries.every((e) => typeof e === 'string'))
          errors.push(`positionLists.${id} phải là mảng chuỗi.`);
        else config.positionLists[id] = entries;
      }
    }
  }
  for (const key of ['r350EffectiveFrom', 'c01EffectiveFrom'] as const) {
    const value = raw[key];
    if (value === undefined || (key === 'c01EffectiveFrom' && value === null)) continue;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
      errors.push(`${key} phải là ngày dạng YYYY-MM-DD.`);
    else config[key] = value;
  }
  return { config, errors };
}

export function classSizeLimitFor(config: ComplianceConfig, level: ProgrammeLevel, mode: StudyMode): number | null {
  return config.classSizeLimits?.find((limit) => limit.level === level && limit.mode === mode)?.max ?? null;
}
