/** Shapes of the direction, tasks, deadlines and notifications API (see /api/docs, tag "Nhiệm vụ"), and their Vietnamese labels. */
export type Party = { kind: 'user' | 'unit'; id: string; name: string };
export type PendingExtension = { newDeadline: string; reason: string; requestedAt: string; requestedBy: string | null };
export type TaskStatus = 'unassigned' | 'assigned' | 'in_progress' | 'done' | 'returned';

export type TaskSummary = {
  id: string;
  organisationId: string;
  documentId: string;
  documentSubject: string | null;
  documentNumberSymbol: string | null;
  documentRegisterNumber: number | null;
  requirementId: string | null;
  requirementNo: number | null;
  title: string;
  text: string;
  deadline: string | null;
  status: TaskStatus;
  statusLabel: string;
  progress: number;
  lead: Party | null;
  overdue: boolean;
  myRoles: string[];
  myDeadline: string | null;
  pendingExtension: PendingExtension | null;
  updatedAt: string;
  completedAt: string | null;
};

export type Assignee = {
  id: string;
  role: 'lead' | 'support' | 'info';
  roleLabel: string;
  party: Party;
  deadline: string | null;
  acknowledgedAt: string | null;
};
export type TaskEvent = {
  id: string;
  kind: string;
  kindLabel: string;
  actorName: string | null;
  at: string;
  payload: Record<string, unknown>;
};
export type EvidenceFile = { id: string; fileName: string; contentType: string; size: number; createdAt: string };

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

export type TaskDetail = TaskSummary & {
  resultNote: string | null;
  assignedAt: string | null;
  assignedByName: string | null;
  document: {
    id: string;
    subject: string | null;
    numberSymbol: string | null;
    issuerName: string | null;
    status: string;
    directionNote: string | null;
    directedByName: string | null;
    directedAt: string | null;
  };
  assignees: Assignee[];
  events: TaskEvent[];
  files: EvidenceFile[];
  permissions: TaskPermissions;
};

export type Presentation = {
  id: string;
  documentId: string;
  presentedBy: Party;
  presentedTo: Party;
  presentedAt: string;
  note: string | null;
};

export type DirectionSheet = {
  document: {
    id: string;
    organisationId: string;
    status: string;
    subject: string | null;
    numberSymbol: string | null;
    issuerName: string | null;
    documentDate: string | null;
    registerNumber: number | null;
    receivedDate: string | null;
    dueDate: string | null;
    directionNote: string | null;
    directedByName: string | null;
    directedAt: string | null;
    completedAt: string | null;
  };
  presentations: Presentation[];
  tasks: (TaskSummary & { assignees: Assignee[] })[];
  canDirect: boolean;
  canPresent: boolean;
};

export type DeskDocument = {
  id: string;
  subject: string | null;
  numberSymbol: string | null;
  issuerName: string | null;
  registerNumber: number | null;
  receivedDate: string | null;
  dueDate: string | null;
  urgency: string | null;
  presentedAt: string;
  presentedBy: string | null;
  note: string | null;
  taskCount: number;
};
export type Desk = { awaiting: DeskDocument[]; tasks: TaskSummary[] };

export type DeadlineItem = TaskSummary & { effectiveDeadline: string; daysLeft: number; organisationName: string };
export type Deadlines = {
  scope: string;
  today: string;
  window: number;
  dueSoon: DeadlineItem[];
  overdue: DeadlineItem[];
  byLead: { lead: Party | null; dueSoon: number; overdue: number }[];
};

export type AppNotification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};
export type NotificationList = { items: AppNotification[]; unreadCount: number };

export const DOCUMENT_STATUS_LABELS: Record<string, string> = {
  draft: 'Dự thảo',
  arrived: 'Mới đến',
  registered: 'Đã vào sổ',
  presented: 'Đã trình',
  assigned: 'Đã giao xử lý',
  in_progress: 'Đang xử lý',
  completed: 'Hoàn thành',
};

export function statusTone(status: string, overdue = false): 'neutral' | 'warning' | 'success' | 'danger' | 'info' {
  if (status === 'done' || status === 'completed') return 'success';
  if (overdue) return 'danger';
  if (status === 'returned') return 'warning';
  if (status === 'in_progress') return 'info';
  return 'neutral';
}

/** "Đỗ Thị Thu" or "Phòng Đào tạo (phòng, khoa)". */
export function partyName(party: Party | null | undefined): string {
  if (!party) return 'Chưa giao';
  return party.kind === 'unit' ? `${party.name} (phòng, khoa)` : party.name;
}

export function documentName(doc: {
  numberSymbol?: string | null;
  documentNumberSymbol?: string | null;
  subject?: string | null;
  documentSubject?: string | null;
}): string {
  const symbol = doc.numberSymbol ?? doc.documentNumberSymbol ?? null;
  const subject = doc.subject ?? doc.documentSubject ?? null;
  return [symbol ? `Số ${symbol}` : null, subject].filter(Boolean).join(' — ') || 'Văn bản đến';
}

/** "còn 3 ngày", "đến hạn hôm nay", "quá hạn 2 ngày". */
export function daysLeftLabel(days: number): string {
  if (days < 0) return `quá hạn ${-days} ngày`;
  if (days === 0) return 'đến hạn hôm nay';
  return `còn ${days} ngày`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
