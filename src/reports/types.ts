/**
 * A report regime (chế độ báo cáo) as data: one TypeBox schema serves the module's routes (request and
 * response schemas, OpenAPI), the XLSX designer and the shipped regimes. The fields follow the elements
 * a regime must state under Nghị định 09/2019/NĐ-CP (the list of ten is from memory, not read: see
 * docs/reports.md); each element may carry its own source and confidence, because for Party bodies most
 * of them are TCT's configurable defaults rather than rules anyone published.
 *
 * A version is immutable once published: a report stores (regimeCode, version) and is always read,
 * validated and aggregated against that version, even after the Academy issues a newer one.
 */
import { type Static, Type } from '@sinclair/typebox';

const Code = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Text = (maxLength = 2000) => Type.String({ minLength: 1, maxLength });
const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const CONFIDENCES = ['confirmed', 'secondary', 'uncertain', 'unsourced'] as const;
/** confirmed [C] / secondary [S] / uncertain [?] / unsourced: TCT's own configurable default, no source at all. */
export const Confidence = lit(CONFIDENCES);
export type Confidence = Static<typeof Confidence>;

export const Provenance = Type.Object({
  confidence: Confidence,
  source: Type.Union([Text(500), Type.Null()]),
  note: Type.Optional(Text(1000)),
});
export type Provenance = Static<typeof Provenance>;

/** The elements of a regime under Nghị định 09/2019 (names from memory [?]; see docs/reports.md). */
export const ELEMENT_KEYS = [
  'name',
  'content',
  'reporters',
  'recipient',
  'method',
  'cutoff',
  'deadline',
  'frequency',
  'template',
  'procedure',
] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

export const REPORT_KINDS = ['periodic', 'thematic', 'ad_hoc'] as const;
export const ORGANISATION_KINDS = [
  'provincial_school',
  'sector_school',
  'regional_academy',
  'member_academy',
  'academy',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const Reporters = Type.Object({
  /** Every organisation of these kinds valid on the period's last cut-off day reports… */
  kinds: Type.Array(lit(ORGANISATION_KINDS), { uniqueItems: true }),
  /** …and these organisations (network codes) as well. */
  organisationCodes: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { uniqueItems: true }),
});
export type Reporters = Static<typeof Reporters>;

export const CHANNELS = ['tct', 'edxml', 'email', 'paper'] as const;

export const PERIOD_KINDS = [
  'month',
  'quarter',
  'half_year',
  'nine_months',
  'year',
  'school_year',
  'thematic',
  'ad_hoc',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A period spelled out by the designer: thematic and ad hoc reports have no cycle to generate from. */
export const ExplicitPeriod = Type.Object({
  code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$' }),
  label: Text(200),
  cutoffFrom: IsoDate,
  cutoffTo: IsoDate,
  deadline: IsoDate,
});
export type ExplicitPeriod = Static<typeof ExplicitPeriod>;

export const Frequency = Type.Union([
  Type.Object({
    kind: lit(['month', 'quarter', 'half_year', 'nine_months', 'year'] as const),
    /** Which periods of each year are reported (e.g. [1] = only the first half); all when absent. */
    only: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 12 }), { minItems: 1, uniqueItems: true })),
  }),
  Type.Object({ kind: Type.Literal('school_year'), startMonth: Type.Integer({ minimum: 1, maximum: 12 }) }),
  Type.Object({ kind: lit(['thematic', 'ad_hoc'] as const), periods: Type.Array(ExplicitPeriod, { minItems: 1 }) }),
]);
export type Frequency = Static<typeof Frequency>;

/**
 * The data cut-off window of a generated period: from day `startDay` of the month `startMonthOffset`
 * months from the period's first month, to the day before the next period's window starts.
 * Nghị định 09's scheme (15th of the previous month → 14th) is { startDay: 15, startMonthOffset: -1 };
 * calendar periods are { startDay: 1, startMonthOffset: 0 }.
 */
export const Cutoff = Type.Object({
  startDay: Type.Integer({ minimum: 1, maximum: 28 }),
  startMonthOffset: Type.Integer({ minimum: -1, maximum: 0 }),
});
export type Cutoff = Static<typeof Cutoff>;

export const DeadlineRule = Type.Union([
  /** N days after the cut-off's last day; working days skip weekends and the holidays passed in. */
  Type.Object({
    kind: Type.Literal('after_cutoff'),
    days: Type.Integer({ minimum: 0, maximum: 120 }),
    dayKind: lit(['calendar', 'working'] as const),
  }),
  /** A fixed day of the month, `monthOffset` months after the month in which the cut-off ends. */
  Type.Object({
    kind: Type.Literal('day_of_month'),
    day: Type.Integer({ minimum: 1, maximum: 31 }),
    monthOffset: Type.Integer({ minimum: 0, maximum: 12 }),
  }),
]);
export type DeadlineRule = Static<typeof DeadlineRule>;

/** A figure's source in TCT's catalogue (src/reports/sources/catalogue.ts) and its dimension values. */
export const SourceBinding = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 60 }),
  params: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 80 }))),
});
export type SourceBinding = Static<typeof SourceBinding>;

export const COLUMN_TYPES = ['integer', 'decimal', 'percent', 'text', 'choice'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export const AGGREGATIONS = ['sum', 'mean', 'none'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

const Params = Type.Record(Type.String(), Type.String({ maxLength: 80 }));

export const FormColumn = Type.Object({
  code: Code,
  label: Text(200),
  type: lit(COLUMN_TYPES),
  unit: Type.Union([Type.String({ maxLength: 40 }), Type.Null()]),
  options: Type.Optional(Type.Array(Type.Object({ code: Code, label: Text(120) }), { minItems: 1 })),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  /** How the Academy combines schools' values; percentages default to the mean, counts to the sum. */
  aggregate: Type.Optional(lit(AGGREGATIONS)),
  params: Type.Optional(Params),
  source: Type.Optional(SourceBinding),
  note: Type.Optional(Text(500)),
});
export type FormColumn = Static<typeof FormColumn>;

export const FormRow = Type.Object({
  code: Code,
  label: Text(300),
  /** A total row is left out of row wildcards (`#{B01.*.x}`) so "rows sum to the total" can be written. */
  kind: lit(['data', 'total'] as const),
  params: Type.Optional(Params),
  source: Type.Optional(SourceBinding),
  /** Only these kinds of reporter fill the row (e.g. 2174 item 1 concerns provincial schools only). */
  appliesTo: Type.Optional(Type.Array(lit(ORGANISATION_KINDS), { minItems: 1, uniqueItems: true })),
});
export type FormRow = Static<typeof FormRow>;

export const CellOverride = Type.Object({
  row: Code,
  column: Code,
  /** null: this cell is entered by hand even though its row or column names a source. */
  source: Type.Optional(Type.Union([SourceBinding, Type.Null()])),
  disabled: Type.Optional(Type.Boolean()),
});
export type CellOverride = Static<typeof CellOverride>;

/** A data form (biểu mẫu số liệu): rows × columns of figures. */
export const Form = Type.Object({
  code: Code,
  title: Text(300),
  note: Type.Optional(Text(1000)),
  rows: Type.Array(FormRow, { minItems: 1 }),
  columns: Type.Array(FormColumn, { minItems: 1 }),
  cells: Type.Optional(Type.Array(CellOverride)),
});
export type Form = Static<typeof Form>;

/** One section of the narrative outline (đề cương); `level` 1 is a heading, 2 a sub-heading. */
export const OutlineSection = Type.Object({
  code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$' }),
  title: Text(300),
  level: Type.Integer({ minimum: 1, maximum: 3 }),
  guidance: Type.Optional(Text(2000)),
  required: Type.Boolean(),
});
export type OutlineSection = Static<typeof OutlineSection>;

export const OPERATORS = ['==', '!=', '<', '<=', '>', '>=', 'compulsory_pair', 'exclusive_pair'] as const;
export type Operator = (typeof OPERATORS)[number];
export const MISSING_STRATEGIES = ['skip_if_any_missing', 'skip_if_all_missing', 'never_skip'] as const;
export type MissingStrategy = (typeof MISSING_STRATEGIES)[number];

/** A validation rule in DHIS2's form: left side, operator, right side, importance, message. */
export const ValidationRule = Type.Object({
  code: Code,
  left: Text(1000),
  operator: lit(OPERATORS),
  right: Text(1000),
  importance: lit(['error', 'warning'] as const),
  message: Text(500),
  missingValueStrategy: Type.Optional(lit(MISSING_STRATEGIES)),
  source: Type.Optional(Text(500)),
});
export type ValidationRule = Static<typeof ValidationRule>;

export const RegimeVersion = Type.Object({
  code: Code,
  version: Type.Integer({ minimum: 1 }),
  effectiveFrom: IsoDate,
  effectiveTo: Type.Union([IsoDate, Type.Null()]),
  name: Text(300),
  kind: lit(REPORT_KINDS),
  content: Text(4000),
  reporters: Reporters,
  recipient: Type.Object({
    name: Text(300),
    organisationCode: Type.String({ minLength: 1, maxLength: 40 }),
    via: Type.Optional(Text(300)),
  }),
  method: Type.Object({ channels: Type.Array(lit(CHANNELS), { minItems: 1, uniqueItems: true }), note: Text(1000) }),
  frequency: Frequency,
  /** Absent for thematic and ad hoc regimes, whose periods carry their own windows and deadlines. */
  cutoff: Type.Optional(Cutoff),
  deadline: Type.Optional(DeadlineRule),
  outline: Type.Array(OutlineSection),
  forms: Type.Array(Form),
  rules: Type.Array(ValidationRule),
  procedure: Text(4000),
  /** The documents the regime rests on (letter, plan, regulation), as citable text. */
  basis: Type.Array(Type.Object({ document: Text(300), article: Type.Optional(Text(300)) })),
  /** Where each element comes from; an element without an entry is TCT's default ('unsourced'). */
  provenance: Type.Object({
    name: Type.Optional(Provenance),
    content: Type.Optional(Provenance),
    reporters: Type.Optional(Provenance),
    recipient: Type.Optional(Provenance),
    method: Type.Optional(Provenance),
    cutoff: Type.Optional(Provenance),
    deadline: Type.Optional(Provenance),
    frequency: Type.Optional(Provenance),
    template: Type.Optional(Provenance),
    procedure: Type.Optional(Provenance),
  }),
});
export type RegimeVersion = Static<typeof RegimeVersion>;
