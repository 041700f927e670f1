/**
 * Tiếp nhận văn bản: upload a scan, PDF, text or edXML file (read in the background, with progress),
 * paste OCR text, or start an empty form — each leads to the review screen before registration.
 */
import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, client, messageOf, unwrap } from '../../api/client.ts';
import { ErrorBanner, PageHeader } from '../../components/Feedback.tsx';
import { Link, useNavigate } from 'react-router';
import { uploadFiles } from '../../api/upload.ts';
import type { UploadResult } from './documentTypes.ts';
import './documents.css';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,.edxml,application/pdf,image/png,image/jpeg,image/tiff,text/plain';
const POLL_MS = 1500;

function reviewPath(documentId: string): string {
  return `/van-ban-den/${encodeURIComponent(documentId)}/vao-so`;
}

function UploadForm() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  // The document being read: its state is polled while OCR runs, then the review screen opens.
  const [documentId, setDocumentId] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadFiles<UploadResult>('/api/intake/uploads', [chosen]),
    onSuccess: (result) => {
      if (!result.jobId || result.status === 'arrived') navigate(reviewPath(result.documentId));
      else setDocumentId(result.documentId);
    },
  });
  const progress = $api.useQuery(
    'get',
    '/api/intake/uploads/{id}',
    { params: { path: { id: documentId ?? '' } } },
    {
      enabled: documentId !== null,
      refetchInterval: (query) => {
        const current = query.state.data?.state;
        return current === 'done' || current === 'none' || current === 'failed' ? false : POLL_MS;
      },
    },
  );
  const state = progress.data ?? null;
  useEffect(() => {
    if (documentId && (state?.state === 'done' || state?.state === 'none')) navigate(reviewPath(documentId));
  }, [documentId, state?.state, navigate]);
  const reading = documentId !== null && state?.state !== 'failed' && !progress.error;
  const busy = upload.isPending || reading;
  const error = upload.error ?? progress.error;

  const submit = () => {
    if (file) upload.mutate(file);
  };

  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">Tải lên tệp văn bản</h2>
      <p className="muted">
        Ảnh quét (JPEG, PNG, TIFF), PDF, tệp văn bản (.txt) hoặc văn bản điện tử edXML. Hệ thống đọc (OCR) và điền sẵn
        thông tin để văn thư kiểm tra.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field field--grow">
          <label className="field__label" htmlFor="intake-file">
            Tệp
          </label>
          <input
            id="intake-file"
            type="file"
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={!file || busy}>
          {busy ? 'Đang xử lý…' : 'Tải lên và đọc'}
        </button>
      </form>
      {state ? (
        <div className={`intake-progress intake-progress--${state.state}`} role="status" aria-live="polite">
          {state.state === 'queued' || state.state === 'running' ? (
            <span className="spinner" aria-hidden="true" />
          ) : null}
          <span>{state.stateLabel}</span>
          {state.state === 'failed' ? (
            <>
              <span className="muted"> — {state.error ?? 'Không đọc được tệp.'}</span>{' '}
              <Link to={reviewPath(state.documentId)}>Nhập thông tin bằng tay</Link>
            </>
          ) : null}
        </div>
      ) : null}
      <ErrorBanner error={error} />
    </section>
  );
}

function PasteForm() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const extract = $api.useMutation('post', '/api/intake/text', {
    onSuccess: (doc) => navigate(reviewPath(doc.id)),
  });
  const busy = extract.isPending || extract.isSuccess;
  const error = messageOf(extract.error);
  const submit = () => extract.mutate({ body: { text } });
  return (
    <section className="card" aria-labelledby="paste-title">
      <h2 id="paste-title">Dán nội dung văn bản</h2>
      <p className="muted">Dán văn bản đã OCR ở nơi khác hoặc bản điện tử; hệ thống trích xuất ngay.</p>
      <div className="field">
        <label className="field__label" htmlFor="intake-text">
          Nội dung
        </label>
        <textarea
          id="intake-text"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH&#10;Số 2174-CV/HVCTQG …"
        />
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={busy || text.trim().length < 20}
        onClick={submit}
      >
        {busy ? 'Đang trích xuất…' : 'Trích xuất'}
      </button>
    </section>
  );
}

function BatchUpload() {
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadFiles<{ batchId: string }>('/api/intake/batches', [chosen]),
    onSuccess: (result) => navigate(`/van-ban-den/lo/${encodeURIComponent(result.batchId)}`),
  });
  const busy = upload.isPending || upload.isSuccess;
  return (
    <section className="card" aria-labelledby="batch-title">
      <h2 id="batch-title">Lô văn bản quét</h2>
      <p className="muted">
        Nhiều văn bản quét liền trong một tệp PDF: hệ thống đọc từng trang, đề xuất chỗ tách giữa các văn bản để văn thư
        kiểm tra, rồi tạo một văn bản dự thảo cho mỗi văn bản.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <div className="field field--grow">
          <label className="field__label" htmlFor="batch-file">
            Tệp PDF của lô
          </label>
          <input
            id="batch-file"
            type="file"
            accept=".pdf,application/pdf"
            disabled={busy}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={!file || busy}>
          {busy ? 'Đang tải lên…' : 'Tải lên và tách'}
        </button>
      </form>
      <ErrorBanner error={upload.error} />
      <RecentBatches />
    </section>
  );
}

/** The last batches, to come back to one being read or waiting for its check. */
function RecentBatches() {
  const { data } = $api.useQuery('get', '/api/intake/batches', { params: { query: { pageSize: 5 } } });
  if (!data?.items.length) return null;
  return (
    <div className="recent-batches">
      <h3 className="small">Lô gần đây</h3>
      <ul>
        {data.items.map((b) => (
          <li key={b.id}>
            <Link to={`/van-ban-den/lo/${encodeURIComponent(b.id)}`}>{b.fileName}</Link>{' '}
            <span className="muted small">
              — {b.statusLabel}
              {b.progressLabel ? ` · ${b.progressLabel}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ManualStart() {
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => unwrap(client.POST('/api/documents/manual', { body: {} })),
    onSuccess: (doc) => navigate(reviewPath(doc.id)),
  });
  const busy = start.isPending || start.isSuccess;
  const error = start.error;
  return (
    <section className="card" aria-labelledby="manual-title">
      <h2 id="manual-title">Nhập tay</h2>
      <p className="muted">Khi không có bản quét: mở biểu mẫu trống và nhập các thông tin của văn bản.</p>
      <ErrorBanner error={error} />
      <button type="button" className="button" disabled={busy} onClick={() => start.mutate()}>
        Mở biểu mẫu trống
      </button>
    </section>
  );
}

export function IntakePage() {
  return (
    <>
      <p className="breadcrumb">
        <Link to="/van-ban-den">Văn bản đến</Link> › Tiếp nhận
      </p>
      <PageHeader
        title="Tiếp nhận văn bản đến"
        subtitle="Bước 1: đưa văn bản vào hệ thống · Bước 2: kiểm tra thông tin · Bước 3: vào sổ, nhận số đến"
      />
      <div className="intake-grid">
        <UploadForm />
        <BatchUpload />
        <PasteForm />
        <ManualStart />
      </div>
    </>
  );
}
