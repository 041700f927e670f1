/**
 * Báo cáo định kỳ. A school sees what it has to send (deadline first) and opens or starts each report;
 * every user sees the reports in their scope (the Academy: those of every school) with their state.
 */
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { $api, client, errorMessage, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ACADEMY_ROLES, hasRole } from '../../api/types.ts';
import { Badge, Loading, PageHeader } from '../../components/Feedback.tsx';
import { type Column, Table } from '../../components/Table.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { DUE_STATE, type DueItem, type ReportListItem, stateTone } from './reportTypes.ts';
import { QueryError } from './QueryError.tsx';
import './reports.css';

function DueList() {
  const navigate = useNavigate();
  const due = $api.useQuery('get', '/api/reports/due', {});
  const create = useMutation({
    mutationFn: (item: DueItem) =>
      unwrap(client.POST('/api/reports', { body: { regimeCode: item.regimeCode, periodCode: item.periodCode } })),
    onSuccess: async (created) => {
      await invalidate('/api/reports');
      navigate(`/bao-cao/${created!.id}`);
    },
  });
  const columns: Column<DueItem>[] = [
    { key: 'regime', header: 'Chế độ báo cáo', cell: (i) => i.regimeName },
    { key: 'period', header: 'Kỳ', cell: (i) => i.periodLabel, className: 'nowrap' },
    {
      key: 'window',
      header: 'Số liệu tính từ … đến …',
      cell: (i) => `${formatDate(i.cutoffFrom)} – ${formatDate(i.cutoffTo)}`,
      className: 'nowrap',
    },
    {
      key: 'deadline',
      header: 'Hạn gửi',
      cell: (i) => (
        <>
          {formatDate(i.deadline)}{' '}
          <Badge tone={DUE_STATE[i.state]?.tone ?? 'neutral'}>
            {DUE_STATE[i.state]?.label}
            {i.daysLeft >= 0 ? ` · còn ${i.daysLeft} ngày` : ` · ${-i.daysLeft} ngày`}
          </Badge>
        </>
      ),
    },
    {
      key: 'open',
      header: '',
      cell: (i) =>
        i.reportId ? (
          <Link to={`/bao-cao/${i.reportId}`}>Mở báo cáo</Link>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={create.isPending}
            onClick={() => create.mutate(i)}
          >
            Lập báo cáo
          </button>
        ),
    },
  ];
  if (due.isLoading) return <Loading />;
  if (due.error as unknown) return <QueryError query={due} />;
  return (
    <section aria-labelledby="due-title">
      <h2 id="due-title">Báo cáo phải gửi</h2>
      {create.error ? <p className="form-error">{errorMessage(create.error)}</p> : null}
      <Table
        caption="Báo cáo phải gửi"
        columns={columns}
        rows={due.data?.items ?? []}
        rowKey={(i) => `${i.regimeCode}|${i.periodCode}`}
        emptyTitle="Không có báo cáo nào đến hạn"
      />
    </section>
  );
}

const listColumns = (academy: boolean): Column<ReportListItem>[] => [
  ...(academy ? [{ key: 'school', header: 'Trường', cell: (r: ReportListItem) => r.organisationName }] : []),
  {
    key: 'report',
    header: 'Báo cáo',
    cell: (r) => (
      <Link to={`/bao-cao/${r.id}`}>
        {r.regimeCode} — {r.periodLabel}
      </Link>
    ),
  },
  { key: 'deadline', header: 'Hạn', cell: (r) => formatDate(r.deadline), className: 'nowrap' },
  {
    key: 'state',
    header: 'Trạng thái',
    cell: (r) => (
      <>
        <Badge tone={stateTone(r.state)}>{r.stateLabel}</Badge>
        {r.revision > 1 ? <span className="muted small"> · bản {r.revision}</span> : null}
      </>
    ),
  },
  { key: 'number', header: 'Số, ký hiệu', cell: (r) => r.numberSymbol ?? '—', className: 'nowrap' },
  { key: 'sent', header: 'Gửi lần đầu', cell: (r) => (r.firstSentAt ? formatDateTime(r.firstSentAt) : '—') },
];

export function ReportsPage() {
  const me = useMe();
  const academy = hasRole(ACADEMY_ROLES, me.role);
  const list = $api.useQuery('get', '/api/reports', { params: { query: { pageSize: 100 } } });
  return (
    <>
      <PageHeader
        title="Báo cáo định kỳ"
        subtitle={
          academy
            ? 'Báo cáo các trường gửi Học viện. Xem tình hình gửi và tổng hợp số liệu ở mục Mạng lưới.'
            : `Báo cáo ${me.organisation.name} gửi Học viện: số liệu điền sẵn từ TCT, kiểm tra, lãnh đạo duyệt, gửi.`
        }
        actions={
          academy ? (
            <>
              <Link className="button" to="/tinh-hinh-bao-cao">
                Tình hình báo cáo
              </Link>{' '}
              <Link className="button" to="/che-do-bao-cao">
                Chế độ báo cáo
              </Link>
            </>
          ) : null
        }
      />
      {academy ? null : <DueList />}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{academy ? 'Báo cáo đã nhận' : 'Báo cáo đã lập'}</h2>
        {list.isLoading ? <Loading /> : null}
        <QueryError query={list} />
        {list.data ? (
          <Table
            caption="Báo cáo"
            columns={listColumns(academy)}
            rows={list.data.items}
            rowKey={(r) => r.id}
            emptyTitle="Chưa có báo cáo nào"
          />
        ) : null}
      </section>
    </>
  );
}
