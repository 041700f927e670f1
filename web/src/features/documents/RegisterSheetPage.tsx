/**
 * Sổ đăng ký văn bản đến, bản in: the register entries of a date range in the columns of NĐ 30/2020
 * Phụ lục IV, laid out for A4 landscape by the print stylesheet (styles/print.css). "In sổ" prints it;
 * "Tải PDF" is the browser's "Lưu dưới dạng PDF". Up to 200 entries a sheet (the XLSX/DOCX downloads
 * have no limit).
 */
import { $api } from '../../api/client.ts';
import { ErrorBanner, Loading } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { Link } from 'react-router';
import { useMe } from '../../session/SessionContext.tsx';
import './documents.css';

const LIMIT = 200;

export function RegisterSheetPage() {
  const me = useMe();
  const [params] = useQueryParams();
  const organisationId = params.get('donVi') ?? me.organisation.id;
  const from = params.get('tu') ?? '';
  const to = params.get('den') ?? '';
  const confidential = params.get('mat') === '1';
  const org = $api.useQuery('get', '/api/organisations/{id}', { params: { path: { id: organisationId } } });
  const { data, error, isLoading, refetch } = $api.useQuery('get', '/api/registers/incoming', {
    params: { query: { organisationId, from, to, confidential, pageSize: LIMIT } },
  });
  if (isLoading) return <Loading />;
  if (!data) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  const rows = [...data.items].sort((a, b) => (a.registerNumber ?? 0) - (b.registerNumber ?? 0));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/so-dang-ky">Sổ đăng ký</Link> › Bản in
      </p>
      <div className="form-actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          In sổ
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Tải PDF
        </button>
        <span className="muted small">Tải PDF: trong hộp thoại in, chọn máy in “Lưu dưới dạng PDF”, khổ ngang.</span>
      </div>
      {data.total > rows.length ? (
        <div className="banner banner--warning">
          Sổ có {data.total} văn bản trong khoảng này; bản in có {rows.length} văn bản đầu. Hãy thu hẹp khoảng ngày hoặc
          tải sổ dạng Excel/Word.
        </div>
      ) : null}
      <article className="card print-sheet print-sheet--landscape register-sheet" aria-label="Sổ đăng ký văn bản đến">
        <p className="register-sheet__org">{org.data?.organisation.name.toUpperCase() ?? ''}</p>
        <h1 className="register-sheet__title">SỔ ĐĂNG KÝ VĂN BẢN ĐẾN{confidential ? ' (MẬT)' : ''}</h1>
        <p className="register-sheet__range">
          Từ ngày {formatDate(from)} đến ngày {formatDate(to)}
        </p>
        <table>
          <thead>
            <tr>
              <th>Ngày đến</th>
              <th>Số đến</th>
              <th>Tác giả</th>
              <th>Số, ký hiệu</th>
              <th>Ngày tháng văn bản</th>
              <th>Tên loại và trích yếu nội dung</th>
              <th>Đơn vị hoặc người nhận</th>
              <th>Ký nhận</th>
              <th>Ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9}>Không có văn bản đến trong khoảng ngày này.</td>
              </tr>
            ) : (
              rows.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDate(d.receivedDate)}</td>
                  <td>{d.registerNumber}</td>
                  <td>{d.issuerName}</td>
                  <td>{d.numberSymbol}</td>
                  <td className="nowrap">{formatDate(d.documentDate)}</td>
                  <td>{[d.typeName, d.subject].filter(Boolean).join(': ')}</td>
                  <td>{d.forwardedTo}</td>
                  <td />
                  <td>{d.urgency ?? ''}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </article>
    </>
  );
}
