/**
 * A report's life as data: draft → submitted to the leader → approved → sent (locked, hashed, numbered
 * and delivered by the module) → accepted, or returned with comments → a correction is a new revision
 * that starts again as a draft. Transitions, who may take them and what each needs are listed here; the
 * module calls checkTransition and performs the effects in one transaction.
 *
 * "Revision" counts a school's corrections of one report; "version" is the regime's. Timeliness counts
 * the first sending of the first revision, as DHIS2 counts the first completion: a report returned and
 * corrected after the deadline stays on time if it was first sent in time.
 */
import { AppError } from '../lib/app-error.ts';
import { vietnamDateOf, daysBetween, type IsoDate } from './dates.ts';
import type { ValidationReport } from './validation.ts';

export const REPORT_STATES = ['draft', 'pending_approval', 'approved', 'sent', 'accepted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const STATE_LABELS: Record<ReportState, string> = {
  draft: 'Đang soạn',
  pending_approval: 'Chờ lãnh đạo duyệt',
  approved: 'Lãnh đạo đã duyệt',
  sent: 'Đã gửi Học viện',
  accepted: 'Học viện đã tiếp nhận',
  returned: 'Học viện trả lại',
};

export type ReportAction = 'submit' | 'withdraw' | 'approve' | 'reject' | 'send' | 'accept' | 'return' | 'correct';
/** Roles as in src/modules/tenancy/actor.ts. */
export type WorkflowRole = 'academy_admin' | 'academy_staff' | 'school_admin' | 'clerk' | 'leader' | 'staff';
export type Requirement = 'valid' | 'comment' | 'unchanged_since_approval';
/** What the module does besides changing the state, in the same transaction. */
export type Effect = 'lock' | 'record_hash' | 'outgoing_number' | 'deliver_to_academy' | 'new_revision' | 'notify';

export type Transition = {
  action: ReportAction;
  label: string;
  from: readonly ReportState[];
  to: ReportState;
  /** The school that owns the report, or the Academy that receives it. */
  side: 'school' | 'academy';
  roles: readonly WorkflowRole[];
  requires: readonly Requirement[];
  effects: readonly Effect[];
};

const SCHOOL_WRITERS: WorkflowRole[] = ['staff', 'school_admin', 'leader'];
const ACADEMY: WorkflowRole[] = ['academy_admin', 'academy_staff'];

export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    label: 'Trình lãnh đạo duyệt',
    from: ['draft'],
    to: 'pending_approval',
    side: 'school',
    roles: SCHOOL_WRITERS,
    requires: ['valid'],
    effects: ['record_hash', 'notify'],
  },
  {
    action: 'withdraw',
    label: 'Rút lại để sửa',
    from: ['pending_approval'],
    to: 'draft',
    side: 'school',
    roles: SCHOOL_WRITERS,
    requires: [],
    effects: [],
  },
  {
    action: 'approve',
    label: 'Duyệt báo cáo',
    from: ['pending_approval'],
    to: 'approved',
    side: 'school',
    roles: ['leader'],
    requires: ['valid'],
    effects: ['record_hash', 'notify'],
  },
  {
    action: 'reject',
    label: 'Trả lại để sửa',
    from: ['pending_approval', 'approved'],
    to: 'draft',
    side: 'school',
    roles: ['leader'],
    requires: ['comment'],
    effects: ['notify'],
  },
  {
    action: 'send',
    label: 'Gửi Học viện',
    from: ['approved'],
    to: 'sent',
    side: 'school',
    roles: ['leader', 'clerk'],
    requires: ['unchanged_since_approval'],
    effects: ['lock', 'record_hash', 'outgoing_number', 'deliver_to_academy', 'notify'],
  },
  {
    action: 'accept',
    label: 'Tiếp nhận báo cáo',
    from: ['sent'],
    to: 'accepted',
    side: 'academy',
    roles: ACADEMY,
    requires: [],
    effects: ['notify'],
  },
  {
    action: 'return',
    label: 'Trả lại báo cáo',
    from: ['sent'],
    to: 'returned',
    side: 'academy',
    roles: ACADEMY,
    requires: ['comment'],
    effects: ['notify'],
  },
  {
    action: 'correct',
    label: 'Lập báo cáo điều chỉnh',
    from: ['returned'],
    to: 'draft',
    side: 'school',
    roles: SCHOOL_WRITERS,
    requires: [],
    effects: ['new_revision'],
  },
];

/** Only a draft is edited; everything after submission is frozen until sent back. */
export function canEdit(state: ReportState): boolean {
  return state === 'draft';
}

export type TransitionInput = {
  state: ReportState;
  /** The caller's role and whether it acts for the report's school or for the receiving Academy. */
  actor: { role: WorkflowRole; side: 'school' | 'academy' };
  comment?: string | null;
  /** Validation of the current content (needed by submit and approve). */
  validation?: Pick<ValidationReport, 'ok' | 'errors'>;
  /** Hash of the content now, and the one recorded at approval (needed by send). */
  contentHash?: string;
  approvedHash?: string | null;
};

export type TransitionCheck = { ok: true; transition: Transition } | { ok: false; message: string };

export function checkTransition(action: ReportAction, input: TransitionInput): TransitionCheck {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition) return { ok: false, message: `Thao tác "${action}" không có` };
  if (!transition.from.includes(input.state))
    return {
      ok: false,
      message: `Không thể «${transition.label}» khi báo cáo đang ở trạng thái «${STATE_LABELS[input.state]}»; chỉ làm được khi ${transition.from.map((s) => `«${STATE_LABELS[s]}»`).join(' hoặc ')}`,
    };
  if (input.actor.side !== transition.side || !transition.roles.includes(input.actor.role))
    return {
      ok: false,
      message: `«${transition.label}» là việc của ${transition.side === 'academy' ? 'Học viện' : 'trường'} (${transition.roles.map(roleLabel).join(', ')})`,
    };
  for (const requirement of transition.requires) {
    if (requirement === 'comment' && (input.comment?.trim().length ?? 0) < 5)
      return { ok: false, message: `«${transition.label}» cần ghi ý kiến, lý do (ít nhất 5 ký tự)` };
    if (requirement === 'valid') {
      if (!input.validation) return { ok: false, message: 'Chưa kiểm tra báo cáo trước khi trình' };
      if (!input.validation.ok)
        return {
          ok: false,
          message: `Báo cáo còn ${input.validation.errors.length} lỗi: ${input.validation.errors
            .slice(0, 3)
            .map((e) => e.message)
            .join('; ')}${input.validation.errors.length > 3 ? '; …' : ''}`,
        };
    }
    if (requirement === 'unchanged_since_approval' && (!input.approvedHash || input.contentHash !== input.approvedHash))
      return { ok: false, message: 'Nội dung báo cáo đã khác bản lãnh đạo duyệt; trình duyệt lại trước khi gửi' };
  }
  return { ok: true, transition };
}

/** checkTransition for services: @throws AppError CONFLICT (wrong state), FORBIDDEN (wrong role), BAD_REQUEST. */
export function assertTransition(action: ReportAction, input: TransitionInput): Transition {
  const result = checkTransition(action, input);
  if (result.ok) return result.transition;
  const transition = TRANSITIONS.find((t) => t.action === action);
  let code: 'CONFLICT' | 'FORBIDDEN' | 'BAD_REQUEST' = 'BAD_REQUEST';
  if (!transition?.from.includes(input.state)) code = 'CONFLICT';
  else if (input.actor.side !== transition.side || !transition.roles.includes(input.actor.role)) code = 'FORBIDDEN';
  throw new AppError(code, result.message);
}

const ROLE_TEXT: Record<WorkflowRole, string> = {
  academy_admin: 'quản trị Học viện',
  academy_staff: 'cán bộ Học viện',
  school_admin: 'quản trị trường',
  clerk: 'văn thư',
  leader: 'lãnh đạo trường',
  staff: 'cán bộ, giảng viên',
};
const roleLabel = (role: WorkflowRole) => ROLE_TEXT[role];

/** One step of a report's history, as the module stores it. */
export type ReportEvent = { revision: number; action: ReportAction; at: string };

export type Timeliness = {
  /** Vietnam calendar day of the first sending, or null when never sent. */
  firstSentOn: IsoDate | null;
  onTime: boolean | null;
  /** Days after the deadline (0 when on time). */
  daysLate: number | null;
};

/** Judged on the first sending of any revision, by the calendar day in Vietnam. */
export function timelinessOf(events: readonly ReportEvent[], deadline: IsoDate): Timeliness {
  const sends = events.filter((e) => e.action === 'send').map((e) => e.at);
  if (sends.length === 0) return { firstSentOn: null, onTime: null, daysLate: null };
  const first = sends.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
  const day = vietnamDateOf(first);
  return { firstSentOn: day, onTime: day <= deadline, daysLate: Math.max(0, daysBetween(deadline, day)) };
}
