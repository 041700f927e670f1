/**
 * Nhiệm vụ theo chỉ đạo (school): what the Academy's directives ask of this school, one row per
 * requirement, with deadlines, overdue badges and the current stage; filters in the address.
 */
import { $api } from '../../api/client.ts';
import type { Obligation, ObligationStatus } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useMe } from '../../session/SessionContext.tsx';
import {
  OBLIGATION_STATUS_LABELS,
  numberSymbolText,
  obligationStatusTone,
  requirementName,
} from './directiveLabels.ts';
import './directives.css';

const PAGE_SIZE = 30;
/** With "quá hạn" on, the server has no such filter: load the first 200 and filter here. */
const OVERDUE_PAGE_SIZE = 200;
const STATUSES = Object.keys(OBLIGATION_STATUS_LABELS) as ObligationStatus[];

/** The school's obligations, plus a "Đơn vị nhận" column when the list also holds its predecessors' (2025 merger). */
function columnsFor(showOrganisation: boolean, ownOrganisationId: string): Column<Obligation>[] {
  if (!showOrganisation) return columns;
  const organisation: Column<Obligation> = {
    key: 'organisation',
    header: 'Đơn vị nhận',
    cell: (o) => (
      <>
        {o.organisationName}
        {o.organisationId !== ownOrganisationId ? <div className="muted small">đơn vị tiền thân</div> : null}
      </>
    ),
  };
  return [columns[0]!, organisation, ...columns.slice(1)];
}

const columns: Column<Obligation>[] = [
  {
    key: 'requirement',
    header: 'Yêu cầu',
    cell: (o) => (
      <>
        <Link to={`/nhiem-vu-chi-dao/${encodeURIComponent(o.id)}`}>{requirementName(o.requirementNo)}</Link>
        <div className="small clamp-2">{o.requirementText}</div>
      </>
    ),
  },
  {
    key: 'directive',
    header: 'Theo chỉ đạo',
    cell: (o) => (
      <>
        <span className="nowrap">{numberSymbolText(o.numberSymbol)}</span>
        <div className="muted small clamp-2">{o.directiveTitle}</div>
      </>
    ),
  },
  {
    key: 'deadline',
    header: 'Hạn',
    cell: (o) => (
      <>
        {o.deadline ? formatDate(o.deadline) : <span className="muted">Không có hạn</span>}
        {o.overdue ? (
          <div>
            <Badge tone="danger">Quá hạn</Badge>
          </div>
        ) : null}
      </>
    ),
    className: 'nowrap',
  },
  {
    key: 'stage',
    header: 'Tình trạng',
    cell: (o) => <Badge tone={obligationStatusTone(o.status)}>{o.stageLabel}</Badge>,
  },
  { key: 'updated', header: 'Cập nhật', cell: (o) => formatDateTime(o.updatedAt), className: 'nowrap' },
];

export function ObligationsPage() {
  const me = useMe();
  const [params, setParams] = useQueryParams();
  const directiveId = params.get('chiDao') ?? '';
  const status = params.get('trangThai') ?? '';
  const overdueOnly = params.get('quaHan') === '1';
  const page = overdueOnly ? 1 : Math.max(1, Number(params.get('page')) || 1);
  const directivesQuery = $api.useQuery('get', '/api/directives', { params: { query: { pageSize: 200 } } });
  const query = $api.useQuery('get', '/api/obligations', {
    params: {
      query: {
        directiveId: directiveId || undefined,
        status: (status || undefined) as never,
        page,
        pageSize: overdueOnly ? OVERDUE_PAGE_SIZE : PAGE_SIZE,
      },
    },
  });
  const directives = { data: directivesQuery.data, error: directivesQuery.error };
  const data = query.data;
  const { error, isLoading, isFetching } = query;
  const reload = () => void query.refetch();
  const rows = data ? (overdueOnly ? data.items.filter((o) => o.overdue) : data.items) : [];
  const filtered = Boolean(directiveId || status || overdueOnly);

  return (
    <>
      <PageHeader
        title="Nhiệm vụ theo chỉ đạo"
        subtitle={`Các yêu cầu của Học viện đối với ${me.organisation.name}; cập nhật tình hình để Học viện theo dõi.`}
      />
      <form className="filters" aria-label="Lọc nhiệm vụ" onSubmit={(e) => e.preventDefault()}>
        <div className="field field--grow">
          <label htmlFor="obligation-directive" className="field__label">
            Chỉ đạo
          </label>
          <select
            id="obligation-directive"
            value={directiveId}
            onChange={(e) => setParams({ chiDao: e.target.value, page: null })}
          >
            <option value="">Tất cả chỉ đạo</option>
            {(directives.data?.items ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {numberSymbolText(d.numberSymbol)} — {d.title.length > 80 ? `${d.title.slice(0, 80)}…` : d.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="obligation-status" className="field__label">
            Tình trạng
          </label>
          <select
            id="obligation-status"
            value={status}
            onChange={(e) => setParams({ trangThai: e.target.value, page: null })}
          >
            <option value="">Tất cả</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {OBLIGATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <label className="field field--checkbox">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => setParams({ quaHan: e.target.checked ? '1' : null, page: null })}
          />
          Chỉ nhiệm vụ quá hạn
        </label>
        {filtered ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setParams({ chiDao: null, trangThai: null, quaHan: null, page: null })}
          >
            Bỏ lọc
          </button>
        ) : null}
      </form>
      <ErrorBanner error={error ?? directives.error} onRetry={reload} />
      {isLoading ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <p className="result-count" aria-live="polite">
            <strong>{formatNumber(overdueOnly ? rows.length : data.total)}</strong> nhiệm vụ
            {overdueOnly ? ' quá hạn' : ''}
          </p>
          <Table
            caption="Nhiệm vụ theo chỉ đạo của Học viện"
            columns={columnsFor(
              rows.some((o) => o.organisationId !== me.organisation.id),
              me.organisation.id,
            )}
            rows={rows}
            rowKey={(o) => o.id}
            emptyTitle={filtered ? 'Không có nhiệm vụ phù hợp bộ lọc' : 'Chưa có nhiệm vụ nào'}
            emptyHint={
              filtered
                ? 'Thử bỏ bớt điều kiện lọc.'
                : 'Khi Học viện ban hành chỉ đạo gửi trường, mỗi yêu cầu sẽ xuất hiện ở đây.'
            }
          />
          {!overdueOnly ? (
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(p) => setParams({ page: p === 1 ? null : p })}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
