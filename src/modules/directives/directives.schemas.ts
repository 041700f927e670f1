import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery, Paged } from '../../lib/http-schemas.ts';

/** The values the pages switch on, as literal unions so the web's generated types carry them. */
const DirectiveStatus = Type.Union([Type.Literal('draft'), Type.Literal('issued')]);
const ObligationStatus = Type.Union([Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('done')]);
const AnswerField = Type.Union([
  Type.Literal('approvalDate'),
  Type.Literal('decisionNumber'),
  Type.Literal('targetYear'),
]);

export const Audience = Type.Union([
  Type.Literal('all'),
  Type.Literal('provincial'),
  Type.Literal('sector'),
  Type.Literal('list'),
]);

export const RequirementInput = Type.Object(
  {
    no: Type.Union([Type.Integer({ minimum: 1, maximum: 999 }), Type.Null()]),
    text: Type.String({ minLength: 3, maxLength: 5000 }),
    deadline: Type.Union([IsoDate, Type.Null()]),
    answerType: Type.Optional(Type.Union([Type.Literal('status'), Type.Literal('standard_school_project')])),
    /** Who it is addressed to (audience.ts); all recipients when absent. */
    audience: Type.Optional(Audience),
    /** The organisations of a 'list' audience (each must be a recipient). */
    audienceIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
  },
  { additionalProperties: false },
);

export const RecipientMode = Type.Union([
  Type.Literal('provincial'),
  Type.Literal('sector'),
  Type.Literal('provincial_and_sector'),
  Type.Literal('custom'),
]);

export const CreateDirectiveBody = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 500 }),
    numberSymbol: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
    issuedDate: IsoDate,
    sourceDocumentId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    requirements: Type.Array(RequirementInput, { minItems: 1, maxItems: 50 }),
    recipientMode: RecipientMode,
    recipientIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
  },
  { additionalProperties: false },
);
export type CreateDirectiveBody = Static<typeof CreateDirectiveBody>;

export const ListDirectivesQuery = Type.Object({ ...PageQuery });

export const DashboardQuery = Type.Object({
  region: Type.Optional(Type.String({ maxLength: 20 })),
  kind: Type.Optional(
    Type.Union([Type.Literal('provincial_school'), Type.Literal('sector_school'), Type.Literal('regional_academy')]),
  ),
  asOf: Type.Optional(IsoDate),
});

export const UpdateObligationBody = Type.Object(
  {
    stage: Type.String({ minLength: 2, maxLength: 40 }),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
    approvalDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    decisionNumber: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
    targetYear: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateObligationBody = Static<typeof UpdateObligationBody>;

export const ListObligationsQuery = Type.Object({
  directiveId: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(ObligationStatus),
  ...PageQuery,
});

// ------------------------------------------------------------------ responses

const NStr = Type.Union([Type.String(), Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);

export const RequirementOut = Type.Object({
  id: Type.String(),
  no: NInt,
  text: Type.String(),
  deadline: NStr,
  answerType: Type.String(),
  audience: Type.String(),
  audienceLabel: Type.String(),
  audienceIds: Type.Array(Type.String()),
});

/** What identifies a directive on every page: its letter (number, date, title) and where it stands. */
const DirectiveHead = {
  id: Type.String(),
  title: Type.String(),
  numberSymbol: NStr,
  issuedDate: Type.String(),
  status: DirectiveStatus,
};

export const DirectiveSummary = Type.Object({
  ...DirectiveHead,
  recipientMode: RecipientMode,
  recipients: Type.Integer(),
});

export const DirectivePage = Paged(DirectiveSummary);

export const Directive = Type.Object({
  ...DirectiveHead,
  recipientMode: RecipientMode,
  sourceDocumentId: NStr,
  issuedAt: NStr,
  /** The hand-picked recipients (custom mode); Academy only. */
  recipientIds: Type.Optional(Type.Array(Type.String())),
  requirements: Type.Array(RequirementOut),
});

export const DirectiveDraft = Type.Object({
  title: Type.String(),
  numberSymbol: NStr,
  issuedDate: Type.String(),
  sourceDocumentId: Type.String(),
  requirements: Type.Array(
    Type.Object({
      no: NInt,
      text: Type.String(),
      deadline: NStr,
      answerType: Type.Literal('status'),
      /** Proposed from the wording; the Academy reviews it. */
      audience: Type.Union([Type.Literal('all'), Type.Literal('provincial'), Type.Literal('sector')]),
    }),
  ),
  recipientMode: RecipientMode,
});

export const IssueResult = Type.Object({ recipients: Type.Integer() });

export const Answer = Type.Object({
  stage: Type.String(),
  approvalDate: Type.Optional(NStr),
  decisionNumber: Type.Optional(NStr),
  targetYear: Type.Optional(NInt),
});

const Cell = Type.Object({
  requirementId: Type.String(),
  obligationId: Type.String(),
  status: ObligationStatus,
  stage: Type.String(),
  stageLabel: Type.String(),
  answer: Type.Union([Answer, Type.Null()]),
  overdue: Type.Boolean(),
  /** Demo data the sources do not support ("minh họa"). */
  illustrative: Type.Boolean(),
  updatedAt: Type.String(),
});

export const Dashboard = Type.Object({
  directive: Type.Object(DirectiveHead),
  asOf: Type.String(),
  schoolCount: Type.Integer(),
  requirements: Type.Array(
    Type.Object({
      id: Type.String(),
      no: NInt,
      text: Type.String(),
      deadline: NStr,
      answerType: Type.String(),
      answerTypeLabel: Type.String(),
      audience: Type.String(),
      audienceLabel: Type.String(),
      /** Recipients (after the filters) the requirement is addressed to: the denominator of its counts. */
      audienceCount: Type.Integer(),
      /** How many of the counted answers are illustrative demo data. */
      illustrative: Type.Integer(),
      stages: Type.Array(
        Type.Object({ code: Type.String(), label: Type.String(), status: ObligationStatus, count: Type.Integer() }),
      ),
      milestones: Type.Array(
        Type.Object({ code: Type.String(), label: Type.String(), count: Type.Integer(), headline: Type.String() }),
      ),
      overdue: Type.Integer(),
    }),
  ),
  schools: Type.Array(
    Type.Object({
      organisationId: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      provinceName: NStr,
      region: NStr,
      statusCode: Type.String(),
      statusLabel: Type.String(),
      arrivedAt: NStr,
      registeredAt: NStr,
      doneAt: NStr,
      /** Where a school merged since the directive (e.g. 2022 schools → 2025 schools), its successors. */
      successors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
      cells: Type.Array(Type.Union([Cell, Type.Null()])),
    }),
  ),
  delivery: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), count: Type.Integer() })),
});

export const History = Type.Object({
  series: Type.Array(
    Type.Object({
      requirementId: Type.String(),
      no: NInt,
      milestones: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
      points: Type.Array(Type.Object({ date: Type.String(), counts: Type.Record(Type.String(), Type.Integer()) })),
    }),
  ),
});

export const Obligation = Type.Object({
  id: Type.String(),
  directiveId: Type.String(),
  directiveTitle: Type.String(),
  numberSymbol: NStr,
  requirementId: Type.String(),
  requirementNo: NInt,
  requirementText: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  status: ObligationStatus,
  stage: Type.String(),
  stageLabel: Type.String(),
  answerType: Type.String(),
  stages: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), requires: Type.Array(AnswerField) })),
  answer: Answer,
  deadline: NStr,
  overdue: Type.Boolean(),
  /** Demo data the sources do not support, until the school writes its own answer. */
  illustrative: Type.Boolean(),
  note: NStr,
  updatedAt: Type.String(),
});

export const ObligationPage = Paged(Obligation);

export const EvidenceFile = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});

export const ObligationDetail = Type.Object({
  ...Obligation.properties,
  history: Type.Array(
    Type.Object({
      at: Type.String(),
      status: ObligationStatus,
      stage: NStr,
      note: NStr,
      answer: Type.Union([Answer, Type.Null()]),
      actorName: NStr,
    }),
  ),
  evidence: Type.Array(EvidenceFile),
});

export const EvidenceFileParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  fileId: Type.String({ maxLength: 64 }),
});
