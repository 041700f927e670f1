/**
 * Who is calling, and what they may see. Built once per request from the session
 * (never from the URL or body) by plugins/auth.ts.
 */
export const ROLES = ['academy_admin', 'academy_staff', 'school_admin', 'clerk', 'leader', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  academy_admin: 'Quản trị Học viện',
  academy_staff: 'Cán bộ Học viện',
  school_admin: 'Quản trị trường',
  clerk: 'Văn thư',
  leader: 'Ban Giám hiệu',
  staff: 'Cán bộ, giảng viên',
};

export const ACADEMY_ROLES: readonly Role[] = ['academy_admin', 'academy_staff'];
export const ADMIN_ROLES: readonly Role[] = ['academy_admin', 'school_admin'];

export type Actor = {
  userId: string;
  organisationId: string;
  unitId: string | null;
  role: Role;
  fullName: string;
  /** Academy roles see every organisation; a school sees itself and the schools it succeeded (2025 merger). */
  scope: { kind: 'all' } | { kind: 'orgs'; organisationIds: string[] };
};

export type RequestContext = {
  actor: Actor;
  requestId: string;
};

export function isAcademyRole(role: Role): boolean {
  return ACADEMY_ROLES.includes(role);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
