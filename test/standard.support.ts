/** A request context for a demo user, so tests, the outsider loader and the benchmark act through services without HTTP. */
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { RequestContext, Role } from '../src/modules/tenancy/actor.ts';

/** The request context of a demo user, acting without HTTP (scope: own school, or all for the Academy). */
export async function contextOf(db: Kysely<DB>, email: string): Promise<RequestContext> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'role', 'full_name'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const role = user.role as Role;
  const academy = role === 'academy_admin' || role === 'academy_staff';
  return {
    actor: {
      userId: user.id,
      organisationId: user.organisation_id,
      unitId: null,
      role,
      fullName: user.full_name,
      scope: academy ? { kind: 'all' } : { kind: 'orgs', organisationIds: [user.organisation_id] },
    },
    requestId: `standard-support-${Date.now()}`,
  };
}
