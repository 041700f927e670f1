/** TypeBox schemas for the direction, tasks and deadlines routes (validation, OpenAPI and types). */
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate } from '../../lib/http-schemas.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NullableString = Nullable(Type.String());
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });

export const Party = Type.Object({
  kind: Type.Union([Type.Literal('user'), Type.Literal('unit')]),
  id: Type.String(),
  name: Type.String(),
});

export const PendingExtension = Type.Object({
  newDeadline: Type.String(),
  reason: Type.String(),
  requestedAt: Type.String(),
  requestedBy: NullableString,
});

export const TaskSummary = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  documentId: Type.String(),
  documentSubject: NullableString,
  documentNumberSymbol: NullableString,
  documentRegisterNumber: Type.Union([Type.Integer(), Type.Null()]),
  requirementId: NullableString,
  requirementNo: Type.Union([Type.Integer(), Type.Null()]),
  title: Type.String(),
  text: Type.String(),
  deadline: NullableString,
  status: Type.String(),
  statusLabel: Type.String(),
  progress: Type.Integer(),
  lead: Type.Union([Party, Type.Null()]),
  overdue: Type.Boolean(),
  myRoles: Type.Array(Type.String()),
  myDeadline: NullableString,
  pendingExtension: Type.Union([PendingExtension, Type.Null()]),
  updatedAt: Type.String(),
  completedAt: NullableString,
});

export const Assignee = Type.Object({
  id: Type.String(),
  role: Type.String(),
  roleLabel: Type.String(),
  party: Party,
  deadline: NullableString,
  acknowledgedAt: NullableString,
});

export const TaskEvent = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  actorName: NullableString,
  at: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
});

export const EvidenceFile = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});

export const TaskDetail = Type.Object({
  ...TaskSummary.properties,
  resultNote: NullableString,
  assignedAt: NullableString,
  assignedByName: NullableString,
  document: Type.Object({
    id: Type.String(),
    subject: NullableString,
    numberSymbol: NullableString,
    issuerName: NullableString,
    status: Type.String(),
    directionNote: NullableString,
    directedByName: NullableString,
    directedAt: NullableString,
  }),
  assignees: Type.Array(Assignee),
  events: Type.Array(TaskEvent),
  files: Type.Array(EvidenceFile),
  permissions: Type.Object({
    canProgress: Type.Boolean(),
    canComment: Type.Boolean(),
    canComplete: Type.Boolean(),
    canReturn: Type.Boolean(),
    canRequestExtension: Type.Boolean(),
    canDecideExtension: Type.Boolean(),
    canEdit: Type.Boolean(),
    canDirect: Type.Boolean(),
  }),
});

export const PresentBody = Type.Object(
  { leaderId: Id, note: Type.Optional(Nullable(Text(2000))) },
  { additionalProperties: false },
);
export type PresentBody = Static<typeof PresentBody>;

export const Presentation = Type.Object({
  id: Type.String(),
  documentId: Type.String(),
  presentedBy: Party,
  presentedTo: Party,
  presentedAt: Type.String(),
  note: NullableString,
});

const Target = Type.Object({ userId: Type.Optional(Id), unitId: Type.Optional(Id) }, { additionalProperties: false });
const TargetWithDeadline = Type.Object(
  { userId: Type.Optional(Id), unitId: Type.Optional(Id), deadline: Type.Optional(Type.Union([IsoDate, Type.Null()])) },
  { additionalProperties: false },
);
export type Target = Static<typeof TargetWithDeadline>;

export const Assignment = Type.Object(
  {
    taskId: Type.Optional(Id),
    requirementId: Type.Optional(Id),
    title: Type.Optional(Text(300, 1)),
    lead: Target,
    support: Type.Optional(Type.Array(TargetWithDeadline, { maxItems: 50 })),
    info: Type.Optional(Type.Array(TargetWithDeadline, { maxItems: 100 })),
    deadline: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false },
);
export type Assignment = Static<typeof Assignment>;

export const DirectionBody = Type.Object(
  {
    note: Text(4000),
    assignments: Type.Array(Assignment, { minItems: 1, maxItems: 100 }),
    /** The direction time the form was written over (null: none yet); a mismatch answers 409. */
    ifDirectedAt: Type.Optional(NullableString),
  },
  { additionalProperties: false },
);
export type DirectionBody = Static<typeof DirectionBody>;

export const DirectionSheet = Type.Object({
  document: Type.Object({
    id: Type.String(),
    organisationId: Type.String(),
    status: Type.String(),
    subject: NullableString,
    numberSymbol: NullableString,
    issuerName: NullableString,
    documentDate: NullableString,
    registerNumber: Type.Union([Type.Integer(), Type.Null()]),
    receivedDate: NullableString,
    dueDate: NullableString,
    directionNote: NullableString,
    directedByName: NullableString,
    directedAt: NullableString,
    completedAt: NullableString,
  }),
  presentations: Type.Array(Presentation),
  tasks: Type.Array(Type.Object({ ...TaskSummary.properties, assignees: Type.Array(Assignee) })),
  canDirect: Type.Boolean(),
  canPresent: Type.Boolean(),
});

export const DeskDocument = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  subject: NullableString,
  numberSymbol: NullableString,
  issuerName: NullableString,
  registerNumber: Type.Union([Type.Integer(), Type.Null()]),
  receivedDate: NullableString,
  dueDate: NullableString,
  urgency: NullableString,
  presentedAt: Type.String(),
  presentedBy: NullableString,
  note: NullableString,
  taskCount: Type.Integer(),
});

export const DeskQuery = Type.Object({ organisationId: Type.Optional(Id), includeDone: Type.Optional(Type.Boolean()) });
export const Desk = Type.Object({ awaiting: Type.Array(DeskDocument), tasks: Type.Array(TaskSummary) });

const StatusFilter = Type.Union(
  ['open', 'all', 'unassigned', 'assigned', 'in_progress', 'done', 'returned'].map((s) => Type.Literal(s)),
);
export const MineQuery = Type.Object({
  status: Type.Optional(StatusFilter),
  due: Type.Optional(Type.Union([Type.Literal('overdue'), Type.Literal('soon'), Type.Literal('all')])),
  role: Type.Optional(Type.Union([Type.Literal('lead'), Type.Literal('support'), Type.Literal('info')])),
  window: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
});
export type MineQuery = Static<typeof MineQuery>;

export const ProgressBody = Type.Object(
  {
    progress: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    comment: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);
export type ProgressBody = Static<typeof ProgressBody>;

export const CompleteBody = Type.Object(
  { resultNote: Text(8000, 1), fileIds: Type.Optional(Type.Array(Id, { maxItems: 50 })) },
  { additionalProperties: false },
);
export type CompleteBody = Static<typeof CompleteBody>;
export const ReturnBody = Type.Object({ reason: Text(4000, 1) }, { additionalProperties: false });
export const ExtensionBody = Type.Object(
  { newDeadline: IsoDate, reason: Text(4000, 1) },
  { additionalProperties: false },
);
export type ExtensionBody = Static<typeof ExtensionBody>;
export const DecideBody = Type.Object(
  { approve: Type.Boolean(), note: Type.Optional(Text(4000)) },
  { additionalProperties: false },
);
export type DecideBody = Static<typeof DecideBody>;
export const PatchTaskBody = Type.Object(
  {
    deadline: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    title: Type.Optional(Text(300, 1)),
    text: Type.Optional(Text(8000, 1)),
  },
  { additionalProperties: false },
);
export type PatchTaskBody = Static<typeof PatchTaskBody>;

export const FileParams = Type.Object({ id: Id, fileId: Id });

export const DeadlinesQuery = Type.Object({
  scope: Type.Optional(Type.Union([Type.Literal('me'), Type.Literal('unit'), Type.Literal('organisation')])),
  window: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
  organisationId: Type.Optional(Id),
  unitId: Type.Optional(Id),
});
export type DeadlinesQuery = Static<typeof DeadlinesQuery>;

export const DeadlineItem = Type.Object({
  ...TaskSummary.properties,
  effectiveDeadline: Type.String(),
  daysLeft: Type.Integer(),
  organisationName: Type.String(),
});
export const Deadlines = Type.Object({
  scope: Type.String(),
  today: Type.String(),
  window: Type.Integer(),
  dueSoon: Type.Array(DeadlineItem),
  overdue: Type.Array(DeadlineItem),
  byLead: Type.Array(
    Type.Object({ lead: Type.Union([Party, Type.Null()]), dueSoon: Type.Integer(), overdue: Type.Integer() }),
  ),
});
