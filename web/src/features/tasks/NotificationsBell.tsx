/**
 * The bell in the header: the number of unread notifications (polled every minute) and a panel
 * with the latest ones; opening one marks it read and follows its link.
 */
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useApiData } from '../../lib/useApiData.ts';
import type { AppNotification, NotificationList } from './taskTypes.ts';
import './tasks.css';

export async function openNotification(n: AppNotification): Promise<void> {
  if (!n.readAt) await api.post(`/api/notifications/${encodeURIComponent(n.id)}/read`).catch(() => undefined);
  if (n.link) navigate(n.link);
}

export function NotificationsBell() {
  const { data, reload } = useApiData<NotificationList>('/api/notifications?limit=8');
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = window.setInterval(reload, 60_000);
    return () => window.clearInterval(timer);
  }, [reload]);
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
          if (!open) reload();
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
                      void openNotification(n).then(reload);
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
