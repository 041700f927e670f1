/**
 * What the module passes to the source functions: one school's rows (already scoped, including the
 * schools it succeeded), shaped on the tables of src/db/types.ts where they exist. Standard-school
 * assessments, the staff roster, contest entries and forum articles have no tables yet: their input
 * types are defined here, minimal, and are to be filled from whatever tables those modules create.
 */
import type {
  ComplianceFindingTable,
  ComplianceOverrideTable,
  DirectiveRequirementTable,
  DirectiveTable,
  EnrolmentTable,
  ObligationEventTable,
  ObligationTable,
  TrainingClassTable,
} from '../../db/types.ts';
import type { IsoDate } from '../dates.ts';

export type ClassRow = Pick<TrainingClassTable, 'id' | 'level' | 'mode' | 'delivery' | 'opening_date' | 'closing_date'>;
export type EnrolmentRow = Pick<EnrolmentTable, 'class_id' | 'learner_id'>;
export type FindingRow = Pick<ComplianceFindingTable, 'class_id' | 'learner_id' | 'rule' | 'severity'>;
export type OverrideRow = Pick<
  ComplianceOverrideTable,
  'class_id' | 'learner_id' | 'rule' | 'created_at' | 'revoked_at'
>;
export type DirectiveRow = Pick<DirectiveTable, 'id' | 'number_symbol' | 'issued_date'>;
export type DirectiveRequirementRow = Pick<DirectiveRequirementTable, 'id' | 'directive_id' | 'no'>;
export type ObligationRow = Pick<ObligationTable, 'id' | 'directive_id' | 'requirement_id' | 'status' | 'deadline'>;
export type ObligationEventRow = Pick<ObligationEventTable, 'obligation_id' | 'at' | 'status'>;

/** đạt / vượt chuẩn / chưa đạt / xin ý kiến (standard-reports-contests.md §1.2 [C/S]). */
export type IndicatorStatus = 'met' | 'exceeded' | 'not_met' | 'referred';

/** One self-assessment or survey of a school against Regulation 11-QĐ/TW's indicators. */
export type StandardAssessmentInput = {
  /** The day the assessment's figures refer to; the latest one on or before the cut-off end counts. */
  assessedOn: IsoDate;
  indicators: { code: string; criterion: number; status: IndicatorStatus | null }[];
};

export type StaffRole = 'lecturer' | 'staff';
export type StaffDegree = 'tien_si' | 'thac_si' | 'dai_hoc' | 'other';

/** One person on the school's roster; counted when employed on the cut-off's last day. */
export type StaffMemberInput = {
  role: StaffRole;
  degree: StaffDegree;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
};

export type ContestRound = 'school' | 'preliminary' | 'final';

export type ContestEntryInput = {
  /** The contest plan's number-symbol, e.g. '762-KH/HVCTQG'. */
  edition: string;
  /** 'journal', 'newspaper', 'radio', 'television', 'video' (standard-reports-contests.md §3). */
  category: string;
  round: ContestRound;
  submittedOn: IsoDate;
};

export type ForumArticleInput = {
  sentOn: IsoDate;
  acceptedOn: IsoDate | null;
  publishedOn: IsoDate | null;
  declinedOn: IsoDate | null;
};

/** Everything is optional: a source whose rows were not passed reports that, rather than a zero. */
export type SourceInputs = {
  classes?: readonly ClassRow[];
  enrolments?: readonly EnrolmentRow[];
  findings?: readonly FindingRow[];
  overrides?: readonly OverrideRow[];
  directives?: readonly DirectiveRow[];
  requirements?: readonly DirectiveRequirementRow[];
  obligations?: readonly ObligationRow[];
  obligationEvents?: readonly ObligationEventRow[];
  assessments?: readonly StandardAssessmentInput[];
  staff?: readonly StaffMemberInput[];
  contestEntries?: readonly ContestEntryInput[];
  forumArticles?: readonly ForumArticleInput[];
};

export type InputKey = keyof SourceInputs;
