/**
 * "Trang 2/7 · 312 kết quả" with previous/next buttons. Pages are 1-based, as in the API.
 * A capped total (search and register lists count at most 1,000: `totalCapped`) reads "hơn 1.000 kết quả",
 * shows no page count, and "Trang sau" stays open while pages come back full.
 */
import { formatNumber } from '../lib/format.ts';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** The API's `totalCapped`: more than `total` match. */
  totalCapped?: boolean | undefined;
  /** Rows on this page (needed with `totalCapped`, to tell whether another page may follow). */
  itemCount?: number | undefined;
  onChange: (page: number) => void;
};

export function Pagination({ page, pageSize, total, totalCapped = false, itemCount, onChange }: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const shown = itemCount ?? Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
  const last = totalCapped ? first + shown - 1 : Math.min(total, page * pageSize);
  const hasNext = totalCapped ? page < pageCount || shown >= pageSize : page < pageCount;
  return (
    <nav className="pagination" aria-label="Phân trang">
      <span className="pagination__summary">
        {shown > 0 ? `${formatNumber(first)}–${formatNumber(last)} trên ` : ''}
        {totalCapped ? `hơn ${formatNumber(total)}` : formatNumber(total)} kết quả
      </span>
      <div className="pagination__buttons">
        <button type="button" className="button button--small" disabled={page <= 1} onClick={() => onChange(page - 1)}>
          ‹ Trang trước
        </button>
        <span className="pagination__page" aria-current="page">
          {totalCapped ? `Trang ${page}` : `Trang ${page}/${pageCount}`}
        </span>
        <button type="button" className="button button--small" disabled={!hasNext} onClick={() => onChange(page + 1)}>
          Trang sau ›
        </button>
      </div>
    </nav>
  );
}
