/**
 * Phiếu giải quyết văn bản đến: the document, who presented it to whom, the leader's direction and
 * every task with its assignees; the clerk presents it, the leader directs it.
 */
import { useState } from 'react';
import { $api, isNotFound } from '../../api/client.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { LetterViewer } from '../documents/LetterViewer.tsx';
import { DirectionForm } from './DirectionForm.tsx';
import { PresentForm } from './PresentForm.tsx';
import { ProgressBar, TaskStatusBadge } from './TaskTable.tsx';
import {
  DOCUMENT_STATUS_LABELS,
  documentName,
  partyName,
  statusTone,
  taskHeading,
  type DirectionSheet,
} from './taskTypes.ts';
import './tasks.css';

export function DirectionPage({ documentId }: { documentId: string }) {
  const { data, error, isLoading, refetch } = $api.useQuery('get', '/api/documents/{id}/direction', {
    params: { path: { id: documentId } },
  });
  const reload = () => void refetch();
  const [updated, setUpdated] = useState<DirectionSheet | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Once directed, the form is closed; re-directing is a deliberate click.
  const [redirecting, setRedirecting] = useState(false);
  const [representing, setRepresenting] = useState(false);
  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="văn bản" />;
  const sheet = updated ?? data;
  if (isLoading && !sheet) return <Loading />;
  if (!sheet) return <ErrorBanner error={error} onRetry={reload} />;
  const doc = sheet.document;
  const mayPresent = sheet.canPresent && !sheet.canDirect && !doc.directedAt;
  // Once presented the form closes (no second click presents again); presenting to another leader is a choice.
  const presenting = mayPresent && (doc.status !== 'presented' || representing);
  const done = (next: DirectionSheet, text: string) => {
    setUpdated(next);
    setMessage(text);
    // The saved bút phê and the message are at the top: go there, the form below has been reset.
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/ban-lam-viec">Bàn làm việc lãnh đạo</Link> › Phiếu giải quyết văn bản đến
      </p>
      <PageHeader
        title={documentName(doc)}
        subtitle={<Badge tone={statusTone(doc.status)}>{DOCUMENT_STATUS_LABELS[doc.status] ?? doc.status}</Badge>}
        actions={
          <Link className="button" to={`/ban-lam-viec/van-ban/${encodeURIComponent(doc.id)}/in-phieu`}>
            In phiếu
          </Link>
        }
      />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      {doc.directedAt ? (
        <blockquote className="direction-note direction-note--top" aria-label="Ý kiến chỉ đạo đã lưu">
          <p className="pre-line">{doc.directionNote || '(không ghi bút phê)'}</p>
          <footer className="muted small">
            Bút phê của {doc.directedByName} · {formatDateTime(doc.directedAt)}
          </footer>
        </blockquote>
      ) : null}
      <div className={presenting ? 'direction-layout' : undefined}>
        <section className="card" aria-labelledby="doc-info">
          <h2 id="doc-info">Văn bản</h2>
          <dl className="details">
            <dt>Cơ quan ban hành</dt>
            <dd>{doc.issuerName ?? '—'}</dd>
            <dt>Số, ký hiệu</dt>
            <dd>
              {doc.numberSymbol ?? '—'}
              {doc.documentDate ? ` ngày ${formatDate(doc.documentDate)}` : ''}
            </dd>
            <dt>Số đến</dt>
            <dd>
              {doc.registerNumber ?? '—'}
              {doc.receivedDate ? ` · ngày đến ${formatDate(doc.receivedDate)}` : ''}
            </dd>
            <dt>Hạn xử lý văn bản</dt>
            <dd>{doc.dueDate ? formatDate(doc.dueDate) : 'Không ghi'}</dd>
            {doc.completedAt ? (
              <>
                <dt>Hoàn thành</dt>
                <dd>{formatDateTime(doc.completedAt)}</dd>
              </>
            ) : null}
          </dl>
          <h3>Trình lãnh đạo</h3>
          {sheet.presentations.length === 0 ? (
            <p className="muted">Chưa trình.</p>
          ) : (
            <ul className="inline-list">
              {sheet.presentations.map((p) => (
                <li key={p.id}>
                  {p.presentedBy.name} trình đồng chí <strong>{p.presentedTo.name}</strong> lúc{' '}
                  {formatDateTime(p.presentedAt)}
                  {p.note ? ` — “${p.note}”` : ''}
                </li>
              ))}
            </ul>
          )}
          <h3>Ý kiến chỉ đạo</h3>
          {doc.directedAt ? <p className="muted">Ở đầu phiếu.</p> : <p className="muted">Chưa có ý kiến chỉ đạo.</p>}
        </section>
        {presenting ? (
          <PresentForm
            sheet={sheet}
            onDone={(next, text) => {
              setRepresenting(false);
              done(next, text);
            }}
          />
        ) : mayPresent ? (
          <div className="form-actions">
            <span className="muted">Đã trình, đang chờ ý kiến chỉ đạo.</span>
            <button type="button" className="button" onClick={() => setRepresenting(true)}>
              Trình lãnh đạo khác
            </button>
          </div>
        ) : null}
      </div>
      <LetterViewer documentId={doc.id} />
      <section className="card" aria-labelledby="doc-tasks">
        <h2 id="doc-tasks">Nhiệm vụ ({sheet.tasks.length})</h2>
        <Table
          caption="Nhiệm vụ của văn bản"
          rows={sheet.tasks}
          rowKey={(t) => t.id}
          emptyTitle="Văn bản chưa có nhiệm vụ"
          columns={[
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
            {
              key: 'who',
              header: 'Người được giao',
              cell: (t) =>
                t.assignees.length === 0 ? (
                  <span className="muted">Chưa giao</span>
                ) : (
                  <ul className="inline-list">
                    {t.assignees.map((a) => (
                      <li key={a.id}>
                        <span className="muted">{a.roleLabel}:</span> {partyName(a.party)}
                        {a.acknowledgedAt ? ' ✓' : ''}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              key: 'deadline',
              header: 'Hạn',
              className: 'nowrap',
              cell: (t) => (t.deadline ? formatDate(t.deadline) : '—'),
            },
            { key: 'progress', header: 'Tiến độ', cell: (t) => <ProgressBar value={t.progress} /> },
            { key: 'status', header: 'Trạng thái', cell: (t) => <TaskStatusBadge task={t} /> },
          ]}
        />
        <p className="muted small">✓ người được giao đã mở nhiệm vụ.</p>
      </section>
      {sheet.canDirect && (!doc.directedAt || redirecting) ? (
        <DirectionForm
          key={doc.directedAt ?? 'new'}
          sheet={sheet}
          onDone={(next, text) => {
            setRedirecting(false);
            done(next, text);
          }}
        />
      ) : sheet.canDirect ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setRedirecting(true)}>
            Sửa ý kiến chỉ đạo, giao lại
          </button>
        </div>
      ) : null}
    </>
  );
}
