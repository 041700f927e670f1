/**
 * A long PDF whose remaining pages are read in the background: "Đang nhận dạng trang 37/296", polled
 * from the upload's state (not the whole document, so what the clerk is typing is never reset). Also the
 * warning when the stamp's receiver is not the registering organisation.
 */
import { $api } from '../../api/client.ts';
import type { DocumentDetail } from './documentTypes.ts';

const POLL_MS = 2000;
const active = (status: string | undefined) => status === 'queued' || status === 'running';

export function PageReadingStatus({ doc }: { doc: DocumentDetail }) {
  const initial = doc.pageReading;
  const { data } = $api.useQuery(
    'get',
    '/api/intake/uploads/{id}',
    { params: { path: { id: doc.id } } },
    {
      enabled: active(initial?.status),
      refetchInterval: (query) => (active(query.state.data?.pageReading?.status ?? initial?.status) ? POLL_MS : false),
    },
  );
  const reading = data?.pageReading ?? initial;
  if (!reading) return null;
  const running = active(reading.status);
  const percent = reading.totalPages ? Math.round((100 * reading.pagesRead) / reading.totalPages) : 0;
  return (
    <div className={`banner ${running ? 'banner--info' : 'banner--success'} page-reading`} role="status">
      {running ? <span className="spinner" aria-hidden="true" /> : null} <span>{reading.label}</span>
      {running ? (
        <>
          {' '}
          <progress max={reading.totalPages} value={reading.pagesRead} aria-label="Tiến độ nhận dạng">
            {percent}%
          </progress>
          <span className="muted small">
            {' '}
            Thông tin văn bản đã được đọc từ các trang đầu và trang cuối; các trang còn lại được nhận dạng để tìm kiếm
            toàn văn.
          </span>
        </>
      ) : null}
    </div>
  );
}

export function ReceiverWarning({ doc }: { doc: DocumentDetail }) {
  if (!doc.receiverWarning) return null;
  return (
    <div className="banner banner--warning" role="alert" data-testid="receiver-warning">
      {doc.receiverWarning}
    </div>
  );
}
