/**
 * ⚠ SECURITY-CRITICAL: tenancy is enforced here and only here. ⚠
 *
 * Every organisation-owned row carries `organisation_id`. Repositories never filter by organisation
 * themselves: they pass their query through `scoped()` (reads) and their target organisation through
 * `assertCanWrite()` (writes). Rows outside the caller's scope are indistinguishable from rows that do
 * not exist: the caller gets 404, never 403, so it cannot probe for another school's records.
 * Changing these functions needs two reviewers.
 */
import { type Expression, type SqlBool, sql } from 'kysely';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isAcademyRole, type Actor, type Role } from './actor.ts';

/**
 * The scope of a new actor (built at sign-in from the session's user, never from the request): Academy
 * roles read every organisation; a school reads itself and the schools it succeeded (`reach`, see
 * succession.repository.ts).
 */
export async function scopeFor(role: Role, reach: () => Promise<string[]>): Promise<Actor['scope']> {
  return isAcademyRole(role) ? { kind: 'all' } : { kind: 'orgs', organisationIds: await reach() };
}

/** The organisations the actor may read, or 'all'. */
export function readableOrganisationIds(actor: Actor): string[] | 'all' {
  return actor.scope.kind === 'all' ? 'all' : actor.scope.organisationIds;
}

export function canRead(actor: Actor, organisationId: string | null): boolean {
  if (organisationId === null) return true;
  const ids = readableOrganisationIds(actor);
  return ids === 'all' || ids.includes(organisationId);
}

/**
 * Any query builder with a `where` (select, update, delete): what `scoped()` and the rules built on it
 * need. The column is given as text ('documents.organisation_id') and referenced with `sql.ref`.
 */
export type Filterable<QB> = {
  where(lhs: Expression<unknown>, op: 'in' | '=' | 'is', rhs: unknown): QB;
  where(expression: Expression<SqlBool>): QB;
};

/**
 * Restrict a query to the caller's scope. `column` is the organisation column of the row
 * being read (e.g. 'documents.organisation_id'). `narrowTo` lets an Academy user pick one school
 * (the organisation picker) — a school user can only narrow within its own scope.
 */
export function scoped<QB extends Filterable<QB>>(qb: QB, actor: Actor, column: string, narrowTo?: string | null): QB {
  const ids = readableOrganisationIds(actor);
  let q = qb;
  if (ids !== 'all') q = q.where(sql.ref(column), 'in', ids.length ? ids : ['__none__']);
  if (narrowTo) q = q.where(sql.ref(column), '=', narrowTo);
  return q;
}

/**
 * May the actor change data owned by `organisationId`? Schools write within their scope. Academy
 * roles are read-only on school data unless the capability passes `academyMayWrite`.
 * Out of scope → 404 (as for reads); in scope but not allowed → 403.
 */
export function assertCanWrite(actor: Actor, organisationId: string, opts: { academyMayWrite?: boolean } = {}): void {
  if (!canRead(actor, organisationId)) throw notFound();
  if (isAcademyRole(actor.role) && organisationId !== actor.organisationId && !opts.academyMayWrite) {
    throw new AppError('FORBIDDEN', 'Học viện chỉ được xem dữ liệu của trường, không được sửa.');
  }
}

/** Load-or-404 for a single row already fetched through `scoped()`. */
export function requireFound<T>(row: T | undefined | null, what?: string): T {
  if (row === undefined || row === null) throw notFound(what);
  return row;
}
