/**
 * Table shapes for Kysely. Columns are snake_case; presenters convert to camelCase for the API.
 * Portable choices so one migration set serves SQLite and PostgreSQL: ids are text UUIDs,
 * timestamps are ISO-8601 text, dates are 'YYYY-MM-DD' text, flags are integers 0/1, JSON is text.
 */
import type { Generated } from 'kysely';

export type ProvinceTable = {
  code: string;
  period: string;
  name: string;
  kind: string;
  valid_from: string | null;
  valid_to: string | null;
  merged_from: string;
  source: string;
};

export type OrganisationTable = {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_id: string | null;
  province_code: string | null;
  province_period: string | null;
  province_name: string | null;
  valid_from: string | null;
  valid_to: string | null;
  name_uncertain: number;
  source: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
};

export type OrganisationSuccessionTable = {
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
};

export type OrgUnitTable = {
  id: string;
  organisation_id: string;
  name: string;
  kind: string;
  uncertain: number;
  created_at: string;
};

export type UserTable = {
  id: string;
  organisation_id: string;
  unit_id: string | null;
  email: string;
  full_name: string;
  title: string | null;
  role: string;
  password_hash: string;
  active: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
};

export type SessionTable = {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  /** The x-request-id a client sent, if any; never used as `request_id`. */
  client_request_id: string | null;
};

export type JobTable = {
  id: string;
  name: string;
  payload: string;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_at: string | null;
  locked_by: string | null;
  last_error: string | null;
  result: string | null;
  organisation_id: string | null;
  created_at: string;
  updated_at: string;
  /** Unique while set: a daily job's `name@date`, a "needed" job's `pending:name` (cleared when it ends). */
  dedupe_key: string | null;
};

export type RegisterTable = {
  id: string;
  organisation_id: string;
  direction: string;
  confidential: number;
  name: string;
  created_at: string;
};

export type NumberCounterTable = {
  register_id: string;
  series: string;
  last_value: number;
};

export type DocumentTable = {
  id: string;
  organisation_id: string;
  direction: string;
  status: string;
  source_kind: string;
  family: string | null;
  issuer_name: string | null;
  issuer_parent: string | null;
  number_symbol: string | null;
  number: string | null;
  type_code: string | null;
  type_name: string | null;
  place: string | null;
  document_date: string | null;
  subject: string | null;
  recipients_json: string;
  signer_name: string | null;
  signer_title: string | null;
  signer_authority: string | null;
  urgency: string | null;
  confidentiality: string | null;
  register_id: string | null;
  register_number: number | null;
  register_year: number | null;
  received_date: string | null;
  forwarded_to: string | null;
  file_reference: string | null;
  due_date: string | null;
  answers_document_id: string | null;
  extraction_json: string | null;
  ocr_text: string | null;
  direction_note: string | null;
  directed_by: string | null;
  directed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
  search_text: string;
  number_symbol_key: string | null;
  issuer_key: string | null;
  references_json: Generated<string>;
  drafting_unit: string | null;
  intake_job_id: string | null;
};

export type DocumentFileTable = {
  id: string;
  document_id: string | null;
  organisation_id: string;
  kind: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage_path: string;
  created_by: string | null;
  created_at: string;
};

export type RequirementTable = {
  id: string;
  document_id: string;
  organisation_id: string;
  ordinal: number;
  no: number | null;
  text: string;
  deadline: string | null;
  created_at: string;
};

export type DocumentLinkTable = {
  id: string;
  organisation_id: string;
  from_document_id: string;
  to_document_id: string | null;
  to_number_symbol: string | null;
  to_date: string | null;
  kind: string;
  created_at: string;
  to_symbol_key: string | null;
  created_by: string | null;
};

export type DocumentSettingsTable = {
  organisation_id: string;
  symbol_abbr: string | null;
  default_unit: string | null;
  party_term_anchor: string | null;
  // domain: the congress that opened the committee term (party_term_anchor is its start)
  party_congress_date: string | null;
  edxml_organ_id: string | null;
  updated_by: string | null;
  updated_at: string;
};

/** Where a school stands on one requirement of a directive (directives/answer-types.ts maps stages to it). */
export type ObligationStatusValue = 'not_started' | 'in_progress' | 'done';

export type DirectiveTable = {
  id: string;
  organisation_id: string;
  source_document_id: string | null;
  number_symbol: string | null;
  title: string;
  issued_date: string;
  status: 'draft' | 'issued';
  recipient_mode: 'provincial' | 'sector' | 'provincial_and_sector' | 'custom';
  custom_recipients_json: string;
  created_by: string | null;
  created_at: string;
  issued_at: string | null;
};

export type DirectiveRequirementTable = {
  id: string;
  directive_id: string;
  ordinal: number;
  no: number | null;
  text: string;
  deadline: string | null;
  answer_type: string;
  // domain: who the requirement is addressed to (audience.ts)
  audience: Generated<string>;
  audience_ids_json: string | null;
};

export type DirectiveRecipientTable = {
  id: string;
  directive_id: string;
  organisation_id: string;
  document_id: string | null;
  status_code: string;
  arrived_at: string | null;
  registered_at: string | null;
  assigned_at: string | null;
  in_progress_at: string | null;
  done_at: string | null;
};

export type ObligationTable = {
  id: string;
  directive_id: string;
  requirement_id: string;
  organisation_id: string;
  status: ObligationStatusValue;
  deadline: string | null;
  note: string | null;
  answer_json: string | null;
  updated_by: string | null;
  updated_at: string;
  // domain: 1 = demo data the sources do not support (shown as "minh họa")
  illustrative: Generated<number>;
};

export type ObligationEventTable = {
  id: string;
  obligation_id: string;
  directive_id: string;
  organisation_id: string;
  at: string;
  actor_user_id: string | null;
  status: ObligationStatusValue;
  stage: string | null;
  answer_json: string | null;
  note: string | null;
};

export type ObligationEvidenceTable = {
  obligation_id: string;
  file_id: string;
  organisation_id: string;
};

export type TaskTable = {
  id: string;
  organisation_id: string;
  document_id: string;
  requirement_id: string | null;
  requirement_no: number | null;
  ordinal: number;
  title: string;
  text: string;
  deadline: string | null;
  status: string;
  progress: number;
  lead_user_id: string | null;
  lead_unit_id: string | null;
  assigned_by: string | null;
  assigned_at: string | null;
  result_note: string | null;
  extension_json: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
};

export type TaskAssigneeTable = {
  id: string;
  task_id: string;
  organisation_id: string;
  user_id: string | null;
  unit_id: string | null;
  role: string;
  deadline: string | null;
  acknowledged_at: string | null;
  created_at: string;
};

export type TaskEventTable = {
  id: string;
  task_id: string;
  organisation_id: string;
  kind: string;
  actor_user_id: string | null;
  at: string;
  payload: string;
};

export type TaskFileTable = {
  task_id: string;
  file_id: string;
  organisation_id: string;
  created_at: string;
};

export type DocumentPresentationTable = {
  id: string;
  document_id: string;
  organisation_id: string;
  presented_by: string;
  presented_to: string;
  presented_at: string;
  note: string | null;
};

export type NotificationTable = {
  id: string;
  organisation_id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
};

export type EmailOutboxTable = {
  id: string;
  organisation_id: string;
  user_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  dedupe_key: string | null;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
};

export type TrainingClassTable = {
  id: string;
  organisation_id: string;
  code: string;
  code_key: string;
  name: string;
  level: string;
  mode: string;
  delivery: string;
  host_code: string;
  host_name: string;
  host_kind: string;
  host_organisation_id: string | null;
  partner_name: string | null;
  partner_code: string | null;
  partner_kind: string | null;
  opening_date: string;
  closing_date: string | null;
  place: string | null;
  regime: string | null;
  notices_json: string;
  evaluated_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type LearnerTable = {
  id: string;
  organisation_id: string;
  full_name: string;
  birth_date: string;
  gender: string;
  ethnicity: string | null;
  party_status: string;
  party_join_date: string | null;
  party_full_date: string | null;
  education: string;
  theory_level: string;
  theory_document_date: string | null;
  theory_document_kind: string | null;
  position: string | null;
  planned: number;
  workplace: string | null;
  rating_last_year: string | null;
  rating_year_before: string | null;
  created_at: string;
  updated_at: string;
};

export type EnrolmentTable = {
  class_id: string;
  learner_id: string;
  organisation_id: string;
  ordinal: number;
};

export type ComplianceFindingTable = {
  id: string;
  organisation_id: string;
  class_id: string;
  learner_id: string | null;
  rule: string;
  title: string;
  severity: string;
  regime: string;
  values_json: string;
  message: string;
  source_document: string;
  source_article: string;
  confidence: string;
  evaluated_at: string;
};

export type ComplianceOverrideTable = {
  id: string;
  organisation_id: string;
  class_id: string;
  learner_id: string | null;
  rule: string;
  decision_reference: string;
  reason: string | null;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
};

export type ComplianceSettingsTable = {
  scope_key: string;
  organisation_id: string | null;
  class_size_limits_json: string;
  position_lists_json: string;
  // domain: {r350EffectiveFrom?, c01EffectiveFrom?} (compliance/rules/dates.ts)
  uncertain_dates_json?: string | null;
  updated_by: string | null;
  updated_at: string;
};

export type DB = {
  training_classes: TrainingClassTable;
  learners: LearnerTable;
  enrolments: EnrolmentTable;
  compliance_findings: ComplianceFindingTable;
  compliance_overrides: ComplianceOverrideTable;
  compliance_settings: ComplianceSettingsTable;
  provinces: ProvinceTable;
  organisations: OrganisationTable;
  organisation_successions: OrganisationSuccessionTable;
  org_units: OrgUnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
  registers: RegisterTable;
  number_counters: NumberCounterTable;
  documents: DocumentTable;
  document_files: DocumentFileTable;
  requirements: RequirementTable;
  document_links: DocumentLinkTable;
  document_settings: DocumentSettingsTable;
  tasks: TaskTable;
  task_assignees: TaskAssigneeTable;
  task_events: TaskEventTable;
  task_files: TaskFileTable;
  document_presentations: DocumentPresentationTable;
  notifications: NotificationTable;
  email_outbox: EmailOutboxTable;
  directives: DirectiveTable;
  directive_requirements: DirectiveRequirementTable;
  directive_recipients: DirectiveRecipientTable;
  obligations: ObligationTable;
  obligation_events: ObligationEventTable;
  obligation_evidence: ObligationEvidenceTable;
  // reports2
  report_regimes: ReportRegimeTable;
  reports: ReportTable;
  report_revisions: ReportRevisionTable;
  report_events: ReportEventTable;
  // contest2
  contest_editions: ContestEditionTable;
  contest_judges: ContestJudgeTable;
  contest_entries: ContestEntryTable;
  contest_entry_authors: ContestEntryAuthorTable;
  contest_marks: ContestMarkTable;
  contest_reference_texts: ContestReferenceTextTable;
  contest_overlaps: ContestOverlapTable;
  contest_awards: ContestAwardTable;
  forum_articles: ForumArticleTable;
  // intake2
  document_pages: DocumentPageTable;
  document_page_runs: DocumentPageRunTable;
  intake_batches: IntakeBatchTable;
  // letters2
  letters: LetterTable;
  letter_versions: LetterVersionTable;
  letter_steps: LetterStepTable;
  signing_certificates: SigningCertificateTable;
  trust_anchors: TrustAnchorTable;
  letter_deliveries: LetterDeliveryTable;
  // standard2
  standard_catalogue_versions: StandardCatalogueVersionTable;
  standard_dossier_records: StandardDossierRecordTable;
  standard_staff_members: StandardStaffMemberTable;
  standard_assessments: StandardAssessmentTable;
  standard_assessment_entries: StandardAssessmentEntryTable;
  // ux
  direction_settings: DirectionSettingsTable;
};

// ------------------------------------------------------------------ reports2: periodic reports (issue 13)

export type ReportRegimeTable = {
  id: string;
  code: string;
  version: number;
  name: string;
  origin: string;
  effective_from: string;
  effective_to: string | null;
  definition_json: string;
  created_by: string | null;
  created_at: string;
};

export type ReportTable = {
  id: string;
  organisation_id: string;
  regime_code: string;
  regime_version: number;
  period_code: string;
  period_label: string;
  deadline: string;
  revision: number;
  state: string;
  content_json: string;
  approved_hash: string | null;
  sent_hash: string | null;
  first_sent_at: string | null;
  sent_at: string | null;
  number_symbol: string | null;
  academy_document_id: string | null;
  return_comment: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type ReportRevisionTable = {
  id: string;
  report_id: string;
  organisation_id: string;
  revision: number;
  content_json: string;
  content_hash: string;
  number_symbol: string;
  sent_at: string;
  academy_document_id: string | null;
};

export type ReportEventTable = {
  id: string;
  report_id: string;
  organisation_id: string;
  revision: number;
  action: string;
  at: string;
  actor_user_id: string | null;
  comment: string | null;
  content_hash: string | null;
};

// contest2: contests and forum articles (issue 14)
export type ContestEditionTable = {
  id: string;
  year: number;
  number: number;
  title: string;
  data_json: string;
  status: string;
  copied_from: string | null;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
};

export type ContestJudgeTable = {
  id: string;
  edition_id: string;
  round: string;
  user_id: string;
  organisation_id: string;
  created_by: string | null;
  created_at: string;
};

export type ContestEntryTable = {
  id: string;
  edition_id: string;
  organisation_id: string;
  category_code: string;
  title: string;
  blind_code: string;
  status: string;
  round: string;
  screen_reason: string | null;
  submitted_on: string;
  file_name: string | null;
  file_sha256: string | null;
  file_size: number | null;
  content_type: string | null;
  storage_path: string | null;
  media_url: string | null;
  publication_name: string | null;
  published_on: string | null;
  published_url: string | null;
  work_text: string;
  overlap_share: number | null;
  overlap_checked_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type ContestEntryAuthorTable = {
  id: string;
  entry_id: string;
  organisation_id: string;
  person_key: string;
  full_name: string;
  ordinal: number;
};

export type ContestMarkTable = {
  id: string;
  entry_id: string;
  round: string;
  judge_user_id: string;
  score: number;
  created_at: string;
};

export type ContestReferenceTextTable = {
  id: string;
  edition_id: string | null;
  kind: string;
  title: string;
  text: string;
  created_by: string | null;
  created_at: string;
};

export type ContestOverlapTable = {
  id: string;
  edition_id: string;
  entry_id: string;
  other_kind: string;
  other_id: string;
  other_label: string;
  shared: number;
  entry_in_other: number;
  other_in_entry: number;
  created_at: string;
};

export type ContestAwardTable = {
  id: string;
  edition_id: string;
  entry_id: string;
  organisation_id: string;
  prize_category: string;
  level: string;
  created_at: string;
};

export type ForumArticleTable = {
  id: string;
  organisation_id: string;
  year: number;
  title: string;
  author_name: string;
  file_name: string | null;
  text: string;
  status: string;
  published_url: string | null;
  published_on: string | null;
  note: string | null;
  sent_on: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

// intake2: page text of long PDFs read in the background, and scanner batches.
export type DocumentPageTable = {
  document_id: string;
  organisation_id: string;
  page: number;
  text: string;
  method: string;
  created_at: string;
};

export type DocumentPageRunTable = {
  document_id: string;
  organisation_id: string;
  file_id: string;
  job_id: string | null;
  total_pages: number;
  /** JSON array of the page numbers the background job reads. */
  pages_json: string;
  done_pages: number;
  failed_pages: number;
  /** The text the metadata came from (first pages and the last), kept so the full text can be rebuilt. */
  head_text: string;
  status: string;
  error: string | null;
  created_at: string;
  updated_at: string;
};

export type IntakeBatchTable = {
  id: string;
  organisation_id: string;
  status: string;
  file_name: string;
  size: number;
  sha256: string;
  storage_path: string;
  job_id: string | null;
  page_count: number | null;
  pages_done: number;
  page_texts_json: string | null;
  page_starts_json: string | null;
  starts_json: string | null;
  document_ids_json: string | null;
  error: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
};

// letters2: outgoing letters (issue 15)
export type LetterTable = {
  id: string;
  organisation_id: string;
  status: string;
  current_step: string | null;
  family: string;
  type_code: string;
  subject: string;
  confidentiality: string | null;
  letter_json: string;
  version_no: number;
  approved_version: number | null;
  answers_document_id: string | null;
  drafter_id: string;
  reviewer_id: string | null;
  signer_id: string | null;
  network_recipients_json: string;
  render_json: string | null;
  signed_pdf_path: string | null;
  signed_at: string | null;
  issued_pdf_path: string | null;
  issued_at: string | null;
  document_id: string | null;
  created_at: string;
  updated_at: string;
};

export type LetterVersionTable = {
  letter_id: string;
  version_no: number;
  organisation_id: string;
  letter_json: string;
  author_id: string;
  note: string | null;
  created_at: string;
};

export type LetterStepTable = {
  id: string;
  letter_id: string;
  organisation_id: string;
  version_no: number;
  step: string | null;
  action: string;
  actor_id: string;
  comment: string | null;
  at: string;
};

export type SigningCertificateTable = {
  id: string;
  organisation_id: string;
  user_id: string | null;
  kind: string;
  p12_base64: string;
  subject: string;
  issuer: string;
  serial: string;
  valid_from: string;
  valid_to: string;
  fingerprint: string;
  uploaded_by: string | null;
  created_at: string;
  revoked_at: string | null;
};

export type TrustAnchorTable = {
  id: string;
  label: string;
  pem: string;
  source: string;
  confidence: string;
  created_at: string;
};

export type LetterDeliveryTable = {
  id: string;
  letter_id: string;
  organisation_id: string;
  recipient_id: string;
  document_id: string | null;
  status_code: string;
  updated_at: string;
};

// standard2: standard political school (migration 20261207T0200_standard)
export type StandardCatalogueVersionTable = {
  id: string;
  title: string;
  effective_from: string;
  version_json: string;
  created_by: string | null;
  created_at: string;
};

export type StandardDossierRecordTable = {
  id: string;
  organisation_id: string;
  kind: string;
  date: string;
  recorded_by: string;
  data_json: string;
  documents_json: string;
  note: string | null;
  illustrative: number;
  created_by: string | null;
  created_at: string;
};

export type StandardStaffMemberTable = {
  id: string;
  organisation_id: string;
  ordinal: number;
  full_name: string;
  staff_code: string | null;
  data_json: string;
  import_id: string;
  imported_at: string;
};

export type StandardAssessmentTable = {
  id: string;
  organisation_id: string;
  catalogue_version_id: string;
  target_level: number;
  filing_date: string;
  round: number;
  purpose: string;
  status: string;
  progress_line: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};

export type StandardAssessmentEntryTable = {
  assessment_id: string;
  organisation_id: string;
  code: string;
  value: number | null;
  status: string | null;
  comment: string | null;
  evidence_json: string;
  updated_by: string | null;
  updated_at: string;
};

// ux: per-school direction settings (issue 16)
export type DirectionSettingsTable = {
  organisation_id: string;
  usual_leader_id: string | null;
  phrases_json: string;
  updated_by: string | null;
  updated_at: string;
};
