/**
 * The success card after "Vào sổ" / "Vào sổ và trình": the số đến, whom it was presented to, and the next
 * steps — "Trình" (when not presented yet), "In phiếu", "Tiếp nhận văn bản khác".
 */
import { Link } from 'react-router';
import { ErrorBanner, PageHeader } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { documentTitle } from './documentLabels.ts';
import type { DocumentDetail } from './documentTypes.ts';

export function RegisteredCard({
  doc,
  presentedTo,
  presentError,
}: {
  doc: DocumentDetail;
  presentedTo: string | null;
  presentError: unknown;
}) {
  return (
    <>
      <PageHeader title="Đã vào sổ" subtitle={documentTitle(doc)} />
      <section className="card registered-card" role="status">
        <p className="registered-card__label">{doc.register?.name}</p>
        <p className="registered-card__number">
          Số đến: <strong>{doc.registerNumber}</strong>
        </p>
        <p>
          Ngày đến {formatDate(doc.receivedDate)} · năm {doc.registerYear}
        </p>
        {presentedTo ? (
          <p className="registered-card__presented">
            Đã trình đồng chí <strong>{presentedTo}</strong>; lãnh đạo đã nhận thông báo.
          </p>
        ) : null}
        <ErrorBanner error={presentError} />
        <div className="form-actions">
          {!presentedTo ? (
            <Link className="button button--primary" to={`/ban-lam-viec/van-ban/${encodeURIComponent(doc.id)}`}>
              Trình
            </Link>
          ) : null}
          <Link className="button" to={`/ban-lam-viec/van-ban/${encodeURIComponent(doc.id)}/in-phieu`}>
            In phiếu
          </Link>
          <Link className={`button${presentedTo ? ' button--primary' : ''}`} to="/van-ban-den/tiep-nhan">
            Tiếp nhận văn bản khác
          </Link>
          <Link className="button button--ghost" to={`/van-ban/${encodeURIComponent(doc.id)}`}>
            Xem văn bản
          </Link>
          <Link className="button button--ghost" to="/van-ban-den">
            Về sổ văn bản đến
          </Link>
        </div>
      </section>
    </>
  );
}
