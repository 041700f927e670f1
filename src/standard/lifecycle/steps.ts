/**
 * The steps of a school's standard-school dossier as practised (standard-reports-contests.md §1.3 [S]):
 * each a dated record with its documents and its own fields (TypeBox), recorded by the school or by the
 * Academy. The order in which steps may follow each other is data too (./transitions.ts).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { IndicatorStatusSchema } from '../assessment/types.ts';
import { IsoDateSchema, StandardLevelSchema } from '../common.ts';

export const STEP_KINDS = [
  'project_drafting',
  'project_submitted',
  'project_approved',
  'steering_committee',
  'registration',
  'self_assessment',
  'survey_visit',
  'appraisal_council',
  'recognition',
  'certificate_handover',
  'merger',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export type Recorder = 'school' | 'academy';

const Text = Type.String({ minLength: 1 });
const OptionalText = Type.Union([Type.String(), Type.Null()]);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const OptionalYear = Type.Union([Year, Type.Null()]);
const People = Type.Array(Type.String({ minLength: 1 }));

export const COUNCIL_RESULTS = ['de_nghi_cong_nhan', 'chua_de_nghi'] as const;
export type CouncilResult = (typeof COUNCIL_RESULTS)[number];
export const COUNCIL_RESULT_LABELS: Record<CouncilResult, string> = {
  de_nghi_cong_nhan: 'Đề nghị công nhận',
  chua_de_nghi: 'Chưa đề nghị công nhận',
};

/** The fields of each step. Decision numbers are kept as written ("765-QĐ/TU"). */
export const STEP_DATA = {
  project_drafting: Type.Object({}),
  project_submitted: Type.Object({ reference: OptionalText }),
  project_approved: Type.Object({
    /** Null only in historical records whose number is unknown; a new record must have it (./check.ts). */
    decisionNumber: Type.Union([Text, Type.Null()]),
    approvedBy: OptionalText,
    periodFrom: OptionalYear,
    periodTo: OptionalYear,
    targetLevel: Type.Union([StandardLevelSchema, Type.Null()]),
    targetYear: OptionalYear,
  }),
  steering_committee: Type.Object({ decisionNumber: OptionalText, chair: OptionalText, members: People }),
  registration: Type.Object({ targetYear: Year, level: StandardLevelSchema, reference: OptionalText }),
  self_assessment: Type.Object({
    round: Type.Integer({ minimum: 1 }),
    /** 'application' is the file sent to the Academy (hồ sơ đề nghị công nhận); 'progress' a report on the way. */
    purpose: Type.Union([Type.Literal('progress'), Type.Literal('application')]),
    catalogueVersionId: Text,
    assessmentId: OptionalText,
    progressLine: OptionalText,
  }),
  survey_visit: Type.Object({
    leader: OptionalText,
    members: People,
    findings: Type.Array(Type.Object({ code: Type.String(), status: IndicatorStatusSchema })),
    reportReference: OptionalText,
  }),
  appraisal_council: Type.Object({
    chair: Text,
    members: People,
    level: StandardLevelSchema,
    result: Type.Union(COUNCIL_RESULTS.map((r) => Type.Literal(r))),
    vote: OptionalText,
  }),
  recognition: Type.Object({
    decisionNumber: Type.Union([Text, Type.Null()]),
    level: StandardLevelSchema,
    signer: OptionalText,
  }),
  certificate_handover: Type.Object({ place: OptionalText, presenter: OptionalText }),
  merger: Type.Object({ predecessorCodes: Type.Array(Text, { minItems: 1 }) }),
} satisfies Record<StepKind, TSchema>;

export type StepData<K extends StepKind> = Static<(typeof STEP_DATA)[K]>;

export const DocumentRefSchema = Type.Object({
  title: Text,
  reference: OptionalText,
  fileId: OptionalText,
});

function recordSchema<K extends StepKind>(kind: K) {
  return Type.Object({
    id: Type.Optional(Type.String()),
    kind: Type.Literal(kind),
    /** The day the step happened (decision signed, visit made), not the day it was typed in. */
    date: IsoDateSchema,
    recordedBy: Type.Union([Type.Literal('school'), Type.Literal('academy')]),
    documents: Type.Array(DocumentRefSchema),
    note: OptionalText,
    /** Set on demo data whose date is a stand-in (exact date unknown). */
    illustrative: Type.Optional(Type.Boolean()),
    data: STEP_DATA[kind],
  });
}

/** Per kind, so a validation error can name the field (a union only says "no member matched"). */
export const RECORD_SCHEMAS = Object.fromEntries(STEP_KINDS.map((k) => [k, recordSchema(k)])) as {
  [K in StepKind]: ReturnType<typeof recordSchema<K>>;
};
export const StepRecordSchema = Type.Union(STEP_KINDS.map((k) => RECORD_SCHEMAS[k]));
export type StepRecord = { [K in StepKind]: Static<ReturnType<typeof recordSchema<K>>> }[StepKind];
export type StepRecordOf<K extends StepKind> = Extract<StepRecord, { kind: K }>;

export type StepDefinition = {
  kind: StepKind;
  label: string;
  recordedBy: Recorder[];
  /** Field → Vietnamese label, for messages. */
  fields: Record<string, string>;
  source: string;
};

const PRACTICE =
  'Quy trình thực tế ghép từ tin công nhận các trường (standard-reports-contests.md §1.3) — Chưa xác minh';

export const STEPS: Record<StepKind, StepDefinition> = {
  project_drafting: {
    kind: 'project_drafting',
    label: 'Đang xây dựng đề án',
    recordedBy: ['school'],
    fields: {},
    source: 'Công văn 2174-CV/HVCTQG, mục 1',
  },
  project_submitted: {
    kind: 'project_submitted',
    label: 'Trình đề án lên Ban Thường vụ tỉnh ủy, thành ủy',
    recordedBy: ['school'],
    fields: { reference: 'số tờ trình' },
    source: 'Công văn 2174-CV/HVCTQG, mục 1',
  },
  project_approved: {
    kind: 'project_approved',
    label: 'Ban Thường vụ phê duyệt đề án',
    recordedBy: ['school'],
    fields: {
      decisionNumber: 'số quyết định',
      approvedBy: 'cơ quan phê duyệt',
      periodFrom: 'năm bắt đầu giai đoạn',
      periodTo: 'năm kết thúc giai đoạn',
      targetLevel: 'mức chuẩn mục tiêu',
      targetYear: 'năm đạt chuẩn mục tiêu',
    },
    source: `Công văn 2174-CV/HVCTQG, mục 1; ${PRACTICE}`,
  },
  steering_committee: {
    kind: 'steering_committee',
    label: 'Thành lập Ban Chỉ đạo',
    recordedBy: ['school'],
    fields: { decisionNumber: 'số quyết định', chair: 'trưởng ban', members: 'thành viên' },
    source: PRACTICE,
  },
  registration: {
    kind: 'registration',
    label: 'Đăng ký đạt chuẩn',
    recordedBy: ['school'],
    fields: { targetYear: 'năm đăng ký đạt chuẩn', level: 'mức chuẩn', reference: 'số văn bản đăng ký' },
    source: `Công văn 2174-CV/HVCTQG, mục 1 ("đăng ký đạt chuẩn năm 2022"); ${PRACTICE}`,
  },
  self_assessment: {
    kind: 'self_assessment',
    label: 'Tự đánh giá',
    recordedBy: ['school'],
    fields: { round: 'lần tự đánh giá', purpose: 'mục đích', catalogueVersionId: 'phiên bản danh mục' },
    source: PRACTICE,
  },
  survey_visit: {
    kind: 'survey_visit',
    label: 'Đoàn khảo sát của Học viện',
    recordedBy: ['academy'],
    fields: { leader: 'trưởng đoàn', members: 'thành viên đoàn', findings: 'kết quả từng chỉ tiêu' },
    source: PRACTICE,
  },
  appraisal_council: {
    kind: 'appraisal_council',
    label: 'Hội đồng thẩm định',
    recordedBy: ['academy'],
    fields: {
      chair: 'chủ tịch hội đồng',
      members: 'thành viên',
      level: 'mức chuẩn',
      result: 'kết quả',
      vote: 'kết quả biểu quyết',
    },
    source: PRACTICE,
  },
  recognition: {
    kind: 'recognition',
    label: 'Quyết định công nhận',
    recordedBy: ['academy'],
    fields: { decisionNumber: 'số quyết định', level: 'mức chuẩn', signer: 'người ký' },
    source: PRACTICE,
  },
  certificate_handover: {
    kind: 'certificate_handover',
    label: 'Trao Bằng công nhận',
    recordedBy: ['academy'],
    fields: { place: 'địa điểm', presenter: 'người trao' },
    source: PRACTICE,
  },
  merger: {
    kind: 'merger',
    label: 'Hợp nhất trường (sắp xếp tỉnh 2025) — cần thẩm định lại',
    recordedBy: ['academy'],
    fields: { predecessorCodes: 'các trường trước hợp nhất' },
    source: 'Trường Phú Thọ sau hợp nhất được thẩm định lại (standard-reports-contests.md §1.3, [S/?])',
  },
};
