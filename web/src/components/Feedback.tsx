/**
 * Small status components used on every page: loading indicator, empty state, error banner,
 * success notice and badges.
 */
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../api/client.ts';

export function Loading({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {children ? <div className="empty-state__body">{children}</div> : null}
    </div>
  );
}

export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  const requestId =
    error instanceof ApiError && error.details && typeof error.details === 'object' && 'requestId' in error.details
      ? String((error.details as { requestId: unknown }).requestId)
      : null;
  return (
    <div className="banner banner--error" role="alert">
      <span>{errorMessage(error)}</span>
      {requestId ? <span className="muted"> (mã yêu cầu {requestId})</span> : null}
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          Thử lại
        </button>
      ) : null}
    </div>
  );
}

export function SuccessBanner({ message, onClose }: { message: string | null; onClose?: () => void }) {
  if (!message) return null;
  return (
    <div className="banner banner--success" role="status">
      <span>{message}</span>
      {onClose ? (
        <button type="button" className="link-button" onClick={onClose} aria-label="Đóng thông báo">
          ×
        </button>
      ) : null}
    </div>
  );
}

export function Badge({
  tone = 'neutral',
  title,
  children,
}: {
  tone?: 'neutral' | 'warning' | 'success' | 'danger' | 'info';
  title?: string;
  children: ReactNode;
}) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
