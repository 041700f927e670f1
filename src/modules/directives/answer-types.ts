/**
 * What a school can answer to a requirement. Most requirements take a plain status; a requirement that
 * asks for something measurable has a typed answer with ordered stages and the fields each stage needs.
 * Requirement 1 of 2174-CV/HVCTQG (the standard-school project, Quy định 11-QĐ/TW) is the first such type.
 */
import { AppError } from '../../lib/app-error.ts';

export type AnswerField = 'approvalDate' | 'decisionNumber' | 'targetYear';

export type AnswerStage = {
  code: string;
  label: string;
  /** Obligation status this stage counts as. */
  status: 'not_started' | 'in_progress' | 'done';
  requires: AnswerField[];
  /** Headline counters: a stage counts towards every milestone listed (e.g. registered ⊂ approved). */
  milestones: string[];
};

export type AnswerType = { code: string; label: string; stages: AnswerStage[]; milestones: Record<string, string> };

export const ANSWER_TYPES: Record<string, AnswerType> = {
  status: {
    code: 'status',
    label: 'Trạng thái thực hiện',
    milestones: { done: 'đã hoàn thành' },
    stages: [
      { code: 'not_started', label: 'Chưa thực hiện', status: 'not_started', requires: [], milestones: [] },
      { code: 'in_progress', label: 'Đang thực hiện', status: 'in_progress', requires: [], milestones: [] },
      { code: 'done', label: 'Đã hoàn thành', status: 'done', requires: [], milestones: ['done'] },
    ],
  },
  standard_school_project: {
    code: 'standard_school_project',
    label: 'Đề án xây dựng trường chính trị chuẩn (Quy định 11-QĐ/TW)',
    milestones: { approved: 'đã phê duyệt đề án', registered: 'đăng ký đạt chuẩn' },
    stages: [
      { code: 'not_started', label: 'Chưa xây dựng đề án', status: 'not_started', requires: [], milestones: [] },
      { code: 'drafting', label: 'Đang xây dựng đề án', status: 'in_progress', requires: [], milestones: [] },
      {
        code: 'submitted',
        label: 'Đã trình Ban Thường vụ tỉnh ủy, thành ủy',
        status: 'in_progress',
        requires: [],
        milestones: [],
      },
      {
        code: 'approved',
        label: 'Ban Thường vụ đã phê duyệt đề án',
        status: 'done',
        requires: ['approvalDate', 'decisionNumber'],
        milestones: ['approved'],
      },
      {
        code: 'registered',
        label: 'Đã đăng ký đạt chuẩn',
        status: 'done',
        requires: ['approvalDate', 'decisionNumber', 'targetYear'],
        milestones: ['approved', 'registered'],
      },
    ],
  },
};

export type Answer = {
  stage: string;
  approvalDate?: string | null;
  decisionNumber?: string | null;
  targetYear?: number | null;
};

const FIELD_LABELS: Record<AnswerField, string> = {
  approvalDate: 'ngày phê duyệt',
  decisionNumber: 'số quyết định',
  targetYear: 'năm đăng ký đạt chuẩn',
};

export function answerTypeOf(code: string): AnswerType {
  return ANSWER_TYPES[code] ?? ANSWER_TYPES.status!;
}

/** Validate an answer against its type; returns the stage. Throws a Vietnamese 400 on any problem. */
export function validateAnswer(typeCode: string, answer: Answer, today: string): AnswerStage {
  const type = answerTypeOf(typeCode);
  const stage = type.stages.find((s) => s.code === answer.stage);
  if (!stage) throw new AppError('BAD_REQUEST', `Trạng thái "${answer.stage}" không hợp lệ cho yêu cầu này.`);
  const missing = stage.requires.filter((f) => answer[f] === undefined || answer[f] === null || answer[f] === '');
  if (missing.length)
    throw new AppError(
      'BAD_REQUEST',
      `Cần nhập ${missing.map((f) => FIELD_LABELS[f]).join(', ')} cho trạng thái "${stage.label}".`,
    );
  if (answer.approvalDate && answer.approvalDate > today)
    throw new AppError('BAD_REQUEST', 'Ngày phê duyệt không được sau ngày hôm nay.');
  if (
    answer.targetYear !== undefined &&
    answer.targetYear !== null &&
    (answer.targetYear < 2021 || answer.targetYear > 2050)
  ) {
    throw new AppError('BAD_REQUEST', 'Năm đăng ký đạt chuẩn phải trong khoảng 2021–2050.');
  }
  return stage;
}
