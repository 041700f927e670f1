/**
 * Public API of the periodic-reports engine, for the reports module, the API and the CLI. Everything is
 * pure (no database, no HTTP); only the XLSX/DOCX functions are async. See docs/reports.md.
 */
export * from './types.ts';
export { type IsoDate, vietnamDateOf, vnDate } from './dates.ts';

export {
  SHIPPED_REGIMES,
  QUARTERLY_TRAINING,
  HALF_YEAR_REVIEW,
  YEAR_END_REVIEW,
  STANDARD_SCHOOL_PROGRESS,
  LETTER_2174_REPORT,
  groupVersions,
  findVersion,
  versionInForce,
  nextVersion,
} from './regimes/index.ts';
export { checkRegime } from './regime-check.ts';

export {
  type Period,
  type PeriodOptions,
  DECREE_09_CUTOFF,
  generatePeriods,
  periodsOfRegime,
  findPeriod,
  deadlineFor,
  cutoffWindow,
} from './periods.ts';
export {
  type ReporterRef,
  type DueItem,
  type DueState,
  type DueOptions,
  isExpectedReporter,
  expectedReporters,
  dueFor,
  sentKey,
} from './due.ts';

export {
  SOURCE_CATALOGUE,
  sourceDefinition,
  describeParams,
  type SourceDefinition,
  type ParamSpec,
} from './sources/catalogue.ts';
export type * from './sources/inputs.ts';
export {
  createSourceContext,
  computeSource,
  type SourceContext,
  type SourceResult,
  type Window,
} from './sources/compute.ts';

export { resolveCell, fillableCells, rowApplies, cellLabel, aggregationOf, type ResolvedCell } from './cells.ts';
export {
  type Figure,
  type FigureValue,
  type ReportContent,
  type PrefillProblem,
  type Reporter,
  prefillReport,
  setFigure,
  setNarrative,
  refreshComputed,
  figureValue,
  isEdited,
} from './figures.ts';

export { parseExpression, ExpressionError, type ExprNode } from './expressions.ts';
export { compileRule, type CompiledRule, type RuleInstance, type CellRef } from './rule-compiler.ts';
export { validateReport, checkRules, compiledRules, type Issue, type ValidationReport } from './validation.ts';

export {
  REPORT_STATES,
  STATE_LABELS,
  TRANSITIONS,
  type ReportState,
  type ReportAction,
  type Transition,
  type TransitionInput,
  type Effect,
  type WorkflowRole,
  type ReportEvent,
  type Timeliness,
  checkTransition,
  assertTransition,
  canEdit,
  timelinessOf,
} from './workflow.ts';
export { canonicalJson, contentHash } from './content-hash.ts';

export {
  timelinessMatrix,
  formatRate,
  type TimelinessMatrix,
  type MatrixCell,
  type CellStatus,
  type PeriodColumn,
  type SchoolRow,
  type SchoolRef,
  type SubmissionRecord,
  type Rates,
} from './academy/timeliness.ts';
export {
  aggregateFigures,
  aggregateCell,
  KIND_LABELS,
  type Aggregate,
  type AggregateCell,
  type GroupValue,
} from './academy/aggregate.ts';
export { buildAggregateDocx, ACADEMY_ISSUER, type Issuer, type AggregateDocxInput } from './academy/export-docx.ts';
export { buildTimelinessXlsx, cellText } from './academy/export-xlsx.ts';

export { buildDesignWorkbook } from './design/export.ts';
export { parseDesignWorkbook, UnreadableFileError, type DesignError, type ParsedDesign } from './design/parse.ts';
