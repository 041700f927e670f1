/** The entries of an edition, with the actions the caller may take in each entry's round. */
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { hasRole, ACADEMY_ROLES } from '../../api/types.ts';
import { Badge, ErrorBanner, Loading } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { type Column, Table } from '../../components/Table.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { type Entry, MARKING_LABELS, percent } from './contestShared.tsx';

const SCHOOL_WRITERS = ['school_admin', 'leader', 'clerk'];

export function EntriesTable({
  editionId,
  page,
  onPage,
}: {
  editionId: string;
  page: number;
  onPage: (p: number) => void;
}) {
  const me = useMe();
  const academy = hasRole(ACADEMY_ROLES, me.role);
  const { data, error, isPending } = $api.useQuery('get', '/api/contest/editions/{id}/entries', {
    params: { path: { id: editionId }, query: { page, pageSize: 50 } },
  });
  const done = { onSuccess: () => invalidate('/api/contest') };
  const promote = $api.useMutation('post', '/api/contest/entries/{id}/promote', done);
  const withdraw = $api.useMutation('post', '/api/contest/entries/{id}/withdraw', done);
  const screen = $api.useMutation('post', '/api/contest/entries/{id}/screen', done);
  const mayAct = (e: Entry) =>
    e.status === 'registered' &&
    (e.round === 'school' ? SCHOOL_WRITERS.includes(me.role) : academy && e.round !== 'final');
  const mayScreen = (e: Entry) =>
    e.status === 'registered' && (e.round === 'school' ? SCHOOL_WRITERS.includes(me.role) : academy);

  const columns: Column<Entry>[] = [
    { key: 'code', header: 'Mã phách', cell: (e) => <code>{e.blindCode}</code>, className: 'nowrap' },
    {
      key: 'title',
      header: 'Tác phẩm',
      cell: (e) => (
        <>
          <strong>{e.title}</strong>
          <div className="muted small">
            {e.authors.map((a) => a.fullName).join(', ')} · {e.organisationName}
          </div>
          {e.fileName ? (
            <a className="small" href={`/api/contest/entries/${encodeURIComponent(e.id)}/file`} download>
              Tệp: {e.fileName}
            </a>
          ) : null}
        </>
      ),
    },
    { key: 'category', header: 'Thể loại', cell: (e) => e.categoryCode },
    { key: 'round', header: 'Vòng', cell: (e) => e.roundName },
    {
      key: 'status',
      header: 'Trạng thái',
      cell: (e) => (
        <>
          <Badge tone={e.status === 'screened_out' ? 'danger' : e.status === 'awarded' ? 'success' : 'neutral'}>
            {e.statusName}
          </Badge>
          {e.screenReason ? <div className="small">{e.screenReason}</div> : null}
        </>
      ),
    },
    { key: 'overlap', header: 'Trùng lặp', cell: (e) => percent(e.overlapShare), className: 'nowrap' },
    {
      key: 'score',
      header: 'Điểm',
      cell: (e) =>
        e.finalScore !== null ? (
          String(e.finalScore)
        ) : (
          <span className="muted small">{MARKING_LABELS[e.markingState]}</span>
        ),
    },
    {
      key: 'actions',
      header: 'Thao tác',
      cell: (e) => (
        <div className="button-row">
          {mayAct(e) ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => promote.mutate({ params: { path: { id: e.id } }, body: {} })}
            >
              Chuyển vòng sau
            </button>
          ) : null}
          {mayScreen(e) ? (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => screen.mutate({ params: { path: { id: e.id } }, body: {} })}
            >
              Loại (theo ngưỡng trùng lặp)
            </button>
          ) : null}
          {e.status === 'registered' && e.round === 'school' && SCHOOL_WRITERS.includes(me.role) ? (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => withdraw.mutate({ params: { path: { id: e.id } }, body: {} })}
            >
              Rút bài
            </button>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <section className="card" aria-labelledby="entries-title">
      <h2 id="entries-title">Bài dự thi</h2>
      <ErrorBanner error={error ?? promote.error ?? withdraw.error ?? screen.error} />
      {isPending ? (
        <Loading />
      ) : (
        <>
          <Table
            caption="Bài dự thi"
            columns={columns}
            rows={data?.items ?? []}
            rowKey={(e) => e.id}
            emptyTitle="Chưa có bài dự thi"
            emptyHint="Bài được đăng ký sẽ hiện ở đây."
          />
          {data ? <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onChange={onPage} /> : null}
        </>
      )}
    </section>
  );
}
