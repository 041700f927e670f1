/**
 * API shapes for the pages. Responses and bodies come from the generated `openapi.d.ts` (run
 * `npm run api:types` after changing a server schema); the names below are aliases so pages keep reading
 * `Person`, `Organisation`, … The role and kind labels are UI text and stay here.
 */
import type { paths } from './openapi.d.ts';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Operation<P extends keyof paths, M extends string> = M extends keyof paths[P] ? paths[P][M] : never;

/** The JSON a route answers with on success (200, 201 or 202): `ApiResponse<'/api/people/{id}', 'get'>`. */
export type ApiResponse<P extends keyof paths, M extends string = 'get'> =
  Operation<P, M> extends { responses: infer Rs }
    ? Rs extends { 200: infer R }
      ? Json<R>
      : Rs extends { 201: infer R }
        ? Json<R>
        : Rs extends { 202: infer R }
          ? Json<R>
          : never
    : never;

/** The JSON body a route takes: `ApiBody<'/api/people', 'post'>`. */
export type ApiBody<P extends keyof paths, M extends string> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query parameters a route takes. */
export type ApiQuery<P extends keyof paths, M extends string = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type Role = 'academy_admin' | 'academy_staff' | 'school_admin' | 'clerk' | 'leader' | 'staff';

export const ROLE_LABELS: Record<Role, string> = {
  academy_admin: 'Quản trị Học viện',
  academy_staff: 'Cán bộ Học viện',
  school_admin: 'Quản trị trường',
  clerk: 'Văn thư',
  leader: 'Lãnh đạo trường',
  staff: 'Cán bộ, giảng viên',
};

/** The API types a user's `role` as text; this compares it with a list of known roles. */
export function hasRole(roles: readonly Role[], role: string): boolean {
  return (roles as readonly string[]).includes(role);
}

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
  sector_school: 'Trường cán bộ của bộ, ngành, đoàn thể Trung ương',
};

export type UnitKind = 'leadership' | 'office' | 'faculty' | 'department';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  leadership: 'Lãnh đạo',
  office: 'Phòng',
  faculty: 'Khoa',
  department: 'Ban, Vụ',
};

export type Session = ApiResponse<'/api/auth/me'>;
export type Me = Session['user'];

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type Organisation = ApiResponse<'/api/network/organisations'>['items'][number];
export type OrganisationLink = Organisation['predecessors'][number];
export type OrganisationWithUnits = ApiResponse<'/api/network/organisations/{id}'>;
export type OrganisationWorkspace = ApiResponse<'/api/organisations/{id}'>;
export type Unit = OrganisationWorkspace['units'][number];

export type Person = ApiResponse<'/api/people/{id}'>;

export type AuditItem = ApiResponse<'/api/audit'>['items'][number];

export type Home = ApiResponse<'/api/home'>;
export type HomeCard = Home['cards'][number];

// ---------------------------------------------------------------------------------------------
// Chỉ đạo mạng lưới (network directives) and the schools' obligations under them.
// TODO(shape): generated once the route has a response schema — the directives routes have none yet, so
// these shapes are still copied from the server's presenters.

export type DirectiveStatus = 'draft' | 'issued';
export type RecipientMode = 'provincial' | 'sector' | 'provincial_and_sector' | 'custom';
export type AnswerTypeCode = 'status' | 'standard_school_project';
/** Who a requirement is addressed to (server: directives/audience.ts). */
export type AudienceCode = 'all' | 'provincial' | 'sector' | 'list';
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
  audience: AudienceCode | string;
  audienceLabel: string;
  audienceIds: string[];
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
  audience?: AudienceCode;
  audienceIds?: string[];
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
  /** Demo data the sources do not support. */
  illustrative: boolean;
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
  /** The schools it merged into since (2022 → 2025), linked from the matrix. */
  successors: { id: string; name: string }[];
  cells: (DashboardCell | null)[];
};

export type DashboardRequirement = {
  id: string;
  no: number | null;
  text: string;
  deadline: string | null;
  answerType: AnswerTypeCode | string;
  answerTypeLabel: string;
  audience: AudienceCode | string;
  audienceLabel: string;
  /** The requirement's audience among the schools shown: the denominator of its counts. */
  audienceCount: number;
  illustrative: number;
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
  /** Demo data the sources do not support, until the school writes its own answer. */
  illustrative: boolean;
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
