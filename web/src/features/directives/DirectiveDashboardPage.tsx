/**
 * Bảng theo dõi (Academy): how the schools are answering one directive — headline counts per
 * requirement ("26/63 đã phê duyệt đề án"), the letter's delivery state, the school × requirement
 * matrix with region and school-type filters, a drill-down panel per school, the history chart and
 * the Excel export of the filtered matrix. Filters and the chosen school live in the address.
 */
import { $api, isNotFound, queryString } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { useFlash } from '../../lib/flash.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { DashboardMatrix, MatrixLegend } from './DashboardMatrix.tsx';
import { DeliveryCounts, RequirementHeadlines } from './DashboardSummary.tsx';
import { DASHBOARD_KINDS, REGIONS, REGION_NOTE, numberSymbolText } from './directiveLabels.ts';
import { HistoryChart } from './HistoryChart.tsx';
import { SchoolDrillDown } from './SchoolDrillDown.tsx';
import './directives.css';

export function DirectiveDashboardPage({ directiveId }: { directiveId: string }) {
  const [params, setParams] = useQueryParams();
  const region = params.get('vung') ?? '';
  const kind = params.get('loai') ?? '';
  const selectedId = params.get('truong');
  const [flash, setFlash] = useFlash();
  const id = { path: { id: directiveId } };
  const dashboard = $api.useQuery('get', '/api/directives/{id}/dashboard', {
    params: { ...id, query: { region: region || undefined, kind: (kind || undefined) as never } },
  });
  // The chart follows the same filter as the matrix.
  const historyQuery = $api.useQuery('get', '/api/directives/{id}/history', {
    params: { ...id, query: { region: region || undefined, kind: (kind || undefined) as never } },
  });
  const data = dashboard.data;
  const { error, isLoading: loading, isFetching } = dashboard;
  const reload = () => void dashboard.refetch();
  const history = {
    data: historyQuery.data,
    error: historyQuery.error,
    loading: historyQuery.isLoading,
    reload: () => void historyQuery.refetch(),
  };

  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="bảng theo dõi chỉ đạo" />;
  if (loading) return <Loading label="Đang tổng hợp số liệu các trường…" />;
  if (!data) return <ErrorBanner error={error} onRetry={reload} />;

  const { directive } = data;
  const selected = data.schools.find((s) => s.organisationId === selectedId) ?? null;
  const filtered = Boolean(region || kind);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/chi-dao">Chỉ đạo mạng lưới</Link> ›{' '}
        <Link to={`/chi-dao/${encodeURIComponent(directive.id)}`}>{numberSymbolText(directive.numberSymbol)}</Link> ›
        Bảng theo dõi
      </p>
      <PageHeader
        title="Bảng theo dõi thực hiện"
        subtitle={
          <>
            {numberSymbolText(directive.numberSymbol)} ngày {formatDate(directive.issuedDate)}: {directive.title}
          </>
        }
        actions={
          <a
            className="button"
            href={`/api/directives/${encodeURIComponent(directiveId)}/export.xlsx${queryString({ region, kind })}`}
            download
          >
            Xuất Excel
          </a>
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      {directive.status === 'draft' ? (
        <div className="banner banner--warning">Chỉ đạo chưa ban hành nên chưa có trường nào nhận.</div>
      ) : null}

      <form className="filters" aria-label="Lọc bảng theo dõi" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="dashboard-region" className="field__label">
            Vùng
          </label>
          <select
            id="dashboard-region"
            value={region}
            onChange={(e) => setParams({ vung: e.target.value, truong: null })}
            aria-describedby="dashboard-region-note"
          >
            <option value="">Tất cả các vùng</option>
            {REGIONS.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dashboard-kind" className="field__label">
            Loại đơn vị
          </label>
          <select id="dashboard-kind" value={kind} onChange={(e) => setParams({ loai: e.target.value, truong: null })}>
            <option value="">Tất cả đơn vị nhận</option>
            {DASHBOARD_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setParams({ vung: null, loai: null, truong: null })}
          >
            Bỏ lọc
          </button>
        ) : null}
        <p id="dashboard-region-note" className="field__hint filters__note">
          {REGION_NOTE}
        </p>
      </form>

      <p className="result-count" aria-live="polite">
        <strong>{formatNumber(data.schoolCount)}</strong> đơn vị nhận{filtered ? ' (theo bộ lọc)' : ''} · số liệu tính
        đến ngày {formatDate(data.asOf)}
      </p>
      <div className={isFetching ? 'is-refreshing' : undefined}>
        <RequirementHeadlines dashboard={data} />
        <DeliveryCounts dashboard={data} />
        <section aria-labelledby="matrix-title" className="dashboard-section">
          <div className="card__header">
            <h2 id="matrix-title">Tình hình theo từng trường</h2>
            <MatrixLegend />
          </div>
          <p className="field__hint">
            Di chuột hoặc dùng phím Tab vào một ô để xem chi tiết; bấm tên trường để xem nhiệm vụ và lịch sử.
          </p>
          <div className={selected ? 'matrix-layout matrix-layout--with-panel' : 'matrix-layout'}>
            <DashboardMatrix
              dashboard={data}
              selectedId={selected?.organisationId ?? null}
              onSelect={(id) => setParams({ truong: id === selectedId ? null : id })}
              directiveId={directiveId}
            />
            {selected ? (
              <SchoolDrillDown school={selected} dashboard={data} onClose={() => setParams({ truong: null })} />
            ) : null}
          </div>
        </section>
      </div>
      <ErrorBanner error={history.error} onRetry={history.reload} />
      {history.data ? (
        <HistoryChart history={history.data} />
      ) : history.loading ? (
        <Loading label="Đang tải diễn biến…" />
      ) : null}
    </>
  );
}
