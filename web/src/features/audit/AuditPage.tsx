/**
 * Nhật ký hệ thống (administrators): who did what, when, to which record, in the current
 * school (or the whole network for the Academy); filters by action, record type and dates;
 * each entry expands to its before/after data.
 */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import type { AuditItem } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { AuditDiff } from './AuditDiff.tsx';
import { AUDIT_ACTION_FILTERS, ENTITY_TYPE_LABELS, actionLabel, entityTypeLabel } from './auditLabels.ts';

const PAGE_SIZE = 25;

export function AuditPage() {
  const { current } = useCurrentOrganisation();
  const [params, setParams] = useQueryParams();
  const action = params.get('action') ?? '';
  const entityType = params.get('entityType') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const datesInvalid = Boolean(from && to && from > to);

  const { data, error, isLoading, isFetching, refetch } = $api.useQuery(
    'get',
    '/api/audit',
    {
      params: {
        query: {
          organisationId: current?.id,
          action: action || undefined,
          entityType: entityType || undefined,
          from: from || undefined,
          to: to || undefined,
          page,
          pageSize: PAGE_SIZE,
        },
      },
    },
    { enabled: !datesInvalid },
  );
  const reload = () => void refetch();

  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<AuditItem>[] = [
    { key: 'at', header: 'Thời điểm', cell: (e) => formatDateTime(e.at), className: 'nowrap' },
    { key: 'actor', header: 'Người thực hiện', cell: (e) => e.actorName ?? <span className="muted">Hệ thống</span> },
    {
      key: 'action',
      header: 'Thao tác',
      cell: (e) => (
        <>
          {actionLabel(e.action)}
          <div className="muted small">
            <code>{e.action}</code>
          </div>
        </>
      ),
    },
    { key: 'entity', header: 'Đối tượng', cell: (e) => entityTypeLabel(e.entityType) },
    { key: 'organisation', header: 'Trường', cell: (e) => e.organisationName ?? <span className="muted">—</span> },
    {
      key: 'details',
      header: <span className="visually-hidden">Chi tiết</span>,
      cell: (e) => {
        const id = String(e.id);
        const open = expanded.has(id);
        return (
          <button type="button" className="link-button" aria-expanded={open} onClick={() => toggle(id)}>
            {open ? 'Ẩn chi tiết' : 'Xem chi tiết'}
          </button>
        );
      },
    },
  ];

  const filterChange = (changes: Record<string, string>) => setParams({ ...changes, page: null });

  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        subtitle={<>Mọi thao tác đăng nhập và thay đổi dữ liệu — {current?.name ?? 'toàn mạng lưới'}</>}
      />
      <form className="filters" aria-label="Lọc nhật ký" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-action" className="field__label">
            Thao tác
          </label>
          <select id="audit-action" value={action} onChange={(e) => filterChange({ action: e.target.value })}>
            <option value="">Tất cả thao tác</option>
            {AUDIT_ACTION_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            {action && !AUDIT_ACTION_FILTERS.some((o) => o.value === action) ? (
              <option value={action}>{actionLabel(action)}</option>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity" className="field__label">
            Loại đối tượng
          </label>
          <select id="audit-entity" value={entityType} onChange={(e) => filterChange({ entityType: e.target.value })}>
            <option value="">Tất cả</option>
            {Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <DateField label="Từ ngày" value={from} optional onChange={(date) => filterChange({ from: date })} />
        <DateField label="Đến ngày" value={to} optional onChange={(date) => filterChange({ to: date })} />
        {action || entityType || from || to ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => filterChange({ action: '', entityType: '', from: '', to: '' })}
          >
            Xóa bộ lọc
          </button>
        ) : null}
      </form>
      {datesInvalid ? (
        <div className="banner banner--error" role="alert">
          “Từ ngày” phải trước hoặc bằng “Đến ngày”.
        </div>
      ) : null}
      <ErrorBanner error={error} onRetry={reload} />
      {data ? (
        <p className="result-count" aria-live="polite">
          <strong>{formatNumber(data.total)}</strong> mục nhật ký
        </p>
      ) : null}
      {isLoading ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <Table
            caption="Nhật ký hệ thống"
            columns={columns}
            rows={data.items}
            rowKey={(e) => String(e.id)}
            emptyTitle="Không có mục nhật ký nào phù hợp"
            emptyHint="Thử bỏ bớt bộ lọc hoặc chọn khoảng ngày khác."
            expandedRow={(e) =>
              expanded.has(String(e.id)) ? (
                <div className="audit-detail">
                  <p className="muted small">
                    Mã đối tượng: <code>{e.entityId ?? '—'}</code> · Mã yêu cầu: <code>{e.requestId ?? '—'}</code>
                  </p>
                  <AuditDiff before={e.before} after={e.after} />
                </div>
              ) : null
            }
          />
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onChange={(p) => setParams({ page: p === 1 ? null : p })}
          />
        </div>
      ) : null}
    </>
  );
}
