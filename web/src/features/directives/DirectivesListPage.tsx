/**
 * Chỉ đạo mạng lưới: the Academy's directives, drafts included, newest first, with the number of
 * schools each went to and a link to its follow-up dashboard.
 */
import { $api } from '../../api/client.ts';
import type { DirectiveSummary } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { useFlash } from '../../lib/flash.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { RECIPIENT_MODE_SHORT, numberSymbolText } from './directiveLabels.ts';
import './directives.css';

const PAGE_SIZE = 20;

const columns: Column<DirectiveSummary>[] = [
  {
    key: 'number',
    header: 'Số, ký hiệu',
    cell: (d) => <span className="nowrap">{numberSymbolText(d.numberSymbol)}</span>,
  },
  { key: 'date', header: 'Ngày ban hành', cell: (d) => formatDate(d.issuedDate), className: 'nowrap' },
  {
    key: 'title',
    header: 'Trích yếu',
    cell: (d) => <Link to={`/chi-dao/${encodeURIComponent(d.id)}`}>{d.title}</Link>,
  },
  {
    key: 'recipients',
    header: 'Nơi nhận',
    cell: (d) => (
      <>
        {RECIPIENT_MODE_SHORT[d.recipientMode]}
        {d.status === 'issued' ? <div className="muted small">{formatNumber(d.recipients)} đơn vị đã nhận</div> : null}
      </>
    ),
  },
  {
    key: 'status',
    header: 'Trạng thái',
    cell: (d) =>
      d.status === 'issued' ? <Badge tone="success">Đã ban hành</Badge> : <Badge tone="warning">Dự thảo</Badge>,
  },
  {
    key: 'actions',
    header: <span className="visually-hidden">Thao tác</span>,
    cell: (d) =>
      d.status === 'issued' ? (
        <Link to={`/chi-dao/${encodeURIComponent(d.id)}/theo-doi`} className="button button--small">
          Bảng theo dõi
        </Link>
      ) : (
        <Link to={`/chi-dao/${encodeURIComponent(d.id)}`} className="button button--small">
          Xem và ban hành
        </Link>
      ),
    className: 'nowrap',
  },
];

export function DirectivesListPage() {
  const [params, setParams] = useQueryParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [flash, setFlash] = useFlash();
  const query = $api.useQuery('get', '/api/directives', { params: { query: { page, pageSize: PAGE_SIZE } } });
  const data = query.data;
  const { error, isLoading, isFetching } = query;
  const reload = () => void query.refetch();

  return (
    <>
      <PageHeader
        title="Chỉ đạo mạng lưới"
        subtitle="Công văn, chỉ đạo Học viện gửi các trường; mỗi yêu cầu trở thành nhiệm vụ của từng trường nhận."
        actions={
          <Link to="/chi-dao/soan-moi" className="button button--primary">
            Soạn chỉ đạo
          </Link>
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      <ErrorBanner error={error} onRetry={reload} />
      {isLoading ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <p className="result-count" aria-live="polite">
            <strong>{formatNumber(data.total)}</strong> chỉ đạo
          </p>
          <Table
            caption="Danh sách chỉ đạo mạng lưới"
            columns={columns}
            rows={data.items}
            rowKey={(d) => d.id}
            emptyTitle="Chưa có chỉ đạo nào"
            emptyHint={<>Bấm “Soạn chỉ đạo” để soạn chỉ đạo đầu tiên, hoặc lấy nội dung từ một văn bản đã vào sổ.</>}
          />
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onChange={(p) => setParams({ page: p === 1 ? null : p })}
          />
        </div>
      ) : null}
    </>
  );
}
