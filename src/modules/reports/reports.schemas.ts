/** Request and response schemas of the reports routes (TypeBox: validation, OpenAPI, types). */
import { type Static, Type } from '@sinclair/typebox';
import { Id, IsoDate, PageQuery } from '../../lib/http-schemas.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

// ------------------------------------------------------------------ regimes

export const RegimeParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40 }),
  version: Type.Integer({ minimum: 1 }),
});
export const RegimeCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });

export const RegimeSummary = Type.Object({
  code: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  kind: Type.String(),
  frequency: Type.String(),
  effectiveFrom: Type.String(),
  effectiveTo: Nullable(Type.String()),
  origin: Type.String(),
  forms: Type.Integer(),
  rules: Type.Integer(),
  uncertain: Type.Array(Type.String()),
});
export const RegimeList = Type.Object({ items: Type.Array(RegimeSummary) });
export const RegimeDetail = Type.Object({ summary: RegimeSummary, definition: Type.Unknown() });

export const SaveRegimeBody = Type.Object({
  definition: Type.Unknown(),
  effectiveFrom: Type.Optional(Nullable(IsoDate)),
});
export const ImportRegimeQuery = Type.Object({ effectiveFrom: Type.Optional(IsoDate) });

export const PeriodsQuery = Type.Object({ from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) });
export const PeriodItem = Type.Object({
  regimeCode: Type.String(),
  regimeVersion: Type.Integer(),
  code: Type.String(),
  label: Type.String(),
  cutoffFrom: Type.String(),
  cutoffTo: Type.String(),
  deadline: Type.String(),
});
export const PeriodList = Type.Object({ items: Type.Array(PeriodItem) });

// ------------------------------------------------------------------ reports

export const CreateReportBody = Type.Object({
  /** The school the report is for: the caller's own (default) or a predecessor in its scope. */
  organisationId: Type.Optional(Id),
  regimeCode: Type.String({ minLength: 1, maxLength: 40 }),
  periodCode: Type.String({ minLength: 1, maxLength: 40 }),
});
export const CreatedReport = Type.Object({
  id: Type.String(),
  problems: Type.Array(
    Type.Object({ form: Type.String(), row: Type.String(), column: Type.String(), message: Type.String() }),
  ),
});

export const FigureEdit = Type.Object({
  form: Type.String({ minLength: 1, maxLength: 40 }),
  row: Type.String({ minLength: 1, maxLength: 40 }),
  column: Type.String({ minLength: 1, maxLength: 40 }),
  value: Type.Union([Type.Number(), Type.String({ maxLength: 4000 }), Type.Null()]),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
});
export type FigureEdit = Static<typeof FigureEdit>;
export const FiguresBody = Type.Object({ figures: Type.Array(FigureEdit, { minItems: 1, maxItems: 2000 }) });
export const NarrativeBody = Type.Object({
  sections: Type.Array(
    Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }), text: Type.String({ maxLength: 100_000 }) }),
    {
      minItems: 1,
      maxItems: 100,
    },
  ),
});

export const ActionParams = Type.Object({
  id: Id,
  action: Type.Union(
    ['submit', 'withdraw', 'approve', 'reject', 'send', 'accept', 'return', 'correct'].map((a) => Type.Literal(a)),
  ),
});
export const ActionBody = Type.Object({ comment: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))) });
export const ActionResult = Type.Object({
  state: Type.String(),
  revision: Type.Integer(),
  numberSymbol: Nullable(Type.String()),
});

const Cell = Type.Object({ form: Type.String(), row: Type.String(), column: Type.String() });
export const Issue = Type.Object({
  kind: Type.String(),
  code: Type.String(),
  importance: Type.String(),
  message: Type.String(),
  cells: Type.Array(Cell),
  left: Type.Optional(NullableNumber),
  right: Type.Optional(NullableNumber),
});
export const Validation = Type.Object({ ok: Type.Boolean(), errors: Type.Array(Issue), warnings: Type.Array(Issue) });

export const ReportDetail = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  regimeCode: Type.String(),
  regimeVersion: Type.Integer(),
  regimeName: Type.String(),
  periodCode: Type.String(),
  periodLabel: Type.String(),
  cutoffFrom: Type.String(),
  cutoffTo: Type.String(),
  deadline: Type.String(),
  revision: Type.Integer(),
  state: Type.String(),
  stateLabel: Type.String(),
  editable: Type.Boolean(),
  actions: Type.Array(Type.String()),
  numberSymbol: Nullable(Type.String()),
  firstSentAt: Nullable(Type.String()),
  sentAt: Nullable(Type.String()),
  returnComment: Nullable(Type.String()),
  onTime: Type.Union([Type.Boolean(), Type.Null()]),
  content: Type.Unknown(),
  definition: Type.Unknown(),
  validation: Validation,
});

export const ReportListQuery = Type.Object({
  organisationId: Type.Optional(Id),
  regimeCode: Type.Optional(Type.String({ maxLength: 40 })),
  state: Type.Optional(Type.String({ maxLength: 40 })),
  ...PageQuery,
});
export const ReportListItem = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  regimeCode: Type.String(),
  regimeVersion: Type.Integer(),
  periodCode: Type.String(),
  periodLabel: Type.String(),
  deadline: Type.String(),
  revision: Type.Integer(),
  state: Type.String(),
  stateLabel: Type.String(),
  firstSentAt: Nullable(Type.String()),
  numberSymbol: Nullable(Type.String()),
  updatedAt: Type.String(),
});

export const DueQuery = Type.Object({ onDate: Type.Optional(IsoDate) });
export const DueList = Type.Object({
  items: Type.Array(
    Type.Object({
      regimeCode: Type.String(),
      regimeVersion: Type.Integer(),
      regimeName: Type.String(),
      periodCode: Type.String(),
      periodLabel: Type.String(),
      cutoffFrom: Type.String(),
      cutoffTo: Type.String(),
      deadline: Type.String(),
      state: Type.String(),
      daysLeft: Type.Integer(),
      reportId: Nullable(Type.String()),
      reportState: Nullable(Type.String()),
    }),
  ),
});

export const History = Type.Object({
  firstSentAt: Nullable(Type.String()),
  events: Type.Array(
    Type.Object({
      revision: Type.Integer(),
      action: Type.String(),
      at: Type.String(),
      comment: Nullable(Type.String()),
      contentHash: Nullable(Type.String()),
      actorName: Nullable(Type.String()),
    }),
  ),
  revisions: Type.Array(
    Type.Object({
      revision: Type.Integer(),
      contentHash: Type.String(),
      numberSymbol: Type.String(),
      sentAt: Type.String(),
      academyDocumentId: Nullable(Type.String()),
    }),
  ),
});

// ------------------------------------------------------------------ the Academy's views

export const MatrixQuery = Type.Object({
  regimeCode: Type.String({ minLength: 1, maxLength: 40 }),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  asOf: Type.Optional(IsoDate),
  kind: Type.Optional(Type.String({ maxLength: 40 })),
});
const Rates = {
  expected: Type.Integer(),
  received: Type.Integer(),
  onTime: Type.Integer(),
  reportingRate: NullableNumber,
  onTimeRate: NullableNumber,
};
export const Matrix = Type.Object({
  asOf: Type.String(),
  columns: Type.Array(
    Type.Object({
      ...Rates,
      regimeCode: Type.String(),
      periodCode: Type.String(),
      periodLabel: Type.String(),
      deadline: Type.String(),
      due: Type.Boolean(),
    }),
  ),
  schools: Type.Array(
    Type.Object({
      ...Rates,
      code: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      cells: Type.Array(
        Type.Object({
          status: Type.String(),
          firstSentOn: Nullable(Type.String()),
          daysLate: Type.Union([Type.Integer(), Type.Null()]),
          state: Nullable(Type.String()),
          revision: Type.Union([Type.Integer(), Type.Null()]),
        }),
      ),
    }),
  ),
  totals: Type.Object(Rates),
});

export const AggregateQuery = Type.Object({
  regimeCode: Type.String({ minLength: 1, maxLength: 40 }),
  periodCode: Type.String({ minLength: 1, maxLength: 40 }),
});
const Group = Type.Object({ key: Type.String(), label: Type.String(), value: NullableNumber, n: Type.Integer() });
export const AggregateResponse = Type.Object({
  regimeCode: Type.String(),
  regimeVersion: Type.Integer(),
  periodCode: Type.String(),
  periodLabel: Type.String(),
  reports: Type.Integer(),
  cells: Type.Array(
    Type.Object({
      form: Type.String(),
      row: Type.String(),
      column: Type.String(),
      label: Type.String(),
      method: Type.String(),
      value: NullableNumber,
      n: Type.Integer(),
      min: NullableNumber,
      max: NullableNumber,
      counts: Type.Union([Type.Record(Type.String(), Type.Integer()), Type.Null()]),
      byRegion: Type.Array(Group),
      byKind: Type.Array(Group),
      schools: Type.Array(
        Type.Object({
          code: Type.String(),
          name: Type.String(),
          value: Type.Union([Type.Number(), Type.String(), Type.Null()]),
        }),
      ),
    }),
  ),
});
