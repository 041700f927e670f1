/** One indicator of a self-assessment: value (computed with its workings, or entered), status, comment, evidence with codes and files. */
import { type FormEvent, useState } from 'react';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { uploadFiles } from '../../api/upload.ts';
import { Badge, ErrorBanner } from '../../components/Feedback.tsx';
import { formatNumber } from '../../lib/format.ts';
import { type Evidence, type Indicator, STATUS_OPTIONS } from './standardTypes.ts';

/** The next evidence code of an indicator: H<criterion>.<nn>.<next>.01. */
function nextCode(indicator: Indicator, evidence: Evidence[]): string {
  const [criterion, n] = indicator.code.split('.');
  const used = evidence.map((e) => Number(e.code.split('.')[2] ?? 0));
  const next = String((used.length ? Math.max(...used) : 0) + 1).padStart(2, '0');
  return `H${criterion}.${n}.${next}.01`;
}

export function IndicatorEditor({
  assessmentId,
  indicator,
  editable,
}: {
  assessmentId: string;
  indicator: Indicator;
  editable: boolean;
}) {
  const [status, setStatus] = useState(indicator.enteredStatus ?? '');
  const [value, setValue] = useState(indicator.enteredValue === null ? '' : String(indicator.enteredValue));
  const [comment, setComment] = useState(indicator.comment ?? '');
  const [evidence, setEvidence] = useState<Evidence[]>(indicator.evidence);
  const [title, setTitle] = useState('');
  const [code, setCode] = useState('');
  const [reference, setReference] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const save = $api.useMutation('put', '/api/standard/assessments/{id}/entries/{code}', {
    onSuccess: async () => {
      setProblem(null);
      await invalidate('/api/standard');
    },
  });
  const computed = indicator.valueSource === 'computed';

  const addEvidence = async () => {
    if (!title.trim()) return setProblem('Nhập tên minh chứng.');
    let fileId: string | null = null;
    if (file) {
      setUploading(true);
      try {
        const uploaded = await uploadFiles<{ items: { id: string }[] }>(
          `/api/standard/assessments/${encodeURIComponent(assessmentId)}/files`,
          [file],
          { field: 'files' },
        );
        fileId = uploaded.items[0]?.id ?? null;
      } catch (error) {
        setUploading(false);
        return setProblem(error instanceof Error ? error.message : 'Tải tệp không thành công.');
      }
      setUploading(false);
    }
    setEvidence((old) => [
      ...old,
      {
        code: code.trim() || nextCode(indicator, old),
        title: title.trim(),
        reference: reference.trim() || null,
        issuer: null,
        fileId,
        note: null,
      },
    ]);
    setTitle('');
    setCode('');
    setReference('');
    setFile(null);
    setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const number = value.trim() === '' ? null : Number(value.replace(',', '.'));
    if (number !== null && Number.isNaN(number)) return setProblem('Giá trị phải là số.');
    save.mutate({
      params: { path: { id: assessmentId, code: indicator.code } },
      body: {
        value: number,
        status: (status || null) as 'dat' | null,
        comment: comment.trim() || null,
        evidence,
      },
    });
  };

  return (
    <form className="standard-indicator" onSubmit={submit} noValidate aria-label={`Chỉ tiêu ${indicator.code}`}>
      <div className="standard-indicator__head">
        <strong>{indicator.code}</strong> {indicator.text}{' '}
        <Badge tone="warning" title="Danh mục tạm thời: chưa có văn bản chính thức">
          {indicator.confidenceLabel}
        </Badge>
      </div>
      <p>
        Giá trị:{' '}
        <span data-testid={`value-${indicator.code}`}>
          {indicator.value === null
            ? 'chưa có'
            : `${formatNumber(indicator.value)}${indicator.unit === '%' ? '%' : indicator.unit ? ` ${indicator.unit}` : ''}`}
        </span>{' '}
        {computed ? <Badge tone="info">Tính từ dữ liệu TCT</Badge> : null}
        {indicator.threshold
          ? ` · Ngưỡng ${indicator.threshold.op === '>=' ? '≥' : '≤'} ${formatNumber(indicator.threshold.value)}`
          : ''}
        {' · '}Tự đánh giá:{' '}
        <span data-testid={`status-${indicator.code}`}>{indicator.statusLabel ?? 'chưa đánh giá'}</span>
      </p>
      {indicator.computation ? (
        <details>
          <summary>Cách tính</summary>
          <p>{indicator.computation.formula}</p>
          <p>{indicator.computation.worked}</p>
          {indicator.computation.notCounted.length ? (
            <p className="muted">Chưa tính: {indicator.computation.notCounted.join(', ')}</p>
          ) : null}
        </details>
      ) : null}
      {indicator.issues.length ? (
        <ul className="standard-issues">
          {indicator.issues.map((i) => (
            <li key={`${i.kind}-${i.message}`} className={i.severity === 'blocking' ? 'text-danger' : 'muted'}>
              {i.message}
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <>
          <ErrorBanner error={save.error} />
          {problem ? (
            <p role="alert" className="banner banner--error">
              {problem}
            </p>
          ) : null}
          <div className="standard-inline-form">
            {!computed ? (
              <label className="field">
                <span className="field__label">Giá trị nhập</span>
                <input type="text" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
              </label>
            ) : null}
            <label className="field">
              <span className="field__label">Mức tự đánh giá</span>
              <select value={status} onChange={(e) => setStatus(e.target.value)}>
                {STATUS_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">Nhận xét</span>
              <input type="text" value={comment} onChange={(e) => setComment(e.target.value)} />
            </label>
          </div>
        </>
      ) : null}
      <ul className="standard-evidence" aria-label={`Minh chứng ${indicator.code}`}>
        {evidence.map((e, i) => (
          <li key={e.code}>
            <code>{e.code}</code> {e.title}
            {e.reference ? ` (${e.reference})` : ''}
            {e.fileId ? (
              <>
                {' '}
                <a
                  href={`/api/standard/assessments/${encodeURIComponent(assessmentId)}/files/${encodeURIComponent(e.fileId)}`}
                >
                  tệp
                </a>
              </>
            ) : null}
            {editable ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => setEvidence((old) => old.filter((_, k) => k !== i))}
              >
                Bỏ
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <div className="standard-inline-form">
          <label className="field">
            <span className="field__label">Mã minh chứng</span>
            <input
              type="text"
              placeholder={nextCode(indicator, evidence)}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">Tên minh chứng</span>
            <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">Số, ngày ban hành</span>
            <input type="text" value={reference} onChange={(e) => setReference(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">Tệp</span>
            <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <button type="button" className="button" disabled={uploading} onClick={() => void addEvidence()}>
            Thêm minh chứng
          </button>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? 'Đang lưu…' : 'Lưu chỉ tiêu'}
          </button>
        </div>
      ) : null}
    </form>
  );
}
