/**
 * The bridge between stored rows and the compliance engine: rows → ClassInput / LearnerInput,
 * an Evaluation → rows of compliance_findings. The engine itself (src/compliance) is unchanged.
 */
import { randomUUID } from 'node:crypto';
import type {
  ClassInput,
  ComplianceConfig,
  Delivery,
  EducationLevel,
  Evaluation,
  Gender,
  HostRef,
  LearnerInput,
  PartyStatus,
  ProgrammeLevel,
  Rating,
  StudyMode,
  TheoryDocumentKind,
  TheoryLevel,
} from '../../compliance/index.ts';
import { evaluateClass } from '../../compliance/index.ts';
import type { ComplianceFindingTable, LearnerTable, TrainingClassTable } from '../../db/types.ts';

export type StoredClass = Omit<TrainingClassTable, 'regime' | 'notices_json' | 'evaluated_at'>;
export type LearnerWithId = LearnerInput & { id: string };

export function classInputFromRow(row: StoredClass): ClassInput {
  const partner: HostRef | null =
    row.partner_code && row.partner_kind
      ? { code: row.partner_code, name: row.partner_name ?? row.partner_code, kind: row.partner_kind }
      : null;
  return {
    code: row.code,
    name: row.name,
    level: row.level as ProgrammeLevel,
    mode: row.mode as StudyMode,
    delivery: row.delivery as Delivery,
    host: { code: row.host_code, name: row.host_name, kind: row.host_kind },
    partnerName: row.partner_name,
    partner,
    openingDate: row.opening_date,
    closingDate: row.closing_date,
    place: row.place,
  };
}

export function learnerInputFromRow(row: LearnerTable): LearnerWithId {
  return {
    id: row.id,
    fullName: row.full_name,
    birthDate: row.birth_date,
    gender: row.gender as Gender,
    ethnicity: row.ethnicity,
    partyStatus: row.party_status as PartyStatus,
    partyJoinDate: row.party_join_date,
    partyFullDate: row.party_full_date,
    education: row.education as EducationLevel,
    theoryLevel: row.theory_level as TheoryLevel,
    theoryDocumentDate: row.theory_document_date,
    theoryDocumentKind: row.theory_document_kind as TheoryDocumentKind | null,
    position: row.position,
    planned: row.planned === 1,
    workplace: row.workplace,
    ratingLastYear: row.rating_last_year as Rating | null,
    ratingYearBefore: row.rating_year_before as Rating | null,
  };
}

export function learnerRowFromInput(
  learner: LearnerWithId,
  organisationId: string,
  createdAt: string,
  updatedAt: string,
): LearnerTable {
  return {
    id: learner.id,
    organisation_id: organisationId,
    full_name: learner.fullName.normalize('NFC'),
    birth_date: learner.birthDate,
    gender: learner.gender,
    ethnicity: learner.ethnicity,
    party_status: learner.partyStatus,
    party_join_date: learner.partyJoinDate,
    party_full_date: learner.partyFullDate ?? null,
    education: learner.education,
    theory_level: learner.theoryLevel,
    theory_document_date: learner.theoryDocumentDate,
    theory_document_kind: learner.theoryDocumentKind ?? null,
    position: learner.position,
    planned: learner.planned ? 1 : 0,
    workplace: learner.workplace,
    rating_last_year: learner.ratingLastYear,
    rating_year_before: learner.ratingYearBefore,
    created_at: createdAt,
    updated_at: updatedAt,
  };
}

/** A learner's identity inside one class: the name exactly as typed (NFC) and the date of birth. */
export function learnerIdentity(learner: { fullName: string; birthDate: string }): string {
  return `${learner.fullName.normalize('NFC').trim()}|${learner.birthDate}`;
}

export function evaluateStored(
  cls: ClassInput,
  roster: readonly LearnerWithId[],
  config: ComplianceConfig,
): Evaluation {
  return evaluateClass(cls, roster, config);
}

export function findingRows(
  evaluation: Evaluation,
  classId: string,
  organisationId: string,
  roster: readonly LearnerWithId[],
  evaluatedAt: string,
): ComplianceFindingTable[] {
  return evaluation.findings.map((finding) => ({
    id: randomUUID(),
    organisation_id: organisationId,
    class_id: classId,
    learner_id: finding.learnerIndex === undefined ? null : roster[finding.learnerIndex]!.id,
    rule: finding.rule,
    title: finding.title,
    severity: finding.severity,
    regime: finding.regime,
    values_json: JSON.stringify(finding.values),
    message: finding.message,
    source_document: finding.source.document,
    source_article: finding.source.article,
    confidence: finding.confidence,
    evaluated_at: evaluatedAt,
  }));
}
