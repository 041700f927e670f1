/** People rows → API shape. */
import { ROLE_LABELS, type Role } from '../tenancy/actor.ts';
import type { PersonRow } from './users.repository.ts';

export function presentPerson(row: PersonRow) {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    title: row.title,
    role: row.role,
    roleLabel: ROLE_LABELS[row.role as Role] ?? row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    active: row.active === 1,
    lastLoginAt: row.last_login_at,
  };
}
