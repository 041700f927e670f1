/**
 * Shapes of the direction, tasks, deadlines and notifications API (generated from the server's schemas,
 * src/modules/tasks), and their Vietnamese labels.
 */
import type { ApiResponse } from '../../api/types.ts';

export type TaskDetail = ApiResponse<'/api/tasks/{id}'>;
export type TaskSummary = ApiResponse<'/api/tasks/mine'>['items'][number];
export type TaskStatus = TaskSummary['status'];
export type Party = NonNullable<TaskSummary['lead']>;
export type PendingExtension = NonNullable<TaskSummary['pendingExtension']>;
export type Assignee = TaskDetail['assignees'][number];
export type TaskEvent = TaskDetail['events'][number];
export type EvidenceFile = TaskDetail['files'][number];
export type TaskPermissions = TaskDetail['permissions'];

export type DirectionSheet = ApiResponse<'/api/documents/{id}/direction'>;
export type Presentation = DirectionSheet['presentations'][number];

export type Desk = ApiResponse<'/api/desk'>;
export type DeskDocument = Desk['awaiting'][number];

export type Deadlines = ApiResponse<'/api/deadlines'>;
export type DeadlineItem = Deadlines['dueSoon'][number];

export type NotificationList = ApiResponse<'/api/notifications'>;
export type AppNotification = NotificationList['items'][number];

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

/**
 * What a task is called on screen: its content (first 140 characters, cut at a word) rather than the
 * generated "Yêu cầu 2" — that stays as a small label (`task.title`). A title a leader typed is kept.
 */
export function taskHeading(task: { title: string; text: string }): string {
  const generated = /^Yêu cầu( \d+| \(không đánh số\))$|^Xử lý văn bản$/.test(task.title);
  const text = task.text.replace(/\s+/g, ' ').trim();
  if (!generated || !text) return task.title;
  if (text.length <= 140) return text;
  const cut = text.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 100))}…`;
}
