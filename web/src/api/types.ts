/**
 * Shapes of the TCT API responses, as described in the API contract (see /api/docs).
 * Kept in one place so every page agrees on them.
 */
export type Role = 'academy_admin' | 'academy_staff' | 'school_admin' | 'clerk' | 'leader' | 'staff';

export const ROLE_LABELS: Record<Role, string> = {
  academy_admin: 'Quản trị Học viện',
  academy_staff: 'Cán bộ Học viện',
  school_admin: 'Quản trị trường',
  clerk: 'Văn thư',
  leader: 'Ban Giám hiệu',
  staff: 'Cán bộ, giảng viên',
};

export const ACADEMY_ROLES: readonly Role[] = ['academy_admin', 'academy_staff'];
export const SCHOOL_ROLES: readonly Role[] = ['school_admin', 'clerk', 'leader', 'staff'];
export const ADMIN_ROLES: readonly Role[] = ['academy_admin', 'school_admin'];

export type OrganisationKind =
  | 'academy'
  | 'regional_academy'
  | 'member_academy'
  | 'provincial_school'
  | 'sector_school';

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  academy: 'Học viện Chính trị quốc gia Hồ Chí Minh',
  regional_academy: 'Học viện Chính trị khu vực',
  member_academy: 'Học viện trực thuộc',
  provincial_school: 'Trường chính trị tỉnh, thành phố',
  sector_school: 'Trường cán bộ bộ, ngành, đoàn thể',
};

export type UnitKind = 'leadership' | 'office' | 'faculty' | 'department';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  leadership: 'Lãnh đạo',
  office: 'Phòng',
  faculty: 'Khoa',
  department: 'Ban, Vụ',
};

export type Me = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  roleLabel: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
  unitId: string | null;
  isAcademy: boolean;
  isAdmin: boolean;
};

export type Session = { user: Me; csrfToken: string };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type OrganisationLink = { id: string; name: string };

export type Organisation = {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  kindLabel: string;
  provinceCode: string | null;
  provincePeriod: string | null;
  provinceName: string | null;
  validFrom: string | null;
  validTo: string | null;
  nameUncertain: boolean;
  source: string | null;
  shortName?: string | null;
  note?: string | null;
  predecessors: OrganisationLink[];
  successors: OrganisationLink[];
};

export type Unit = { id: string; name: string; kind: UnitKind | string; kindLabel?: string; uncertain: boolean };

export type OrganisationWithUnits = Organisation & { units: Unit[] };

export type OrganisationWorkspace = { organisation: Organisation; units: Unit[]; peopleCount: number };

export type Person = {
  id: string;
  email: string;
  fullName: string;
  title: string | null;
  role: Role;
  roleLabel: string;
  organisationId: string;
  organisationName: string;
  unitId: string | null;
  unitName: string | null;
  active: boolean;
  lastLoginAt: string | null;
};

export type AuditItem = {
  id: number;
  at: string;
  actorName: string | null;
  actorUserId?: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  organisationId: string | null;
  organisationName: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

export type HomeCard = { label: string; value: string; hint?: string; href?: string };
export type Home = { title: string; cards: HomeCard[] };

// ---------------------------------------------------------------------------------------------
// Chỉ đạo mạng lưới (network directives) and the schools' obligations under them.

export type DirectiveStatus = 'draft' | 'issued';
export type RecipientMode = 'provincial' | 'sector' | 'provincial_and_sector' | 'custom';
export type AnswerTypeCode = 'status' | 'standard_school_project';
export type ObligationStatus = 'not_started' | 'in_progress' | 'done';
export type AnswerField = 'approvalDate' | 'decisionNumber' | 'targetYear';

export type DirectiveSummary = {
  id: string;
  title: string;
  numberSymbol: string | null;
  issuedDate: string;
  status: DirectiveStatus;
  recipientMode: RecipientMode;
  recipients: number;
};

export type DirectiveRequirement = {
  id: string;
  no: number | null;
  text: string;
  deadline: string | null;
  answerType: AnswerTypeCode | string;
};

export type Directive = {
  id: string;
  title: string;
  numberSymbol: string | null;
  issuedDate: string;
  status: DirectiveStatus;
  recipientMode: RecipientMode;
  sourceDocumentId: string | null;
  issuedAt: string | null;
  requirements: DirectiveRequirement[];
  /** The hand-picked recipients (recipientMode 'custom'); Academy only. */
  recipientIds?: string[];
};

export type DirectiveRequirementInput = {
  no: number | null;
  text: string;
  deadline: string | null;
  answerType?: AnswerTypeCode;
};

export type DirectiveBody = {
  title: string;
  numberSymbol?: string | null;
  issuedDate: string;
  sourceDocumentId?: string | null;
  requirements: DirectiveRequirementInput[];
  recipientMode: RecipientMode;
  recipientIds?: string[];
};

export type ObligationAnswer = {
  stage: string;
  approvalDate?: string | null;
  decisionNumber?: string | null;
  targetYear?: number | null;
};

export type DashboardCell = {
  requirementId: string;
  obligationId: string;
  status: ObligationStatus;
  stage: string;
  stageLabel: string;
  answer: ObligationAnswer | null;
  overdue: boolean;
  updatedAt: string;
};

export type DashboardSchool = {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  provinceName: string | null;
  region: string | null;
  statusCode: string;
  statusLabel: string;
  arrivedAt: string | null;
  registeredAt: string | null;
  doneAt: string | null;
  cells: (DashboardCell | null)[];
};

export type DashboardRequirement = {
  id: string;
  no: number | null;
  text: string;
  deadline: string | null;
  answerType: AnswerTypeCode | string;
  answerTypeLabel: string;
  stages: { code: string; label: string; status: ObligationStatus; count: number }[];
  milestones: { code: string; label: string; count: number; headline: string }[];
  overdue: number;
};

export type DirectiveDashboard = {
  directive: { id: string; title: string; numberSymbol: string | null; issuedDate: string; status: DirectiveStatus };
  asOf: string;
  schoolCount: number;
  requirements: DashboardRequirement[];
  schools: DashboardSchool[];
  delivery: { code: string; label: string; count: number }[];
};

export type DirectiveHistory = {
  series: {
    requirementId: string;
    no: number | null;
    milestones: { code: string; label: string }[];
    points: { date: string; counts: Record<string, number> }[];
  }[];
};

export type Obligation = {
  id: string;
  directiveId: string;
  directiveTitle: string;
  numberSymbol: string | null;
  requirementId: string;
  requirementNo: number | null;
  requirementText: string;
  organisationId: string;
  organisationName: string;
  status: ObligationStatus;
  stage: string;
  stageLabel: string;
  answerType: AnswerTypeCode | string;
  stages: { code: string; label: string; requires: AnswerField[] }[];
  answer: ObligationAnswer;
  deadline: string | null;
  overdue: boolean;
  note: string | null;
  updatedAt: string;
};

export type ObligationEvent = {
  at: string;
  status: ObligationStatus;
  stage: string | null;
  note: string | null;
  answer: ObligationAnswer | null;
  actorName: string | null;
};

export type ObligationDetail = Obligation & {
  history: ObligationEvent[];
  evidence: { id: string; fileName: string; size: number; createdAt: string }[];
};

export type UpdateObligationBody = {
  stage: string;
  note?: string | null;
  approvalDate?: string | null;
  decisionNumber?: string | null;
  targetYear?: number | null;
};
