/**
 * Who may do what with a document's direction and its tasks. Tenancy (which organisation) is
 * checked by `scoped()`/`assertCanWrite()` first; these are the role rules inside an organisation.
 */
import type { Actor, Role } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';

/** Leaders give the direction (bút phê). At the Academy the administrator plays that part. */
export const LEADER_ROLES: readonly Role[] = ['leader', 'academy_admin'];
/** Who presents documents to a leader and corrects extracted deadlines. */
export const CLERK_ROLES: readonly Role[] = ['clerk', 'school_admin', 'leader', 'academy_admin', 'academy_staff'];

export const OPEN_STATUSES = ['unassigned', 'assigned', 'in_progress', 'returned'] as const;
/** A registered incoming document still being handled: it may be presented and directed. */
export const ACTIVE_DOCUMENT_STATUSES = ['registered', 'presented', 'assigned', 'in_progress'];
/** Statuses in which an assignee answers for a deadline (a returned task waits on the leader). */
export const WORKING_STATUSES = ['assigned', 'in_progress'];
export const TASK_STATUS_LABELS: Record<string, string> = {
  unassigned: 'Chưa giao',
  assigned: 'Đã giao',
  in_progress: 'Đang xử lý',
  done: 'Hoàn thành',
  returned: 'Bị trả lại',
};
export const ASSIGNEE_ROLE_LABELS: Record<string, string> = { lead: 'Chủ trì', support: 'Phối hợp', info: 'Để biết' };
export const EVENT_LABELS: Record<string, string> = {
  created: 'Tạo nhiệm vụ',
  assigned: 'Giao nhiệm vụ',
  reassigned: 'Giao lại',
  progress: 'Cập nhật tiến độ',
  comment: 'Ý kiến',
  file_added: 'Thêm tài liệu kết quả',
  extension_requested: 'Xin gia hạn',
  extension_granted: 'Đồng ý gia hạn',
  extension_refused: 'Không đồng ý gia hạn',
  returned: 'Trả lại',
  completed: 'Hoàn thành',
  edited: 'Sửa nhiệm vụ',
};

export function isLeader(actor: Actor): boolean {
  return LEADER_ROLES.includes(actor.role);
}

export function isClerkLike(actor: Actor): boolean {
  return CLERK_ROLES.includes(actor.role);
}

export type AssigneeLike = { user_id: string | null; unit_id: string | null; role: string };

/** The roles the actor holds on a task: as a named person, or as a member of an assigned unit. */
export function rolesOf(actor: Actor, assignees: readonly AssigneeLike[]): Set<string> {
  const roles = new Set<string>();
  for (const a of assignees) {
    if ((a.user_id && a.user_id === actor.userId) || (a.unit_id && actor.unitId && a.unit_id === actor.unitId))
      roles.add(a.role);
  }
  return roles;
}

export type TaskPermissions = {
  canProgress: boolean;
  canComment: boolean;
  canComplete: boolean;
  canReturn: boolean;
  canRequestExtension: boolean;
  canDecideExtension: boolean;
  canEdit: boolean;
  canDirect: boolean;
};

/** What the UI may offer; the service checks the same rules again on each action. */
export function taskPermissions(
  actor: Actor,
  task: { status: string },
  roles: Set<string>,
  opts: { writable: boolean; pendingExtension: boolean },
): TaskPermissions {
  const open = task.status === 'assigned' || task.status === 'in_progress';
  const w = opts.writable;
  const lead = roles.has('lead');
  return {
    canProgress: w && open && lead,
    canComment: w && task.status !== 'done' && (roles.size > 0 || isLeader(actor)),
    canComplete: w && open && lead,
    canReturn: w && open && lead,
    canRequestExtension: w && open && lead && !opts.pendingExtension,
    canDecideExtension: w && isLeader(actor) && opts.pendingExtension,
    canEdit: w && task.status !== 'done' && isClerkLike(actor),
    canDirect: w && task.status !== 'done' && isLeader(actor),
  };
}

/** `assertCanWrite` as a yes/no, for the permission flags shown to the UI. */
export function canWriteTo(actor: Actor, organisationId: string): boolean {
  try {
    assertCanWrite(actor, organisationId);
    return true;
  } catch {
    return false;
  }
}
