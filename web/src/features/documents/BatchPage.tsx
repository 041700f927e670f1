/**
 * Lô văn bản quét: a stack of letters scanned into one PDF. While the pages are read the page shows the
 * progress; then each letter with its page range and the fields read from it (a hint where the engine is
 * unsure a letter starts there). The clerk moves a boundary by ticking the pages that start a letter (the
 * letters are rebuilt from the stored text, no new reading) and confirms: one draft per letter.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { $api, client, isNotFound, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { ApiResponse } from '../../api/types.ts';
import { Badge, EmptyState, ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { formatDate } from '../../lib/format.ts';
import { NotFoundOrNoAccessPage } from '../errors/ErrorPages.tsx';
import './documents.css';

type Batch = ApiResponse<'/api/intake/batches/{id}'>;
type Letter = Batch['letters'][number];

const EVIDENCE_LABELS: Record<string, string> = {
  motto: 'quốc hiệu/tiêu đề Đảng',
  issuer: 'tên cơ quan',
  number: 'số, ký hiệu',
  date: 'địa danh, ngày',
  stamp: 'dấu đến',
  'previous-signature': 'trang trước có chữ ký',
  continues: 'nối tiếp trang trước',
};

function LetterRow({ letter }: { letter: Letter }) {
  const pages = letter.fromPage === letter.toPage ? `${letter.fromPage}` : `${letter.fromPage}–${letter.toPage}`;
  return (
    <tr className={letter.lowConfidence ? 'batch-letter--unsure' : undefined}>
      <td>{letter.index}</td>
      <td>
        Trang {pages}
        {letter.lowConfidence ? (
          <>
            <br />
            <Badge tone="warning">Cần kiểm tra ranh giới ({Math.round(letter.startConfidence * 100)}%)</Badge>
          </>
        ) : null}
      </td>
      <td>{letter.numberSymbol ?? '—'}</td>
      <td>{letter.issuerName ?? '—'}</td>
      <td>{letter.documentDate ? formatDate(letter.documentDate) : '—'}</td>
      <td>{letter.subject ?? '—'}</td>
      <td>
        {letter.requirements ? `${letter.requirements} yêu cầu` : '—'}
        {letter.deadlines.length ? (
          <span className="muted small"> (hạn {letter.deadlines.map((d) => formatDate(d)).join(', ')})</span>
        ) : null}
      </td>
    </tr>
  );
}

function Boundaries({
  batch,
  shownStarts,
  onChange,
  busy,
}: {
  batch: Batch;
  /** The starts as the clerk just set them (shown at once, while the server rebuilds the letters). */
  shownStarts: number[];
  onChange: (starts: number[]) => void;
  busy: boolean;
}) {
  const starts = new Set(shownStarts);
  const toggle = (page: number) => {
    const next = new Set(starts);
    if (next.has(page)) next.delete(page);
    else next.add(page);
    onChange([...next].sort((a, b) => a - b));
  };
  return (
    <fieldset className="batch-boundaries" disabled={busy || batch.status !== 'ready'}>
      <legend>Trang bắt đầu một văn bản mới</legend>
      <p className="muted small">
        Đánh dấu hoặc bỏ đánh dấu để dời ranh giới giữa các văn bản; hệ thống không đọc lại.
      </p>
      <ul className="batch-pages">
        {batch.pageStarts.map((p) => (
          <li key={p.page}>
            <label>
              <input
                type="checkbox"
                checked={p.page === 1 || starts.has(p.page)}
                disabled={p.page === 1}
                onChange={() => toggle(p.page)}
              />{' '}
              Trang {p.page} bắt đầu văn bản mới
            </label>{' '}
            <span className="muted small">
              ({Math.round(p.score * 100)}%
              {p.evidence.length ? `: ${p.evidence.map((e) => EVIDENCE_LABELS[e] ?? e).join(', ')}` : ''})
            </span>
            {p.preview ? <span className="batch-pages__preview">{p.preview}</span> : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function BatchPage({ batchId }: { batchId: string }) {
  const queryClient = useQueryClient();
  const key = ['get', '/api/intake/batches/{id}', { params: { path: { id: batchId } } }] as const;
  const { data, error, isPending, refetch } = $api.useQuery(
    'get',
    '/api/intake/batches/{id}',
    { params: { path: { id: batchId } } },
    { refetchInterval: (query) => (query.state.data?.status === 'reading' ? 1500 : false) },
  );
  // The boundaries as the clerk just ticked them: set in the click's own render, so the box changes at once,
  // and dropped when the server's rebuilt letters arrive (or the change fails).
  const [tickedStarts, setTickedStarts] = useState<number[] | null>(null);
  const move = useMutation({
    mutationFn: (starts: number[]) =>
      unwrap(client.PUT('/api/intake/batches/{id}/starts', { params: { path: { id: batchId } }, body: { starts } })),
    onSuccess: (next) => queryClient.setQueryData(key, next),
    onSettled: () => setTickedStarts(null),
  });
  const confirm = useMutation({
    mutationFn: () => unwrap(client.POST('/api/intake/batches/{id}/confirm', { params: { path: { id: batchId } } })),
    onSuccess: async () => {
      await invalidate('/api/intake/batches', '/api/documents', '/api/registers');
    },
  });
  if (isNotFound(error)) return <NotFoundOrNoAccessPage what="lô văn bản" />;
  if (isPending) return <Loading />;
  if (!data) return <ErrorBanner error={error} onRetry={() => void refetch()} />;
  const busy = move.isPending || confirm.isPending;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/van-ban-den">Văn bản đến</Link> › <Link to="/van-ban-den/tiep-nhan">Tiếp nhận</Link> › Lô văn bản
        quét
      </p>
      <PageHeader
        title={`Tách lô văn bản quét: ${data.fileName}`}
        subtitle={
          <>
            <Badge tone={data.status === 'failed' ? 'danger' : data.status === 'confirmed' ? 'success' : 'info'}>
              {data.statusLabel}
            </Badge>{' '}
            {data.progressLabel}
          </>
        }
      />
      {data.status === 'reading' ? (
        <div className="banner banner--info" role="status">
          <span className="spinner" aria-hidden="true" /> {data.progressLabel}
          {data.pageCount ? (
            <progress max={data.pageCount} value={data.pagesDone} aria-label="Tiến độ nhận dạng" />
          ) : null}
        </div>
      ) : null}
      {data.status === 'failed' ? (
        <div className="banner banner--warning" role="alert">
          Không đọc được lô văn bản: {data.error ?? 'lỗi không rõ'}.
        </div>
      ) : null}
      {data.status === 'confirmed' ? (
        <section className="card" aria-labelledby="batch-done">
          <h2 id="batch-done">Đã tạo {data.documentIds.length} văn bản dự thảo</h2>
          <ol>
            {data.documentIds.map((id, i) => (
              <li key={id}>
                <Link to={`/van-ban-den/${encodeURIComponent(id)}/vao-so`}>
                  Văn bản {i + 1}
                  {data.letters[i]?.numberSymbol ? `: ${data.letters[i]?.numberSymbol}` : ''} — kiểm tra, vào sổ
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {data.letters.length ? (
        <section className="card" aria-labelledby="batch-letters">
          <h2 id="batch-letters">
            {data.letters.length} văn bản trong {data.pageCount} trang
          </h2>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Các văn bản trong lô</caption>
              <thead>
                <tr>
                  <th>#</th>
                  <th>Trang</th>
                  <th>Số, ký hiệu</th>
                  <th>Cơ quan ban hành</th>
                  <th>Ngày</th>
                  <th>Trích yếu</th>
                  <th>Yêu cầu</th>
                </tr>
              </thead>
              <tbody>
                {data.letters.map((l) => (
                  <LetterRow key={l.fromPage} letter={l} />
                ))}
              </tbody>
            </table>
          </div>
          {data.status === 'ready' ? (
            <>
              <Boundaries
                batch={data}
                shownStarts={tickedStarts ?? data.starts}
                onChange={(starts) => {
                  setTickedStarts(starts);
                  move.mutate(starts);
                }}
                busy={busy}
              />
              <ErrorBanner error={move.error ?? confirm.error} />
              <button type="button" className="button button--primary" disabled={busy} onClick={() => confirm.mutate()}>
                {confirm.isPending ? 'Đang tạo…' : `Xác nhận, tạo ${data.letters.length} văn bản dự thảo`}
              </button>
            </>
          ) : null}
        </section>
      ) : data.status === 'ready' ? (
        <EmptyState title="Lô không có trang nào đọc được" />
      ) : null}
    </>
  );
}
