/** Soạn thảo văn bản: the letters the user may see (drafts, in review, signed, issued), newest first. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { $api, client, errorMessage } from '../../api/client.ts';
import { Badge, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { type LetterSummary, statusTone } from './letterTypes.ts';

export function LettersPage() {
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const query = $api.useQuery('get', '/api/letters', { params: { query: { mine, page, pageSize: 50 } } });
  const { refetch } = query;
  const navigate = useNavigate();
  const [createError, setCreateError] = useState<string | null>(null);
  async function createBlank() {
    try {
      const { data } = await client.POST('/api/letters', { body: {} });
      if (data) navigate(`/soan-thao/${encodeURIComponent(data.id)}`);
    } catch (e) {
      setCreateError(errorMessage(e));
    }
  }
  return (
    <>
      <PageHeader
        title="Soạn thảo văn bản"
        subtitle="Dự thảo → trình duyệt → ký số → cấp số, phát hành → gửi liên thông. Để trả lời một văn bản đến, mở văn bản đó và chọn “Soạn văn bản trả lời”."
        actions={
          <button type="button" className="button button--primary" onClick={() => void createBlank()}>
            Soạn văn bản mới
          </button>
        }
      />
      {createError ? (
        <p className="banner banner--error" role="alert">
          {createError}
        </p>
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={mine}
          onChange={(e) => {
            setMine(e.target.checked);
            setPage(1);
          }}
        />{' '}
        Chỉ văn bản tôi soạn hoặc đang chờ tôi xử lý
      </label>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <ErrorBanner error={query.error} onRetry={() => void refetch()} /> : null}
      {query.data ? (
        <>
          <Table<LetterSummary>
            caption="Văn bản soạn thảo"
            rows={query.data.items}
            rowKey={(l) => l.id}
            emptyTitle="Chưa có văn bản nào"
            emptyHint="Mở một văn bản đến và chọn “Soạn văn bản trả lời”."
            columns={[
              {
                key: 'subject',
                header: 'Trích yếu',
                cell: (l) => (
                  <Link to={`/soan-thao/${encodeURIComponent(l.id)}`}>
                    {l.typeCode} {l.subject}
                  </Link>
                ),
              },
              { key: 'number', header: 'Số, ký hiệu', cell: (l) => l.numberSymbol ?? '—' },
              {
                key: 'status',
                header: 'Trạng thái',
                cell: (l) => (
                  <>
                    <Badge tone={statusTone(l.status)}>{l.statusLabel}</Badge>{' '}
                    {l.confidentiality ? <Badge tone="warning">{l.confidentiality}</Badge> : null}
                  </>
                ),
              },
              { key: 'version', header: 'Phiên bản', cell: (l) => l.versionNo },
              { key: 'updated', header: 'Cập nhật', cell: (l) => formatDateTime(l.updatedAt) },
            ]}
          />
          <Pagination page={page} pageSize={50} total={query.data.total} onChange={setPage} />
        </>
      ) : null}
    </>
  );
}
