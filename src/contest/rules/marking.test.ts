import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../editions/data.ts';
import { type MarkingSettings, markingSettings, markingState, markRefusal } from './marking.ts';

const settings = (finalScore: MarkingSettings['finalScore']): MarkingSettings => ({
  scale: 100,
  thirdJudgeMargin: 10,
  finalScore,
});
const marks = (...scores: number[]) => scores.map((score, i) => ({ judgeId: `gk${i + 1}`, score }));

describe('marking', () => {
  it('requires each edition to set its scale, margin and final-score rule (the sources give none)', () => {
    for (const edition of EDITIONS) {
      const result = markingSettings(edition);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.missing).toHaveLength(3);
    }
    const set = structuredClone(EDITIONS[4]!);
    set.marking.scale.value = 100;
    set.marking.thirdJudgeMargin.value = 10;
    set.marking.finalScore.value = 'median';
    expect(markingSettings(set)).toEqual({ ok: true, settings: settings('median') });
  });

  it('needs two marks, calls a third judge beyond the margin, and forms the final score by the rule', () => {
    const s = settings('mean_of_closest_two');
    expect(markingState(marks(70), s)).toEqual({ status: 'needs_marks', missing: 1 });
    expect(markingState(marks(70, 80), s)).toMatchObject({ status: 'complete', finalScore: 75 }); // exactly the margin
    expect(markingState(marks(60, 80.5), s)).toEqual({ status: 'needs_third_judge', difference: 20.5 });
    expect(markingState(marks(60, 80, 75), s)).toMatchObject({ status: 'complete', finalScore: 77.5 });
    expect(markingState(marks(60, 80, 70), s)).toMatchObject({ status: 'complete', finalScore: 70 }); // equally close: the middle
    expect(markingState(marks(60, 80, 75), settings('median'))).toMatchObject({ finalScore: 75 });
    expect(markingState(marks(60, 80, 75), settings('mean_of_all'))).toMatchObject({ finalScore: 71.67 });
  });

  it('refuses marks out of range, on one’s own work, twice by a judge, or once the entry is complete', () => {
    const s = settings('median');
    expect(markRefusal({ judgeId: 'gk1', score: 101 }, [], s, [])).toBe('Điểm phải từ 0 đến 100.');
    expect(markRefusal({ judgeId: 'gk1', score: Number.NaN }, [], s, [])).toBe('Điểm phải từ 0 đến 100.');
    expect(markRefusal({ judgeId: 'p-an', score: 50 }, [], s, ['p-an'])).toContain('chính mình');
    expect(markRefusal({ judgeId: 'gk1', score: 50 }, marks(60), s, [])).toContain('đã chấm');
    expect(markRefusal({ judgeId: 'gk3', score: 50 }, marks(60, 65), s, [])).toContain('đã đủ điểm');
    expect(markRefusal({ judgeId: 'gk3', score: 50 }, marks(60, 95), s, [])).toBeNull();
  });
});
