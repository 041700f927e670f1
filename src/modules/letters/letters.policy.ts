/**
 * Who sees and acts on a letter. A letter is read through `scoped()` (its organisation), then the
 * confidentiality rule of tenancy/visibility.ts: a confidential draft (Mật, Tối mật, Tuyệt mật) is seen only
 * by those cleared for the organisation's confidential documents (leader, clerk, administrator) and by the
 * people named on it (drafter, head of unit, signer).
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { AppError } from '../../lib/app-error.ts';
import type { Actor } from '../tenancy/actor.ts';
import { type Filterable, scoped } from '../tenancy/scope.ts';
import { clearance } from '../tenancy/visibility.ts';

function letterRuleSql(actor: Actor): Expression<SqlBool> {
  const level = clearance(actor);
  const cleared =
    level === 'scope'
      ? sql<SqlBool>`1 = 1`
      : level === 'own'
        ? sql<SqlBool>`letters.organisation_id = ${actor.organisationId}`
        : sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(letters.confidentiality is null or ${cleared} or letters.drafter_id = ${actor.userId}
    or letters.reviewer_id = ${actor.userId} or letters.signer_id = ${actor.userId})`;
}

/** Restrict a letters query to what the actor may see: scope, then the confidentiality rule. */
export function visibleLetters<QB extends Filterable<QB>>(qb: QB, actor: Actor): QB {
  return scoped(qb, actor, 'letters.organisation_id').where(letterRuleSql(actor));
}

export function assertClerk(actor: Actor): void {
  if (actor.role !== 'clerk') throw new AppError('FORBIDDEN', 'Chỉ văn thư được cấp số và phát hành văn bản.');
}

export function assertSchoolAdmin(actor: Actor): void {
  if (actor.role !== 'school_admin' && actor.role !== 'academy_admin')
    throw new AppError('FORBIDDEN', 'Chỉ quản trị của đơn vị được quản lý chứng thư số.');
}
