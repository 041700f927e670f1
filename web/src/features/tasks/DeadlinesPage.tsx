/** Hạn xử lý: overdue and due-soon work for me, my unit or the whole school (the Academy picks a school). */
import { $api } from '../../api/client.ts';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { TaskTable } from './TaskTable.tsx';
import { daysLeftLabel, partyName, type DeadlineItem } from './taskTypes.ts';
import './tasks.css';

const SCOPES = [
  ['me', 'Của tôi'],
  ['unit', 'Phòng, khoa của tôi'],
  ['organisation', 'Toàn đơn vị'],
] as const;
const WINDOWS = [3, 7, 14, 30];

export function DeadlinesPage() {
  const me = useMe();
  const { current } = useCurrentOrganisation();
  const [params, setParams] = useQueryParams();
  const scope = params.get('scope') ?? (me.isAcademy ? 'organisation' : 'me');
  const window = Number(params.get('window')) || 7;
  const { data, error, isLoading, isFetching, refetch } = $api.useQuery(
    'get',
    '/api/deadlines',
    {
      params: {
        query: {
          scope: scope as never,
          window,
          organisationId: scope === 'organisation' ? current?.id : undefined,
        },
      },
    },
    { enabled: Boolean(me.unitId) || scope !== 'unit' },
  );
  const reload = () => void refetch();
  const showOrg = scope === 'organisation' && me.isAcademy && !current;
  const dueColumn = {
    key: 'due',
    header: 'Còn lại',
    className: 'nowrap',
    cell: (t: DeadlineItem) => (
      <Badge tone={t.daysLeft < 0 ? 'danger' : t.daysLeft <= 2 ? 'warning' : 'neutral'}>
        {daysLeftLabel(t.daysLeft)}
      </Badge>
    ),
  };
  const orgColumn = { key: 'org', header: 'Trường', cell: (t: DeadlineItem) => t.organisationName };
  const extra = showOrg ? [dueColumn, orgColumn] : [dueColumn];

  return (
    <>
      <PageHeader title="Hạn xử lý" subtitle={data ? `Tính đến ngày ${formatDate(data.today)}` : undefined} />
      <div className="filters" role="group" aria-label="Phạm vi">
        <div className="segmented">
          {SCOPES.map(([value, label]) => (
            <button
              key={value}
              type="button"
              className={`button button--small${scope === value ? ' button--primary' : ''}`}
              aria-pressed={scope === value}
              onClick={() => setParams({ scope: value })}
            >
              {label}
            </button>
          ))}
        </div>
        <div className="field">
          <label htmlFor="deadline-window" className="field__label">
            Sắp đến hạn trong
          </label>
          <select id="deadline-window" value={window} onChange={(e) => setParams({ window: e.target.value })}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {w} ngày
              </option>
            ))}
          </select>
        </div>
      </div>
      {scope === 'unit' && !me.unitId ? (
        <div className="banner banner--info">Tài khoản của bạn chưa thuộc phòng, khoa nào.</div>
      ) : null}
      <ErrorBanner error={error} onRetry={reload} />
      {isLoading ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <section className="card" aria-labelledby="dl-overdue">
            <h2 id="dl-overdue">Quá hạn ({formatNumber(data.overdue.length)})</h2>
            <TaskTable
              tasks={data.overdue}
              caption="Việc quá hạn"
              show={['document', 'lead']}
              emptyTitle="Không có việc quá hạn"
              extra={extra}
            />
          </section>
          <section className="card" aria-labelledby="dl-soon">
            <h2 id="dl-soon">
              Sắp đến hạn trong {data.window} ngày ({formatNumber(data.dueSoon.length)})
            </h2>
            <TaskTable
              tasks={data.dueSoon}
              caption="Việc sắp đến hạn"
              show={['document', 'lead']}
              emptyTitle="Không có việc sắp đến hạn"
              extra={extra}
            />
          </section>
          {scope !== 'me' && data.byLead.length ? (
            <section className="card" aria-labelledby="dl-by-lead">
              <h2 id="dl-by-lead">Theo đơn vị, cá nhân chủ trì</h2>
              <Table
                caption="Số việc quá hạn và sắp đến hạn theo chủ trì"
                rows={data.byLead}
                rowKey={(g) => (g.lead ? `${g.lead.kind}:${g.lead.id}` : '-')}
                columns={[
                  {
                    key: 'lead',
                    header: 'Chủ trì',
                    cell: (g) => (g.lead ? partyName(g.lead) : <span className="muted">Chưa giao</span>),
                  },
                  {
                    key: 'overdue',
                    header: 'Quá hạn',
                    cell: (g) => (g.overdue ? <Badge tone="danger">{formatNumber(g.overdue)}</Badge> : '0'),
                  },
                  { key: 'soon', header: 'Sắp đến hạn', cell: (g) => formatNumber(g.dueSoon) },
                ]}
              />
            </section>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
