/** Tìm kiếm văn bản: full text without diacritics (metadata and OCR text), with filters. */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { PredecessorSearchHint } from './PredecessorSearchHint.tsx';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { statusTone } from './documentLabels.ts';
import { useDocumentCatalog } from './useDocumentCatalog.ts';
import type { DocumentSummary } from './documentTypes.ts';
import './documents.css';

const PAGE_SIZE = 30;

const columns: Column<DocumentSummary>[] = [
  { key: 'dir', header: 'Sổ', cell: (d) => (d.direction === 'incoming' ? 'Đến' : 'Đi'), className: 'nowrap' },
  {
    key: 'no',
    header: 'Số đến/đi',
    cell: (d) => (d.registerNumber ? `${d.registerNumber}/${d.registerYear}` : '—'),
    className: 'nowrap',
  },
  { key: 'symbol', header: 'Số, ký hiệu', cell: (d) => d.numberSymbol ?? '—', className: 'nowrap' },
  { key: 'date', header: 'Ngày văn bản', cell: (d) => formatDate(d.documentDate), className: 'nowrap' },
  { key: 'issuer', header: 'Cơ quan ban hành', cell: (d) => d.issuerName ?? '—' },
  {
    key: 'subject',
    header: 'Trích yếu',
    cell: (d) => (
      <Link to={`/van-ban/${encodeURIComponent(d.id)}`}>
        {[d.typeName, d.subject].filter(Boolean).join(': ') || 'Chưa có trích yếu'}
      </Link>
    ),
  },
  { key: 'status', header: 'Trạng thái', cell: (d) => <Badge tone={statusTone(d.status)}>{d.statusLabel}</Badge> },
];

export function SearchPage() {
  const { current } = useCurrentOrganisation();
  const { searchTypes } = useDocumentCatalog();
  const [params, setParams] = useQueryParams();
  const get = (key: string) => params.get(key) ?? '';
  const [q, setQ] = useState(get('q'));
  const [issuer, setIssuer] = useState(get('issuer'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters = {
    q: get('q'),
    type: get('type'),
    issuer: get('issuer'),
    from: get('from'),
    to: get('to'),
    register: get('register'),
    status: get('status'),
  };
  const active = Object.values(filters).some(Boolean);
  const search = $api.useQuery(
    'get',
    '/api/documents/search',
    { params: { query: { ...filters, organisationId: current?.id, page, pageSize: PAGE_SIZE } } },
    { enabled: active },
  );
  const { data, error, isLoading, isFetching } = search;
  const reload = () => void search.refetch();

  return (
    <>
      <PageHeader
        title="Tìm kiếm văn bản"
        subtitle="Gõ có dấu hoặc không dấu; tìm trong số, ký hiệu, cơ quan ban hành, trích yếu và toàn văn đã OCR."
      />
      <form
        className="filters"
        role="search"
        aria-label="Tìm văn bản"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ q: q.trim() || null, issuer: issuer.trim() || null, page: null });
        }}
      >
        <div className="field field--grow">
          <label className="field__label" htmlFor="s-q">
            Từ khóa
          </label>
          <input
            id="s-q"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="ví dụ: truong chinh tri chuan, 2174-CV/HVCTQG"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="s-issuer">
            Cơ quan ban hành
          </label>
          <input
            id="s-issuer"
            value={issuer}
            onChange={(e) => setIssuer(e.target.value)}
            placeholder="hoc vien chinh tri"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="s-type">
            Loại
          </label>
          <select
            id="s-type"
            value={filters.type}
            onChange={(e) => setParams({ type: e.target.value || null, page: null })}
          >
            <option value="">Tất cả</option>
            {searchTypes.map(([c, n]) => (
              <option key={c} value={c}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="s-reg">
            Sổ
          </label>
          <select
            id="s-reg"
            value={filters.register}
            onChange={(e) => setParams({ register: e.target.value || null, page: null })}
          >
            <option value="">Đến và đi</option>
            <option value="incoming">Văn bản đến</option>
            <option value="outgoing">Văn bản đi</option>
            <option value="confidential">Văn bản mật</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="s-status">
            Trạng thái
          </label>
          <select
            id="s-status"
            value={filters.status}
            onChange={(e) => setParams({ status: e.target.value || null, page: null })}
          >
            <option value="">Tất cả</option>
            <option value="draft,arrived">Chờ vào sổ</option>
            <option value="registered">Đã vào sổ</option>
            <option value="assigned,in_progress">Đang giải quyết</option>
            <option value="completed">Hoàn thành</option>
            <option value="issued">Đã ban hành</option>
          </select>
        </div>
        <DateField
          label="Văn bản từ ngày"
          value={filters.from}
          optional
          onChange={(v) => setParams({ from: v || null, page: null })}
        />
        <DateField
          label="đến ngày"
          value={filters.to}
          optional
          onChange={(v) => setParams({ to: v || null, page: null })}
        />
        <button type="submit" className="button button--primary">
          Tìm
        </button>
      </form>
      <ErrorBanner error={error} onRetry={reload} />
      {!active ? <p className="muted">Nhập từ khóa hoặc chọn bộ lọc để tìm.</p> : null}
      {isLoading ? <Loading /> : null}
      {data && active ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <p className="result-count" aria-live="polite">
            <strong>{data.totalCapped ? `Hơn ${formatNumber(data.total)}` : formatNumber(data.total)}</strong> văn bản
            {filters.q ? <> khớp với “{filters.q}”</> : null}
          </p>
          <Table
            caption="Kết quả tìm kiếm"
            columns={columns}
            rows={data.items}
            rowKey={(d) => d.id}
            emptyTitle="Không tìm thấy văn bản phù hợp"
            emptyHint={
              <>
                Thử bỏ bớt từ khóa hoặc bộ lọc.
                <PredecessorSearchHint />
              </>
            }
          />
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            totalCapped={data.totalCapped}
            itemCount={data.items.length}
            onChange={(p) => setParams({ page: p === 1 ? null : p })}
          />
        </div>
      ) : null}
    </>
  );
}
