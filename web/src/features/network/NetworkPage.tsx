/**
 * Mạng lưới trường: the organisations in operation on a chosen date ("Tại ngày", today by
 * default), filtered by kind and name, with the count ("34 trường chính trị tỉnh, thành phố"
 * today, 63 before 1/7/2025), provinces and their codes, validity, unverified names and the
 * predecessor/successor links of the 2025 merger. Filters live in the address so they can be shared.
 */
import { useState } from 'react';
import { $api } from '../../api/client.ts';
import type { Organisation, OrganisationKind } from '../../api/types.ts';
import { ORGANISATION_KIND_LABELS } from '../../api/types.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber, formatValidity, todayInVietnam } from '../../lib/format.ts';
import { Link } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { COUNT_NOUNS, provincePeriodLabel } from './networkLabels.ts';
import { OrganisationLinks } from './OrganisationLinks.tsx';
import { SectorSchoolForm } from './SectorSchoolForm.tsx';
import { UncertainNameBadge } from './UncertainNameBadge.tsx';

const PAGE_SIZE = 50;
const KINDS = Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[];
const DEFAULT_KIND: OrganisationKind = 'provincial_school';
const ALL_KINDS = 'all';

function isKind(value: string): value is OrganisationKind {
  return (KINDS as string[]).includes(value);
}

const columns: Column<Organisation>[] = [
  {
    key: 'name',
    header: 'Tên trường / đơn vị',
    cell: (o) => (
      <>
        <Link to={`/mang-luoi/${encodeURIComponent(o.id)}`}>{o.name}</Link>
        <UncertainNameBadge uncertain={o.nameUncertain} />
        <div className="muted small">{o.kindLabel}</div>
      </>
    ),
  },
  { key: 'province', header: 'Tỉnh, thành phố', cell: (o) => o.provinceName ?? <span className="muted">—</span> },
  {
    key: 'code',
    header: 'Mã',
    cell: (o) => (
      <>
        <code>{o.code}</code>
        {o.provinceCode ? (
          <div className="muted small" title={provincePeriodLabel(o.provincePeriod)}>
            Mã tỉnh {o.provinceCode} ·{' '}
            {o.provincePeriod === '2025' ? 'từ 2025' : o.provincePeriod === '2004' ? 'trước 2025' : o.provincePeriod}
          </div>
        ) : null}
      </>
    ),
  },
  { key: 'validity', header: 'Hiệu lực', cell: (o) => formatValidity(o.validFrom, o.validTo), className: 'nowrap' },
  { key: 'predecessors', header: 'Tiền thân', cell: (o) => <OrganisationLinks items={o.predecessors} /> },
  { key: 'successors', header: 'Kế thừa bởi', cell: (o) => <OrganisationLinks items={o.successors} /> },
];

export function NetworkPage() {
  const me = useMe();
  const [params, setParams] = useQueryParams();
  const at = params.get('at') || todayInVietnam();
  const kindParam = params.get('kind') ?? DEFAULT_KIND;
  const kind = isKind(kindParam) ? kindParam : null;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [searchText, setSearchText] = useState(q);
  const [creating, setCreating] = useState(false);

  const { data, error, isPending, isFetching, refetch } = $api.useQuery('get', '/api/network/organisations', {
    params: { query: { at, kind: kind ?? undefined, q: q || undefined, page, pageSize: PAGE_SIZE } },
  });
  const reload = () => void refetch();
  const canCreate = me.role === 'academy_admin';

  return (
    <>
      <PageHeader
        title="Mạng lưới trường"
        subtitle="Học viện, các học viện khu vực, trường chính trị tỉnh, thành phố và trường cán bộ của bộ, ngành, đoàn thể Trung ương tại một ngày bất kỳ."
        actions={
          canCreate && !creating ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              Thêm trường bộ, ngành
            </button>
          ) : null
        }
      />
      {creating ? <SectorSchoolForm onClose={() => setCreating(false)} /> : null}
      <form
        className="filters"
        role="search"
        aria-label="Lọc mạng lưới trường"
        onSubmit={(event) => {
          event.preventDefault();
          setParams({ q: searchText.trim(), page: null });
        }}
      >
        <DateField
          label="Tại ngày"
          value={at}
          onChange={(date) => setParams({ at: date === todayInVietnam() ? null : date, page: null })}
        />
        {at !== todayInVietnam() ? (
          <button type="button" className="button button--ghost" onClick={() => setParams({ at: null, page: null })}>
            Về hôm nay
          </button>
        ) : null}
        <div className="field">
          <label htmlFor="network-kind" className="field__label">
            Loại đơn vị
          </label>
          <select
            id="network-kind"
            value={kind ?? ALL_KINDS}
            onChange={(e) => setParams({ kind: e.target.value === DEFAULT_KIND ? null : e.target.value, page: null })}
          >
            <option value={ALL_KINDS}>Tất cả</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ORGANISATION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="network-q" className="field__label">
            Tìm theo tên, tỉnh hoặc mã
          </label>
          <input
            id="network-q"
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder="Ví dụ: Phú Thọ, Nguyễn Văn Cừ"
          />
        </div>
        <button type="submit" className="button">
          Tìm
        </button>
      </form>

      <ErrorBanner error={error} onRetry={reload} />
      {data ? (
        <p className="result-count" data-testid="network-count" aria-live="polite">
          <strong>{formatNumber(data.total)}</strong> {COUNT_NOUNS[kind ?? 'all']} tại ngày {formatDate(at)}
          {q ? <> khớp với “{q}”</> : null}
        </p>
      ) : null}
      {isPending ? <Loading /> : null}
      {data ? (
        <div className={isFetching ? 'is-refreshing' : undefined}>
          <Table
            caption={`Danh sách ${COUNT_NOUNS[kind ?? 'all']} tại ngày ${formatDate(at)}`}
            columns={columns}
            rows={data.items}
            rowKey={(o) => o.id}
            emptyTitle="Không có đơn vị nào phù hợp"
            emptyHint="Thử đổi ngày, loại đơn vị hoặc từ khóa tìm kiếm."
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
