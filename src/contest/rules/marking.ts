/**
 * Marking an entry: two judges mark it independently; when their marks differ by more than the edition's
 * margin a third judge marks it; the final score then follows the edition's rule. The sources give neither the
 * scale, nor the margin, nor the rule, so each edition must set them (the Academy's decision) before marking
 * starts — nothing here supplies a default.
 *
 * Final score: two marks within the margin → their mean. With a third mark: `mean_of_closest_two` (the two
 * closest marks; when two pairs are equally close, the middle mark, which belongs to both), `median`, or
 * `mean_of_all`. Scores are rounded to two decimals.
 */
import type { Edition } from '../editions/schema.ts';
import { editionRule } from './findings.ts';

export interface Mark {
  judgeId: string;
  score: number;
}

export interface MarkingSettings {
  scale: number;
  thirdJudgeMargin: number;
  finalScore: 'mean_of_closest_two' | 'median' | 'mean_of_all';
}

export type MarkingState =
  | { status: 'needs_marks'; missing: number }
  | { status: 'needs_third_judge'; difference: number }
  | { status: 'complete'; finalScore: number; marks: Mark[] };

/** The edition's settings, or the Vietnamese list of what the Academy still has to set. */
export function markingSettings(
  edition: Edition,
): { ok: true; settings: MarkingSettings } | { ok: false; missing: string[] } {
  const { scale, thirdJudgeMargin, finalScore } = edition.marking;
  const missing = [
    scale.value === null ? 'thang điểm' : null,
    thirdJudgeMargin.value === null ? 'chênh lệch điểm để mời giám khảo thứ ba' : null,
    finalScore.value === null ? 'cách tính điểm cuối cùng khi có ba điểm' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0)
    return {
      ok: false,
      missing: missing.map((m) => `${editionRule(edition)} chưa quy định ${m}; Học viện cần thiết lập trước khi chấm.`),
    };
  return {
    ok: true,
    settings: { scale: scale.value!, thirdJudgeMargin: thirdJudgeMargin.value!, finalScore: finalScore.value! },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function markingState(marks: readonly Mark[], settings: MarkingSettings): MarkingState {
  if (marks.length < 2) return { status: 'needs_marks', missing: 2 - marks.length };
  const [first, second] = [marks[0]!.score, marks[1]!.score];
  const difference = round2(Math.abs(first - second));
  if (difference <= settings.thirdJudgeMargin)
    return { status: 'complete', finalScore: round2(mean([first, second])), marks: [...marks] };
  if (marks.length < 3) return { status: 'needs_third_judge', difference };
  const scores = marks
    .slice(0, 3)
    .map((m) => m.score)
    .sort((a, b) => a - b) as [number, number, number];
  const [low, mid, high] = scores;
  let final: number;
  if (settings.finalScore === 'median') final = mid;
  else if (settings.finalScore === 'mean_of_all') final = mean(scores);
  else {
    const lower = mid - low;
    const upper = high - mid;
    final = lower < upper ? mean([low, mid]) : upper < lower ? mean([mid, high]) : mid;
  }
  return { status: 'complete', finalScore: round2(final), marks: marks.slice(0, 3) };
}

/**
 * Why a judge may not record this mark, in Vietnamese, or null. `authorIds` are the entry's authors: the server
 * knows them even though the judge never sees them.
 */
export function markRefusal(
  mark: Mark,
  existing: readonly Mark[],
  settings: MarkingSettings,
  authorIds: readonly string[],
): string | null {
  if (!Number.isFinite(mark.score) || mark.score < 0 || mark.score > settings.scale)
    return `Điểm phải từ 0 đến ${settings.scale}.`;
  if (authorIds.includes(mark.judgeId)) return 'Giám khảo không được chấm tác phẩm của chính mình.';
  if (existing.some((m) => m.judgeId === mark.judgeId))
    return 'Giám khảo này đã chấm tác phẩm; mỗi bài do các giám khảo khác nhau chấm độc lập.';
  const state = markingState(existing, settings);
  if (state.status === 'complete') return 'Tác phẩm đã đủ điểm; không nhận thêm điểm.';
  return null;
}
