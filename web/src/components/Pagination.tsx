/**
 * "Trang 2/7 · 312 kết quả" with previous/next buttons. Pages are 1-based, as in the API.
 */
import { formatNumber } from '../lib/format.ts';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
};

export function Pagination({ page, pageSize, total, onChange }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label="Phân trang">
      <span className="pagination__summary">
        {formatNumber(first)}–{formatNumber(last)} trên {formatNumber(total)} kết quả
      </span>
      <div className="pagination__buttons">
        <button type="button" className="button button--small" disabled={page <= 1} onClick={() => onChange(page - 1)}>
          ‹ Trang trước
        </button>
        <span className="pagination__page" aria-current="page">
          Trang {page}/{pageCount}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={page >= pageCount}
          onClick={() => onChange(page + 1)}
        >
          Trang sau ›
        </button>
      </div>
    </nav>
  );
}
