import { describe, expect, it } from 'vitest';
import { SOURCE_CATALOGUE } from './sources/catalogue.ts';
import { COMPUTED_KEYS, computeSource, createSourceContext } from './sources/compute.ts';
import type { SourceInputs } from './sources/inputs.ts';
import { klass, sampleSchool } from './test-support.ts';

const Q1 = { from: '2024-12-15', to: '2025-03-14' };
const value = (inputs: SourceInputs, key: string, params: Record<string, string> = {}, window = Q1) => {
  const result = computeSource(createSourceContext(inputs), key, params, window);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('the source catalogue', () => {
  it('every key has a computation and vice versa', () => {
    expect([...COMPUTED_KEYS].sort()).toEqual(SOURCE_CATALOGUE.map((s) => s.key).sort());
  });

  it('an unknown key or missing rows are reported, not counted as zero', () => {
    const ctx = createSourceContext({ classes: [] });
    expect(computeSource(ctx, 'training.nothing', {}, Q1)).toEqual({
      ok: false,
      message: expect.stringContaining('không có trong danh mục'),
    });
    const missing = computeSource(ctx, 'training.learners_opened', {}, Q1);
    expect(missing).toEqual({ ok: false, message: expect.stringContaining('enrolments') });
  });
});

describe('training figures for a cut-off window', () => {
  const school = sampleSchool();

  it('classes opened, closed and ongoing, window bounds inclusive', () => {
    expect(value(school, 'training.classes_opened')).toBe(2);
    expect(value(school, 'training.classes_closed')).toBe(3);
    // Ongoing on 14/3: the two open-ended ones and the one closing that very day.
    expect(value(school, 'training.classes_ongoing')).toBe(3);
  });

  it('learners of those classes, filtered by level, mode and delivery', () => {
    expect(value(school, 'training.learners_opened')).toBe(70);
    expect(value(school, 'training.learners_closed')).toBe(105);
    expect(value(school, 'training.learners_ongoing', { level: 'trung_cap' })).toBe(65);
    expect(value(school, 'training.classes_ongoing', { delivery: 'truc_tuyen' })).toBe(1);
    expect(value(school, 'training.classes_closed', { mode: 'tap_trung', level: 'cao_cap' })).toBe(1);
  });

  it('says how the number was made', () => {
    const result = computeSource(createSourceContext(school), 'training.classes_opened', { level: 'so_cap' }, Q1);
    expect(result).toEqual({
      ok: true,
      value: 1,
      explanation:
        '1 lớp — lớp khai giảng trong kỳ: lớp khai giảng từ 15/12/2024 đến 14/03/2025 (Chương trình: Sơ cấp LLCT).',
    });
  });
});

describe('compliance, directives, standard school, staff, contest, forum', () => {
  it('findings of classes opened in the window, without those accepted by a decision in force', () => {
    const a = klass('2025-01-05', null);
    const b = klass('2024-11-01', null); // opened before the window
    const inputs: SourceInputs = {
      classes: [a, b],
      findings: [
        { class_id: a.id, learner_id: 'l1', rule: 'L-TC-03', severity: 'warning' },
        { class_id: a.id, learner_id: 'l2', rule: 'L-TC-03', severity: 'warning' },
        { class_id: a.id, learner_id: null, rule: 'C-04', severity: 'warning' },
        { class_id: b.id, learner_id: 'l9', rule: 'L-TC-03', severity: 'warning' },
      ],
      overrides: [
        { class_id: a.id, learner_id: 'l1', rule: 'L-TC-03', created_at: '2025-02-01T03:00:00Z', revoked_at: null },
        // Revoked before the window's end: the finding counts again.
        {
          class_id: a.id,
          learner_id: null,
          rule: 'C-04',
          created_at: '2025-02-01T03:00:00Z',
          revoked_at: '2025-03-01T03:00:00Z',
        },
      ],
    };
    expect(value(inputs, 'compliance.findings')).toBe(2);
    expect(value(inputs, 'compliance.findings', { rule: 'L-TC-03' })).toBe(1);
    expect(value(inputs, 'compliance.classes_with_findings')).toBe(1);
    expect(value(inputs, 'compliance.findings', {}, { from: '2024-12-15', to: '2025-01-31' })).toBe(3);
  });

  it('obligations by status on the cut-off day, in Vietnam time', () => {
    const inputs: SourceInputs = {
      directives: [{ id: 'd1', number_symbol: '2174-CV/HVCTQG', issued_date: '2022-05-31' }],
      requirements: [
        { id: 'r1', directive_id: 'd1', no: 1 },
        { id: 'r2', directive_id: 'd1', no: 2 },
      ],
      obligations: [
        { id: 'o1', directive_id: 'd1', requirement_id: 'r1', status: 'done', deadline: '2022-12-31' },
        { id: 'o2', directive_id: 'd1', requirement_id: 'r2', status: 'in_progress', deadline: '2022-09-30' },
      ],
      obligationEvents: [
        { obligation_id: 'o1', at: '2022-06-01T02:00:00Z', status: 'not_started' },
        { obligation_id: 'o2', at: '2022-06-01T02:00:00Z', status: 'not_started' },
        { obligation_id: 'o2', at: '2022-08-01T02:00:00Z', status: 'in_progress' },
        // 18:00Z on 14/12 is 01:00 on 15/12 in Hà Nội: after the cut-off.
        { obligation_id: 'o1', at: '2022-12-14T18:00:00Z', status: 'done' },
      ],
    };
    const window = { from: '2022-05-31', to: '2022-12-14' };
    const dir = { directive: '2174 -CV/HVCTQG' };
    expect(value(inputs, 'directives.obligations', { ...dir, status: 'done' }, window)).toBe(0);
    expect(value(inputs, 'directives.obligations', { ...dir, status: 'overdue' }, window)).toBe(1);
    expect(value(inputs, 'directives.obligations', dir, window)).toBe(2);
    expect(value(inputs, 'directives.obligation_status', { ...dir, requirement: '2' }, window)).toBe('in_progress');
    expect(
      value(
        inputs,
        'directives.obligation_status',
        { ...dir, requirement: '1' },
        { from: '2022-05-31', to: '2022-12-31' },
      ),
    ).toBe('done');
    // Before the directive arrived nothing is counted.
    expect(value(inputs, 'directives.obligations', dir, { from: '2022-03-15', to: '2022-05-31' })).toBe(0);
  });

  it('standard-school indicators of the latest assessment; met includes exceeded', () => {
    const ind = (criterion: number, status: 'met' | 'exceeded' | 'not_met' | 'referred' | null) => ({
      code: `${criterion}`,
      criterion,
      status,
    });
    const inputs: SourceInputs = {
      assessments: [
        { assessedOn: '2024-01-10', indicators: [ind(1, 'not_met'), ind(2, 'not_met')] },
        {
          assessedOn: '2025-03-01',
          indicators: [ind(1, 'met'), ind(1, 'exceeded'), ind(2, 'referred'), ind(3, null), ind(3, 'not_met')],
        },
        { assessedOn: '2025-04-01', indicators: [ind(1, 'met')] }, // after the window
      ],
    };
    expect(value(inputs, 'standard.indicators', { status: 'met' })).toBe(2);
    expect(value(inputs, 'standard.indicators', { status: 'exceeded' })).toBe(1);
    expect(value(inputs, 'standard.indicators')).toBe(4);
    expect(value(inputs, 'standard.indicators', { criterion: '3' })).toBe(1);
    expect(value(inputs, 'standard.indicators', {}, { from: '2022-12-15', to: '2023-03-14' })).toBeNull();
  });

  it('staff on the roster on the last day; contest entries and forum articles in the window', () => {
    const inputs: SourceInputs = {
      staff: [
        { role: 'lecturer', degree: 'tien_si', startDate: '2010-01-01', endDate: null },
        { role: 'lecturer', degree: 'thac_si', startDate: null, endDate: '2025-03-13' }, // left the day before
        { role: 'staff', degree: 'dai_hoc', startDate: '2025-03-14', endDate: null },
      ],
      contestEntries: [
        { edition: '57-KH/HVCTQG', category: 'journal', round: 'school', submittedOn: '2025-03-01' },
        { edition: '57-KH/HVCTQG', category: 'video', round: 'school', submittedOn: '2025-03-15' },
      ],
      forumArticles: [{ sentOn: '2025-01-02', acceptedOn: '2025-01-10', publishedOn: '2025-03-20', declinedOn: null }],
    };
    expect(value(inputs, 'staff.members')).toBe(2);
    expect(value(inputs, 'staff.members', { role: 'lecturer' })).toBe(1);
    expect(value(inputs, 'contest.entries', { edition: '57-KH/HVCTQG' })).toBe(1);
    expect(value(inputs, 'forum.articles', { event: 'sent' })).toBe(1);
    expect(value(inputs, 'forum.articles', { event: 'published' })).toBe(0);
  });
});
