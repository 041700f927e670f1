/**
 * Rows of the training tables → camelCase API shapes with Vietnamese labels. Findings carry their
 * citation ("Nguồn: …, …"), severity label (Vi phạm tiêu chuẩn / Cảnh báo), regime label and active override.
 */
import type { Notice } from '../../compliance/index.ts';
import {
  DELIVERIES,
  EDUCATION_LEVELS,
  GENDERS,
  PARTY_STATUSES,
  PROGRAMME_LEVELS,
  STUDY_MODES,
  THEORY_LEVELS,
} from '../../compliance/index.ts';
import type { ComplianceFindingTable, LearnerTable, TrainingClassTable } from '../../db/types.ts';

export const REGIME_LABELS: Record<string, string> = { R57: '57-QĐ/TW', R350: '350-QĐ/TW' };
// 'blocking' findings are standard violations shown for a decision, not a stop on the import (issue 16).
export const SEVERITY_LABELS: Record<string, string> = { blocking: 'Vi phạm tiêu chuẩn', warning: 'Cảnh báo' };
export const CONFIDENCE_LABELS: Record<string, string> = {
  confirmed: 'Đã xác minh',
  secondary: 'Theo nguồn thứ cấp',
  uncertain: 'Chưa chắc chắn — cần người xác nhận',
};

const label = (labels: Record<string, string>, code: string | null): string | null =>
  code === null ? null : (labels[code] ?? code);

export const levelLabel = (code: string) => label(PROGRAMME_LEVELS.labels, code)!;
export const modeLabel = (code: string) => label(STUDY_MODES.labels, code)!;
export const deliveryLabel = (code: string) => label(DELIVERIES.labels, code)!;
export const regimeLabel = (code: string | null) => (code === null ? null : (REGIME_LABELS[code] ?? code));

export type OverrideView = {
  id: string;
  decisionReference: string;
  reason: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
};

export type OverrideRow = {
  id: string;
  class_id: string;
  learner_id: string | null;
  rule: string;
  decision_reference: string;
  reason: string | null;
  created_by: string;
  created_by_name: string | null;
  created_at: string;
};

export function overrideKey(classId: string, learnerId: string | null, rule: string): string {
  return `${classId}|${learnerId ?? ''}|${rule}`;
}

export function presentOverride(row: OverrideRow): OverrideView {
  return {
    id: row.id,
    decisionReference: row.decision_reference,
    reason: row.reason,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
  };
}

export function presentFinding(row: ComplianceFindingTable, override: OverrideRow | undefined) {
  return {
    id: row.id,
    classId: row.class_id,
    learnerId: row.learner_id,
    rule: row.rule,
    title: row.title,
    severity: row.severity,
    severityLabel: SEVERITY_LABELS[row.severity] ?? row.severity,
    regime: row.regime,
    regimeLabel: regimeLabel(row.regime)!,
    values: JSON.parse(row.values_json) as Record<string, string | number | boolean | null>,
    message: row.message,
    source: { document: row.source_document, article: row.source_article },
    citation: `Nguồn: ${row.source_document}, ${row.source_article}`,
    confidence: row.confidence,
    confidenceLabel: CONFIDENCE_LABELS[row.confidence] ?? row.confidence,
    evaluatedAt: row.evaluated_at,
    override: override ? presentOverride(override) : null,
  };
}

export type FindingView = ReturnType<typeof presentFinding>;

export function presentClassSummary(
  row: TrainingClassTable & { organisation_name: string },
  extra: { size: number; blocking: number; warning: number; overridden: number },
) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    code: row.code,
    name: row.name,
    level: row.level,
    levelLabel: levelLabel(row.level),
    mode: row.mode,
    modeLabel: modeLabel(row.mode),
    delivery: row.delivery,
    deliveryLabel: deliveryLabel(row.delivery),
    hostCode: row.host_code,
    hostName: row.host_name,
    hostKind: row.host_kind,
    partnerName: row.partner_name,
    openingDate: row.opening_date,
    closingDate: row.closing_date,
    place: row.place,
    regime: row.regime,
    regimeLabel: regimeLabel(row.regime),
    evaluatedAt: row.evaluated_at,
    size: extra.size,
    findings: { blocking: extra.blocking, warning: extra.warning, overridden: extra.overridden },
  };
}

export function presentLearner(row: LearnerTable) {
  return {
    id: row.id,
    fullName: row.full_name,
    birthDate: row.birth_date,
    gender: row.gender,
    genderLabel: label(GENDERS.labels, row.gender)!,
    ethnicity: row.ethnicity,
    partyStatus: row.party_status,
    partyStatusLabel: label(PARTY_STATUSES.labels, row.party_status)!,
    partyJoinDate: row.party_join_date,
    partyFullDate: row.party_full_date,
    education: row.education,
    educationLabel: label(EDUCATION_LEVELS.labels, row.education)!,
    theoryLevel: row.theory_level,
    theoryLevelLabel: label(THEORY_LEVELS.labels, row.theory_level)!,
    theoryDocumentDate: row.theory_document_date,
    theoryDocumentKind: row.theory_document_kind,
    position: row.position,
    planned: row.planned === 1,
    workplace: row.workplace,
    ratingLastYear: row.rating_last_year,
    ratingYearBefore: row.rating_year_before,
  };
}

export function parseNotices(json: string): Notice[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? (value as Notice[]) : [];
  } catch {
    return [];
  }
}
