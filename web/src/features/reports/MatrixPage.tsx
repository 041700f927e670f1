/**
 * Tình hình báo cáo (Academy): for one regime, every school × period — on time, late, missing (deadline
 * passed, nothing sent) or not yet due — with the reporting rate and the on-time rate of each period and
 * school (DHIS2's REPORTING_RATE and REPORTING_RATE_ON_TIME); XLSX export; a period opens its aggregate.
 */
import { Link } from 'react-router';
import { $api } from '../../api/client.ts';
import { Badge, Loading, PageHeader } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { CELL_STATUS, percent } from './reportTypes.ts';
import { QueryError } from './QueryError.tsx';
import './reports.css';

export function MatrixPage() {
  const [params, setParams] = useQueryParams();
  const regimes = $api.useQuery('get', '/api/report-regimes', {});
  const codes = [...new Map((regimes.data?.items ?? []).map((r) => [r.code, r.name])).entries()];
  const regimeCode = params.get('cheDo') || codes[0]?.[0] || '';
  const matrix = $api.useQuery(
    'get',
    '/api/report-matrix',
    { params: { query: { regimeCode } } },
    { enabled: Boolean(regimeCode) },
  );
  const m = matrix.data;
  return (
    <>
      <PageHeader
        title="Tình hình báo cáo"
        subtitle="Tỷ lệ gửi = số báo cáo nhận / số phải gửi; tỷ lệ đúng hạn tính theo lần gửi đầu tiên."
        actions={
          regimeCode ? (
            <a className="button" href={`/api/report-matrix.xlsx?regimeCode=${encodeURIComponent(regimeCode)}`}>
              Xuất XLSX
            </a>
          ) : null
        }
      />
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>Chế độ báo cáo</span>
          <select className="input" value={regimeCode} onChange={(e) => setParams({ cheDo: e.target.value })}>
            {codes.map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        </label>
      </form>
      {matrix.isLoading || regimes.isLoading ? <Loading /> : null}
      <QueryError query={matrix} />
      {m ? (
        <>
          <p>
            Các kỳ đã hết hạn: phải gửi {m.totals.expected}, đã nhận {m.totals.received} (
            {percent(m.totals.reportingRate)}), đúng hạn {m.totals.onTime} ({percent(m.totals.onTimeRate)}).
          </p>
          <div className="table-wrap">
            <table className="table report-matrix">
              <caption className="visually-hidden">Tình hình gửi báo cáo theo trường và kỳ</caption>
              <thead>
                <tr>
                  <th scope="col">Trường</th>
                  {m.columns.map((c) => (
                    <th key={c.periodCode} scope="col">
                      <Link
                        to={`/tong-hop-bao-cao?cheDo=${encodeURIComponent(regimeCode)}&ky=${encodeURIComponent(c.periodCode)}`}
                      >
                        {c.periodLabel}
                      </Link>
                      <div className="muted small">hạn {formatDate(c.deadline)}</div>
                      <div className="small">
                        {c.received}/{c.expected} · {percent(c.reportingRate)} · đúng hạn {percent(c.onTimeRate)}
                      </div>
                    </th>
                  ))}
                  <th scope="col">Tỷ lệ gửi / đúng hạn</th>
                </tr>
              </thead>
              <tbody>
                {m.schools.map((s) => (
                  <tr key={s.code}>
                    <th scope="row">{s.name}</th>
                    {s.cells.map((cell, i) => {
                      const status = CELL_STATUS[cell.status] ?? { label: cell.status, tone: 'neutral' as const };
                      return (
                        <td key={m.columns[i]!.periodCode} data-status={cell.status}>
                          {cell.status === 'not_expected' ? (
                            <span className="muted">—</span>
                          ) : (
                            <Badge tone={status.tone}>
                              {status.label}
                              {cell.daysLate ? ` ${cell.daysLate} ngày` : ''}
                            </Badge>
                          )}
                          {cell.state === 'returned' ? <div className="small">đã trả lại</div> : null}
                          {cell.revision && cell.revision > 1 ? (
                            <div className="muted small">bản {cell.revision}</div>
                          ) : null}
                        </td>
                      );
                    })}
                    <td className="nowrap">
                      {percent(s.reportingRate)} / {percent(s.onTimeRate)}
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
