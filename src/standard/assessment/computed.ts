/**
 * The indicators TCT computes itself, each with "how this number was made": the formula, the worked
 * figures, the window or base used, a breakdown, and who or what was not counted. Training figures use the
 * 5 years before the filing date (standard-reports-contests.md §1.1 [S]); staff figures use the roster.
 */
import { PROGRAMME_LEVELS } from '../../compliance/vocabulary.ts';
import { addDays } from '../../lib/dates.ts';
import { computedSource, type ComputedSourceKey } from '../catalogue/computed-sources.ts';
import { formatDateVi, formatNumberVi, type IsoDate, minusYears, percent } from '../common.ts';
import { PRINCIPAL_OR_ABOVE, type StaffMember } from '../roster/types.ts';
import type { ComputeOptions, TrainingClassRow, TrainingInput } from './types.ts';

export type Computation = {
  key: ComputedSourceKey;
  value: number;
  unit: string;
  formula: string;
  /** The formula with the school's numbers: "41 ÷ 45 × 100 = 91,1%". */
  worked: string;
  inputs: { label: string; value: string }[];
  breakdown: { label: string; count: number }[];
  /** People or classes that did not count towards the figure (what is missing), by name or code. */
  notCounted: string[];
};

export type ComputationGap = { key: ComputedSourceKey; reason: string };
export type ComputedResult = Computation | ComputationGap;
export const isGap = (r: ComputedResult): r is ComputationGap => 'reason' in r;

export type ComputeInputs = {
  filingDate: IsoDate;
  roster?: readonly StaffMember[] | null;
  training?: TrainingInput | null;
  options?: ComputeOptions;
};

/** The look-back window: the 5 years before the filing date, the filing day itself excluded. */
export function evidenceWindow(filingDate: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: minusYears(filingDate, 5), to: addDays(filingDate, -1) };
}

function classesInWindow(training: TrainingInput, filingDate: IsoDate, basis: 'opening' | 'overlap') {
  const { from, to } = evidenceWindow(filingDate);
  return training.classes.filter((c) =>
    basis === 'opening'
      ? c.opening_date >= from && c.opening_date <= to
      : c.opening_date <= to && (c.closing_date === null || c.closing_date >= from),
  );
}

/** Counts per programme level, in the vocabulary's order, with Vietnamese labels. */
function byLevel(classes: readonly TrainingClassRow[], weight: (c: TrainingClassRow) => number = () => 1) {
  const labels = PROGRAMME_LEVELS.labels as Record<string, string>;
  const order = Object.keys(labels);
  const counts = new Map<string, number>();
  for (const c of classes) counts.set(c.level, (counts.get(c.level) ?? 0) + weight(c));
  return [...counts]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([level, count]) => ({ label: labels[level] ?? level, count }));
}

function trainingFigure(key: ComputedSourceKey, inputs: ComputeInputs): ComputedResult {
  const source = computedSource(key)!;
  if (!inputs.training || inputs.training.classes.length === 0)
    return { key, reason: 'Chưa có dữ liệu lớp học trong TCT để tính; nhập lớp và học viên ở mục Đào tạo' };
  const basis = inputs.options?.classBasis ?? 'opening';
  const { from, to } = evidenceWindow(inputs.filingDate);
  let classes = classesInWindow(inputs.training, inputs.filingDate, basis);
  if (key === 'training.trung_cap_classes_5y') classes = classes.filter((c) => c.level === 'trung_cap');
  const window = {
    label: basis === 'opening' ? 'Lớp khai giảng trong khoảng' : 'Lớp học diễn ra trong khoảng',
    value: `${formatDateVi(from)} – ${formatDateVi(to)} (5 năm trước ngày nộp hồ sơ ${formatDateVi(inputs.filingDate)})`,
  };
  if (key === 'training.enrolments_5y') {
    const ids = new Set(classes.map((c) => c.id));
    const enrolments = inputs.training.enrolments.filter((e) => ids.has(e.class_id));
    const distinct = new Set(enrolments.map((e) => e.learner_id)).size;
    const perClass = new Map<string, number>();
    for (const e of enrolments) perClass.set(e.class_id, (perClass.get(e.class_id) ?? 0) + 1);
    return {
      key,
      value: enrolments.length,
      unit: source.unit,
      formula: source.formula,
      worked: `Tổng học viên của ${formatNumberVi(classes.length)} lớp = ${formatNumberVi(enrolments.length)} lượt`,
      inputs: [window, { label: 'Số học viên khác nhau', value: formatNumberVi(distinct) }],
      breakdown: byLevel(classes, (c) => perClass.get(c.id) ?? 0),
      notCounted: classes.filter((c) => !perClass.has(c.id)).map((c) => `${c.code} (chưa có học viên)`),
    };
  }
  return {
    key,
    value: classes.length,
    unit: source.unit,
    formula: source.formula,
    worked: `${formatNumberVi(classes.length)} lớp`,
    inputs: [window, { label: 'Tổng số lớp trong TCT', value: formatNumberVi(inputs.training.classes.length) }],
    breakdown: byLevel(classes),
    notCounted: [],
  };
}

type StaffRule = { denominator: 'staff' | 'lecturers'; counts: (m: StaffMember) => boolean; what: string };

const STAFF_RULES: Partial<Record<ComputedSourceKey, StaffRule>> = {
  'staff.lecturer_share': { denominator: 'staff', counts: (m) => m.kind === 'giang_vien', what: 'giảng viên' },
  'staff.lecturers_masters_share': {
    denominator: 'lecturers',
    counts: (m) => m.education === 'thac_si' || m.education === 'tien_si',
    what: 'giảng viên có trình độ thạc sĩ trở lên',
  },
  'staff.lecturers_doctorate_share': {
    denominator: 'lecturers',
    counts: (m) => m.education === 'tien_si',
    what: 'giảng viên có trình độ tiến sĩ',
  },
  'staff.lecturers_principal_grade_share': {
    denominator: 'lecturers',
    counts: (m) => m.grade !== null && PRINCIPAL_OR_ABOVE.includes(m.grade),
    what: 'giảng viên chính trở lên',
  },
  'staff.lecturers_classics_share': {
    denominator: 'lecturers',
    counts: (m) => m.classicsCertificate,
    what: 'giảng viên có chứng chỉ bồi dưỡng kinh điển',
  },
  'staff.lecturers_senior_theory_share': {
    denominator: 'lecturers',
    counts: (m) => m.theoryLevel === 'cao_cap' || m.theoryLevel === 'cu_nhan',
    what: 'giảng viên có trình độ cao cấp LLCT hoặc cử nhân',
  },
};

function staffFigure(key: ComputedSourceKey, inputs: ComputeInputs): ComputedResult {
  const source = computedSource(key)!;
  if (!inputs.roster || inputs.roster.length === 0)
    return { key, reason: 'Chưa có danh sách cán bộ, viên chức; nhập danh sách từ tệp XLSX để TCT tính' };
  const base = inputs.options?.staffBase ?? 'all';
  const staff = base === 'all' ? inputs.roster : inputs.roster.filter((m) => m.employment === 'bien_che');
  const lecturers = staff.filter((m) => m.kind === 'giang_vien');
  const baseInput = {
    label: 'Cơ sở tính',
    value:
      base === 'all'
        ? `Toàn bộ danh sách: ${formatNumberVi(staff.length)} người (trong đó ${formatNumberVi(staff.filter((m) => m.employment === 'hop_dong').length)} hợp đồng)`
        : `Chỉ người trong biên chế: ${formatNumberVi(staff.length)} người`,
  };
  if (key === 'staff.lecturers_count')
    return {
      key,
      value: lecturers.length,
      unit: source.unit,
      formula: source.formula,
      worked: `${formatNumberVi(lecturers.length)} giảng viên`,
      inputs: [baseInput],
      breakdown: [],
      notCounted: [],
    };
  const rule = STAFF_RULES[key]!;
  const pool = rule.denominator === 'staff' ? staff : lecturers;
  if (pool.length === 0)
    return { key, reason: 'Danh sách không có giảng viên nào: không tính được tỷ lệ trên tổng số giảng viên' };
  const counted = pool.filter(rule.counts);
  const value = percent(counted.length, pool.length);
  const whole = rule.denominator === 'staff' ? 'cán bộ, viên chức' : 'giảng viên';
  return {
    key,
    value,
    unit: '%',
    formula: source.formula,
    worked: `${formatNumberVi(counted.length)} ÷ ${formatNumberVi(pool.length)} × 100 = ${formatNumberVi(value)}%`,
    inputs: [
      baseInput,
      { label: `Số ${rule.what}`, value: formatNumberVi(counted.length) },
      { label: `Tổng số ${whole}`, value: formatNumberVi(pool.length) },
    ],
    breakdown: [],
    notCounted: pool.filter((m) => !rule.counts(m)).map((m) => m.fullName),
  };
}

export function computeIndicator(key: ComputedSourceKey, inputs: ComputeInputs): ComputedResult {
  return computedSource(key)!.input === 'staff' ? staffFigure(key, inputs) : trainingFigure(key, inputs);
}
