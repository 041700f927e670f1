/**
 * Diễn đàn địa phương: a school sends articles (title, author, file); the Academy accepts, publishes (link and
 * date) or declines them; counts per school and year.
 */
import { type FormEvent, useState } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ACADEMY_ROLES, hasRole } from '../../api/types.ts';
import { Badge, ErrorBanner, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, todayInVietnam } from '../../lib/format.ts';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useMe } from '../../session/SessionContext.tsx';
import { readBase64 } from './contestShared.tsx';

const STATUS: Record<string, string> = {
  sent: 'Đã gửi',
  accepted: 'Được nhận đăng',
  published: 'Đã đăng',
  declined: 'Không đăng',
};
const SCHOOL_WRITERS = ['school_admin', 'leader', 'clerk'];

function ArticleForm() {
  const [title, setTitle] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = $api.useMutation('post', '/api/forum-articles', {
    onSuccess: async () => {
      setTitle('');
      setAuthorName('');
      await invalidate('/api/forum-articles');
    },
  });
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    submit.mutate({
      body: { title, authorName, ...(file ? { fileName: file.name, fileBase64: await readBase64(file) } : {}) },
    });
  }
  return (
    <section className="card" aria-labelledby="article-form-title">
      <h2 id="article-form-title">Gửi bài viết</h2>
      <ErrorBanner error={submit.error} />
      <SuccessBanner message={submit.isSuccess ? 'Đã gửi bài viết.' : null} />
      <form className="form-grid" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor="article-title" className="field__label">
            Tên bài viết
          </label>
          <input id="article-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} />
        </div>
        <div className="field">
          <label htmlFor="article-author" className="field__label">
            Tác giả
          </label>
          <input
            id="article-author"
            value={authorName}
            onChange={(e) => setAuthorName(e.target.value)}
            required
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="article-file" className="field__label">
            Tệp (DOCX, PDF, TXT)
          </label>
          <input
            id="article-file"
            type="file"
            accept=".docx,.pdf,.txt"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submit.isPending || !title || !authorName}>
            Gửi bài
          </button>
        </div>
      </form>
    </section>
  );
}

function StatusActions({ id, status }: { id: string; status: string }) {
  const [url, setUrl] = useState('');
  const change = $api.useMutation('post', '/api/forum-articles/{id}/status', {
    onSuccess: () => invalidate('/api/forum-articles'),
  });
  const set = (next: 'accepted' | 'published' | 'declined') =>
    change.mutate({
      params: { path: { id } },
      body:
        next === 'published' ? { status: next, publishedUrl: url, publishedOn: todayInVietnam() } : { status: next },
    });
  if (status === 'published' || status === 'declined') return null;
  return (
    <div className="button-row">
      {status === 'sent' ? (
        <button type="button" className="button button--small" onClick={() => set('accepted')}>
          Nhận đăng
        </button>
      ) : (
        <>
          <input
            aria-label="Đường dẫn bài đã đăng"
            placeholder="https://…"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="button" className="button button--small" onClick={() => set('published')} disabled={!url}>
            Đã đăng hôm nay
          </button>
        </>
      )}
      <button type="button" className="button button--small button--ghost" onClick={() => set('declined')}>
        Không đăng
      </button>
      <ErrorBanner error={change.error} />
    </div>
  );
}

export function ForumPage() {
  const me = useMe();
  const academy = hasRole(ACADEMY_ROLES, me.role);
  const [params, setParams] = useQueryParams();
  const year = Number(params.get('nam')) || Number(todayInVietnam().slice(0, 4));
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const list = $api.useQuery('get', '/api/forum-articles', { params: { query: { year, page, pageSize: 50 } } });
  const counts = $api.useQuery('get', '/api/forum-articles/counts', { params: { query: { year } } });
  return (
    <>
      <PageHeader title="Diễn đàn địa phương" subtitle="Bài viết của các trường gửi chuyên mục Diễn đàn địa phương." />
      <div className="filters">
        <div className="field">
          <label htmlFor="forum-year" className="field__label">
            Năm
          </label>
          <input
            id="forum-year"
            type="number"
            value={year}
            onChange={(e) => setParams({ nam: e.target.value, trang: null })}
          />
        </div>
      </div>
      {SCHOOL_WRITERS.includes(me.role) ? <ArticleForm /> : null}
      <section className="card" aria-labelledby="articles-title">
        <h2 id="articles-title">Bài viết năm {year}</h2>
        <ErrorBanner error={list.error} />
        <Table
          caption="Bài viết"
          rows={list.data?.items ?? []}
          rowKey={(a) => a.id}
          emptyTitle="Chưa có bài viết"
          columns={[
            {
              key: 'title',
              header: 'Bài viết',
              cell: (a) => (
                <>
                  <strong>{a.title}</strong>
                  <div className="muted small">
                    {a.authorName} · {a.organisationName}
                  </div>
                </>
              ),
            },
            { key: 'sent', header: 'Ngày gửi', cell: (a) => formatDate(a.sentOn) },
            {
              key: 'status',
              header: 'Trạng thái',
              cell: (a) => (
                <>
                  <Badge tone={a.status === 'published' ? 'success' : a.status === 'declined' ? 'danger' : 'neutral'}>
                    {STATUS[a.status]}
                  </Badge>
                  {a.publishedUrl ? (
                    <div className="small">
                      <a href={a.publishedUrl} rel="noreferrer noopener" target="_blank">
                        Đăng ngày {formatDate(a.publishedOn)}
                      </a>
                    </div>
                  ) : null}
                </>
              ),
            },
            ...(academy
              ? [
                  {
                    key: 'actions',
                    header: 'Thao tác',
                    cell: (a: { id: string; status: string }) => <StatusActions id={a.id} status={a.status} />,
                  },
                ]
              : []),
          ]}
        />
        {list.data ? (
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(p) => setParams({ trang: String(p) })}
          />
        ) : null}
      </section>
      <section className="card" aria-labelledby="forum-counts-title">
        <h2 id="forum-counts-title">Số bài theo trường</h2>
        <Table
          caption="Số bài theo trường"
          rows={counts.data?.items ?? []}
          rowKey={(c) => `${c.organisationId}-${c.year}`}
          emptyTitle="Chưa có bài viết"
          columns={[
            { key: 'org', header: 'Trường', cell: (c) => c.organisationName },
            { key: 'total', header: 'Đã gửi', cell: (c) => c.total },
            { key: 'accepted', header: 'Được nhận', cell: (c) => c.accepted },
            { key: 'published', header: 'Đã đăng', cell: (c) => c.published },
            { key: 'declined', header: 'Không đăng', cell: (c) => c.declined },
          ]}
        />
      </section>
    </>
  );
}
