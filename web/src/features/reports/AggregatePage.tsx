/**
 * Tổng hợp số liệu (Academy): one regime and period, every figure summed or averaged over the schools
 * that sent (the latest sent revision of each, sent or accepted), by region and kind of school, with each
 * school's value on demand; the aggregate report as a DOCX draft.
 */
import { $api } from '../../api/client.ts';
import { EmptyState, Loading, PageHeader } from '../../components/Feedback.tsx';
import { useQueryParams } from '../../lib/searchParams.ts';
import { QueryError } from './QueryError.tsx';
import './reports.css';

const num = (v: number | null) =>
  v === null ? '—' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v);

export function AggregatePage() {
  const [params, setParams] = useQueryParams();
  const regimes = $api.useQuery('get', '/api/report-regimes', {});
  const codes = [...new Map((regimes.data?.items ?? []).map((r) => [r.code, r.name])).entries()];
  const regimeCode = params.get('cheDo') || codes[0]?.[0] || '';
  const periods = $api.useQuery(
    'get',
    '/api/report-regimes/{code}/periods',
    { params: { path: { code: regimeCode } } },
    { enabled: Boolean(regimeCode) },
  );
  const periodCode = params.get('ky') || periods.data?.items.at(-1)?.code || '';
  const aggregate = $api.useQuery(
    'get',
    '/api/report-aggregate',
    { params: { query: { regimeCode, periodCode } } },
    { enabled: Boolean(regimeCode && periodCode) },
  );
  const a = aggregate.data;
  const query = `regimeCode=${encodeURIComponent(regimeCode)}&periodCode=${encodeURIComponent(periodCode)}`;
  return (
    <>
      <PageHeader
        title="Tổng hợp số liệu báo cáo"
        actions={
          periodCode ? (
            <a className="button" href={`/api/report-aggregate.docx?${query}`}>
              Dự thảo báo cáo tổng hợp (DOCX)
            </a>
          ) : null
        }
      />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Chế độ báo cáo</span>
          <select className="input" value={regimeCode} onChange={(e) => setParams({ cheDo: e.target.value, ky: '' })}>
            {codes.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Kỳ</span>
          <select className="input" value={periodCode} onChange={(e) => setParams({ ky: e.target.value })}>
            {(periods.data?.items ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {aggregate.isLoading ? <Loading /> : null}
      <QueryError query={aggregate} />
      {a && a.reports === 0 ? <EmptyState title="Chưa có báo cáo nào được gửi cho kỳ này" /> : null}
      {a && a.reports > 0 ? (
        <>
          <p>
            {a.periodLabel}: tổng hợp từ {a.reports} báo cáo đã gửi.
          </p>
          <div className="table-wrap">
            <table className="table report-aggregate">
              <caption className="visually-hidden">Số liệu tổng hợp</caption>
              <thead>
                <tr>
                  <th scope="col">Chỉ tiêu</th>
                  <th scope="col">Tổng hợp</th>
                  <th scope="col">Số trường</th>
                  <th scope="col">Thấp nhất – cao nhất</th>
                  <th scope="col">Theo vùng</th>
                  <th scope="col">Từng trường</th>
                </tr>
              </thead>
              <tbody>
                {a.cells.map((c) => (
                  <tr key={`${c.form}.${c.row}.${c.column}`}>
                    <th scope="row">{c.label}</th>
                    <td>
                      {num(c.value)}
                      <span className="muted small">
                        {' '}
                        {c.method === 'mean' ? '(trung bình)' : c.method === 'sum' ? '(tổng)' : ''}
                      </span>
                    </td>
                    <td>{c.n}</td>
                    <td className="nowrap">
                      {num(c.min)} – {num(c.max)}
                    </td>
                    <td className="small">{c.byRegion.map((g) => `${g.label}: ${num(g.value)}`).join('; ')}</td>
                    <td>
                      <details>
                        <summary>{c.schools.length} trường</summary>
                        <ul className="small">
                          {c.schools.map((s) => (
                            <li key={s.code}>
                              {s.name}: {s.value === null ? '—' : String(s.value)}
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
