/** Thông báo: my notifications, newest first; unread ones highlighted; mark one or all as read. */
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { EmptyState } from '../../components/Feedback.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useSearchParams } from '../../lib/router.tsx';
import { useApiData } from '../../lib/useApiData.ts';
import { openNotification } from './NotificationsBell.tsx';
import type { NotificationList } from './taskTypes.ts';
import './tasks.css';

export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('chua-doc') === '1';
  const { data, error, loading, reload } = useApiData<NotificationList>(
    `/api/notifications?limit=200${unreadOnly ? '&unread=true' : ''}`,
  );
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const readAll = async () => {
    setBusy(true);
    setActionError(null);
    try {
      await api.post('/api/notifications/read-all');
      reload();
    } catch (cause) {
      setActionError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Thông báo"
        subtitle={data ? `${formatNumber(data.unreadCount)} thông báo chưa đọc` : undefined}
        actions={
          <button type="button" className="button" disabled={busy || !data?.unreadCount} onClick={() => void readAll()}>
            Đánh dấu tất cả đã đọc
          </button>
        }
      />
      <label className="field--checkbox">
        <input
          type="checkbox"
          checked={unreadOnly}
          onChange={(e) => setParams({ 'chua-doc': e.target.checked ? '1' : null })}
        />{' '}
        Chỉ hiện thông báo chưa đọc
      </label>
      <ErrorBanner error={error ?? actionError} onRetry={reload} />
      {loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState title="Không có thông báo" /> : null}
      {data?.items.length ? (
        <ul className="notification-list">
          {data.items.map((n) => (
            <li key={n.id} className={`card notification${n.readAt ? '' : ' notification--unread'}`}>
              <button
                type="button"
                className="link-button notification__title"
                onClick={() => void openNotification(n).then(reload)}
              >
                {n.title}
              </button>
              <div className="muted small">
                {formatDateTime(n.createdAt)}
                {n.readAt ? '' : ' · chưa đọc'}
              </div>
              {n.body ? <p className="pre-line">{n.body}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
