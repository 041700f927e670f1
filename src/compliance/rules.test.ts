import { describe, expect, it } from 'vitest';
import { evaluateClass } from './evaluate.ts';
import { applyOverrides } from './findings.ts';
import { createHostResolver } from './hosts.ts';
import { REGIMES, selectRegime } from './rules/regimes.ts';
import { RULES } from './rules/rules-data.ts';
import { makeClass, makeLearner } from './test-support.ts';

const byOrigin = (origin: string) =>
  RULES.filter((r) => r.origin === origin)
    .map((r) => r.code)
    .sort();

describe('rule data', () => {
  it('uses the codes of regulations.md §7, each regime with its own rules', () => {
    expect(byOrigin('R57')).toEqual([
      'C-01',
      'C-02',
      'L-CC-01',
      'L-CC-02',
      'L-CC-03',
      'L-SC-01',
      'L-TC-01',
      'L-TC-02',
      'L-TC-03',
      'L-TC-06',
    ]);
    expect(byOrigin('R350')).toEqual(['L-TC-01', 'L-TC-02', 'L-TC-04', 'L-TC-05', 'L-TC-06']);
    expect(byOrigin('HVCTQG')).toEqual(['C-03', 'C-04']);
    expect(byOrigin('CHUNG')).toEqual(['L-ANY-01']);
  });
  it('blocks only with confirmed R350 rules; free-text position matching never blocks', () => {
    for (const rule of RULES) {
      if (rule.severity === 'blocking') {
        expect(rule.origin, rule.code).toBe('R350');
        expect(rule.confidence, rule.code).toBe('confirmed');
      }
    }
    expect(RULES.filter((r) => r.code === 'L-TC-06').every((r) => r.severity === 'warning')).toBe(true);
  });
  it('gives every rule a source, and a note when not confirmed', () => {
    for (const rule of RULES) {
      expect(rule.source.document.length, rule.code).toBeGreaterThan(5);
      expect(rule.source.article.length, rule.code).toBeGreaterThan(3);
      if (rule.confidence === 'uncertain') expect(rule.note, rule.code).toBeTruthy();
    }
  });
  it('keeps the regimes contiguous and without overlap', () => {
    expect(REGIMES.map((r) => [r.id, r.effectiveFrom, r.effectiveTo])).toEqual([
      ['R57', '2022-02-08', '2025-08-28'],
      ['R350', '2025-08-29', null],
    ]);
    expect(selectRegime('2022-02-07')).toBeNull();
    expect(RULES.find((r) => r.code === 'C-03')!.effectiveFrom).toBe('2022-05-31');
  });
});

describe('overrides', () => {
  it('attaches a decision to the matching finding and refuses one without a decision reference', () => {
    const evaluation = evaluateClass(makeClass(), [
      makeLearner({ id: 'hv-1', partyStatus: 'khong' }),
      makeLearner({ id: 'hv-2' }),
    ]);
    const override = {
      classCode: 'TC-01',
      rule: 'L-TC-01' as const,
      learnerId: 'hv-1',
      decisionReference: '12-QĐ/TU',
      decidedBy: 'u1',
      decidedAt: '2024-09-02',
    };
    const [finding] = applyOverrides(evaluation, ['hv-1', 'hv-2'], [override]);
    expect(finding!.override?.decisionReference).toBe('12-QĐ/TU');
    expect(applyOverrides(evaluation, ['hv-2', 'hv-1'], [override])[0]!.override).toBeNull();
    expect(() => applyOverrides(evaluation, ['hv-1'], [{ ...override, decisionReference: ' ' }])).toThrow(/quyết định/);
  });
});

describe('host resolution', () => {
  const resolve = createHostResolver();
  it('matches code or name without diacritics and prefers the organisation valid on the date', () => {
    expect(resolve('truong chinh tri tinh thai nguyen', '2024-01-01')?.code).toBe('TCT-2004-19');
    expect(resolve('Trường Chính trị tỉnh Thái Nguyên', '2025-07-01')?.code).toBe('TCT-2025-19');
    expect(resolve('hvkv1')).toMatchObject({ kind: 'regional_academy' });
    expect(resolve('Học viện Chính trị khu vực 2')?.code).toBe('HVKV2');
    expect(resolve('Trường Chính trị thành phố Hải Phòng', '2023-01-01')?.code).toBe('TCT-2004-31');
    expect(resolve('Trường Cán bộ Thanh tra')?.kind).toBe('sector_school');
    expect(resolve('Trường không tồn tại')).toBeNull();
  });
});
