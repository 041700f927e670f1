/** Rows → engine values and camelCase responses for the standard-school capability. */
import type {
  StandardAssessmentEntryTable,
  StandardAssessmentTable,
  StandardDossierRecordTable,
  StandardStaffMemberTable,
} from '../../db/types.ts';
import {
  type AssessmentResult,
  type CatalogueVersion,
  CONFIDENCE_LABELS,
  type IndicatorEntry,
  type IndicatorStatus,
  STATUS_LABELS,
  type StaffMember,
  STEPS,
  type StepRecord,
} from '../../standard/index.ts';

export function recordOf(row: StandardDossierRecordTable): StepRecord {
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    recordedBy: row.recorded_by,
    documents: JSON.parse(row.documents_json),
    note: row.note,
    ...(row.illustrative ? { illustrative: true } : {}),
    data: JSON.parse(row.data_json),
  } as StepRecord;
}

export function presentRecord(row: StandardDossierRecordTable & { recorder_name?: string | null }) {
  const r = recordOf(row);
  return {
    id: row.id,
    kind: r.kind,
    label: STEPS[r.kind].label,
    date: r.date,
    recordedBy: r.recordedBy,
    documents: r.documents,
    note: r.note,
    illustrative: row.illustrative === 1,
    recorderName: row.recorder_name ?? null,
    data: r.data as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

export const staffOf = (row: StandardStaffMemberTable): StaffMember => JSON.parse(row.data_json);

export function entryOf(row: StandardAssessmentEntryTable): IndicatorEntry {
  return {
    code: row.code,
    value: row.value,
    status: row.status as IndicatorStatus | null,
    comment: row.comment,
    evidence: JSON.parse(row.evidence_json),
  };
}

export function presentAssessmentRow(row: StandardAssessmentTable) {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    catalogueVersionId: row.catalogue_version_id,
    targetLevel: row.target_level,
    filingDate: row.filing_date,
    round: row.round,
    purpose: row.purpose,
    status: row.status,
    progressLine: row.progress_line,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
  };
}

export function presentCatalogue(v: CatalogueVersion, builtIn: boolean) {
  return {
    id: v.id,
    title: v.title,
    effectiveFrom: v.effectiveFrom,
    source: v.source,
    confidence: v.confidence,
    confidenceLabel: CONFIDENCE_LABELS[v.confidence],
    declaredIndicatorCount: v.declaredIndicatorCount,
    builtIn,
    criteria: v.criteria.map((c) => ({ number: c.number, title: c.title })),
    items: v.items.map((i) => ({
      criterion: i.criterion,
      code: i.code,
      text: i.text,
      unit: i.unit,
      howComputed: i.howComputed,
      level1Threshold: i.level1Threshold,
      level2Threshold: i.level2Threshold,
      source: i.source,
      confidence: i.confidence,
      confidenceLabel: CONFIDENCE_LABELS[i.confidence],
    })),
  };
}

export function presentResult(result: AssessmentResult) {
  return {
    progressLine: result.progress.line,
    progress: {
      declared: result.progress.declared,
      listed: result.progress.listed,
      met: result.progress.met,
      exceeded: result.progress.exceeded,
      notMet: result.progress.notMet,
      referred: result.progress.referred,
      notAssessed: result.progress.notAssessed,
      notInCatalogue: result.progress.notInCatalogue,
    },
    canSubmit: result.canSubmit,
    missing: result.missing,
    indicators: result.indicators.map((r) => ({
      code: r.item.code,
      criterion: r.item.criterion,
      text: r.item.text,
      unit: r.item.unit,
      howComputed: r.item.howComputed,
      confidenceLabel: CONFIDENCE_LABELS[r.item.confidence],
      threshold: r.threshold
        ? { op: r.threshold.threshold.op, value: r.threshold.threshold.value, level: r.threshold.level }
        : null,
      value: r.value,
      valueSource: r.valueSource,
      computation: r.computation
        ? {
            formula: r.computation.formula,
            worked: r.computation.worked,
            inputs: r.computation.inputs,
            breakdown: r.computation.breakdown,
            notCounted: r.computation.notCounted,
          }
        : null,
      suggestedStatus: r.suggestedStatus,
      status: r.status,
      statusLabel: r.status ? STATUS_LABELS[r.status] : null,
      statusBasis: r.statusBasis,
      comment: r.entry?.comment ?? null,
      enteredValue: r.entry?.value ?? null,
      enteredStatus: r.entry?.status ?? null,
      evidence: r.entry?.evidence ?? [],
      issues: r.issues.map((i) => ({ kind: i.kind, severity: i.severity, message: i.message })),
    })),
  };
}
