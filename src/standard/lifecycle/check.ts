/**
 * Checks a proposed step against a dossier: fields, date order, who records it, the transition table and
 * each step's own rules. A refusal is one Vietnamese message that names what is missing ("Còn thiếu:
 * Hội đồng thẩm định"), plus the list of problems it was built from. Nothing here writes anything.
 */
import { Value } from '@sinclair/typebox/value';
import { formatDateVi, isValidIsoDate, type IsoDate } from '../common.ts';
import { applyRecord, type DossierState, stateOn, transitionOf } from './state.ts';
import { RECORD_SCHEMAS, type Recorder, type StepRecord, StepRecordSchema, STEPS } from './steps.ts';
import { missingSteps, PRECONDITION_LABELS, type Precondition, STAGE_LABELS, transitionsFor } from './transitions.ts';

export type CheckOptions = {
  /** Who is recording: a school user or an Academy user. */
  actor: Recorder;
  /** 'YYYY-MM-DD'; a step cannot be dated after it. */
  today: IsoDate;
  /** Indicator codes of the catalogue in use, to check survey findings. */
  indicatorCodes?: ReadonlySet<string>;
  /** Catalogue versions that exist, to check a self-assessment's version. */
  catalogueIds?: ReadonlySet<string>;
};

export type CheckResult =
  | { ok: true; state: DossierState; warnings: string[] }
  | { ok: false; message: string; problems: string[] };

const TOP_FIELDS: Record<string, string> = {
  date: 'ngày',
  recordedBy: 'người ghi',
  documents: 'tài liệu kèm theo',
  note: 'ghi chú',
  kind: 'loại bước',
};

/** TypeBox errors as field names the user knows: "/data/decisionNumber" → "số quyết định". */
function shapeProblems(record: unknown): string[] {
  if (Value.Check(StepRecordSchema, record)) return [];
  const kind = (record as { kind?: string } | null)?.kind;
  const step = kind && kind in STEPS ? STEPS[kind as keyof typeof STEPS] : null;
  if (!step) return [`Loại bước "${String(kind)}" không có trong quy trình`];
  const labels = new Set<string>();
  for (const error of Value.Errors(RECORD_SCHEMAS[step.kind], record)) {
    const [, first, second] = error.path.split('/');
    const label = first === 'data' && second ? (step.fields[second] ?? second) : TOP_FIELDS[first ?? ''];
    if (label) labels.add(label);
  }
  return [`Thiếu hoặc sai: ${[...labels].join(', ') || 'dữ liệu của bước'}`];
}

function preconditionHolds(p: Precondition, state: DossierState, record: StepRecord): boolean {
  switch (p) {
    case 'level_above_recognised':
      return record.kind !== 'registration' || state.level === null || record.data.level > state.level;
    case 'application_round':
      return record.kind === 'self_assessment' && record.data.purpose === 'application';
    case 'council_level_matches_registration':
      return (
        record.kind !== 'appraisal_council' ||
        !state.registration ||
        record.data.level === state.registration.data.level
      );
    case 'recognition_level_matches_council':
      return record.kind !== 'recognition' || !state.lastCouncil || record.data.level === state.lastCouncil.data.level;
    case 'no_certificate_yet':
      return state.certificate === null;
    case 'first_record':
      return state.lastRecord === null;
  }
}

function stepRules(state: DossierState, record: StepRecord, opts: CheckOptions, warnings: string[]): string[] {
  const problems: string[] = [];
  const year = Number(record.date.slice(0, 4));
  switch (record.kind) {
    case 'recognition':
      if (record.data.decisionNumber === null) problems.push('Chưa nhập số quyết định công nhận');
      break;
    case 'project_approved': {
      if (record.data.decisionNumber === null) problems.push('Chưa nhập số quyết định phê duyệt đề án');
      const { periodFrom, periodTo, targetYear } = record.data;
      if (periodFrom !== null && periodTo !== null && periodFrom > periodTo)
        problems.push(`Giai đoạn đề án ${periodFrom}–${periodTo} không hợp lệ`);
      if (
        targetYear !== null &&
        periodFrom !== null &&
        periodTo !== null &&
        (targetYear < periodFrom || targetYear > periodTo)
      )
        warnings.push(`Năm đạt chuẩn mục tiêu ${targetYear} nằm ngoài giai đoạn đề án ${periodFrom}–${periodTo}`);
      break;
    }
    case 'registration':
      if (record.data.targetYear < year)
        problems.push(
          `Năm đăng ký đạt chuẩn ${record.data.targetYear} đã qua so với ngày đăng ký ${formatDateVi(record.date)}`,
        );
      break;
    case 'self_assessment': {
      const expected = state.selfAssessments.length + 1;
      if (record.data.round !== expected)
        problems.push(`Lần tự đánh giá tiếp theo là lần ${expected}, không phải lần ${record.data.round}`);
      if (opts.catalogueIds && !opts.catalogueIds.has(record.data.catalogueVersionId))
        problems.push(`Phiên bản danh mục "${record.data.catalogueVersionId}" không có`);
      break;
    }
    case 'survey_visit': {
      const seen = new Set<string>();
      for (const f of record.data.findings) {
        if (seen.has(f.code)) problems.push(`Chỉ tiêu ${f.code} có hai kết quả khảo sát`);
        seen.add(f.code);
        if (opts.indicatorCodes && !opts.indicatorCodes.has(f.code))
          problems.push(`Chỉ tiêu ${f.code} không có trong danh mục`);
      }
      break;
    }
    case 'appraisal_council':
      if (record.data.members.length === 0) warnings.push('Chưa ghi thành viên Hội đồng thẩm định');
      break;
    default:
      break;
  }
  return problems;
}

function stageProblem(state: DossierState, record: StepRecord): string | null {
  if (transitionOf(state.stage, record)) return null;
  const label = STEPS[record.kind].label;
  const from = [...new Set(transitionsFor(record.kind).flatMap((t) => t.from))];
  if (record.kind === 'merger') return 'Hợp nhất chỉ ghi được là bản ghi đầu tiên của hồ sơ trường mới';
  const path = missingSteps(state.stage, from);
  const here = `Chưa thể ghi "${label}" khi hồ sơ đang ở giai đoạn "${STAGE_LABELS[state.stage]}"`;
  if (path && path.length > 0) return `${here}. Còn thiếu: ${path.map((k) => STEPS[k].label).join(' → ')}`;
  return `${here}: bước này chỉ ghi được ở giai đoạn ${from.map((s) => `"${STAGE_LABELS[s]}"`).join(', ')}`;
}

/** Checks `record` as the next step of a dossier whose records (or folded state) are given. */
export function checkStep(
  dossier: readonly StepRecord[] | DossierState,
  record: unknown,
  opts: CheckOptions,
): CheckResult {
  const fail = (problems: string[]): CheckResult => ({ ok: false, message: problems.join('. '), problems });
  const shape = shapeProblems(record);
  if (shape.length > 0) return fail(shape);
  const r = record as StepRecord;
  const state = Array.isArray(dossier) ? stateOn(dossier) : (dossier as DossierState);
  const step = STEPS[r.kind];
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!step.recordedBy.includes(opts.actor) || !step.recordedBy.includes(r.recordedBy))
    problems.push(
      `Bước "${step.label}" do ${step.recordedBy.map((w) => (w === 'school' ? 'trường' : 'Học viện')).join(' hoặc ')} ghi`,
    );
  if (!isValidIsoDate(r.date)) problems.push(`Ngày "${r.date}" không tồn tại`);
  else if (r.date > opts.today) problems.push(`Ngày ${formatDateVi(r.date)} ở tương lai`);
  const last = state.lastRecord;
  if (last && r.date < last.date)
    problems.push(
      `Ngày ${formatDateVi(r.date)} trước bước trước đó ("${STEPS[last.kind].label}" ngày ${formatDateVi(last.date)})`,
    );
  const stage = stageProblem(state, r);
  if (stage) problems.push(stage);
  else {
    const transition = transitionOf(state.stage, r)!;
    for (const p of transition.requires ?? [])
      if (!preconditionHolds(p, state, r)) problems.push(`Không ghi được "${step.label}": ${PRECONDITION_LABELS[p]}`);
  }
  problems.push(...stepRules(state, r, opts, warnings));
  if (problems.length > 0) return fail([...new Set(problems)]);
  return { ok: true, state: applyRecord(state, r), warnings };
}
