/** Request and response schemas of the standard-school routes (TypeBox; they also make the OpenAPI document). */
import { Type } from '@sinclair/typebox';
import { IsoDate, PageQuery } from '../../lib/http-schemas.ts';
import { EvidenceItemSchema, INDICATOR_STATUSES, STAGES, STEP_KINDS } from '../../standard/index.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Level = Type.Union([Type.Literal(1), Type.Literal(2)]);
const Status = Type.Union(INDICATOR_STATUSES.map((s) => Type.Literal(s)));
const Any = Type.Unknown();

// Requests.
export const RosterQuery = Type.Object(PageQuery);
export const SchoolParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const EntryParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  code: Type.String({ pattern: '^[1-6]\\.\\d{2}$' }),
});
export const FileParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  fileId: Type.String({ minLength: 1, maxLength: 64 }),
});
const DocumentRef = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 500 }),
  reference: Nullable(Type.String({ maxLength: 200 })),
  fileId: Nullable(Type.String({ maxLength: 64 })),
});
export const RecordBody = Type.Object({
  kind: Type.Union(STEP_KINDS.map((k) => Type.Literal(k))),
  date: IsoDate,
  data: Type.Record(Type.String(), Type.Unknown()),
  documents: Type.Optional(Type.Array(DocumentRef, { maxItems: 50 })),
  note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
});
export const CreateAssessmentBody = Type.Object({
  targetLevel: Level,
  filingDate: IsoDate,
  purpose: Type.Union([Type.Literal('progress'), Type.Literal('application')]),
});
export const EntryBody = Type.Object({
  value: NullableNumber,
  status: Type.Union([Status, Type.Null()]),
  comment: Nullable(Type.String({ maxLength: 4000 })),
  evidence: Type.Array(EvidenceItemSchema, { maxItems: 200 }),
});
export const CatalogueImportQuery = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  effectiveFrom: IsoDate,
  source: Type.String({ minLength: 1, maxLength: 500 }),
  confidence: Type.Union([Type.Literal('confirmed'), Type.Literal('secondary'), Type.Literal('uncertain')]),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const NetworkQuery = Type.Object({
  date: Type.Optional(IsoDate),
  stage: Type.Optional(Type.Union(STAGES.map((s) => Type.Literal(s)))),
  region: Type.Optional(Type.String({ maxLength: 100 })),
  level: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
  kind: Type.Optional(Type.String({ maxLength: 50 })),
});

// Responses.
const ImportErrorItem = Type.Object({
  sheet: Type.String(),
  row: Type.Union([Type.Integer(), Type.Null()]),
  column: NullableString,
  message: Type.String(),
});
const Threshold = Type.Union([Type.Object({ op: Type.String(), value: Type.Number() }), Type.Null()]);
export const CatalogueView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  effectiveFrom: Type.String(),
  source: Type.String(),
  confidence: Type.String(),
  confidenceLabel: Type.String(),
  declaredIndicatorCount: Type.Integer(),
  builtIn: Type.Boolean(),
  criteria: Type.Array(Type.Object({ number: Type.Integer(), title: Type.String() })),
  items: Type.Array(
    Type.Object({
      criterion: Type.Integer(),
      code: Type.String(),
      text: Type.String(),
      unit: NullableString,
      howComputed: Type.String(),
      level1Threshold: Threshold,
      level2Threshold: Threshold,
      source: Type.String(),
      confidence: Type.String(),
      confidenceLabel: Type.String(),
    }),
  ),
});
export const CatalogueList = Type.Object({ items: Type.Array(CatalogueView) });
export const CatalogueImportResult = Type.Object({ version: CatalogueView, notices: Type.Array(Type.String()) });

const RecordView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  label: Type.String(),
  date: Type.String(),
  recordedBy: Type.String(),
  documents: Type.Array(Type.Object({ title: Type.String(), reference: NullableString, fileId: NullableString })),
  note: NullableString,
  illustrative: Type.Boolean(),
  recorderName: NullableString,
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
});
export const DossierView = Type.Object({
  school: Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), province: NullableString }),
  stage: Type.String(),
  stageLabel: Type.String(),
  level: Type.Union([Level, Type.Null()]),
  levelLabel: NullableString,
  registration: Type.Union([Type.Object({ targetYear: Type.Integer(), level: Level }), Type.Null()]),
  records: Type.Array(RecordView),
  inherited: Type.Array(Type.Object({ schoolName: Type.String(), level: Level, date: Type.String() })),
  needsOwnAppraisal: Type.Boolean(),
  nextSteps: Type.Array(
    Type.Object({ kind: Type.String(), label: Type.String(), fields: Type.Record(Type.String(), Type.String()) }),
  ),
  directiveAnswer: Type.Object({
    stage: Type.String(),
    approvalDate: Type.Optional(NullableString),
    decisionNumber: Type.Optional(NullableString),
    targetYear: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    incomplete: Type.Array(Type.String()),
  }),
});

const StaffView = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  staffCode: NullableString,
  birthYear: Type.Integer(),
  gender: Type.String(),
  kind: Type.String(),
  position: NullableString,
  unit: NullableString,
  education: Type.String(),
  academicTitle: NullableString,
  theoryLevel: Type.String(),
  grade: NullableString,
  classicsCertificate: Type.Boolean(),
  employment: Type.String(),
});
export const RosterView = Type.Object({
  importedAt: NullableString,
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  members: Type.Array(StaffView),
  summary: Any,
});
export const RosterPreview = Type.Object({
  errors: Type.Array(ImportErrorItem),
  count: Type.Integer(),
  summary: Any,
});

const AssessmentRowView = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  catalogueVersionId: Type.String(),
  targetLevel: Type.Integer(),
  filingDate: Type.String(),
  round: Type.Integer(),
  purpose: Type.String(),
  status: Type.String(),
  progressLine: NullableString,
  submittedAt: NullableString,
  createdAt: Type.String(),
});
export const AssessmentList = Type.Object({ items: Type.Array(AssessmentRowView) });
const Issue = Type.Object({ kind: Type.String(), severity: Type.String(), message: Type.String() });
export const AssessmentView = Type.Object({
  assessment: AssessmentRowView,
  catalogue: Type.Object({ id: Type.String(), title: Type.String(), confidence: Type.String() }),
  progressLine: Type.String(),
  progress: Type.Object({
    declared: Type.Integer(),
    listed: Type.Integer(),
    met: Type.Integer(),
    exceeded: Type.Integer(),
    notMet: Type.Integer(),
    referred: Type.Integer(),
    notAssessed: Type.Integer(),
    notInCatalogue: Type.Integer(),
  }),
  canSubmit: Type.Boolean(),
  missing: Type.Array(
    Type.Object({
      kind: Type.String(),
      severity: Type.String(),
      criterion: Type.Union([Type.Integer(), Type.Null()]),
      code: NullableString,
      message: Type.String(),
    }),
  ),
  indicators: Type.Array(
    Type.Object({
      code: Type.String(),
      criterion: Type.Integer(),
      text: Type.String(),
      unit: NullableString,
      howComputed: Type.String(),
      confidenceLabel: Type.String(),
      threshold: Type.Union([
        Type.Object({ op: Type.String(), value: Type.Number(), level: Type.Integer() }),
        Type.Null(),
      ]),
      value: NullableNumber,
      valueSource: NullableString,
      computation: Type.Union([
        Type.Object({
          formula: Type.String(),
          worked: Type.String(),
          inputs: Type.Array(Type.Object({ label: Type.String(), value: Type.String() })),
          breakdown: Type.Array(Type.Object({ label: Type.String(), count: Type.Integer() })),
          notCounted: Type.Array(Type.String()),
        }),
        Type.Null(),
      ]),
      suggestedStatus: NullableString,
      status: NullableString,
      statusLabel: NullableString,
      statusBasis: NullableString,
      comment: NullableString,
      enteredValue: NullableNumber,
      enteredStatus: NullableString,
      evidence: Type.Array(EvidenceItemSchema),
      issues: Type.Array(Issue),
    }),
  ),
});
export const UploadedFiles = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), fileName: Type.String(), size: Type.Integer() })),
});

const Counts = {
  total: Type.Integer(),
  byStage: Type.Record(Type.String(), Type.Integer()),
  byLevel: Type.Object({ none: Type.Integer(), level1: Type.Integer(), level2: Type.Integer() }),
};
export const NetworkView = Type.Object({
  onDate: Type.String(),
  stages: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  counts: Type.Object(Counts),
  byRegion: Type.Array(Type.Object({ region: Type.String(), ...Counts })),
  byKind: Type.Array(Type.Object({ kind: Type.String(), ...Counts })),
  milestones: Type.Object({
    projectApproved: Type.Integer(),
    recognised: Type.Integer(),
    registeredFor: Type.Array(Type.Object({ year: Type.Integer(), count: Type.Integer() })),
  }),
  schools: Type.Array(
    Type.Object({
      id: NullableString,
      code: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      region: NullableString,
      stage: Type.String(),
      stageLabel: Type.String(),
      level: Type.Union([Type.Integer(), Type.Null()]),
      levelLabel: NullableString,
      recognitionDate: NullableString,
      inherited: Type.Array(
        Type.Object({
          schoolCode: Type.String(),
          schoolName: Type.String(),
          level: Type.Integer(),
          date: Type.String(),
        }),
      ),
      needsOwnAppraisal: Type.Boolean(),
      registeredForYear: Type.Union([Type.Integer(), Type.Null()]),
      illustrative: Type.Boolean(),
    }),
  ),
  timeline: Type.Array(
    Type.Object({
      date: Type.String(),
      schoolCode: Type.String(),
      schoolName: Type.String(),
      level: Type.Integer(),
      decisionNumber: NullableString,
      certificateDate: NullableString,
      illustrative: Type.Boolean(),
      order: Type.Integer(),
    }),
  ),
});
