/**
 * The declarative vocabulary rules are written in. A rule is data: the engine (../compile.ts)
 * turns each condition kind into a check once per (regime, level, mode), never per learner.
 * A condition describes what a learner or class must satisfy; a finding is raised when it is not.
 */
import type {
  Confidence,
  Delivery,
  EducationLevel,
  IsoDate,
  OrganisationKind,
  PartyStatus,
  ProgrammeLevel,
  Rating,
  RegimeId,
  Severity,
  StudyMode,
} from '../types.ts';

export type RuleCode =
  | 'L-SC-01'
  | 'L-TC-01'
  | 'L-TC-02'
  | 'L-TC-03'
  | 'L-TC-04'
  | 'L-TC-05'
  | 'L-TC-06'
  | 'L-CC-01'
  | 'L-CC-02'
  | 'L-CC-03'
  | 'L-ANY-01'
  | 'C-01'
  | 'C-02'
  | 'C-03'
  | 'C-04';

/** Learner-level conditions. */
export type LearnerCondition =
  /** Education at least `level`; optionally ethnic-minority learners need only `exception.minimum`. */
  | { kind: 'minEducation'; level: EducationLevel; exception?: { ethnicMinorityMinimum: EducationLevel; note: string } }
  | { kind: 'partyStatusIn'; values: PartyStatus[] }
  /** Completed years on the opening date. */
  | { kind: 'minAge'; male: number; female: number }
  /** Each of the last `years` ratings at least `atLeast`; a missing rating cannot be verified. */
  | { kind: 'minRatings'; years: 2; atLeast: Rating }
  /** Position equal (normalised) to an entry of the list, or a planned (quy hoạch) appointment. */
  | { kind: 'positionInList'; listId: string }
  /**
   * The learner does not already hold the class's level or higher. A confirmation certificate
   * counts as holding the level only when dated before `certificateValidBefore`.
   */
  | { kind: 'alreadyHoldsLevel'; certificateValidBefore: IsoDate };

/** Scope of a delivery ban: which host kinds it binds, optionally only for some levels. */
export type DeliveryScope = { hostKind: OrganisationKind; levels?: ProgrammeLevel[] };

/** Class-level conditions. */
export type ClassCondition =
  /**
   * The host's kind is one of `values`; `orHostWithPartner` also accepts a host of those kinds
   * running the class together with a partner of the listed kinds (e.g. a provincial school
   * hosting cao cấp with a regional academy).
   */
  | {
      kind: 'providerKindIn';
      values: OrganisationKind[];
      orHostWithPartner?: { hostKinds: OrganisationKind[]; partnerKinds: OrganisationKind[] };
      /** Who may run the class, in words, for the message. */
      allowedLabel: string;
    }
  /** Delivery is not `value`, for classes inside `scope` (the addressees of the letter). */
  | { kind: 'deliveryNot'; value: Delivery; scope: DeliveryScope[] }
  /** Enrolment count at most the limit configured for the class's level and mode (no default). */
  | { kind: 'maxClassSize' };

export type RuleCondition = LearnerCondition | ClassCondition;

export type RuleSource = { document: string; article: string };

/** Which body of rules a rule comes from; its regime is always the class's regime. */
export type RuleOrigin = RegimeId | 'HVCTQG' | 'CHUNG';

export type Rule = {
  code: RuleCode;
  origin: RuleOrigin;
  title: string;
  levels: ProgrammeLevel[];
  modes: StudyMode[];
  condition: RuleCondition;
  severity: Severity;
  /** Inclusive bounds; null = open. */
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
  source: RuleSource;
  confidence: Confidence;
  /** Why the rule is uncertain, or what it deliberately leaves out. */
  note?: string;
  /** An uncertain date the rule depends on, as findings cite it ("hiệu lực từ 29/8/2025 [?]"). */
  uncertainDate?: string;
};

export type Regime = {
  id: RegimeId;
  name: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  source: RuleSource;
  /** Things the regime is known to regulate but whose content was not found: reported, never guessed. */
  unknowns: {
    levels: ProgrammeLevel[];
    message: string /** only for classes at these hosts */;
    hostKinds?: string[];
  }[];
};

export const LEARNER_CONDITION_KINDS = [
  'minEducation',
  'partyStatusIn',
  'minAge',
  'minRatings',
  'positionInList',
  'alreadyHoldsLevel',
] as const;

export function isLearnerCondition(condition: RuleCondition): condition is LearnerCondition {
  return (LEARNER_CONDITION_KINDS as readonly string[]).includes(condition.kind);
}
