/** The network view of an edition: entries per school, category and round, prizes, forum articles. */
import { $api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { Table } from '../../components/Table.tsx';
import { formatNumber } from '../../lib/format.ts';
import { ROUND_LABELS } from './contestShared.tsx';

const ROUNDS = ['school', 'preliminary', 'final'];

export function NetworkSection({ editionId }: { editionId: string }) {
  const { data, error } = $api.useQuery('get', '/api/contest/editions/{id}/network', {
    params: { path: { id: editionId } },
  });
  const categories = data?.categories ?? [];
  return (
    <section className="card" aria-labelledby="contest-network-title">
      <h2 id="contest-network-title">Toàn mạng lưới</h2>
      <ErrorBanner error={error} />
      {data ? (
        <p>
          Tổng: <strong>{formatNumber(data.totals.entries)}</strong> bài dự thi,{' '}
          <strong>{formatNumber(data.totals.prizes)}</strong> giải,{' '}
          <strong>{formatNumber(data.totals.forumArticles.published)}</strong> bài Diễn đàn đã đăng năm {data.year}.
        </p>
      ) : null}
      <Table
        caption="Số bài theo trường"
        rows={data?.schools ?? []}
        rowKey={(s) => s.organisationId}
        emptyTitle="Chưa có bài dự thi hoặc bài Diễn đàn"
        columns={[
          { key: 'org', header: 'Trường', cell: (s) => s.organisationName },
          { key: 'entries', header: 'Bài dự thi', cell: (s) => formatNumber(s.entries) },
          ...categories.map((c) => ({
            key: `c-${c.code}`,
            header: c.label,
            cell: (s: (typeof data & {})['schools'][number]) => formatNumber(s.byCategory[c.code] ?? 0),
          })),
          ...ROUNDS.map((r) => ({
            key: `r-${r}`,
            header: ROUND_LABELS[r],
            cell: (s: (typeof data & {})['schools'][number]) => formatNumber(s.byRound[r] ?? 0),
          })),
          { key: 'screened', header: 'Bị loại', cell: (s) => formatNumber(s.screenedOut) },
          { key: 'prizes', header: 'Giải', cell: (s) => formatNumber(s.prizes) },
          {
            key: 'forum',
            header: 'Diễn đàn (đã đăng/gửi)',
            cell: (s) =>
              `${s.forumArticles.published}/${s.forumArticles.sent + s.forumArticles.accepted + s.forumArticles.published + s.forumArticles.declined}`,
          },
        ]}
      />
    </section>
  );
}
