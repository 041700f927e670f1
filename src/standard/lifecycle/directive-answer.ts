/**
 * One truth for item 1 of letter 2174-CV/HVCTQG: the directive obligation's typed answer
 * (src/modules/directives/answer-types.ts, `standard_school_project`) is read from the dossier, and an
 * answer typed in the directive becomes dossier records. The answer type is mirrored structurally here so
 * this library does not depend on the directives module.
 */
import type { IsoDate, StandardLevel } from '../common.ts';
import { formatDateVi } from '../common.ts';
import { checkStep } from './check.ts';
import type { DossierState } from './state.ts';
import type { Recorder, StepRecord } from './steps.ts';
import { STAGE_LABELS, type Stage } from './transitions.ts';

export type DirectiveAnswerStage = 'not_started' | 'drafting' | 'submitted' | 'approved' | 'registered';
export type DirectiveAnswer = {
  stage: DirectiveAnswerStage;
  approvalDate?: string | null;
  decisionNumber?: string | null;
  targetYear?: number | null;
};

const RANK: Record<DirectiveAnswerStage, number> = {
  not_started: 0,
  drafting: 1,
  submitted: 2,
  approved: 3,
  registered: 4,
};

/** Where each dossier stage sits on the answer's scale: everything from registration on is "registered". */
const STAGE_RANK: Record<Stage, number> = {
  none: 0,
  merged: 0,
  drafting: 1,
  submitted: 2,
  approved: 3,
  registered: 4,
  applied: 4,
  surveyed: 4,
  appraised: 4,
  recognised: 4,
};

export type AnswerFromDossier = {
  answer: DirectiveAnswer;
  /** Fields the answer's stage would need but the dossier does not hold (e.g. historical data). */
  incomplete: string[];
};

/**
 * The directive answer the dossier implies. When the dossier reached a stage without the record that
 * carries its fields (historical data: a recognition whose project decision is unknown), the stage is
 * still reported, with the missing fields listed rather than invented or the stage lowered.
 */
export function answerFromDossier(state: DossierState): AnswerFromDossier {
  const project = state.project;
  const rank = STAGE_RANK[state.stage];
  const stage = (Object.keys(RANK) as DirectiveAnswerStage[]).find((s) => RANK[s] === rank)!;
  const answer: DirectiveAnswer = { stage };
  const incomplete: string[] = [];
  if (rank >= 3) {
    answer.approvalDate = project?.date ?? null;
    answer.decisionNumber = project?.data.decisionNumber ?? null;
    if (!project) incomplete.push('quyết định phê duyệt đề án (số, ngày)');
    else if (project.data.decisionNumber === null) incomplete.push('số quyết định phê duyệt đề án');
  }
  if (rank === 4) {
    answer.targetYear = state.registration?.data.targetYear ?? project?.data.targetYear ?? null;
    if (answer.targetYear === null) incomplete.push('năm đăng ký đạt chuẩn');
  }
  return { answer, incomplete };
}

export type AnswerToDossier = { ok: true; records: StepRecord[] } | { ok: false; message: string };

export type AnswerContext = {
  state: DossierState;
  /** The day the school gives the answer: the date of records the answer does not date itself. */
  answeredOn: IsoDate;
  today: IsoDate;
  actor: Recorder;
};

/**
 * The dossier records an answer adds (none when the dossier already says the same). An answer that would
 * move the dossier backwards, or contradicts a recorded decision, is refused with the dossier's version.
 */
export function recordsFromAnswer(answer: DirectiveAnswer, ctx: AnswerContext): AnswerToDossier {
  const { state } = ctx;
  const current = answerFromDossier(state).answer;
  if (RANK[answer.stage] < STAGE_RANK[state.stage])
    return {
      ok: false,
      message: `Hồ sơ trường chính trị chuẩn đang ở giai đoạn "${STAGE_LABELS[state.stage]}"; không thể trả lời lùi về giai đoạn trước`,
    };
  const project = state.project;
  if (
    project &&
    answer.decisionNumber &&
    (answer.decisionNumber !== project.data.decisionNumber || answer.approvalDate !== project.date)
  )
    return {
      ok: false,
      message: `Hồ sơ đã có quyết định phê duyệt đề án ${project.data.decisionNumber ? `số ${project.data.decisionNumber} ` : '(chưa có số) '}ngày ${formatDateVi(project.date)}; sửa trong hồ sơ trường chính trị chuẩn`,
    };
  const base = { recordedBy: ctx.actor, documents: [], note: 'Ghi từ trả lời yêu cầu 1 của Công văn 2174-CV/HVCTQG' };
  const records: StepRecord[] = [];
  const rank = RANK[answer.stage];
  if (rank === 1 && STAGE_RANK[state.stage] < 1)
    records.push({ ...base, kind: 'project_drafting', date: ctx.answeredOn, data: {} });
  if (rank === 2 && STAGE_RANK[state.stage] < 2)
    records.push({ ...base, kind: 'project_submitted', date: ctx.answeredOn, data: { reference: null } });
  if (rank >= 3 && !project)
    records.push({
      ...base,
      kind: 'project_approved',
      date: answer.approvalDate ?? '',
      data: {
        decisionNumber: answer.decisionNumber ?? '',
        approvedBy: null,
        periodFrom: null,
        periodTo: null,
        targetLevel: null,
        targetYear: answer.stage === 'approved' ? (answer.targetYear ?? null) : null,
      },
    });
  if (rank === 4 && answer.targetYear != null && current.targetYear !== answer.targetYear) {
    // The answer has no level: keep the registered one, else the project's target, else the next level up.
    const level: StandardLevel =
      state.registration?.data.level ?? project?.data.targetLevel ?? (state.level === 1 ? 2 : 1);
    records.push({
      ...base,
      kind: 'registration',
      date: ctx.answeredOn,
      data: { targetYear: answer.targetYear, level, reference: null },
    });
  }
  // Every record passes the same check as one typed in the dossier itself.
  let running = state;
  for (const record of records) {
    const result = checkStep(running, record, { actor: ctx.actor, today: ctx.today });
    if (!result.ok) return { ok: false, message: result.message };
    running = result.state;
  }
  return { ok: true, records };
}
