/**
 * Văn bản đến: the incoming register (newest first, filters, pagination) and, on a second tab, the
 * letters waiting to be registered (drafts read by the intake engine, electronic arrivals).
 */
import { hasRole } from '../../api/types.ts';
import { $api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { INCOMING_STATUS_OPTIONS, statusTone } from './documentLabels.ts';
import { REGISTRY_ROLES, type DocumentSummary, type RegisterEntry } from './documentTypes.ts';
import './documents.css';

const PAGE_SIZE = 50;

const registerColumns: Column<RegisterEntry>[] = [
  { key: 'no', header: 'Số đến', cell: (d) => <strong>{d.registerNumber}</strong>, className: 'nowrap num' },
  { key: 'received', header: 'Ngày đến', cell: (d) => formatDate(d.receivedDate), className: 'nowrap' },
  { key: 'issuer', header: 'Cơ quan ban hành', cell: (d) => d.issuerName ?? '—' },
  { key: 'symbol', header: 'Số, ký hiệu', cell: (d) => d.numberSymbol ?? '—', className: 'nowrap' },
  { key: 'date', header: 'Ngày văn bản', cell: (d) => formatDate(d.documentDate), className: 'nowrap' },
  { key: 'subject', header: 'Tên loại và trích yếu', cell: (d) => <SubjectCell doc={d} /> },
  { key: 'to', header: 'Chuyển', cell: (d) => d.forwardedTo ?? <span className="muted">—</span> },
  { key: 'status', header: 'Trạng thái', cell: (d) => <Badge tone={statusTone(d.status)}>{d.statusLabel}</Badge> },
];

const pendingColumns: Column<DocumentSummary>[] = [
  { key: 'created', header: 'Tiếp nhận', cell: (d) => formatDate(d.createdAt), className: 'nowrap' },
  {
    key: 'issuer',
    header: 'Cơ quan ban hành',
    cell: (d) => d.issuerName ?? <span className="muted">Chưa đọc được</span>,
  },
  { key: 'symbol', header: 'Số, ký hiệu', cell: (d) => d.numberSymbol ?? '—', className: 'nowrap' },
  { key: 'subject', header: 'Trích yếu', cell: (d) => <SubjectCell doc={d} /> },
  { key: 'source', header: 'Nguồn', cell: (d) => SOURCE_LABELS[d.sourceKind] ?? d.sourceKind },
  {
    key: 'action',
    header: '',
    cell: (d) => (
      <Link className="button button--small button--primary" to={`/van-ban-den/${encodeURIComponent(d.id)}/vao-so`}>
        Kiểm tra, vào sổ
      </Link>
    ),
  },
];

const SOURCE_LABELS: Record<string, string> = {
  upload: 'Tệp quét/tải lên',
  text: 'Văn bản dán',
  manual: 'Nhập tay',
  edxml: 'edXML',
  network: 'Học viện gửi',
};

function SubjectCell({ doc }: { doc: DocumentSummary }) {
  return (
    <>
      <Link to={`/van-ban/${encodeURIComponent(doc.id)}`}>
        {[doc.typeName, doc.subject].filter(Boolean).join(': ') || 'Chưa có trích yếu'}
      </Link>
      {doc.urgency ? (
        <>
          {' '}
          <Badge tone="danger">{doc.urgency}</Badge>
        </>
      ) : null}
      {doc.confidentiality ? (
        <>
          {' '}
          <Badge tone="warning">{doc.confidentiality}</Badge>
        </>
      ) : null}
    </>
  );
}

export function IncomingRegisterPage() {
  const me = useMe();
  const { current } = useCurrentOrganisation();
  const [params, setParams] = useQueryParams();
  const tab = params.get('tab') === 'cho-vao-so' ? 'pending' : 'register';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters = {
    year: params.get('year') ?? '',
    status: params.get('status') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    confidential: params.get('mat') === '1',
  };
  const organisationId = current?.id ?? me.organisation.id;
  const register = $api.useQuery(
    'get',
    '/api/registers/incoming',
    {
      params: {
        query: {
          organisationId,
          ...(filters.year ? { year: Number(filters.year) } : {}),
          status: filters.status,
          from: filters.from,
          to: filters.to,
          ...(filters.confidential ? { confidential: true } : {}),
          page,
          pageSize: PAGE_SIZE,
        },
      },
    },
    { enabled: tab === 'register' },
  );
  // Only the count is needed on the register tab: one row.
  const pending = $api.useQuery('get', '/api/documents/search', {
    params: {
      query: {
        organisationId,
        register: 'incoming',
        status: 'draft,arrived',
        page: tab === 'pending' ? page : 1,
        pageSize: tab === 'pending' ? PAGE_SIZE : 1,
      },
    },
  });
  const canRegister = hasRole(REGISTRY_ROLES, me.role);
  const hasConfidential = register.data?.registers.some((r) => r.confidential) ?? false;
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

  return (
    <>
      <PageHeader
        title="Văn bản đến"
        subtitle={<>Sổ đăng ký văn bản đến — {current?.name ?? me.organisation.name}</>}
        actions={
          canRegister ? (
            <Link to="/van-ban-den/tiep-nhan" className="button button--primary">
              Tiếp nhận văn bản
            </Link>
          ) : null
        }
      />
      <div className="tabs" role="tablist" aria-label="Văn bản đến">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'register'}
          className={`tab${tab === 'register' ? ' tab--active' : ''}`}
          onClick={() => setParams({ tab: null, page: null })}
        >
          Sổ văn bản đến
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'pending'}
          className={`tab${tab === 'pending' ? ' tab--active' : ''}`}
          onClick={() => setParams({ tab: 'cho-vao-so', page: null })}
        >
          Chờ vào sổ{pending.data ? ` (${formatNumber(pending.data.total)}${pending.data.totalCapped ? '+' : ''})` : ''}
        </button>
      </div>

      {tab === 'register' ? (
        <>
          <form className="filters" aria-label="Lọc sổ văn bản đến" onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label className="field__label" htmlFor="reg-year">
                Năm
              </label>
              <select
                id="reg-year"
                value={filters.year}
                onChange={(e) => setParams({ year: e.target.value || null, page: null })}
              >
                <option value="">Tất cả</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="reg-status">
                Trạng thái
              </label>
              <select
                id="reg-status"
                value={filters.status}
                onChange={(e) => setParams({ status: e.target.value || null, page: null })}
              >
                <option value="">Tất cả</option>
                {INCOMING_STATUS_OPTIONS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <DateField
              label="Đến từ ngày"
              value={filters.from}
              optional
              onChange={(v) => setParams({ from: v || null, page: null })}
            />
            <DateField
              label="Đến ngày"
              value={filters.to}
              optional
              onChange={(v) => setParams({ to: v || null, page: null })}
            />
            {hasConfidential || filters.confidential ? (
              <div className="field">
                <label className="field__label" htmlFor="reg-book">
                  Sổ
                </label>
                <select
                  id="reg-book"
                  value={filters.confidential ? '1' : ''}
                  onChange={(e) => setParams({ mat: e.target.value || null, page: null })}
                >
                  <option value="">Sổ văn bản đến</option>
                  <option value="1">Sổ văn bản đến mật</option>
                </select>
              </div>
            ) : null}
          </form>
          <ErrorBanner error={register.error} onRetry={() => void register.refetch()} />
          {register.isLoading ? <Loading /> : null}
          {register.data ? (
            <div className={register.isFetching ? 'is-refreshing' : undefined}>
              <p className="result-count">
                <strong>
                  {register.data.totalCapped
                    ? `Hơn ${formatNumber(register.data.total)}`
                    : formatNumber(register.data.total)}
                </strong>{' '}
                văn bản trong {filters.confidential ? 'sổ mật' : 'sổ'}
              </p>
              <Table
                caption="Sổ văn bản đến"
                columns={registerColumns}
                rows={register.data.items}
                rowKey={(d) => d.id}
                emptyTitle="Chưa có văn bản nào trong sổ"
                emptyHint={canRegister ? 'Bấm “Tiếp nhận văn bản” để đưa văn bản vào sổ.' : undefined}
              />
              <Pagination
                page={register.data.page}
                pageSize={register.data.pageSize}
                total={register.data.total}
                totalCapped={register.data.totalCapped}
                itemCount={register.data.items.length}
                onChange={(p) => setParams({ page: p === 1 ? null : p })}
              />
            </div>
          ) : null}
        </>
      ) : (
        <>
          <ErrorBanner error={pending.error} onRetry={() => void pending.refetch()} />
          {pending.isLoading ? <Loading /> : null}
          {pending.data ? (
            <>
              <Table
                caption="Văn bản chờ vào sổ"
                columns={canRegister ? pendingColumns : pendingColumns.slice(0, -1)}
                rows={pending.data.items}
                rowKey={(d) => d.id}
                emptyTitle="Không có văn bản nào chờ vào sổ"
              />
              <Pagination
                page={pending.data.page}
                pageSize={pending.data.pageSize}
                total={pending.data.total}
                onChange={(p) => setParams({ page: p === 1 ? null : p })}
              />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
