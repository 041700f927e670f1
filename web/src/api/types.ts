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
// Generated from the routes' response schemas; the unions below are the values the pages switch on.

export type DirectiveStatus = 'draft' | 'issued';
export type RecipientMode = 'provincial' | 'sector' | 'provincial_and_sector' | 'custom';
export type AnswerTypeCode = 'status' | 'standard_school_project';
/** Who a requirement is addressed to (server: directives/audience.ts). */
export type AudienceCode = 'all' | 'provincial' | 'sector' | 'list';
export type ObligationStatus = 'not_started' | 'in_progress' | 'done';
export type AnswerField = 'approvalDate' | 'decisionNumber' | 'targetYear';

export type DirectiveSummary = ApiResponse<'/api/directives'>['items'][number];
export type Directive = ApiResponse<'/api/directives/{id}'>;
export type DirectiveRequirement = Directive['requirements'][number];
export type DirectiveBody = ApiBody<'/api/directives', 'post'>;
export type DirectiveRequirementInput = DirectiveBody['requirements'][number];
export type DirectiveDashboard = ApiResponse<'/api/directives/{id}/dashboard'>;
export type DashboardRequirement = DirectiveDashboard['requirements'][number];
export type DashboardSchool = DirectiveDashboard['schools'][number];
export type DashboardCell = NonNullable<DashboardSchool['cells'][number]>;
export type DirectiveHistory = ApiResponse<'/api/directives/{id}/history'>;
export type ObligationDetail = ApiResponse<'/api/obligations/{id}'>;
export type Obligation = ApiResponse<'/api/obligations'>['items'][number];
export type ObligationEvent = ObligationDetail['history'][number];
export type ObligationAnswer = NonNullable<ObligationDetail['answer']>;
export type UpdateObligationBody = ApiBody<'/api/obligations/{id}', 'patch'>;
