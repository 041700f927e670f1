/** One task: what is asked, the leader's direction, who is assigned, the result, files, history and the actions open to me. */
import { useEffect, useState } from 'react';
import { $api, client, isNotFound } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { LetterViewer } from '../documents/LetterViewer.tsx';
import { ReplyLetters } from './ReplyLetters.tsx';
import { TaskActions } from './TaskActions.tsx';
import { ProgressBar, TaskStatusBadge } from './TaskTable.tsx';
import { documentName, formatSize, partyName, taskHeading, type TaskDetail, type TaskEvent } from './taskTypes.ts';
import './tasks.css';

function eventText(e: TaskEvent): string {
  const p = e.payload as Record<string, string | number | null | undefined>;
  switch (e.kind) {
    case 'progress':
      return `${p.progress}%${p.comment ? ` — ${p.comment}` : ''}`;
    case 'comment':
      return String(p.comment ?? '');
    case 'returned':
      return `Lý do: ${p.reason ?? ''}`;
    case 'completed':
      return String(p.resultNote ?? '');
    case 'extension_requested':
      return `Đến ${formatDate(String(p.newDeadline ?? ''))}. Lý do: ${p.reason ?? ''}`;
    case 'extension_granted':
      return `Hạn mới ${formatDate(String(p.newDeadline ?? ''))}${p.note ? ` — ${p.note}` : ''}`;
    case 'extension_refused':
      return `Giữ hạn ${formatDate(String(p.previousDeadline ?? '')) || 'cũ'}${p.note ? ` — ${p.note}` : ''}`;
    case 'assigned':
    case 'reassigned':
      return `Hạn ${p.deadline ? formatDate(String(p.deadline)) : 'không ghi'}${p.note ? ` — ${p.note}` : ''}`;
    case 'file_added':
      return ((e.payload.files as { fileName: string }[] | undefined) ?? []).map((f) => f.fileName).join(', ');
    default:
      return '';
  }
}

export function TaskPage({ taskId }: { taskId: string }) {
  const { data, error, isLoading, refetch } = $api.useQuery('get', '/api/tasks/{id}', {
    params: { path: { id: taskId } },
  });
  const reload = () => void refetch();
  const [updated, setUpdated] = useState<TaskDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Opening a task given to me acknowledges receipt — an explicit write; reading never changes a task.
  const mustAcknowledge = Boolean(data && data.myRoles.length > 0 && data.status !== 'done');
  useEffect(() => {
    if (!mustAcknowledge) return;
    void client.POST('/api/tasks/{id}/acknowledge', { params: { path: { id: taskId } } }).catch(() => undefined);
  }, [mustAcknowledge, taskId]);
  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="nhiệm vụ" />;
  const task = updated ?? data;
  if (isLoading && !task) return <Loading />;
  if (!task) return <ErrorBanner error={error} onRetry={reload} />;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/viec-cua-toi">Việc của tôi</Link> › {task.title}
      </p>
      <PageHeader
        title={taskHeading(task)}
        subtitle={<Link to={`/van-ban/${encodeURIComponent(task.documentId)}`}>{documentName(task.document)}</Link>}
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      <div className="task-layout">
        <div>
          <section className="card" aria-labelledby="task-what">
            <h2 id="task-what">Nội dung yêu cầu</h2>
            <p className="pre-line requirement-text">{task.text}</p>
            <dl className="details">
              <dt>Trạng thái</dt>
              <dd>
                <TaskStatusBadge task={task} />
              </dd>
              <dt>Tiến độ</dt>
              <dd>
                <ProgressBar value={task.progress} />
              </dd>
              <dt>Hạn xử lý</dt>
              <dd>
                {task.deadline ? formatDate(task.deadline) : 'Không có hạn'}
                {task.myDeadline && task.myDeadline !== task.deadline
                  ? ` (hạn của tôi: ${formatDate(task.myDeadline)})`
                  : ''}
              </dd>
              <dt>Chủ trì</dt>
              <dd>{partyName(task.lead)}</dd>
              {task.assignedAt ? (
                <>
                  <dt>Giao bởi</dt>
                  <dd>
                    {task.assignedByName} · {formatDateTime(task.assignedAt)}
                  </dd>
                </>
              ) : null}
              {task.completedAt ? (
                <>
                  <dt>Hoàn thành</dt>
                  <dd>{formatDateTime(task.completedAt)}</dd>
                </>
              ) : null}
            </dl>
            {task.document.directionNote ? (
              <blockquote className="direction-note">
                <p className="pre-line">{task.document.directionNote}</p>
                <footer className="muted small">
                  Bút phê của {task.document.directedByName}
                  {task.document.directedAt ? ` · ${formatDateTime(task.document.directedAt)}` : ''}
                </footer>
              </blockquote>
            ) : null}
            {task.resultNote ? (
              <>
                <h3>Báo cáo kết quả</h3>
                <p className="pre-line">{task.resultNote}</p>
              </>
            ) : null}
          </section>
          <TaskActions
            key={task.updatedAt}
            task={task}
            onChanged={(next, text) => {
              setUpdated(next);
              setMessage(text);
            }}
          />
          <LetterViewer documentId={task.documentId} />
        </div>
        <div>
          <section className="card" aria-labelledby="task-who">
            <h2 id="task-who">Người được giao</h2>
            <ul className="inline-list">
              {task.assignees.map((a) => (
                <li key={a.id}>
                  <span className="muted">{a.roleLabel}:</span> {partyName(a.party)}
                  {a.deadline ? <span className="muted small"> · hạn {formatDate(a.deadline)}</span> : null}
                  {a.acknowledgedAt ? (
                    <span className="muted small"> · đã nhận {formatDateTime(a.acknowledgedAt)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {task.assignees.length === 0 ? <p className="muted">Chưa giao.</p> : null}
          </section>
          <section className="card" aria-labelledby="task-files">
            <h2 id="task-files">Tài liệu kết quả</h2>
            {task.files.length === 0 ? (
              <p className="muted">Chưa có tệp.</p>
            ) : (
              <ul className="inline-list">
                {task.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/tasks/${encodeURIComponent(task.id)}/files/${encodeURIComponent(f.id)}`}>
                      {f.fileName}
                    </a>{' '}
                    <span className="muted small">
                      · {formatSize(f.size)} · {formatDateTime(f.createdAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <ReplyLetters
            documentId={task.documentId}
            canDraft={task.myRoles.includes('lead') && task.status !== 'done'}
          />
          <section className="card" aria-labelledby="task-history">
            <h2 id="task-history">Lịch sử xử lý</h2>
            <ol className="task-timeline">
              {[...task.events].reverse().map((e) => (
                <li key={e.id}>
                  <strong>{e.kindLabel}</strong>{' '}
                  <span className="muted small">
                    {formatDateTime(e.at)}
                    {e.actorName ? ` · ${e.actorName}` : ''}
                  </span>
                  {eventText(e) ? <div className="pre-line">{eventText(e)}</div> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>
  );
}
