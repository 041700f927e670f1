/**
 * Prizes within each prize category's quota, from the final round's scores. Prize categories are taken in the
 * edition's order (2024's one overall Đặc biệt first) and an entry wins at most one prize. Inside a category,
 * levels are filled from the highest, entries in descending score.
 *
 * Ties are never settled silently. When entries with equal scores straddle the last place of a level, either
 * the jury's decision orders them (`tieOrder`: entry id → rank among the tied, 1 = best), or, with
 * `onTie: 'award_all'`, all of them get the level and the overrun is reported; otherwise (`'refer'`, the
 * default) allocation in that category stops at the tie, which is returned for the jury to decide.
 */
import type { Edition, PrizeLevel } from '../editions/schema.ts';
import { PRIZE_LEVEL_LABELS, PRIZE_LEVELS } from '../editions/schema.ts';
import { editionRule, notSet, type RuleFinding } from './findings.ts';

export interface ScoredEntry {
  id: string;
  categoryCode: string;
  organisationId: string;
  finalScore: number;
}

export interface Award {
  entryId: string;
  prizeCategory: string;
  level: PrizeLevel;
}

export interface Tie {
  prizeCategory: string;
  level: PrizeLevel;
  /** Places of this level left for the tied entries. */
  places: number;
  score: number;
  entryIds: string[];
  message: string;
}

export interface PrizeOptions {
  onTie?: 'refer' | 'award_all';
  tieOrder?: Readonly<Record<string, number>>;
}

export interface PrizeAllocation {
  awards: Award[];
  ties: Tie[];
  notices: RuleFinding[];
}

/** Entries grouped by equal score, best first. */
function scoreGroups(entries: ScoredEntry[]): ScoredEntry[][] {
  const sorted = [...entries].sort((a, b) => b.finalScore - a.finalScore || a.id.localeCompare(b.id));
  const groups: ScoredEntry[][] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.finalScore === e.finalScore) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** The tied group in the jury's order, or null when the decision does not rank every one of them distinctly. */
function decided(group: ScoredEntry[], tieOrder: Readonly<Record<string, number>> | undefined): ScoredEntry[] | null {
  if (!tieOrder) return null;
  const ranks = group.map((e) => tieOrder[e.id]);
  if (ranks.some((r) => r === undefined) || new Set(ranks).size !== ranks.length) return null;
  return [...group].sort((a, b) => tieOrder[a.id]! - tieOrder[b.id]!);
}

export function allocatePrizes(
  edition: Edition,
  entries: readonly ScoredEntry[],
  options: PrizeOptions = {},
): PrizeAllocation {
  const awards: Award[] = [];
  const ties: Tie[] = [];
  const notices: RuleFinding[] = [];
  const awarded = new Set<string>();
  for (const prizeCategory of edition.prizeCategories) {
    const counts = prizeCategory.prizes.value;
    if (counts === null) {
      notices.push(
        notSet(edition, prizeCategory.prizes, 'PRIZES_NOT_SET', `cơ cấu giải của hạng mục ${prizeCategory.label}`),
      );
      continue;
    }
    const inCategory = entries.filter((e) => prizeCategory.categories.includes(e.categoryCode) && !awarded.has(e.id));
    const queue = scoreGroups(inCategory);
    const award = (e: ScoredEntry, level: PrizeLevel) => {
      awards.push({ entryId: e.id, prizeCategory: prizeCategory.code, level });
      awarded.add(e.id);
    };
    let stopped = false;
    for (const level of PRIZE_LEVELS) {
      let places = counts[level];
      while (places > 0 && queue.length > 0 && !stopped) {
        const group = queue[0]!;
        if (group.length <= places) {
          for (const e of group) award(e, level);
          places -= group.length;
          queue.shift();
          continue;
        }
        const ordered = decided(group, options.tieOrder);
        if (ordered) {
          // The jury's order splits the group: the first take the places, the rest wait, still in that order.
          queue.splice(0, 1, ...ordered.map((e) => [e]));
          continue;
        }
        if (options.onTie === 'award_all') {
          for (const e of group) award(e, level);
          notices.push({
            code: 'TIE_OVERRUN',
            message: `${group.length} tác phẩm cùng ${group[0]!.finalScore} điểm cùng nhận ${PRIZE_LEVEL_LABELS[level]} hạng mục ${prizeCategory.label}, vượt ${group.length - places} giải so với cơ cấu.`,
            rule: `${editionRule(edition)}: cơ cấu giải hạng mục ${prizeCategory.label}`,
            source: prizeCategory.prizes.source,
            confidence: prizeCategory.prizes.confidence,
          });
          places = 0;
          queue.shift();
          continue;
        }
        ties.push({
          prizeCategory: prizeCategory.code,
          level,
          places,
          score: group[0]!.finalScore,
          entryIds: group.map((e) => e.id),
          message: `${group.length} tác phẩm cùng ${group[0]!.finalScore} điểm tranh ${places} ${PRIZE_LEVEL_LABELS[level]} còn lại của hạng mục ${prizeCategory.label}: Ban Giám khảo cần quyết định thứ tự trước khi xét tiếp hạng mục này.`,
        });
        stopped = true;
      }
    }
  }
  return { awards, ties, notices };
}
