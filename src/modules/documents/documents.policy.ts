/**
 * Who may do what with documents. Who may *see* a document or its tasks is one rule for the whole app,
 * in tenancy/visibility.ts (re-exported here for the documents code); this file adds the registry roles.
 */
import { AppError } from '../../lib/app-error.ts';
import type { Actor, Role } from '../tenancy/actor.ts';

export {
  CONFIDENTIALITY_LEVELS,
  isClearedFor,
  isConfidential,
  visibleDocuments,
  visibleRegisters,
} from '../tenancy/visibility.ts';

/** Độ khẩn, Nghị định 30/2020 Điều 4.2.c. "Hỏa tốc hẹn giờ" is an edXML priority only (edxml/codes.ts). */
export const URGENCY_LEVELS = ['Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;

/** Register, correct, link and issue outgoing ones (the văn thư's work, and its supervisors). */
const REGISTRY_ROLES: readonly Role[] = ['clerk', 'school_admin', 'leader', 'academy_admin', 'academy_staff'];

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
