/**
 * The criteria catalogue (Quy định 11-QĐ/TW) as versioned data: every version with its indicators, how each
 * is computed, thresholds (none invented) and confidence; the XLSX template; and, for the Academy's
 * administrator, the import of the official catalogue as a new version (all or nothing, every error listed).
 */
import { type FormEvent, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, ApiError } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { uploadFiles } from '../../api/upload.ts';
import { DateField } from '../../components/DateField.tsx';
import { Badge, ErrorBanner, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { Table } from '../../components/Table.tsx';
import { formatDate, formatNumber, todayInVietnam } from '../../lib/format.ts';
import { useMe } from '../../session/SessionContext.tsx';
import type { ImportError } from './standardTypes.ts';
import './standard.css';

type Threshold = { op: string; value: number } | null;
const threshold = (t: Threshold, unit: string | null) =>
  t ? `${t.op === '>=' ? '≥' : '≤'} ${formatNumber(t.value)}${unit === '%' ? '%' : ''}` : '—';

function ImportForm() {
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState(todayInVietnam());
  const [confidence, setConfidence] = useState('confirmed');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: async () => {
      if (!file || !title.trim() || !source.trim())
        throw new ApiError(400, 'BAD_REQUEST', 'Nhập tên phiên bản, văn bản nguồn và chọn tệp danh mục.');
      const query = new URLSearchParams({ title: title.trim(), source: source.trim(), effectiveFrom, confidence });
      try {
        const done = await uploadFiles<{ version: { items: unknown[] }; notices: string[] }>(
          `/api/standard/catalogues?${query}`,
          [file],
        );
        return { done, errors: [] as ImportError[] };
      } catch (error) {
        const listed = error instanceof ApiError ? (error.details as { errors?: ImportError[] } | null)?.errors : null;
        if (listed) return { done: null, errors: listed };
        throw error;
      }
    },
    onSuccess: async ({ done, errors: found }) => {
      setErrors(found);
      setMessage(
        done
          ? `Đã lưu phiên bản mới (${done.version.items.length} chỉ tiêu).${done.notices.length ? ` Lưu ý: ${done.notices.join('; ')}` : ''}`
          : null,
      );
      if (done) await invalidate('/api/standard/catalogues');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!run.isPending) run.mutate();
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Nhập danh mục chính thức">
      <h2>Nhập danh mục chính thức (phiên bản mới)</h2>
      <ErrorBanner error={run.error} />
      <SuccessBanner message={message} onClose={() => setMessage(null)} />
      <FormField label="Tên phiên bản" required>
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField label="Văn bản nguồn (hướng dẫn, phụ lục)" required>
        <input type="text" value={source} onChange={(e) => setSource(e.target.value)} />
      </FormField>
      <DateField label="Hiệu lực từ ngày" value={effectiveFrom} onChange={setEffectiveFrom} />
      <FormField label="Mức tin cậy mặc định">
        <select value={confidence} onChange={(e) => setConfidence(e.target.value)}>
          <option value="confirmed">Đã xác minh</option>
          <option value="secondary">Nguồn thứ cấp</option>
          <option value="uncertain">Chưa xác minh</option>
        </select>
      </FormField>
      <label className="field">
        <span className="field__label">Tệp danh mục (.xlsx theo mẫu)</span>
        <input type="file" accept=".xlsx,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <button type="submit" className="button button--primary" disabled={run.isPending}>
        {run.isPending ? 'Đang đọc tệp…' : 'Nhập danh mục'}
      </button>
      {errors.length > 0 ? (
        <>
          <p role="alert" className="banner banner--error">
            Tệp có {errors.length} lỗi: chưa lưu phiên bản nào.
          </p>
          <Table
            caption="Lỗi trong tệp danh mục"
            columns={[
              { key: 'row', header: 'Dòng', cell: (e) => e.row ?? '—' },
              { key: 'column', header: 'Cột', cell: (e) => e.column ?? '—' },
              { key: 'message', header: 'Lỗi', cell: (e) => e.message },
            ]}
            rows={errors.map((e, i) => ({ ...e, key: String(i) }))}
            rowKey={(e) => e.key}
          />
        </>
      ) : null}
    </form>
  );
}

export function CataloguePage() {
  const me = useMe();
  const list = $api.useQuery('get', '/api/standard/catalogues');
  return (
    <>
      <PageHeader
        title="Tiêu chí trường chính trị chuẩn"
        subtitle="Quy định 11-QĐ/TW: hai mức, sáu tiêu chí, 55 chỉ tiêu ở mức 1. Danh mục chính thức chưa tìm thấy: bản tạm thời chỉ gồm các chỉ tiêu thấy trong báo cáo công khai."
        actions={
          <a className="button" href="/api/standard/catalogue-template.xlsx" download>
            Tải mẫu danh mục (Excel)
          </a>
        }
      />
      <ErrorBanner error={list.error} />
      {me.role === 'academy_admin' ? <ImportForm /> : null}
      {!list.data ? (
        <Loading />
      ) : (
        list.data.items.map((v) => (
          <section key={v.id} className="card" aria-label={v.title}>
            <h2>
              {v.title} <Badge tone={v.confidence === 'confirmed' ? 'success' : 'warning'}>{v.confidenceLabel}</Badge>
            </h2>
            <p className="muted">
              Hiệu lực từ {formatDate(v.effectiveFrom)} · {v.source} · {v.items.length}/{v.declaredIndicatorCount} chỉ
              tiêu trong danh mục
            </p>
            <Table
              caption={`Chỉ tiêu của ${v.title}`}
              columns={[
                { key: 'code', header: 'Mã', cell: (i) => i.code },
                { key: 'text', header: 'Chỉ tiêu', cell: (i) => i.text },
                { key: 'unit', header: 'Đơn vị', cell: (i) => i.unit ?? '—' },
                {
                  key: 'how',
                  header: 'Cách tính',
                  cell: (i) => (i.howComputed === 'entered' ? 'Nhập tay' : i.howComputed),
                },
                { key: 'l1', header: 'Ngưỡng mức 1', cell: (i) => threshold(i.level1Threshold, i.unit) },
                { key: 'l2', header: 'Ngưỡng mức 2', cell: (i) => threshold(i.level2Threshold, i.unit) },
                { key: 'conf', header: 'Tin cậy', cell: (i) => i.confidenceLabel },
              ]}
              rows={v.items}
              rowKey={(i) => i.code}
            />
          </section>
        ))
      )}
    </>
  );
}
