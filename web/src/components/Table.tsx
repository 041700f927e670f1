/**
 * A simple accessible table: columns with a header and a cell renderer, rows keyed by id,
 * and an empty state when there are no rows.
 */
import type { ReactNode } from 'react';
import { EmptyState } from './Feedback.tsx';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string;
};

type TableProps<T> = {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  emptyTitle?: string;
  emptyHint?: ReactNode;
  /** Extra content rendered in a full-width row under a given row (e.g. details). */
  expandedRow?: (row: T) => ReactNode | null;
};

export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
  emptyTitle = 'Không có dữ liệu',
  emptyHint,
  expandedRow,
}: TableProps<T>) {
  if (rows.length === 0) return <EmptyState title={emptyTitle}>{emptyHint}</EmptyState>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            const extra = expandedRow?.(row) ?? null;
            return [
              <tr key={key}>
                {columns.map((column) => (
                  <td key={column.key} className={column.className}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>,
              extra ? (
                <tr key={`${key}-detail`} className="table__detail-row">
                  <td colSpan={columns.length}>{extra}</td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
