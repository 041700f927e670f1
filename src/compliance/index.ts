/**
 * Public API of the compliance engine, for the database module, the API and the web UI.
 * Everything here is pure (no database, no network) apart from parseImportFile's XLSX reading.
 */
export type {
  ClassInput,
  LearnerInput,
  HostRef,
  ProgrammeLevel,
  StudyMode,
  Delivery,
  Gender,
  PartyStatus,
  EducationLevel,
  TheoryLevel,
  TheoryDocumentKind,
  Rating,
  RegimeId,
  Severity,
  Confidence,
  IsoDate,
  OrganisationKind,
} from './types.ts';
export type {
  Rule,
  RuleCode,
  RuleCondition,
  LearnerCondition,
  ClassCondition,
  Regime,
  RuleSource,
  RuleOrigin,
} from './rules/rule-types.ts';
export { RULES } from './rules/rules-data.ts';
export { REGIMES, selectRegime } from './rules/regimes.ts';
export { DEFAULT_POSITION_LISTS, type PositionList } from './rules/position-lists.ts';

export type { ComplianceConfig, ClassSizeLimit } from './config.ts';
export { EMPTY_CONFIG, parseComplianceConfig } from './config.ts';

export {
  evaluateClass,
  evaluateClasses,
  rulesInForce,
  type ClassWithLearners,
  type EvaluateOptions,
} from './evaluate.ts';
export type {
  Evaluation,
  Finding,
  FindingValue,
  Notice,
  NoticeCode,
  FindingOverride,
  OverriddenFinding,
  ComplianceSummary,
} from './findings.ts';
export { applyOverrides, summarizeBySchool, summarizeNetwork } from './findings.ts';

export { buildImportTemplate } from './template.ts';
export { CLASS_COLUMNS, LEARNER_COLUMNS, CLASS_SHEET, LEARNER_SHEET, type ColumnSpec } from './columns.ts';
export {
  parseImportFile,
  classCodeKey,
  UnreadableFileError,
  type ParsedImport,
  type ParseImportOptions,
  type ImportedClass,
  type ImportedLearner,
  type ImportError,
  type HostResolver,
} from './parse-import.ts';
export { createHostResolver, type NetworkOrganisation } from './hosts.ts';
export { evaluateImport, type FindingLine, type CheckedImport, type ClassNotice } from './check-import.ts';
export {
  PROGRAMME_LEVELS,
  STUDY_MODES,
  DELIVERIES,
  GENDERS,
  PARTY_STATUSES,
  EDUCATION_LEVELS,
  THEORY_LEVELS,
  RATINGS,
  parseVocabulary,
} from './vocabulary.ts';
export { completedYears, comparisonKey, formatVietnameseDate } from './text.ts';
