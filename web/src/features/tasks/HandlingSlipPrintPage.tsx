/**
 * Phiếu giải quyết văn bản đến, laid out for printing on A4 (print stylesheet styles/print.css): the
 * organisation, the letter's register entry, the leader's bút phê, the assignments and blank lines for the
 * handling units' opinions. "In phiếu" prints it; "Tải PDF" is the browser's "Lưu dưới dạng PDF".
 * Decree 30/2020 (Điều 23) names the phiếu but fixes no template; this follows the form schools use.
 */
import { $api, isNotFound } from '../../api/client.ts';
import { ErrorBanner, Loading } from '../../components/Feedback.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { Link } from 'react-router';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import { partyName } from './taskTypes.ts';
import './tasks.css';

export function HandlingSlipPrintPage({ documentId }: { documentId: string }) {
  const {
    data: sheet,
    error,
    isLoading,
    refetch,
  } = $api.useQuery('get', '/api/documents/{id}/direction', {
    params: { path: { id: documentId } },
  });
  const org = $api.useQuery(
    'get',
    '/api/organisations/{id}',
    { params: { path: { id: sheet?.document.organisationId ?? '' } } },
    { enabled: !!sheet },
  );
  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="văn bản" />;
  if (isLoading) return <Loading />;
  if (!sheet) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  const doc = sheet.document;
  const of = (t: (typeof sheet.tasks)[number], role: string) =>
    t.assignees
      .filter((a) => a.role === role)
      .map((a) => partyName(a.party))
      .join('; ') || '—';
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/ban-lam-viec/van-ban/${encodeURIComponent(doc.id)}`}>Phiếu giải quyết</Link> › Bản in
      </p>
      <div className="form-actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          In phiếu
        </button>
        <button type="button" className="button" onClick={() => window.print()} title="Chọn “Lưu dưới dạng PDF”">
          Tải PDF
        </button>
        <span className="muted small">Tải PDF: trong hộp thoại in, chọn máy in “Lưu dưới dạng PDF”.</span>
      </div>
      <article className="card print-sheet slip" aria-label="Phiếu giải quyết văn bản đến">
        <header className="slip__header">
          <div>
            <p className="slip__org">{org.data?.organisation.name.toUpperCase() ?? ''}</p>
          </div>
          <div>
            <p className="slip__motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="slip__motto-sub">Độc lập - Tự do - Hạnh phúc</p>
          </div>
        </header>
        <h1 className="slip__title">PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN</h1>
        <dl className="slip__fields">
          <dt>Số đến:</dt>
          <dd>
            {doc.registerNumber ?? '……'} — Ngày đến: {doc.receivedDate ? formatDate(doc.receivedDate) : '……'}
          </dd>
          <dt>Cơ quan ban hành:</dt>
          <dd>{doc.issuerName ?? '……'}</dd>
          <dt>Số, ký hiệu:</dt>
          <dd>
            {doc.numberSymbol ?? '……'}
            {doc.documentDate ? ` ngày ${formatDate(doc.documentDate)}` : ''}
          </dd>
          <dt>Trích yếu:</dt>
          <dd>{doc.subject ?? '……'}</dd>
          <dt>Hạn giải quyết:</dt>
          <dd>{doc.dueDate ? formatDate(doc.dueDate) : 'Không ghi'}</dd>
          <dt>Trình:</dt>
          <dd>
            {sheet.presentations.length
              ? sheet.presentations
                  .map(
                    (p) => `${p.presentedBy.name} trình đ/c ${p.presentedTo.name} (${formatDateTime(p.presentedAt)})`,
                  )
                  .join('; ')
              : '……'}
          </dd>
        </dl>
        <h2 className="slip__section">1. Ý kiến của lãnh đạo</h2>
        <p className="pre-line slip__note">{doc.directedAt ? doc.directionNote || '(không ghi bút phê)' : ''}</p>
        {doc.directedAt ? (
          <p className="slip__sign">
            {doc.directedByName} · {formatDateTime(doc.directedAt)}
          </p>
        ) : (
          <p className="slip__blank" aria-hidden="true" />
        )}
        <h2 className="slip__section">2. Phân công giải quyết</h2>
        <table>
          <thead>
            <tr>
              <th>TT</th>
              <th>Nội dung</th>
              <th>Chủ trì</th>
              <th>Phối hợp</th>
              <th>Để biết</th>
              <th>Hạn</th>
            </tr>
          </thead>
          <tbody>
            {sheet.tasks.length === 0 ? (
              <tr>
                <td colSpan={6}>Chưa phân công.</td>
              </tr>
            ) : (
              sheet.tasks.map((t, i) => (
                <tr key={t.id}>
                  <td>{i + 1}</td>
                  <td>{t.text || t.title}</td>
                  <td>{of(t, 'lead')}</td>
                  <td>{of(t, 'support')}</td>
                  <td>{of(t, 'info')}</td>
                  <td className="nowrap">{t.deadline ? formatDate(t.deadline) : '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <h2 className="slip__section">3. Ý kiến của đơn vị, cá nhân giải quyết</h2>
        <p className="slip__blank" aria-hidden="true" />
        <p className="slip__blank" aria-hidden="true" />
      </article>
    </>
  );
}
