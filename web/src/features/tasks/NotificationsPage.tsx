/** Thông báo: my notifications, newest first; unread ones highlighted; mark one or all as read. */
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { EmptyState } from '../../components/Feedback.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useOpenNotification } from './NotificationsBell.tsx';
import './tasks.css';

export function NotificationsPage() {
  const [params, setParams] = useQueryParams();
  const unreadOnly = params.get('chua-doc') === '1';
  const { data, error, isPending, refetch } = $api.useQuery('get', '/api/notifications', {
    params: { query: { limit: 200, ...(unreadOnly ? { unread: true } : {}) } },
  });
  const openNotification = useOpenNotification();
  const readAll = $api.useMutation('post', '/api/notifications/read-all', {
    onSuccess: () => invalidate('/api/notifications'),
  });

  return (
    <>
      <PageHeader
        title="Thông báo"
        subtitle={data ? `${formatNumber(data.unreadCount)} thông báo chưa đọc` : undefined}
        actions={
          <button
            type="button"
            className="button"
            disabled={readAll.isPending || !data?.unreadCount}
            onClick={() => readAll.mutate({})}
          >
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
      <ErrorBanner error={error ?? readAll.error} onRetry={() => void refetch()} />
      {isPending ? <Loading /> : null}
      {data && data.items.length === 0 ? <EmptyState title="Không có thông báo" /> : null}
      {data?.items.length ? (
        <ul className="notification-list">
          {data.items.map((n) => (
            <li key={n.id} className={`card notification${n.readAt ? '' : ' notification--unread'}`}>
              <button type="button" className="link-button notification__title" onClick={() => openNotification(n)}>
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
