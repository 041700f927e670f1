import { describe, expect, it } from 'vitest';
import { PROVISIONAL_CATALOGUE } from '../catalogue/provisional.ts';
import type { CatalogueItem, CatalogueVersion } from '../catalogue/types.ts';
import type { StaffMember } from '../roster/types.ts';
import { computeIndicator, evidenceWindow, isGap } from './computed.ts';
import { assess } from './evaluate.ts';
import {
  compareEvidenceCodes,
  evidenceCodeProblem,
  nextEvidenceCode,
  nextItemCode,
  normalizeEvidenceCode,
  parseEvidenceCode,
} from './evidence-codes.ts';
import type { IndicatorEntry, TrainingClassRow, TrainingInput } from './types.ts';

const member = (overrides: Partial<StaffMember> = {}): StaffMember => ({
  fullName: 'Nguyễn Văn An',
  staffCode: null,
  birthYear: 1975,
  gender: 'nam',
  kind: 'giang_vien',
  position: null,
  unit: null,
  education: 'thac_si',
  academicTitle: null,
  theoryLevel: 'cao_cap',
  grade: 'giang_vien_chinh',
  classicsCertificate: true,
  employment: 'bien_che',
  ...overrides,
});

const klass = (id: string, opening: string, overrides: Partial<TrainingClassRow> = {}): TrainingClassRow => ({
  id,
  organisation_id: 'org',
  code: id.toUpperCase(),
  name: `Lớp ${id}`,
  level: 'trung_cap',
  mode: 'tap_trung',
  opening_date: opening,
  closing_date: null,
  ...overrides,
});

const entry = (code: string, overrides: Partial<IndicatorEntry> = {}): IndicatorEntry => ({
  code,
  value: null,
  status: null,
  comment: null,
  evidence: [],
  ...overrides,
});
const evidence = (code: string) => ({
  code,
  title: `Văn bản ${code}`,
  reference: null,
  issuer: null,
  fileId: null,
  note: null,
});

describe('evidence codes', () => {
  it('parses, normalises and orders codes in the H<criterion>.<indicator>.<evidence>.<item> convention', () => {
    expect(parseEvidenceCode('H2.05.01.03')).toEqual({ criterion: 2, indicator: 5, evidence: 1, item: 3 });
    expect(parseEvidenceCode('H2.5.1.3')).toBeNull();
    expect(normalizeEvidenceCode(' h2.5.1.3 ')).toBe('H2.05.01.03');
    expect(normalizeEvidenceCode('2.05.01.03')).toBeNull();
    expect(['H2.10.01.01', 'H2.05.02.01', 'H1.09.01.01'].sort(compareEvidenceCodes)).toEqual([
      'H1.09.01.01',
      'H2.05.02.01',
      'H2.10.01.01',
    ]);
  });

  it('generates the next evidence and item numbers', () => {
    const existing = ['H2.05.01.01', 'H2.05.01.02', 'H2.05.03.01', 'H2.06.07.01'];
    expect(nextEvidenceCode('2.05', existing)).toBe('H2.05.04.01');
    expect(nextEvidenceCode('3.01', existing)).toBe('H3.01.01.01');
    expect(nextItemCode('H2.05.01.01', existing)).toBe('H2.05.01.03');
    expect(nextItemCode('H2.05.02.01', existing)).toBe('H2.05.02.02');
  });

  it('explains why a code cannot be used for an indicator', () => {
    expect(evidenceCodeProblem('H2.05.01.03', '2.05')).toBeNull();
    expect(evidenceCodeProblem('H2.5.1.3', '2.05')).toMatch(/phải có dạng/);
    expect(evidenceCodeProblem('H2.05.00.01', '2.05')).toMatch(/bắt đầu từ 01/);
    expect(evidenceCodeProblem('H2.04.01.01', '2.05')).toMatch(/thuộc chỉ tiêu 2.04/);
    expect(evidenceCodeProblem('H2.04.01.01', '2.05', new Set(['H2.04.01.01']))).toBeNull();
  });
});

describe('computed indicators', () => {
  const roster = [
    member({ fullName: 'A', education: 'tien_si', grade: 'giang_vien_cao_cap' }),
    member({ fullName: 'B', classicsCertificate: false }),
    member({ fullName: 'C', education: 'dai_hoc', grade: 'giang_vien', theoryLevel: 'trung_cap' }),
    member({ fullName: 'D', kind: 'khac', education: 'dai_hoc', grade: 'chuyen_vien', employment: 'hop_dong' }),
  ];

  it('shows how each staff figure was made and who did not count', () => {
    const share = computeIndicator('staff.lecturer_share', { filingDate: '2026-03-01', roster });
    expect(share).toMatchObject({ value: 75, worked: '3 ÷ 4 × 100 = 75%', notCounted: ['D'] });
    const masters = computeIndicator('staff.lecturers_masters_share', { filingDate: '2026-03-01', roster });
    expect(masters).toMatchObject({ value: 66.7, worked: '2 ÷ 3 × 100 = 66,7%', notCounted: ['C'] });
    expect(
      computeIndicator('staff.lecturers_principal_grade_share', { filingDate: '2026-03-01', roster }),
    ).toMatchObject({
      value: 66.7,
    });
    const onlyPermanent = computeIndicator('staff.lecturer_share', {
      filingDate: '2026-03-01',
      roster,
      options: { staffBase: 'bien_che' },
    });
    expect(onlyPermanent).toMatchObject({ value: 100 });
    expect(computeIndicator('staff.lecturer_share', { filingDate: '2026-03-01', roster: [] })).toHaveProperty('reason');
  });

  it('counts classes and enrolments in the 5 years before the filing date', () => {
    expect(evidenceWindow('2026-03-01')).toEqual({ from: '2021-03-01', to: '2026-02-28' });
    expect(evidenceWindow('2024-02-29')).toEqual({ from: '2019-02-28', to: '2024-02-28' });
    const training: TrainingInput = {
      classes: [
        klass('a', '2021-02-28', { closing_date: '2021-12-31' }),
        klass('b', '2021-03-01'),
        klass('c', '2023-09-01', { level: 'boi_duong' }),
        klass('d', '2026-03-01'),
      ],
      enrolments: [
        { class_id: 'a', learner_id: 'x' },
        { class_id: 'b', learner_id: 'x' },
        { class_id: 'b', learner_id: 'y' },
        { class_id: 'c', learner_id: 'y' },
      ],
    };
    const classes = computeIndicator('training.classes_5y', { filingDate: '2026-03-01', training });
    expect(classes).toMatchObject({
      value: 2,
      breakdown: [
        { label: 'Trung cấp LLCT', count: 1 },
        { label: 'Bồi dưỡng', count: 1 },
      ],
    });
    if (isGap(classes)) throw new Error('expected a computation');
    expect(classes.inputs[0]!.value).toContain('01/03/2021 – 28/02/2026');
    const overlap = computeIndicator('training.classes_5y', {
      filingDate: '2026-03-01',
      training,
      options: { classBasis: 'overlap' },
    });
    expect(overlap).toMatchObject({ value: 3 });
    expect(computeIndicator('training.trung_cap_classes_5y', { filingDate: '2026-03-01', training })).toMatchObject({
      value: 1,
    });
    const learners = computeIndicator('training.enrolments_5y', { filingDate: '2026-03-01', training });
    expect(learners).toMatchObject({ value: 3, inputs: [{}, { value: '2' }] });
    expect(computeIndicator('training.enrolments_5y', { filingDate: '2026-03-01', training: null })).toHaveProperty(
      'reason',
    );
  });
});

describe('assessment', () => {
  const roster = [member(), member({ fullName: 'B' }), member({ fullName: 'C', kind: 'khac' })];

  it('computes what TCT holds, takes the rest as entered, and lists what is missing', () => {
    const result = assess({
      catalogue: PROVISIONAL_CATALOGUE,
      targetLevel: 1,
      filingDate: '2026-03-01',
      roster,
      training: null,
      entries: [
        entry('2.01', { evidence: [evidence('H2.01.01.01')] }),
        entry('2.02', { status: 'vuot_chuan', evidence: [evidence('h2.2.1.1')] }),
        entry('3.01', { value: 127, status: 'dat', evidence: [evidence('H3.01.01.01')] }),
        entry('4.01', { value: 21, status: 'chua_dat' }),
        entry('5.01', { status: 'xin_y_kien', evidence: [evidence('H2.01.01.01')] }),
        entry('9.01', { status: 'dat' }),
      ],
    });
    const byCode = new Map(result.indicators.map((r) => [r.item.code, r]));
    // 2 of 3 people are lecturers: 66,7% is under the (unverified) 75% threshold, so the threshold decides chưa đạt.
    expect(byCode.get('2.01')).toMatchObject({
      value: 66.7,
      valueSource: 'computed',
      status: 'chua_dat',
      statusBasis: 'threshold',
    });
    expect(byCode.get('2.02')).toMatchObject({ value: 100, status: 'vuot_chuan', statusBasis: 'entered' });
    expect(byCode.get('3.01')).toMatchObject({ value: 127, valueSource: 'entered', status: 'dat' });
    expect(result.progress.line).toBe(
      '2/55 đạt, 1 vượt chuẩn, 2 chưa đạt, 1 xin ý kiến, 9 chưa đánh giá, 41 chưa có trong danh mục',
    );
    const kinds = result.missing.map((m) => `${m.kind}:${m.code}`);
    expect(kinds[0]).toBe('unknown_indicator:9.01');
    expect(kinds).toContain('no_input:3.01');
    expect(kinds).toContain('chua_dat:2.01');
    expect(kinds).toContain('xin_y_kien:5.01');
    expect(kinds).toContain('not_in_catalogue:null');
    expect(kinds).not.toContain('bad_evidence_code:5.01'); // shared evidence from 2.01
    expect(result.canSubmit).toBe(false);
    expect(result.progress.byCriterion.find((c) => c.criterion === 2)).toMatchObject({ listed: 5, met: 1, notMet: 1 });
  });

  it('a confirmed threshold blocks a contradicting conclusion; an unverified one only warns', () => {
    const confirmed: CatalogueItem = { ...PROVISIONAL_CATALOGUE.items[0]!, confidence: 'confirmed' };
    const catalogue: CatalogueVersion = { ...PROVISIONAL_CATALOGUE, items: [confirmed] };
    const run = (c: CatalogueVersion) =>
      assess({
        catalogue: c,
        targetLevel: 1,
        filingDate: '2026-03-01',
        roster,
        entries: [entry('2.01', { status: 'dat' })],
      });
    const blocked = run(catalogue);
    expect(blocked.missing.find((m) => m.kind === 'status_conflict')).toMatchObject({ severity: 'blocking' });
    expect(blocked.missing.find((m) => m.kind === 'status_conflict')?.message).toBe(
      'Chỉ tiêu 2.01: tự đánh giá "Đạt" nhưng 66,7% chưa đạt ngưỡng ≥ 75%',
    );
    expect(blocked.canSubmit).toBe(false);
    const under = assess({
      catalogue,
      targetLevel: 1,
      filingDate: '2026-03-01',
      roster: [member()],
      entries: [entry('2.01', { status: 'chua_dat' })],
    });
    expect(under.missing.find((m) => m.kind === 'status_conflict')).toMatchObject({ severity: 'warning' });
    const referred = assess({
      catalogue,
      targetLevel: 1,
      filingDate: '2026-03-01',
      roster,
      entries: [entry('2.01', { status: 'xin_y_kien' })],
    });
    expect(referred.missing.some((m) => m.kind === 'status_conflict')).toBe(false);
    const warned = run(PROVISIONAL_CATALOGUE);
    expect(warned.missing.find((m) => m.kind === 'status_conflict')).toMatchObject({ severity: 'warning' });
    expect(warned.missing.find((m) => m.kind === 'status_conflict')?.message).toMatch(/\(ngưỡng chưa xác minh\)$/);
  });

  it('a mức-2 assessment uses the raised threshold', () => {
    const raised: CatalogueItem = { ...PROVISIONAL_CATALOGUE.items[0]!, level2Threshold: { op: '>=', value: 90 } };
    const catalogue: CatalogueVersion = { ...PROVISIONAL_CATALOGUE, items: [raised] };
    const full = [
      member(),
      member({ fullName: 'B' }),
      member({ fullName: 'C' }),
      member({ fullName: 'D' }),
      member({ fullName: 'E', kind: 'khac' }),
    ];
    const at = (targetLevel: 1 | 2) =>
      assess({ catalogue, targetLevel, filingDate: '2026-03-01', roster: full, entries: [] }).indicators[0];
    expect(at(1)).toMatchObject({ value: 80, status: 'dat' });
    expect(at(2)).toMatchObject({ value: 80, status: 'chua_dat', threshold: { level: 2, raised: true } });
  });

  it('counts a full 55-indicator catalogue the way schools publish it', () => {
    const items: CatalogueItem[] = Array.from({ length: 55 }, (_, i) => ({
      ...PROVISIONAL_CATALOGUE.items[12]!,
      criterion: (i % 6) + 1,
      code: `${(i % 6) + 1}.${String(Math.floor(i / 6) + 1).padStart(2, '0')}`,
    }));
    const catalogue: CatalogueVersion = { ...PROVISIONAL_CATALOGUE, items };
    const statuses = [...Array(35).fill('dat'), ...Array(12).fill('vuot_chuan'), ...Array(8).fill('chua_dat')];
    const entries = items.map((item, i) =>
      entry(item.code, { status: statuses[i], evidence: [evidence(`H${item.code}.01.01`)] }),
    );
    const result = assess({ catalogue, targetLevel: 1, filingDate: '2026-03-01', entries });
    expect(result.progress.line).toBe('47/55 đạt, 12 vượt chuẩn, 8 chưa đạt');
    expect(result.missing.filter((m) => m.kind === 'chua_dat')).toHaveLength(8);
    expect(result.canSubmit).toBe(true);
  });
});
