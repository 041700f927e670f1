/** The signed-in user, as the web app's header and navigation need it. */
import { ADMIN_ROLES, ROLE_LABELS, isAcademyRole, type Actor } from '../tenancy/actor.ts';
import type { findMe } from './auth.repository.ts';

export function presentMe(actor: Actor, user: Awaited<ReturnType<typeof findMe>>) {
  return {
    id: actor.userId,
    email: user.email,
    fullName: actor.fullName,
    role: actor.role,
    roleLabel: ROLE_LABELS[actor.role],
    organisation: { id: user.org_id, name: user.org_name, kind: user.org_kind },
    unitId: actor.unitId,
    isAcademy: isAcademyRole(actor.role),
    isAdmin: ADMIN_ROLES.includes(actor.role),
  };
}
