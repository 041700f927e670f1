/**
 * Which step may follow which, as data. A dossier is in one stage; a step is allowed from the stages
 * listed and moves the dossier to `to` (null: the stage stays, e.g. a steering committee or a certificate).
 * Steps the sources show as optional (drafting, submission) may be skipped. Judgment calls where the
 * sources are silent are marked in docs/standard-school.md.
 */
import type { StepKind } from './steps.ts';

export const STAGES = [
  'none',
  'drafting',
  'submitted',
  'approved',
  'registered',
  'applied',
  'surveyed',
  'appraised',
  'recognised',
  'merged',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  none: 'Chưa xây dựng đề án',
  drafting: 'Đang xây dựng đề án',
  submitted: 'Đã trình đề án',
  approved: 'Đề án đã được phê duyệt',
  registered: 'Đã đăng ký đạt chuẩn',
  applied: 'Đã nộp hồ sơ đề nghị công nhận',
  surveyed: 'Đã được Học viện khảo sát',
  appraised: 'Hội đồng thẩm định đề nghị công nhận',
  recognised: 'Đã được công nhận đạt chuẩn',
  merged: 'Trường mới hợp nhất — cần thẩm định lại',
};

/** A stage that depends on a field of the record (the council's result). */
export type StageByField = { field: string; cases: Record<string, Stage> };

/** Conditions beyond the stage, each named so a refusal can say what is missing. */
export type Precondition =
  | 'level_above_recognised'
  | 'application_round'
  | 'council_level_matches_registration'
  | 'recognition_level_matches_council'
  | 'no_certificate_yet'
  | 'first_record';

export type Transition = {
  step: StepKind;
  from: readonly Stage[];
  to: Stage | StageByField | null;
  requires?: Precondition[];
};

const ANY: readonly Stage[] = STAGES;
const BEFORE_APPROVAL: readonly Stage[] = ['none', 'drafting', 'submitted', 'merged', 'recognised'];

export const TRANSITIONS: readonly Transition[] = [
  { step: 'project_drafting', from: ['none', 'merged', 'recognised'], to: 'drafting' },
  { step: 'project_submitted', from: ['none', 'drafting', 'merged', 'recognised'], to: 'submitted' },
  // A recognised school may adopt a new project aiming at mức 2 (Tuyên Quang 2025–2030 [S]).
  { step: 'project_approved', from: BEFORE_APPROVAL, to: 'approved' },
  { step: 'steering_committee', from: ANY, to: null },
  // A merged school registers for its own appraisal; registering again changes the target year.
  {
    step: 'registration',
    from: ['approved', 'registered', 'merged', 'recognised'],
    to: 'registered',
    requires: ['level_above_recognised'],
  },
  // Progress reports (Phú Thọ 46/55, 47/55 [S]) change nothing; the application round starts the appraisal.
  {
    step: 'self_assessment',
    from: ['approved', 'registered', 'merged', 'recognised', 'applied', 'surveyed'],
    to: null,
  },
  { step: 'self_assessment', from: ['registered'], to: 'applied', requires: ['application_round'] },
  { step: 'survey_visit', from: ['applied', 'surveyed'], to: 'surveyed' },
  {
    step: 'appraisal_council',
    from: ['surveyed'],
    to: { field: 'result', cases: { de_nghi_cong_nhan: 'appraised', chua_de_nghi: 'registered' } },
    requires: ['council_level_matches_registration'],
  },
  { step: 'recognition', from: ['appraised'], to: 'recognised', requires: ['recognition_level_matches_council'] },
  { step: 'certificate_handover', from: ['recognised'], to: null, requires: ['no_certificate_yet'] },
  { step: 'merger', from: ['none'], to: 'merged', requires: ['first_record'] },
];

export const PRECONDITION_LABELS: Record<Precondition, string> = {
  level_above_recognised: 'mức đăng ký phải cao hơn mức đã được công nhận',
  application_round: 'lần tự đánh giá phải là hồ sơ đề nghị công nhận',
  council_level_matches_registration: 'mức chuẩn của Hội đồng phải trùng mức đã đăng ký',
  recognition_level_matches_council: 'mức công nhận phải trùng mức Hội đồng đề nghị',
  no_certificate_yet: 'Bằng công nhận của quyết định này chưa được trao',
  first_record: 'hợp nhất phải là bản ghi đầu tiên của hồ sơ trường mới',
};

export function transitionsFor(step: StepKind): Transition[] {
  return TRANSITIONS.filter((t) => t.step === step);
}

/** Stages a dossier can reach from `stage` in one step, with the step that leads there. */
export function nextStages(stage: Stage): { step: StepKind; to: Stage }[] {
  const out: { step: StepKind; to: Stage }[] = [];
  for (const t of TRANSITIONS) {
    // A merger happens to a school; it is never a step a school is told to take.
    if (!t.from.includes(stage) || t.to === null || t.step === 'merger') continue;
    const targets = typeof t.to === 'string' ? [t.to] : Object.values(t.to.cases);
    for (const to of targets) if (to !== stage) out.push({ step: t.step, to });
  }
  return out;
}

/**
 * The shortest chain of steps from `stage` to any of `targets` (breadth-first over the transition table):
 * what a refusal names as missing.
 */
export function missingSteps(stage: Stage, targets: readonly Stage[]): StepKind[] | null {
  const queue: { stage: Stage; path: StepKind[] }[] = [{ stage, path: [] }];
  const seen = new Set<Stage>([stage]);
  while (queue.length > 0) {
    const { stage: at, path } = queue.shift()!;
    if (targets.includes(at)) return path;
    for (const { step, to } of nextStages(at)) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push({ stage: to, path: [...path, step] });
    }
  }
  return null;
}
