/**
 * What an evaluation returns, plus the two things the database layer builds on it:
 * overrides (a finding accepted by a recorded decision) and summaries per class, school and network.
 */
import type { RuleCode, RuleSource } from './rules/rule-types.ts';
import type { Confidence, IsoDate, RegimeId, Severity } from './types.ts';

export type FindingValue = string | number | boolean | null;

export type Finding = {
  rule: RuleCode;
  title: string;
  severity: Severity;
  regime: RegimeId;
  scope: 'class' | 'learner';
  /** Index into the learners array passed to evaluateClass; absent for class-level findings. */
  learnerIndex?: number;
  /** The values that triggered the rule, e.g. { gender: 'nam', age: 32, minimumAge: 35, openingDate: '2025-09-01' }. */
  values: Record<string, FindingValue>;
  message: string;
  source: RuleSource;
  confidence: Confidence;
};

export type NoticeCode = 'NO_REGIME' | 'CLASS_SIZE_UNCONFIGURED' | 'STANDARDS_UNKNOWN';
export type Notice = { code: NoticeCode; message: string };

export type Evaluation = {
  classCode: string;
  hostCode: string;
  openingDate: IsoDate;
  /** null when the opening date precedes every known rule set: no findings are guessed. */
  regime: RegimeId | null;
  classSize: { enrolled: number; limit: number | null; configured: boolean };
  findings: Finding[];
  notices: Notice[];
};

/** A decision that accepts a finding; the database layer stores and audits it. */
export type FindingOverride = {
  classCode: string;
  rule: RuleCode;
  /** null for a class-level finding. */
  learnerId: string | null;
  decisionReference: string;
  decidedBy: string;
  decidedAt: string;
  reason?: string;
};

export type OverriddenFinding = Finding & { override: FindingOverride | null };

/**
 * Attaches overrides to findings. An override without a decision reference is rejected, because
 * the regulations let only "the competent level" decide special cases, and that decision must be citable.
 * @throws Error when an override has an empty decision reference.
 */
export function applyOverrides(
  evaluation: Evaluation,
  learnerIds: readonly (string | undefined)[],
  overrides: readonly FindingOverride[],
): OverriddenFinding[] {
  for (const override of overrides) {
    if (!override.decisionReference.trim()) throw new Error(`Ghi đè ${override.rule} thiếu số, ký hiệu quyết định.`);
  }
  return evaluation.findings.map((finding) => {
    const learnerId = finding.learnerIndex === undefined ? null : (learnerIds[finding.learnerIndex] ?? null);
    const override = overrides.find(
      (o) => o.classCode === evaluation.classCode && o.rule === finding.rule && o.learnerId === learnerId,
    );
    return { ...finding, override: override ?? null };
  });
}

export type FindingCounts = { blocking: number; warning: number; byRule: Partial<Record<RuleCode, number>> };
export type ComplianceSummary = {
  classes: number;
  classesWithoutRegime: number;
  classesWithFindings: number;
  learnersWithFindings: number;
  findings: FindingCounts;
};

function emptySummary(): ComplianceSummary {
  return {
    classes: 0,
    classesWithoutRegime: 0,
    classesWithFindings: 0,
    learnersWithFindings: 0,
    findings: { blocking: 0, warning: 0, byRule: {} },
  };
}

function addToSummary(summary: ComplianceSummary, evaluation: Evaluation): void {
  summary.classes++;
  if (evaluation.regime === null) summary.classesWithoutRegime++;
  if (evaluation.findings.length > 0) summary.classesWithFindings++;
  const learners = new Set<number>();
  for (const finding of evaluation.findings) {
    summary.findings[finding.severity]++;
    summary.findings.byRule[finding.rule] = (summary.findings.byRule[finding.rule] ?? 0) + 1;
    if (finding.learnerIndex !== undefined) learners.add(finding.learnerIndex);
  }
  summary.learnersWithFindings += learners.size;
}

/** Network-wide totals. */
export function summarizeNetwork(evaluations: readonly Evaluation[]): ComplianceSummary {
  const summary = emptySummary();
  for (const evaluation of evaluations) addToSummary(summary, evaluation);
  return summary;
}

/** Totals per host school code. */
export function summarizeBySchool(evaluations: readonly Evaluation[]): Map<string, ComplianceSummary> {
  const bySchool = new Map<string, ComplianceSummary>();
  for (const evaluation of evaluations) {
    let summary = bySchool.get(evaluation.hostCode);
    if (!summary) bySchool.set(evaluation.hostCode, (summary = emptySummary()));
    addToSummary(summary, evaluation);
  }
  return bySchool;
}
