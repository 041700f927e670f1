/**
 * The drill-down panel of the dashboard: one school's copy of the letter (arrived, registered, done)
 * and each of its obligations with the answer and its history.
 */
import { $api } from '../../api/client.ts';
import { useEffect, useRef, useState } from 'react';
import type { DashboardSchool, DirectiveDashboard } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading } from '../../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { OBLIGATION_STATUS_LABELS, obligationStatusTone, requirementName } from './directiveLabels.ts';
import { ObligationTimeline } from './ObligationTimeline.tsx';

function ObligationHistory({ obligationId }: { obligationId: string }) {
  const query = $api.useQuery('get', '/api/obligations/{id}', { params: { path: { id: obligationId } } });
  const data = query.data;
  const { error } = query;
  const reload = () => void query.refetch();
  if (query.isLoading) return <Loading label="Đang tải lịch sử…" />;
  if (!data) return <ErrorBanner error={error} onRetry={reload} />;
  return (
    <>
      {data.note ? <p className="small">Ghi chú của trường: {data.note}</p> : null}
      <ObligationTimeline obligation={data} />
    </>
  );
}

/** History is fetched only when the user opens it. */
function HistoryDetails({ obligationId }: { obligationId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Lịch sử cập nhật</summary>
      {open ? <ObligationHistory obligationId={obligationId} /> : null}
    </details>
  );
}

export function SchoolDrillDown({
  school,
  dashboard,
  onClose,
}: {
  school: DashboardSchool;
  dashboard: DirectiveDashboard;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the heading again when another school opens
  useEffect(() => headingRef.current?.focus(), [school.organisationId]);

  return (
    <aside className="drilldown" aria-labelledby="drilldown-title" data-testid="school-drilldown">
      <div className="drilldown__header">
        <h2 id="drilldown-title" ref={headingRef} tabIndex={-1}>
          {school.name}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Đóng
        </button>
      </div>
      <dl className="details details--compact">
        <dt>Tỉnh, thành phố</dt>
        <dd>{school.provinceName ?? '—'}</dd>
        <dt>Vùng</dt>
        <dd>{school.region ?? '—'}</dd>
        <dt>Văn bản</dt>
        <dd>
          {school.statusLabel} <span className="muted small">(mã {school.statusCode})</span>
        </dd>
        <dt>Đến</dt>
        <dd>{school.arrivedAt ? formatDateTime(school.arrivedAt) : '—'}</dd>
        <dt>Vào sổ</dt>
        <dd>{school.registeredAt ? formatDateTime(school.registeredAt) : 'Chưa vào sổ'}</dd>
        {school.doneAt ? (
          <>
            <dt>Hoàn thành</dt>
            <dd>{formatDateTime(school.doneAt)}</dd>
          </>
        ) : null}
      </dl>
      <h3>Nhiệm vụ của trường</h3>
      <ul className="drilldown__obligations">
        {dashboard.requirements.map((req, index) => {
          const cell = school.cells[index] ?? null;
          return (
            <li key={req.id} className="drilldown__obligation">
              <p className="drilldown__obligation-head">
                <strong>{requirementName(req.no)}</strong>{' '}
                {cell ? (
                  <Badge tone={obligationStatusTone(cell.status)}>{OBLIGATION_STATUS_LABELS[cell.status]}</Badge>
                ) : (
                  <Badge>Không có nhiệm vụ</Badge>
                )}
                {cell?.overdue ? <Badge tone="danger">Quá hạn</Badge> : null}
              </p>
              <p className="small muted clamp-2">{req.text}</p>
              {cell ? (
                <>
                  <p className="small">
                    {cell.stageLabel}
                    {cell.answer?.decisionNumber ? ` — Quyết định số ${cell.answer.decisionNumber}` : ''}
                    {cell.answer?.approvalDate ? ` ngày ${formatDate(cell.answer.approvalDate)}` : ''}
                    {cell.answer?.targetYear ? `; đăng ký đạt chuẩn năm ${cell.answer.targetYear}` : ''}
                  </p>
                  <HistoryDetails obligationId={cell.obligationId} />
                  <Link to={`/nhiem-vu-chi-dao/${encodeURIComponent(cell.obligationId)}`} className="small">
                    Mở trang nhiệm vụ
                  </Link>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
