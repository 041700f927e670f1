/**
 * An actor for tests that call services or repositories directly (no session): an Academy role sees every
 * organisation, anyone else only `organisationId` — the scope `tenancy/scope.ts` would give them without
 * successions.
 */
import { type Actor, isAcademyRole, type RequestContext, type Role } from '../modules/tenancy/actor.ts';

export function testActor(role: Role, organisationId: string): Actor {
  return {
    userId: `u-${role}`,
    organisationId,
    unitId: null,
    role,
    fullName: role,
    scope: isAcademyRole(role) ? { kind: 'all' } : { kind: 'orgs', organisationIds: [organisationId] },
  };
}

export function testContext(role: Role, organisationId: string): RequestContext {
  return { actor: testActor(role, organisationId), requestId: 'test' };
}
