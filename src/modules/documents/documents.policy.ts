/**
 * ⚠ SECURITY-CRITICAL: who may see and do what with documents. ⚠
 *
 * Tenancy (which organisations) comes from tenancy/scope.ts `scoped()`; this file adds the second
 * rule documents need: confidential documents (Mật, Tối mật, Tuyệt mật — kept in the separate
 * confidential register, NĐ 30 Điều 22) are visible only to the leader, the clerk and the school
 * administrator of the owning school, and at the Academy only to the Academy administrator, for the
 * Academy's own documents. Everyone else cannot tell that they exist (404, absent from lists).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { AppError } from '../../lib/app-error.ts';
import type { Actor, Role } from '../tenancy/actor.ts';
import { type Filterable, scoped } from '../tenancy/scope.ts';

export const CONFIDENTIALITY_LEVELS = ['Mật', 'Tối mật', 'Tuyệt mật'] as const;
export const URGENCY_LEVELS = ['Khẩn', 'Thượng khẩn', 'Hỏa tốc', 'Hỏa tốc hẹn giờ'] as const;

const SCHOOL_CONFIDENTIAL_ROLES: readonly Role[] = ['leader', 'clerk', 'school_admin'];
/** Register and correct incoming documents, issue outgoing ones (the văn thư's work, and its supervisors). */
const REGISTRY_ROLES: readonly Role[] = ['clerk', 'school_admin', 'leader', 'academy_admin', 'academy_staff'];

export function isConfidential(confidentiality: string | null | undefined): boolean {
  return !!confidentiality && confidentiality.trim() !== '';
}

/**
 * Which confidential documents the actor may see: 'all' (within scope), 'own' (only its own
 * organisation's) or 'none'.
 */
export function confidentialAccess(actor: Actor): 'all' | 'own' | 'none' {
  if (SCHOOL_CONFIDENTIAL_ROLES.includes(actor.role)) return 'all';
  if (actor.role === 'academy_admin') return 'own';
  return 'none';
}

export function canSeeConfidential(actor: Actor, organisationId: string): boolean {
  const access = confidentialAccess(actor);
  return access === 'all' || (access === 'own' && organisationId === actor.organisationId);
}

/** `column is null or owner = organisation`: what 'own' confidential access lets through. */
function nullOrOwnedBy(column: string, ownerColumn: string, organisationId: string): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} is null or ${sql.ref(ownerColumn)} = ${organisationId})`;
}

/**
 * Restrict a documents query (the table must be visible as `alias`) to what the actor may read:
 * its scope, then the confidentiality rule.
 */
export function visibleDocuments<QB extends Filterable<QB>>(
  qb: QB,
  actor: Actor,
  alias = 'documents',
  narrowTo?: string | null,
): QB {
  let q = scoped(qb, actor, `${alias}.organisation_id`, narrowTo);
  const access = confidentialAccess(actor);
  if (access === 'none') q = q.where(sql.ref(`${alias}.confidentiality`), 'is', null);
  if (access === 'own')
    q = q.where(nullOrOwnedBy(`${alias}.confidentiality`, `${alias}.organisation_id`, actor.organisationId));
  return q;
}

/** Restrict a registers query to the registers the actor may read. */
export function visibleRegisters<QB extends Filterable<QB>>(qb: QB, actor: Actor, narrowTo?: string | null): QB {
  let q = scoped(qb, actor, 'registers.organisation_id', narrowTo);
  const access = confidentialAccess(actor);
  if (access === 'none') q = q.where(sql.ref('registers.confidential'), '=', 0);
  if (access === 'own')
    q = q.where(
      sql<SqlBool>`(${sql.ref('registers.confidential')} = 0 or ${sql.ref('registers.organisation_id')} = ${actor.organisationId})`,
    );
  return q;
}

/** Register, correct, link and issue: the registry roles. Drafting an outgoing letter is open to everyone. */
export function assertRegistryRole(actor: Actor): void {
  if (!REGISTRY_ROLES.includes(actor.role)) {
    throw new AppError(
      'FORBIDDEN',
      'Chỉ văn thư, lãnh đạo hoặc quản trị viên được thực hiện thao tác này với văn bản.',
    );
  }
}

export function isRegistryRole(role: Role): boolean {
  return REGISTRY_ROLES.includes(role);
}
