/** The demo people of one organisation as request contexts, the way their sessions would see them. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { RequestContext, Role } from '../../modules/tenancy/actor.ts';
import { isAcademyRole } from '../../modules/tenancy/actor.ts';
import { organisationReach } from '../../modules/tenancy/succession.repository.ts';
import type { Person } from './plan.ts';

export type SchoolPeople = Record<Person, RequestContext> & { organisationId: string };

export async function contextOf(db: Kysely<DB>, email: string): Promise<RequestContext> {
  const u = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'unit_id', 'role', 'full_name'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const role = u.role as Role;
  return {
    actor: {
      userId: u.id,
      organisationId: u.organisation_id,
      unitId: u.unit_id,
      role,
      fullName: u.full_name,
      scope: isAcademyRole(role)
        ? { kind: 'all' }
        : { kind: 'orgs', organisationIds: await organisationReach(db, u.organisation_id) },
    },
    requestId: 'seed-demo-year',
  };
}

/**
 * The demo people of a school whose accounts are `<role>@<domain>`; the head of unit (`truongphong@`) where the
 * school has one, otherwise the staff member stands in for them.
 */
export async function schoolPeople(db: Kysely<DB>, domain: string): Promise<SchoolPeople> {
  const [clerk, leader, staff, admin] = await Promise.all(
    ['vanthu', 'hieutruong', 'canbo', 'quantri'].map((p) => contextOf(db, `${p}@${domain}`)),
  );
  const hasHead = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', `truongphong@${domain}`)
    .executeTakeFirst();
  const head = hasHead ? await contextOf(db, `truongphong@${domain}`) : staff!;
  return {
    clerk: clerk!,
    leader: leader!,
    staff: staff!,
    admin: admin!,
    head,
    organisationId: clerk!.actor.organisationId,
  };
}
