/**
 * The bell in the header: the number of unread notifications (refetched every minute) and a panel
 * with the latest ones; opening one marks it read and follows its link.
 */
import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { $api, client } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { AppNotification } from './taskTypes.ts';
import './tasks.css';

/** Opening a notification marks it read (a failure to mark is not worth an error) and follows its link. */
export function useOpenNotification(): (n: AppNotification) => void {
  const navigate = useNavigate();
  const markRead = useMutation({
    mutationFn: (id: string) => client.POST('/api/notifications/{id}/read', { params: { path: { id } } }),
    onSettled: () => invalidate('/api/notifications'),
  });
  return (n) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };
}

export function NotificationsBell() {
  const { data, refetch } = $api.useQuery(
    'get',
    '/api/notifications',
    { params: { query: { limit: 8 } } },
    { refetchInterval: 60_000 },
  );
  const openNotification = useOpenNotification();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (panel.current && !panel.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const unread = data?.unreadCount ?? 0;

  return (
    <div className="bell" ref={panel}>
      <button
        type="button"
        className="button button--small bell__button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => {
          setOpen(!open);
          if (!open) void refetch();
        }}
        aria-label={unread ? `Thông báo: ${unread} chưa đọc` : 'Thông báo'}
      >
        {/* An inline SVG: emoji glyphs are missing from many office machines' fonts. */}
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread ? (
          <span className="bell__count" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell__panel" role="dialog" aria-label="Thông báo mới">
          {data?.items.length ? (
            <ul>
              {data.items.map((n) => (
                <li key={n.id} className={n.readAt ? '' : 'bell__item--unread'}>
                  <button
                    type="button"
                    className="link-button bell__item"
                    onClick={() => {
                      setOpen(false);
                      openNotification(n);
                    }}
                  >
                    <strong>{n.title}</strong>
                    <span className="muted small">{formatDateTime(n.createdAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Không có thông báo.</p>
          )}
          <Link to="/thong-bao" onClick={() => setOpen(false)}>
            Xem tất cả thông báo
          </Link>
        </div>
      ) : null}
    </div>
  );
}
