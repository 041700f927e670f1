/**
 * Chế độ báo cáo (Academy): the regimes and their versions (uncertain elements marked), the XLSX design
 * template and import, and a simple designer: start from an existing regime, give it a code, a name and
 * a date in force, add validation rules, and publish (a known code becomes its next version).
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { $api, client, errorMessage, unwrap } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { uploadFiles } from '../../api/upload.ts';
import { Badge, Loading, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { type Column, Table } from '../../components/Table.tsx';
import { formatDate } from '../../lib/format.ts';
import type { RegimeDef, RegimeSummary, RuleDef } from './reportTypes.ts';
import { QueryError } from './QueryError.tsx';
import './reports.css';

const OPERATORS = ['<=', '<', '==', '!=', '>=', '>'];
const ELEMENT_LABELS: Record<string, string> = {
  name: 'tên',
  content: 'nội dung',
  reporters: 'đối tượng',
  recipient: 'nơi nhận',
  method: 'phương thức',
  cutoff: 'thời gian chốt số liệu',
  deadline: 'hạn gửi',
  frequency: 'tần suất',
  template: 'mẫu',
  procedure: 'quy trình',
};

const columns: Column<RegimeSummary>[] = [
  {
    key: 'name',
    header: 'Chế độ báo cáo',
    cell: (r) => (
      <>
        {r.name}
        <div className="muted small">
          {r.code} · phiên bản {r.version} · {r.frequency}
        </div>
      </>
    ),
  },
  {
    key: 'effective',
    header: 'Hiệu lực',
    cell: (r) => `${formatDate(r.effectiveFrom)}${r.effectiveTo ? ` – ${formatDate(r.effectiveTo)}` : ''}`,
    className: 'nowrap',
  },
  { key: 'forms', header: 'Biểu / quy tắc', cell: (r) => `${r.forms} / ${r.rules}` },
  {
    key: 'uncertain',
    header: 'Chưa xác minh',
    cell: (r) =>
      r.uncertain.length ? (
        <Badge tone="warning" title="Yếu tố là mặc định của TCT hoặc chưa có nguồn chính thức">
          Chưa xác minh: {r.uncertain.map((e) => ELEMENT_LABELS[e] ?? e).join(', ')}
        </Badge>
      ) : (
        <Badge tone="success">Có nguồn</Badge>
      ),
  },
  {
    key: 'export',
    header: '',
    cell: (r) => <a href={`/api/report-regimes/${encodeURIComponent(r.code)}/${r.version}/export.xlsx`}>Tải XLSX</a>,
  },
];

function Designer({ regimes, onDone }: { regimes: RegimeSummary[]; onDone: (m: string) => void }) {
  const [base, setBase] = useState(regimes[0] ? `${regimes[0].code}|${regimes[0].version}` : '');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [rules, setRules] = useState<RuleDef[]>([]);
  const [draft, setDraft] = useState<RuleDef>({
    code: '',
    left: '',
    operator: '<=',
    right: '',
    importance: 'error',
    message: '',
  });
  const publish = useMutation({
    mutationFn: async () => {
      const [baseCode, baseVersion] = base.split('|');
      const detail = await unwrap(
        client.GET('/api/report-regimes/{code}/{version}', {
          params: { path: { code: baseCode!, version: Number(baseVersion) } },
        }),
      );
      const source = detail!.definition as RegimeDef;
      const definition = {
        ...source,
        code: code.trim() || source.code,
        name: name.trim() || source.name,
        version: 1,
        effectiveTo: null,
        ...(effectiveFrom ? { effectiveFrom } : {}),
        rules: [...source.rules, ...rules],
      };
      return unwrap(client.POST('/api/report-regimes', { body: { definition, effectiveFrom: effectiveFrom || null } }));
    },
    onSuccess: async (saved) => {
      setRules([]);
      await invalidate('/api/report-regimes');
      onDone(`Đã ban hành ${saved!.summary.code} phiên bản ${saved!.summary.version}.`);
    },
  });
  return (
    <section aria-labelledby="designer-title" className="report-designer">
      <h2 id="designer-title">Thiết kế chế độ báo cáo</h2>
      <div className="report-designer__grid">
        <label className="field">
          <span>Dựa trên</span>
          <select className="input" value={base} onChange={(e) => setBase(e.target.value)}>
            {regimes.map((r) => (
              <option key={`${r.code}|${r.version}`} value={`${r.code}|${r.version}`}>
                {r.name} (v{r.version})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Mã chế độ</span>
          <input
            className="input"
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
            placeholder="BC_QUY_HV"
          />
        </label>
        <label className="field">
          <span>Tên chế độ báo cáo</span>
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Hiệu lực từ (YYYY-MM-DD, để trống: như mẫu)</span>
          <input className="input" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
        </label>
      </div>
      <h3>Quy tắc kiểm tra thêm</h3>
      <p className="muted small">
        Vế trái, phép so sánh, vế phải, ví dụ <code>#{'{B01.TONG.dang}'}</code> ≤ <code>50</code>;{' '}
        <code>SUM(#{'{B01.*.mo}'})</code>; dấu * lặp theo từng dòng, cột.
      </p>
      <ul>
        {rules.map((r) => (
          <li key={r.code}>
            {r.code}: {r.left} {r.operator} {r.right} — {r.message} ({r.importance === 'error' ? 'lỗi' : 'cảnh báo'})
          </li>
        ))}
      </ul>
      <div className="report-designer__rule">
        <input
          className="input"
          aria-label="Mã quy tắc"
          placeholder="Mã"
          value={draft.code}
          onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })}
        />
        <input
          className="input"
          aria-label="Vế trái"
          placeholder="Vế trái"
          value={draft.left}
          onChange={(e) => setDraft({ ...draft, left: e.target.value })}
        />
        <select
          className="input"
          aria-label="Phép so sánh"
          value={draft.operator}
          onChange={(e) => setDraft({ ...draft, operator: e.target.value })}
        >
          {OPERATORS.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <input
          className="input"
          aria-label="Vế phải"
          placeholder="Vế phải"
          value={draft.right}
          onChange={(e) => setDraft({ ...draft, right: e.target.value })}
        />
        <select
          className="input"
          aria-label="Mức độ"
          value={draft.importance}
          onChange={(e) => setDraft({ ...draft, importance: e.target.value as 'error' | 'warning' })}
        >
          <option value="error">Lỗi</option>
          <option value="warning">Cảnh báo</option>
        </select>
        <input
          className="input"
          aria-label="Thông báo khi sai"
          placeholder="Thông báo khi sai"
          value={draft.message}
          onChange={(e) => setDraft({ ...draft, message: e.target.value })}
        />
        <button
          type="button"
          className="button"
          disabled={!draft.code || !draft.left || !draft.right || !draft.message}
          onClick={() => {
            setRules([...rules, draft]);
            setDraft({ code: '', left: '', operator: '<=', right: '', importance: 'error', message: '' });
          }}
        >
          Thêm quy tắc
        </button>
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={publish.isPending || !base}
        onClick={() => publish.mutate()}
      >
        Ban hành chế độ báo cáo
      </button>
      {publish.error ? (
        <p className="form-error" role="alert">
          {errorMessage(publish.error)}
        </p>
      ) : null}
    </section>
  );
}

function Import({ onDone }: { onDone: (m: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadFiles<{ summary: RegimeSummary }>('/api/report-regimes/import', [f]),
    onSuccess: async (saved) => {
      await invalidate('/api/report-regimes');
      onDone(`Đã nhập ${saved.summary.code} phiên bản ${saved.summary.version}.`);
    },
  });
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Nhập từ XLSX</h2>
      <p>
        <a href="/api/report-regimes/template.xlsx">Tải mẫu thiết kế (XLSX)</a>, điền các trang tính rồi tải lên.
      </p>
      <input
        type="file"
        accept=".xlsx"
        aria-label="Tệp thiết kế XLSX"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />{' '}
      <button
        type="button"
        className="button"
        disabled={!file || upload.isPending}
        onClick={() => file && upload.mutate(file)}
      >
        Nhập
      </button>
      {upload.error ? (
        <p className="form-error" role="alert">
          {errorMessage(upload.error)}
        </p>
      ) : null}
    </section>
  );
}

export function RegimesPage() {
  const list = $api.useQuery('get', '/api/report-regimes', {});
  const [flash, setFlash] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Chế độ báo cáo"
        subtitle="Các chế độ báo cáo định kỳ và chuyên đề. Mỗi báo cáo giữ phiên bản chế độ đã dùng khi lập."
      />
      <SuccessBanner message={flash} onClose={() => setFlash(null)} />
      {list.isLoading ? <Loading /> : null}
      <QueryError query={list} />
      {list.data ? (
        <>
          <Table
            caption="Chế độ báo cáo"
            columns={columns}
            rows={list.data.items}
            rowKey={(r) => `${r.code}|${r.version}`}
          />
          <Designer regimes={list.data.items} onDone={setFlash} />
          <Import onDone={setFlash} />
        </>
      ) : null}
    </>
  );
}
