/**
 * Response schemas of the training routes: they document /api/docs and filter what is sent (Fastify's
 * serializer drops any field not listed). Shapes follow training.presenter.ts and the services.
 */
import { Type } from '@sinclair/typebox';

const S = Type.String();
const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);
const Int = Type.Integer();
const Source = Type.Object({ document: S, article: S });
const Notice = Type.Object({ code: S, message: S });
const CodeLabel = Type.Object({ code: S, label: S });
/** A class's programme, mode and delivery, each with its Vietnamese label. */
const ClassKinds = { level: S, levelLabel: S, mode: S, modeLabel: S, delivery: S, deliveryLabel: S };

export const Rules = Type.Object({
  regimes: Type.Array(
    Type.Object({ id: S, name: S, effectiveFrom: S, effectiveTo: NStr, source: Source, unknowns: Type.Array(S) }),
  ),
  rules: Type.Array(
    Type.Object({
      code: S,
      origin: S,
      title: S,
      levels: Type.Array(S),
      modes: Type.Array(S),
      severity: S,
      confidence: S,
      effectiveFrom: NStr,
      effectiveTo: NStr,
      source: Source,
      note: NStr,
    }),
  ),
});

const ImportError = Type.Object({ sheet: S, row: NInt, column: NStr, message: S });

const ImportedClass = Type.Object({
  id: NStr,
  action: S,
  row: NInt,
  code: S,
  name: S,
  ...ClassKinds,
  hostName: S,
  partnerName: NStr,
  openingDate: S,
  closingDate: NStr,
  learners: Int,
  removedLearners: Type.Array(S),
  regime: NStr,
  regimeLabel: NStr,
  blocking: Int,
  warning: Int,
  notices: Type.Array(Notice),
});

const ImportPreviewShape = {
  ok: Type.Boolean(),
  fileName: S,
  allowUpdates: Type.Boolean(),
  errors: Type.Array(ImportError),
  totals: Type.Object({
    classes: Int,
    created: Int,
    updated: Int,
    learnersAddedTo: Int,
    learnerRows: Int,
    newLearners: Int,
    updatedLearners: Int,
    removedLearners: Int,
    findings: Int,
    blocking: Int,
    warning: Int,
  }),
  classes: Type.Array(ImportedClass),
  byRule: Type.Array(Type.Object({ rule: S, title: S, severity: S, count: Int })),
  findings: Type.Array(
    Type.Object({
      sheet: S,
      row: NInt,
      classCode: S,
      learner: NStr,
      rule: S,
      title: S,
      severity: S,
      severityLabel: S,
      regime: S,
      regimeLabel: NStr,
      message: S,
      source: Source,
      citation: S,
      confidence: S,
      confidenceLabel: S,
    }),
  ),
  findingsShown: Int,
};
export const ImportPreview = Type.Object(ImportPreviewShape);
export const ImportResult = Type.Object({ importId: S, ...ImportPreviewShape });

const FindingCounts = Type.Object({ blocking: Int, warning: Int, overridden: Int });

const ClassSummaryShape = {
  id: S,
  organisationId: S,
  organisationName: S,
  code: S,
  name: S,
  ...ClassKinds,
  hostCode: S,
  hostName: S,
  hostKind: S,
  partnerName: NStr,
  openingDate: S,
  closingDate: NStr,
  place: NStr,
  regime: NStr,
  regimeLabel: NStr,
  evaluatedAt: NStr,
  size: Int,
  findings: FindingCounts,
};
const ClassSummary = Type.Object(ClassSummaryShape);

export const ClassPage = Type.Object({
  items: Type.Array(ClassSummary),
  total: Int,
  facets: Type.Object({ hosts: Type.Array(Type.Object({ code: S, name: S })), years: Type.Array(Int) }),
  page: Int,
  pageSize: Int,
});

const Override = Type.Object({
  id: S,
  decisionReference: S,
  reason: NStr,
  createdBy: S,
  createdByName: NStr,
  createdAt: S,
});

export const Finding = Type.Object({
  id: S,
  classId: S,
  learnerId: NStr,
  rule: S,
  title: S,
  severity: S,
  severityLabel: S,
  regime: S,
  regimeLabel: S,
  values: Type.Record(S, Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
  message: S,
  source: Source,
  citation: S,
  confidence: S,
  confidenceLabel: S,
  evaluatedAt: S,
  override: Type.Union([Override, Type.Null()]),
});

const Learner = Type.Object({
  id: S,
  fullName: S,
  birthDate: S,
  gender: S,
  genderLabel: S,
  ethnicity: NStr,
  partyStatus: S,
  partyStatusLabel: S,
  partyJoinDate: NStr,
  partyFullDate: NStr,
  education: S,
  educationLabel: S,
  theoryLevel: S,
  theoryLevelLabel: S,
  theoryDocumentDate: NStr,
  theoryDocumentKind: NStr,
  position: NStr,
  planned: Type.Boolean(),
  workplace: NStr,
  ratingLastYear: NStr,
  ratingYearBefore: NStr,
  findings: Type.Array(Finding),
});

export const ClassDetail = Type.Object({
  class: Type.Object({
    ...ClassSummaryShape,
    partnerCode: NStr,
    notices: Type.Array(Notice),
    classSize: Type.Object({ enrolled: Int, limit: NInt, configured: Type.Boolean(), exceeded: Type.Boolean() }),
    settingsChangedSinceEvaluation: Type.Boolean(),
  }),
  classFindings: Type.Array(Finding),
  learners: Type.Array(Learner),
  permissions: Type.Object({ evaluate: Type.Boolean(), override: Type.Boolean() }),
});

const TallyShape = { open: Int, blocking: Int, warning: Int, overridden: Int };

export const ComplianceSummary = Type.Object({
  scope: Type.Union([Type.Literal('network'), Type.Literal('organisation')]),
  organisation: Type.Union([Type.Object({ id: S, name: S }), Type.Null()]),
  totals: Type.Object({
    classes: Int,
    classesWithoutRegime: Int,
    learners: Int,
    learnersWithFindings: Int,
    findings: Int,
    ...TallyShape,
  }),
  rules: Type.Array(Type.Object({ code: S, title: S })),
  byRule: Type.Array(Type.Object({ rule: S, title: S, ...TallyShape })),
  bySchool: Type.Array(
    Type.Object({
      organisationId: S,
      name: S,
      kind: NStr,
      provinceName: NStr,
      classes: Int,
      learners: Int,
      learnersWithFindings: Int,
      ...TallyShape,
      byRule: Type.Record(S, Int),
    }),
  ),
  byClass: Type.Array(ClassSummary),
});

const ClassSizeLimit = Type.Object({ level: S, mode: S, max: Int });
const PositionLists = Type.Record(S, Type.Array(S));

export const ComplianceSettings = Type.Object({
  scope: Type.Union([Type.Literal('network'), Type.Literal('organisation')]),
  organisationId: NStr,
  organisationName: S,
  canEdit: Type.Boolean(),
  notice: S,
  classSizeLimits: Type.Array(ClassSizeLimit),
  positionLists: PositionLists,
  uncertainDates: Type.Object({ r350EffectiveFrom: NStr, c01EffectiveFrom: NStr, notice: S }),
  updatedAt: NStr,
  updatedByName: NStr,
  network: Type.Object({ classSizeLimits: Type.Array(ClassSizeLimit), positionLists: PositionLists, updatedAt: NStr }),
  effective: Type.Object({
    classSizeLimits: Type.Optional(Type.Array(ClassSizeLimit)),
    positionLists: Type.Optional(PositionLists),
    r350EffectiveFrom: Type.Optional(NStr),
    c01EffectiveFrom: Type.Optional(NStr),
  }),
  defaultPositionLists: Type.Array(Type.Object({ id: S, title: S, source: S, entries: Type.Array(S) })),
  levels: Type.Array(CodeLabel),
  modes: Type.Array(CodeLabel),
});
