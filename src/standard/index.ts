/**
 * Public API of the standard-school engines (Quy định 11-QĐ/TW), for the standard-school module, the
 * directives module (item 1 of letter 2174) and the seed. Pure: no database, no HTTP; the XLSX/DOCX
 * builders and parsers are async only because exceljs and docx are.
 */
export * from './common.ts';

// Catalogue: versioned criteria and indicators, XLSX template and import.
export {
  catalogueInForce,
  findItem,
  formatThreshold,
  formatValue,
  itemsOfCriterion,
  meetsThreshold,
  thresholdFor,
} from './catalogue/catalogue.ts';
export type { AppliedThreshold } from './catalogue/catalogue.ts';
export { CATALOGUE_COLUMNS, CATALOGUE_SHEET } from './catalogue/columns.ts';
export {
  COMPUTED_SOURCES,
  computedSource,
  ENTERED,
  ENTERED_LABEL,
  howComputedLabel,
  isComputedKey,
} from './catalogue/computed-sources.ts';
export type { ComputedSource, ComputedSourceKey, HowComputed } from './catalogue/computed-sources.ts';
export { parseCatalogueFile, type CatalogueImport, type CatalogueImportOptions } from './catalogue/import.ts';
export { CRITERIA, PROVISIONAL_CATALOGUE, PROVISIONAL_VERSION_ID } from './catalogue/provisional.ts';
export { buildCatalogueTemplate } from './catalogue/template.ts';
export { CatalogueItemSchema, CatalogueVersionSchema, CriterionSchema, ThresholdSchema } from './catalogue/types.ts';
export type { CatalogueItem, CatalogueVersion, Criterion, Threshold } from './catalogue/types.ts';

// Staff roster.
export { ROSTER_COLUMNS, ROSTER_SHEET } from './roster/columns.ts';
export {
  parseRosterFile,
  type ImportedStaffMember,
  type RosterImport,
  type RosterImportOptions,
} from './roster/import.ts';
export { summarizeRoster, type RosterSummary } from './roster/summary.ts';
export { buildRosterTemplate } from './roster/template.ts';
export { GRADE_VOCABULARY, STAFF_KIND_VOCABULARY, StaffMemberSchema, type StaffMember } from './roster/types.ts';

// Self-assessment.
export {
  computeIndicator,
  evidenceWindow,
  isGap,
  type Computation,
  type ComputationGap,
  type ComputeInputs,
} from './assessment/computed.ts';
export {
  assess,
  type AssessmentInput,
  type AssessmentResult,
  type IndicatorResult,
  type Issue,
  type IssueKind,
} from './assessment/evaluate.ts';
export {
  compareEvidenceCodes,
  evidenceCodeProblem,
  formatEvidenceCode,
  indicatorOfEvidence,
  nextEvidenceCode,
  nextItemCode,
  normalizeEvidenceCode,
  parseEvidenceCode,
} from './assessment/evidence-codes.ts';
export { progressLine, type Progress } from './assessment/progress.ts';
export {
  EvidenceItemSchema,
  IndicatorEntrySchema,
  IndicatorStatusSchema,
  INDICATOR_STATUSES,
  isMet,
  STATUS_LABELS,
} from './assessment/types.ts';
export type {
  ComputeOptions,
  EnrolmentRow,
  EvidenceItem,
  IndicatorEntry,
  IndicatorStatus,
  TrainingClassRow,
  TrainingInput,
} from './assessment/types.ts';

// Dossier lifecycle.
export { checkStep, type CheckOptions, type CheckResult } from './lifecycle/check.ts';
export {
  answerFromDossier,
  recordsFromAnswer,
  type DirectiveAnswer,
  type DirectiveAnswerStage,
} from './lifecycle/directive-answer.ts';
export { applyRecord, chronological, INITIAL_STATE, stateOn, type DossierState } from './lifecycle/state.ts';
export { COUNCIL_RESULT_LABELS, RECORD_SCHEMAS, STEP_KINDS, STEPS, StepRecordSchema } from './lifecycle/steps.ts';
export type { Recorder, StepDefinition, StepKind, StepRecord, StepRecordOf } from './lifecycle/steps.ts';
export {
  missingSteps,
  STAGE_LABELS,
  STAGES,
  TRANSITIONS,
  type Stage,
  type Transition,
} from './lifecycle/transitions.ts';

// Documents out.
export { buildEvidenceListXlsx } from './documents/evidence-xlsx.ts';
export { buildSelfAssessmentReportDocx, type ReportHeading } from './documents/report-docx.ts';

// Network picture and demo data.
export { buildDemoDossiers, LETTER_2174_PICTURE } from './demo/dossiers.ts';
export { KNOWN_FACTS } from './demo/facts.ts';
export {
  networkOn,
  recognitionTimeline,
  type NetworkPicture,
  type NetworkSchool,
  type SchoolDossier,
  type SchoolStatus,
  type TimelineEntry,
} from './network.ts';
export { REGION_SOURCE, REGIONS, regionOfProvince } from './regions.ts';
