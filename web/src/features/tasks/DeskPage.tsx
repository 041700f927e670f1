/**
 * Bàn làm việc lãnh đạo: documents presented to me awaiting direction, then every task assigned in
 * the school with its status (returned tasks and extension requests first).
 */
import { $api } from '../../api/client.ts';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { DirectionSettingsForm } from './DirectionSettingsForm.tsx';
import { TaskTable } from './TaskTable.tsx';
import { documentName } from './taskTypes.ts';
import './tasks.css';

const FILTERS: { value: string; label: string }[] = [
  { value: '', label: 'Tất cả đang theo dõi' },
  { value: 'attention', label: 'Cần lãnh đạo xử lý (trả lại, xin gia hạn)' },
  { value: 'overdue', label: 'Quá hạn' },
  { value: 'in_progress', label: 'Đang xử lý' },
  { value: 'done', label: 'Hoàn thành (30 ngày qua)' },
];

export function DeskPage() {
  const { current } = useCurrentOrganisation();
  const me = useMe();
  const [params, setParams] = useQueryParams();
  const filter = params.get('loc') ?? '';
  // A merged school's leader in the school's own context sees what was presented in its predecessors' too.
  const own = !me.isAcademy && current?.id === me.organisation.id;
  const { data, error, isLoading, refetch } = $api.useQuery('get', '/api/desk', {
    params: { query: { organisationId: own ? undefined : current?.id } },
  });
  const reload = () => void refetch();
  const tasks = (data?.tasks ?? []).filter((t) => {
    if (filter === 'attention') return t.status === 'returned' || t.pendingExtension !== null;
    if (filter === 'overdue') return t.overdue;
    if (filter === 'in_progress') return t.status === 'in_progress' || t.status === 'assigned';
    if (filter === 'done') return t.status === 'done';
    return true;
  });

  return (
    <>
      <PageHeader title="Bàn làm việc lãnh đạo" subtitle={current ? current.name : undefined} />
      <ErrorBanner error={error} onRetry={reload} />
      {isLoading ? <Loading /> : null}
      {data ? (
        <>
          <section className="card" aria-labelledby="desk-awaiting">
            <h2 id="desk-awaiting">Văn bản chờ cho ý kiến ({formatNumber(data.awaiting.length)})</h2>
            <Table
              caption="Văn bản được trình, chờ ý kiến chỉ đạo"
              rows={data.awaiting}
              rowKey={(d) => d.id}
              emptyTitle="Không có văn bản nào chờ ý kiến chỉ đạo"
              columns={[
                {
                  key: 'doc',
                  header: 'Văn bản',
                  cell: (d) => (
                    <>
                      <Link to={`/ban-lam-viec/van-ban/${encodeURIComponent(d.id)}`}>{documentName(d)}</Link>
                      {own && d.organisationId !== me.organisation.id ? (
                        <div>
                          <Badge tone="info">Đơn vị tiền thân</Badge>
                        </div>
                      ) : null}
                    </>
                  ),
                },
                { key: 'issuer', header: 'Cơ quan ban hành', cell: (d) => d.issuerName ?? '—' },
                { key: 'no', header: 'Số đến', cell: (d) => d.registerNumber ?? '—' },
                {
                  key: 'urgency',
                  header: 'Độ khẩn',
                  cell: (d) => (d.urgency ? <Badge tone="danger">{d.urgency}</Badge> : '—'),
                },
                {
                  key: 'due',
                  header: 'Hạn',
                  className: 'nowrap',
                  cell: (d) => (d.dueDate ? formatDate(d.dueDate) : '—'),
                },
                {
                  key: 'presented',
                  header: 'Trình lúc',
                  className: 'nowrap',
                  cell: (d) => (
                    <>
                      {formatDateTime(d.presentedAt)}
                      <div className="muted small">
                        {d.presentedBy}
                        {d.note ? ` — “${d.note}”` : ''}
                      </div>
                    </>
                  ),
                },
                { key: 'tasks', header: 'Yêu cầu', cell: (d) => formatNumber(d.taskCount) },
              ]}
            />
          </section>
          <section className="card" aria-labelledby="desk-tasks">
            <h2 id="desk-tasks">Việc đã giao trong đơn vị</h2>
            <div className="filters">
              <div className="field">
                <label htmlFor="desk-filter" className="field__label">
                  Lọc
                </label>
                <select id="desk-filter" value={filter} onChange={(e) => setParams({ loc: e.target.value })}>
                  {FILTERS.map((f) => (
                    <option key={f.value} value={f.value}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="result-count">
              <strong>{formatNumber(tasks.length)}</strong> nhiệm vụ
            </p>
            <TaskTable
              tasks={tasks}
              caption="Việc đã giao trong đơn vị"
              show={['document', 'lead']}
              emptyTitle="Chưa có việc nào được giao"
            />
          </section>
          {['leader', 'school_admin'].includes(me.role) ? (
            <DirectionSettingsForm organisationId={me.organisation.id} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
