/**
 * Cán bộ: the people with accounts in the current school (or the whole network for Academy
 * users who chose no school), with search and pagination. Administrators can add people;
 * everyone can open a profile.
 */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { useFlash } from '../../lib/flash.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';

const PAGE_SIZE = 20;

function columnsFor(showOrganisation: boolean): Column<Person>[] {
  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: 'Họ và tên',
      cell: (p) => (
        <>
          <Link to={`/can-bo/${encodeURIComponent(p.id)}`}>{p.fullName}</Link>
          {p.title ? <div className="muted small">{p.title}</div> : null}
        </>
      ),
    },
    { key: 'email', header: 'Email', cell: (p) => p.email },
    { key: 'role', header: 'Vai trò', cell: (p) => p.roleLabel },
    { key: 'unit', header: 'Đơn vị', cell: (p) => p.unitName ?? <span className="muted">—</span> },
  ];
  if (showOrganisation) columns.push({ key: 'organisation', header: 'Trường', cell: (p) => p.organisationName });
  columns.push(
    {
      key: 'status',
      header: 'Trạng thái',
      cell: (p) => (p.active ? <Badge tone="success">Đang hoạt động</Badge> : <Badge tone="danger">Đã khóa</Badge>),
    },
    {
      key: 'lastLogin',
      header: 'Đăng nhập gần nhất',
      cell: (p) => (p.lastLoginAt ? formatDateTime(p.lastLoginAt) : <span className="muted">Chưa đăng nhập</span>),
      className: 'nowrap',
    },
  );
  return columns;
}

export function PeoplePage() {
  const me = useMe();
  const { current } = useCurrentOrganisation();
  const [params, setParams] = useQueryParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [searchText, setSearchText] = useState(q);
  const [flash, setFlash] = useFlash();

  const { data, error, isPending, isFetching, refetch } = $api.useQuery('get', '/api/people', {
    params: { query: { organisationId: current?.id, q: q || undefined, page, pageSize: PAGE_SIZE } },
  });
  const reload = () => void refetch();
  const scopeName = current?.name ?? 'toàn mạng lưới';

  return (
    <>
      <PageHeader
        title="Cán bộ"
        subtitle={<>Tài khoản của cán bộ, giảng viên — {scopeName}</>}
        actions={
          me.isAdmin ? (
            <Link to="/can-bo/them-moi" className="button button--primary">
              Thêm cán bộ
            </Link>
          ) : null
        }
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      <form
        className="filters"
        role="search"
        aria-label="Tìm cán bộ"
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ q: searchText.trim(), page: null });
        }}
      >
        <div className="field field--grow">
          <label htmlFor="people-q" className="field__label">
            Tìm theo họ tên, email hoặc chức vụ
          </label>
          <input
            id="people-q"
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder="Có thể gõ không dấu, ví dụ: nguyen van an"
          />
        </div>
        <button type="submit" className="button">
          Tìm
        </button>
        {q ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setSearchText('');
              setParams({ q: null, page: null });
            }}
          >
            Xóa tìm kiếm
          </button>
        ) : null}
      </form>
      <ErrorBanner error={error} onRetry={reload} />
      {data ? (
        <p className="result-count" aria-live="polite">
          <strong>{formatNumber(data.total)}</strong> cán bộ{q ? <> khớp với “{q}”</> : null}
        </p>
      ) : null}
      {isPending ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <Table
            caption={`Danh sách cán bộ — ${scopeName}`}
            columns={columnsFor(!current)}
            rows={data.items}
            rowKey={(p) => p.id}
            emptyTitle={q ? 'Không tìm thấy cán bộ phù hợp' : 'Chưa có cán bộ nào'}
            emptyHint={
              q ? 'Thử từ khóa khác.' : me.isAdmin ? 'Bấm “Thêm cán bộ” để tạo tài khoản đầu tiên.' : undefined
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
