/** A table of tasks: requirement, document, lead, deadline (with overdue badge), progress and status. */
import { Badge } from '../../components/Feedback.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate } from '../../lib/format.ts';
import { Link } from 'react-router';
import { documentName, partyName, statusTone, type TaskSummary, taskHeading } from './taskTypes.ts';

export type TaskColumn = 'document' | 'lead' | 'myRole' | 'organisation';

const ROLE_LABELS: Record<string, string> = { lead: 'Chủ trì', support: 'Phối hợp', info: 'Để biết' };

export function ProgressBar({ value }: { value: number }) {
  return (
    <span className="task-progress" title={`${value}%`}>
      <span className="task-progress__bar" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      <span className="task-progress__text">{value}%</span>
    </span>
  );
}

export function TaskStatusBadge({
  task,
}: {
  task: Pick<TaskSummary, 'status' | 'statusLabel' | 'overdue' | 'pendingExtension'>;
}) {
  return (
    <>
      <Badge tone={statusTone(task.status, task.overdue)}>
        {task.overdue ? `${task.statusLabel} · quá hạn` : task.statusLabel}
      </Badge>
      {task.pendingExtension ? (
        <Badge tone="warning">Xin gia hạn đến {formatDate(task.pendingExtension.newDeadline)}</Badge>
      ) : null}
    </>
  );
}

export function TaskTable<T extends TaskSummary>({
  tasks,
  caption,
  show = ['document', 'lead'],
  emptyTitle,
  extra,
}: {
  tasks: readonly T[];
  caption: string;
  show?: TaskColumn[];
  emptyTitle?: string;
  extra?: Column<T>[];
}) {
  const columns: Column<T>[] = [
    {
      key: 'title',
      header: 'Nhiệm vụ',
      cell: (t) => (
        <>
          <Link to={`/viec-cua-toi/${encodeURIComponent(t.id)}`}>{taskHeading(t)}</Link>
          <div className="muted small">{taskHeading(t) === t.title ? t.text : t.title}</div>
        </>
      ),
    },
  ];
  if (show.includes('document'))
    columns.push({
      key: 'document',
      header: 'Văn bản',
      cell: (t) => <Link to={`/ban-lam-viec/van-ban/${encodeURIComponent(t.documentId)}`}>{documentName(t)}</Link>,
    });
  if (show.includes('lead'))
    columns.push({
      key: 'lead',
      header: 'Chủ trì',
      cell: (t) => (t.lead ? partyName(t.lead) : <span className="muted">Chưa giao</span>),
    });
  if (show.includes('myRole'))
    columns.push({
      key: 'role',
      header: 'Vai trò của tôi',
      cell: (t) => t.myRoles.map((r) => ROLE_LABELS[r] ?? r).join(', ') || '—',
    });
  columns.push(
    {
      key: 'deadline',
      header: 'Hạn xử lý',
      className: 'nowrap',
      cell: (t) =>
        (t.myDeadline ?? t.deadline) ? (
          formatDate(t.myDeadline ?? t.deadline)
        ) : (
          <span className="muted">Không có hạn</span>
        ),
    },
    { key: 'progress', header: 'Tiến độ', cell: (t) => <ProgressBar value={t.progress} /> },
    { key: 'status', header: 'Trạng thái', cell: (t) => <TaskStatusBadge task={t} /> },
    ...(extra ?? []),
  );
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={tasks}
      rowKey={(t) => t.id}
      emptyTitle={emptyTitle ?? 'Không có nhiệm vụ nào'}
    />
  );
}
