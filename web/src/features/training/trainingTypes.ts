/**
 * Shapes of the training and compliance API (/api/training/…), as the server's presenters return them.
 * TODO(shape): generated once the route has a response schema — the training routes have none yet.
 */
export type SeverityCode = 'blocking' | 'warning';
export type ConfidenceCode = 'confirmed' | 'secondary' | 'uncertain';

export type TrainingOverride = {
  id: string;
  decisionReference: string;
  reason: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
};

export type TrainingFinding = {
  id: string;
  classId: string;
  learnerId: string | null;
  rule: string;
  title: string;
  severity: SeverityCode;
  severityLabel: string;
  regime: string;
  regimeLabel: string;
  values: Record<string, string | number | boolean | null>;
  message: string;
  source: { document: string; article: string };
  citation: string;
  confidence: ConfidenceCode;
  confidenceLabel: string;
  evaluatedAt: string;
  override: TrainingOverride | null;
};

export type FindingCounts = { blocking: number; warning: number; overridden: number };

export type TrainingClassSummary = {
  id: string;
  organisationId: string;
  organisationName: string;
  code: string;
  name: string;
  level: string;
  levelLabel: string;
  mode: string;
  modeLabel: string;
  delivery: string;
  deliveryLabel: string;
  hostCode: string;
  hostName: string;
  hostKind: string;
  partnerName: string | null;
  openingDate: string;
  closingDate: string | null;
  place: string | null;
  regime: string | null;
  regimeLabel: string | null;
  evaluatedAt: string | null;
  size: number;
  findings: FindingCounts;
};

export type ClassList = {
  items: TrainingClassSummary[];
  total: number;
  page: number;
  pageSize: number;
  facets: { hosts: { code: string; name: string }[]; years: number[] };
};

export type Notice = { code: string; message: string };

export type TrainingLearner = {
  id: string;
  fullName: string;
  birthDate: string;
  gender: string;
  genderLabel: string;
  ethnicity: string | null;
  partyStatus: string;
  partyStatusLabel: string;
  partyJoinDate: string | null;
  education: string;
  educationLabel: string;
  theoryLevel: string;
  theoryLevelLabel: string;
  theoryDocumentDate: string | null;
  position: string | null;
  planned: boolean;
  workplace: string | null;
  ratingLastYear: string | null;
  ratingYearBefore: string | null;
  findings: TrainingFinding[];
};

export type ClassDetail = {
  class: TrainingClassSummary & {
    partnerCode: string | null;
    notices: Notice[];
    classSize: { enrolled: number; limit: number | null; configured: boolean; exceeded: boolean };
    settingsChangedSinceEvaluation: boolean;
  };
  classFindings: TrainingFinding[];
  learners: TrainingLearner[];
  permissions: { evaluate: boolean; override: boolean };
};

export type ImportError = { sheet: string; row: number | null; column: string | null; message: string };

export type ImportPreview = {
  ok: boolean;
  fileName: string;
  allowUpdates: boolean;
  errors: ImportError[];
  totals: {
    classes: number;
    created: number;
    updated: number;
    learnersAddedTo: number;
    learnerRows: number;
    newLearners: number;
    updatedLearners: number;
    removedLearners: number;
    findings: number;
    blocking: number;
    warning: number;
  };
  classes: {
    id: string | null;
    action: 'create' | 'update' | 'add_learners';
    row: number | null;
    code: string;
    name: string;
    levelLabel: string;
    modeLabel: string;
    deliveryLabel: string;
    hostName: string;
    openingDate: string;
    learners: number;
    removedLearners: string[];
    regime: string | null;
    regimeLabel: string | null;
    blocking: number;
    warning: number;
    notices: Notice[];
  }[];
  byRule: { rule: string; title: string; severity: SeverityCode; count: number }[];
  findings: {
    sheet: string;
    row: number | null;
    classCode: string;
    learner: string | null;
    rule: string;
    title: string;
    severity: SeverityCode;
    severityLabel: string;
    regimeLabel: string;
    message: string;
    citation: string;
    confidence: ConfidenceCode;
    confidenceLabel: string;
  }[];
  findingsShown: number;
};

export type ImportResult = ImportPreview & { importId: string };

export type Tally = { open: number; blocking: number; warning: number; overridden: number };

export type ComplianceSummary = {
  scope: 'network' | 'organisation';
  organisation: { id: string; name: string } | null;
  totals: Tally & {
    classes: number;
    classesWithoutRegime: number;
    learners: number;
    learnersWithFindings: number;
    findings: number;
  };
  rules: { code: string; title: string }[];
  byRule: (Tally & { rule: string; title: string })[];
  bySchool: (Tally & {
    organisationId: string;
    name: string;
    kind: string | null;
    provinceName: string | null;
    classes: number;
    learners: number;
    learnersWithFindings: number;
    byRule: Record<string, number>;
  })[];
  byClass: TrainingClassSummary[];
};

export type ClassSizeLimit = { level: string; mode: string; max: number };

export type ComplianceSettings = {
  /** Dates the sources do not give (issue 11.4); null = the default. */
  uncertainDates: { r350EffectiveFrom: string | null; c01EffectiveFrom: string | null; notice: string };
  scope: 'network' | 'organisation';
  organisationId: string | null;
  organisationName: string;
  canEdit: boolean;
  notice: string;
  classSizeLimits: ClassSizeLimit[];
  positionLists: Record<string, string[]>;
  updatedAt: string | null;
  updatedByName: string | null;
  network: { classSizeLimits: ClassSizeLimit[]; positionLists: Record<string, string[]>; updatedAt: string | null };
  effective: { classSizeLimits: ClassSizeLimit[]; positionLists: Record<string, string[]> };
  defaultPositionLists: { id: string; title: string; source: string; entries: string[] }[];
  levels: { code: string; label: string }[];
  modes: { code: string; label: string }[];
};
