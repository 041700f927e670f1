/**
 * Đào tạo: the classes of the current school (or the network for Academy users without a chosen
 * school), filtered by level, mode, opening year and host, with their size and open findings.
 */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import type { ApiQuery } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { LEVEL_OPTIONS, MODE_OPTIONS } from './trainingApi.ts';
import type { TrainingClassSummary } from './trainingTypes.ts';
import './training.css';

const PAGE_SIZE = 25;

export function FindingCountBadges({ counts }: { counts: TrainingClassSummary['findings'] }) {
  if (counts.blocking + counts.warning + counts.overridden === 0) return <span className="muted">Không có</span>;
  return (
    <span className="badge-row">
      {counts.blocking ? <Badge tone="danger">Vi phạm tiêu chuẩn: {counts.blocking}</Badge> : null}
      {counts.warning ? <Badge tone="warning">Cảnh báo: {counts.warning}</Badge> : null}
      {counts.overridden ? <Badge tone="success">Đã chấp thuận: {counts.overridden}</Badge> : null}
    </span>
  );
}

function columns(showSchool: boolean): Column<TrainingClassSummary>[] {
  const list: Column<TrainingClassSummary>[] = [
    {
      key: 'code',
      header: 'Mã lớp',
      className: 'nowrap',
      cell: (c) => <Link to={`/dao-tao/lop/${encodeURIComponent(c.id)}`}>{c.code}</Link>,
    },
    {
      key: 'name',
      header: 'Tên lớp',
      cell: (c) => (
        <>
          {c.name}
          <div className="muted small">
            {c.levelLabel} · {c.modeLabel} · {c.deliveryLabel}
          </div>
        </>
      ),
    },
    {
      key: 'host',
      header: 'Cơ sở đào tạo',
      cell: (c) => (
        <>
          {c.hostName}
          {c.partnerName ? <div className="muted small">Phối hợp: {c.partnerName}</div> : null}
        </>
      ),
    },
    { key: 'opening', header: 'Khai giảng', className: 'nowrap', cell: (c) => formatDate(c.openingDate) },
    { key: 'size', header: 'Sĩ số', cell: (c) => formatNumber(c.size) },
    {
      key: 'regime',
      header: 'Bộ quy tắc',
      className: 'nowrap',
      cell: (c) => c.regimeLabel ?? <span className="muted">Chưa có</span>,
    },
    { key: 'findings', header: 'Phát hiện', cell: (c) => <FindingCountBadges counts={c.findings} /> },
  ];
  if (showSchool) list.splice(2, 0, { key: 'school', header: 'Trường', cell: (c) => c.organisationName });
  return list;
}

export function ClassesPage() {
  const me = useMe();
  const { current } = useCurrentOrganisation();
  const [params, setParams] = useQueryParams();
  const filters = {
    level: params.get('level') ?? '',
    mode: params.get('mode') ?? '',
    year: params.get('year') ?? '',
    host: params.get('host') ?? '',
    q: params.get('q') ?? '',
    withFindings: params.get('withFindings') === 'true' ? 'true' : '',
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [searchText, setSearchText] = useState(filters.q);
  type Query = ApiQuery<'/api/training/classes'>;
  const query = $api.useQuery('get', '/api/training/classes', {
    params: {
      query: {
        organisationId: current?.id,
        level: (filters.level || undefined) as Query['level'],
        mode: (filters.mode || undefined) as Query['mode'],
        ...(filters.year ? { year: Number(filters.year) } : {}),
        host: filters.host,
        q: filters.q,
        ...(filters.withFindings ? { withFindings: true } : {}),
        page,
        pageSize: PAGE_SIZE,
      },
    },
  });
  const data = query.data;
  const { error, isLoading, isFetching } = query;
  const reload = () => void query.refetch();
  const canImport = !me.isAcademy && me.role !== 'clerk';
  const set = (key: string, value: string) => setParams({ [key]: value || null, page: null });

  return (
    <>
      <PageHeader
        title="Đào tạo"
        subtitle={<>Lớp học và kết quả kiểm tra tuân thủ — {current?.name ?? 'toàn mạng lưới'}</>}
        actions={
          <>
            {canImport ? (
              <Link to="/dao-tao/nhap" className="button button--primary">
                Nhập lớp học
              </Link>
            ) : null}
            <Link to="/dao-tao/tuan-thu" className="button">
              Tổng hợp tuân thủ
            </Link>
            <Link to="/dao-tao/cau-hinh" className="button">
              Cấu hình tuân thủ
            </Link>
          </>
        }
      />
      <form
        className="filters"
        role="search"
        aria-label="Lọc lớp học"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', searchText.trim());
        }}
      >
        <div className="field">
          <label htmlFor="tr-level" className="field__label">
            Chương trình
          </label>
          <select id="tr-level" value={filters.level} onChange={(e) => set('level', e.target.value)}>
            <option value="">Tất cả</option>
            {LEVEL_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tr-mode" className="field__label">
            Hình thức
          </label>
          <select id="tr-mode" value={filters.mode} onChange={(e) => set('mode', e.target.value)}>
            <option value="">Tất cả</option>
            {MODE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tr-year" className="field__label">
            Năm khai giảng
          </label>
          <select id="tr-year" value={filters.year} onChange={(e) => set('year', e.target.value)}>
            <option value="">Tất cả</option>
            {(data?.facets.years ?? []).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="tr-host" className="field__label">
            Cơ sở đào tạo
          </label>
          <select id="tr-host" value={filters.host} onChange={(e) => set('host', e.target.value)}>
            <option value="">Tất cả</option>
            {(data?.facets.hosts ?? []).map((h) => (
              <option key={h.code} value={h.code}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="tr-q" className="field__label">
            Mã hoặc tên lớp
          </label>
          <input id="tr-q" type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <label className="field field--checkbox">
          <input
            type="checkbox"
            checked={filters.withFindings === 'true'}
            onChange={(e) => set('withFindings', e.target.checked ? 'true' : '')}
          />
          Chỉ lớp còn phát hiện
        </label>
        <button type="submit" className="button">
          Tìm
        </button>
      </form>
      <ErrorBanner error={error} onRetry={reload} />
      {data ? (
        <p className="result-count" aria-live="polite">
          <strong>{formatNumber(data.total)}</strong> lớp
        </p>
      ) : null}
      {isLoading ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <Table
            caption="Danh sách lớp học"
            columns={columns(!current)}
            rows={data.items}
            rowKey={(c) => c.id}
            emptyTitle="Chưa có lớp học nào"
            emptyHint={canImport ? <>Bấm “Nhập lớp học” để tải mẫu và nhập lớp, học viên từ tệp Excel.</> : undefined}
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
