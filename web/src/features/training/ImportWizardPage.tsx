/**
 * Nhập lớp học: download the template → choose the filled file → preview (every error with sheet,
 * row and column; or the classes, learner counts and findings) → confirm. Nothing is written until
 * confirmation, and the import is all or nothing.
 */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { invalidate } from '../../api/queryClient.ts';
import { Badge, ErrorBanner, PageHeader } from '../../components/Feedback.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Link } from 'react-router';
import { ImportPreviewView } from './ImportPreviewView.tsx';
import { ImportRefusedError, TEMPLATE_URL, uploadImport } from './trainingApi.ts';
import type { ImportError, ImportPreview, ImportResult } from './trainingTypes.ts';
import './training.css';

type Step = 'choose' | 'preview' | 'done';

export function ImportErrorsTable({ errors }: { errors: ImportError[] }) {
  const columns: Column<ImportError & { key: string }>[] = [
    { key: 'sheet', header: 'Sheet', className: 'nowrap', cell: (e) => e.sheet },
    { key: 'row', header: 'Dòng', cell: (e) => e.row ?? '—' },
    { key: 'column', header: 'Cột', className: 'nowrap', cell: (e) => e.column ?? '—' },
    { key: 'message', header: 'Lỗi', cell: (e) => e.message },
  ];
  return (
    <Table
      caption="Lỗi trong tệp nhập"
      columns={columns}
      rows={errors.map((e, i) => ({ ...e, key: String(i) }))}
      rowKey={(e) => e.key}
    />
  );
}

export function ImportWizardPage() {
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [allowUpdates, setAllowUpdates] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const query = allowUpdates ? '?allowUpdates=true' : '';
  const previewImport = useMutation({
    mutationFn: (chosen: File) => uploadImport<ImportPreview>(`/api/training/imports/preview${query}`, chosen),
    onSuccess: (next) => {
      setPreview(next);
      setStep('preview');
    },
  });
  const confirmImport = useMutation({
    mutationFn: (chosen: File) => uploadImport<ImportResult>(`/api/training/imports${query}`, chosen),
    onSuccess: async () => {
      setStep('done');
      await invalidate('/api/training', '/api/home');
    },
    onError: (cause) => {
      if (cause instanceof ImportRefusedError && preview)
        setPreview({ ...preview, ok: false, errors: cause.errors, classes: [] });
    },
  });
  const busy = previewImport.isPending || confirmImport.isPending;
  const error = previewImport.error ?? confirmImport.error;
  const result = confirmImport.data ?? null;

  const runPreview = () => {
    if (!file) return setFileError('Vui lòng chọn tệp Excel (.xlsx) hoặc CSV đã điền.');
    setFileError(null);
    confirmImport.reset();
    if (!busy) previewImport.mutate(file);
  };

  const confirm = () => {
    if (file && !busy) confirmImport.mutate(file);
  };

  const restart = () => {
    setStep('choose');
    setPreview(null);
    previewImport.reset();
    confirmImport.reset();
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/dao-tao">Đào tạo</Link> › Nhập lớp học
      </p>
      <PageHeader
        title="Nhập lớp học và học viên"
        subtitle="Tải mẫu → điền → tải lên để xem trước → xác nhận. Có lỗi thì không ghi gì."
      />
      <ol className="wizard-steps" aria-label="Các bước">
        <li className={step === 'choose' ? 'is-current' : ''}>1. Chọn tệp</li>
        <li className={step === 'preview' ? 'is-current' : ''}>2. Xem trước</li>
        <li className={step === 'done' ? 'is-current' : ''}>3. Hoàn tất</li>
      </ol>
      <ErrorBanner error={error instanceof ImportRefusedError ? null : error} />
      {step === 'choose' ? (
        <section className="card card--narrow" aria-labelledby="choose-title">
          <h2 id="choose-title">Chọn tệp nhập</h2>
          <p>
            <a className="button" href={TEMPLATE_URL} download>
              Tải mẫu nhập (Excel)
            </a>
          </p>
          <p className="muted small">
            Mẫu có sheet “Hướng dẫn”, “Lớp học” và “Học viên”; xóa dòng ví dụ trước khi nhập. Ngày ghi dd/mm/yyyy. Có
            thể nhập CSV (UTF-8) từng sheet.
          </p>
          <form
            noValidate
            aria-label="Tải tệp nhập"
            onSubmit={(e) => {
              e.preventDefault();
              runPreview();
            }}
          >
            <div className={`field${fileError ? ' field--invalid' : ''}`}>
              <label htmlFor="import-file" className="field__label">
                Tệp đã điền (.xlsx hoặc .csv, tối đa 10 MB)
              </label>
              <input
                id="import-file"
                type="file"
                accept=".xlsx,.csv"
                aria-invalid={fileError ? true : undefined}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setFileError(null);
                }}
              />
              {fileError ? <p className="field__error">{fileError}</p> : null}
            </div>
            <label className="field field--checkbox">
              <input type="checkbox" checked={allowUpdates} onChange={(e) => setAllowUpdates(e.target.checked)} />
              Cập nhật lớp đã có (mã lớp trùng với lớp trong hệ thống: thay bằng dữ liệu trong tệp)
            </label>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Đang đọc tệp…' : 'Xem trước'}
            </button>
          </form>
        </section>
      ) : null}
      {step === 'preview' && preview ? (
        preview.ok ? (
          <>
            <ImportPreviewView preview={preview} />
            <div className="form-actions">
              <button type="button" className="button button--primary" onClick={confirm} disabled={busy}>
                {busy ? 'Đang ghi…' : `Xác nhận nhập ${preview.totals.classes} lớp`}
              </button>
              <button type="button" className="button" onClick={restart} disabled={busy}>
                Chọn tệp khác
              </button>
            </div>
          </>
        ) : (
          <section aria-labelledby="errors-title">
            <div className="banner banner--error" role="alert">
              Tệp “{preview.fileName}” có {formatNumber(preview.errors.length)} lỗi: chưa ghi dữ liệu nào. Sửa các lỗi
              dưới đây rồi tải lại.
            </div>
            <h2 id="errors-title">Lỗi cần sửa</h2>
            <ImportErrorsTable errors={preview.errors} />
            <div className="form-actions">
              <button type="button" className="button button--primary" onClick={restart}>
                Chọn tệp khác
              </button>
            </div>
          </section>
        )
      ) : null}
      {step === 'done' && result ? (
        <section className="card" aria-labelledby="done-title">
          <h2 id="done-title">Đã nhập xong</h2>
          <p role="status">
            Đã ghi {result.totals.created} lớp mới
            {result.totals.updated ? `, cập nhật ${result.totals.updated} lớp` : ''},{' '}
            {formatNumber(result.totals.newLearners)} học viên mới; {formatNumber(result.totals.findings)} phát hiện (
            <Badge tone="danger">Vi phạm tiêu chuẩn: {result.totals.blocking}</Badge>{' '}
            <Badge tone="warning">Cảnh báo: {result.totals.warning}</Badge>).
          </p>
          <ul className="inline-list">
            {result.classes.map((c) => (
              <li key={c.code}>
                <Link to={`/dao-tao/lop/${encodeURIComponent(c.id ?? '')}`}>{c.code}</Link> — {c.name} (khai giảng{' '}
                {formatDate(c.openingDate)}, {c.learners} học viên)
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <Link to="/dao-tao" className="button button--primary">
              Về danh sách lớp
            </Link>
            <button type="button" className="button" onClick={restart}>
              Nhập tệp khác
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
