/** The secretariat's sections: the overlap check and its flagged pairs, and the prizes with the results export. */
import { useState } from 'react';
import { Link } from 'react-router';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner, SuccessBanner } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table } from '../../components/Table.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { percent } from './contestShared.tsx';

export function OverlapsSection({ editionId }: { editionId: string }) {
  const [page, setPage] = useState(1);
  const list = $api.useQuery('get', '/api/contest/editions/{id}/overlaps', {
    params: { path: { id: editionId }, query: { page, pageSize: 50 } },
  });
  const check = $api.useMutation('post', '/api/contest/editions/{id}/overlap-check');
  return (
    <section className="card" aria-labelledby="overlaps-title">
      <h2 id="overlaps-title">Trùng lặp</h2>
      <p className="muted">
        Mỗi bài được so với mọi bài khác của lần thi, bài các lần thi trước, bài Diễn đàn địa phương và nguồn đã tải lên
        (cửa sổ 5 từ). Cặp có ít nhất 5 % nội dung trùng được liệt kê.
      </p>
      <ErrorBanner error={list.error ?? check.error} />
      <SuccessBanner message={check.isSuccess ? 'Đã xếp lịch kiểm tra trùng lặp; kết quả hiện khi chạy xong.' : null} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => check.mutate({ params: { path: { id: editionId } }, body: {} })}
          disabled={check.isPending}
        >
          Kiểm tra trùng lặp
        </button>
        <button type="button" className="button button--ghost" onClick={() => void invalidate('/api/contest')}>
          Tải lại
        </button>
      </div>
      <Table
        caption="Các cặp trùng lặp"
        rows={list.data?.items ?? []}
        rowKey={(o) => o.id}
        emptyTitle="Chưa phát hiện cặp trùng lặp"
        columns={[
          { key: 'code', header: 'Bài', cell: (o) => <code>{o.blindCode}</code> },
          { key: 'other', header: 'Trùng với', cell: (o) => o.otherLabel },
          { key: 'a', header: 'Phần bài nằm trong văn bản kia', cell: (o) => percent(o.entryInOther) },
          { key: 'b', header: 'Phần văn bản kia nằm trong bài', cell: (o) => percent(o.otherInEntry) },
          {
            key: 'view',
            header: '',
            cell: (o) => <Link to={`/cuoc-thi/trung-lap/${encodeURIComponent(o.id)}`}>Xem đối chiếu</Link>,
          },
        ]}
      />
      {list.data ? (
        <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
      ) : null}
    </section>
  );
}

export function AwardsSection({ editionId, year }: { editionId: string; year: number }) {
  const me = useMe();
  const list = $api.useQuery('get', '/api/contest/editions/{id}/awards', { params: { path: { id: editionId } } });
  const collective = $api.useQuery('get', '/api/contest/editions/{id}/collective', {
    params: { path: { id: editionId } },
  });
  const allocate = $api.useMutation('post', '/api/contest/editions/{id}/awards', {
    onSuccess: () => invalidate('/api/contest'),
  });
  return (
    <section className="card" aria-labelledby="awards-title">
      <h2 id="awards-title">Giải thưởng</h2>
      <ErrorBanner error={list.error ?? allocate.error} />
      {allocate.data?.ties.map((t) => (
        <div key={`${t.prizeCategory}-${t.level}`} className="banner banner--warning" role="status">
          {t.message}
        </div>
      ))}
      <div className="button-row">
        {me.role === 'academy_admin' ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => allocate.mutate({ params: { path: { id: editionId } }, body: {} })}
            disabled={allocate.isPending}
          >
            Xét giải theo điểm chung khảo
          </button>
        ) : null}
        <a
          className="button button--ghost"
          href={`/api/contest/editions/${encodeURIComponent(editionId)}/results.xlsx`}
          download
        >
          Tải kết quả và danh sách cấp giấy chứng nhận (XLSX, năm {year})
        </a>
      </div>
      <Table
        caption="Kết quả giải"
        rows={list.data?.items ?? []}
        rowKey={(a) => a.entryId}
        emptyTitle="Chưa xét giải"
        columns={[
          { key: 'level', header: 'Giải', cell: (a) => a.levelLabel },
          { key: 'cat', header: 'Nhóm giải', cell: (a) => a.prizeCategory },
          { key: 'title', header: 'Tác phẩm', cell: (a) => a.title },
          { key: 'authors', header: 'Tác giả', cell: (a) => a.authors.join(', ') },
          { key: 'org', header: 'Đơn vị', cell: (a) => a.organisationName },
        ]}
      />
      <h3>Giải tập thể (đề xuất)</h3>
      {collective.data?.awarded.length ? (
        <ul>
          {collective.data.awarded.map((o) => (
            <li key={o.organisationId}>{o.organisationName}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Chưa có đơn vị đủ điều kiện.</p>
      )}
      {collective.data?.tie ? <p className="banner banner--warning">{collective.data.tie.message}</p> : null}
      {collective.data?.notices.map((n) => (
        <p key={n} className="muted small">
          {n}
        </p>
      ))}
    </section>
  );
}
