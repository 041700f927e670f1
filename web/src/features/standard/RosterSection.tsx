/** The school's staff roster: template, preview (every error or the figures), all-or-nothing import, list. */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { $api, ApiError } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { uploadFiles } from '../../api/upload.ts';
import { ErrorBanner, Loading } from '../../components/Feedback.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Table } from '../../components/Table.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { ImportError, RosterPreview } from './standardTypes.ts';

const EDUCATION: Record<string, string> = {
  tien_si: 'Tiến sĩ',
  thac_si: 'Thạc sĩ',
  dai_hoc: 'Đại học',
  cao_dang: 'Cao đẳng',
  trung_cap: 'Trung cấp',
  thpt: 'THPT',
};

function ErrorsTable({ errors }: { errors: ImportError[] }) {
  return (
    <Table
      caption="Lỗi trong tệp danh sách"
      columns={[
        { key: 'row', header: 'Dòng', cell: (e) => e.row ?? '—' },
        { key: 'column', header: 'Cột', cell: (e) => e.column ?? '—' },
        { key: 'message', header: 'Lỗi', cell: (e) => e.message },
      ]}
      rows={errors.map((e, i) => ({ ...e, key: String(i) }))}
      rowKey={(e) => e.key}
    />
  );
}

export function RosterSection({ schoolId, canWrite }: { schoolId: string; canWrite: boolean }) {
  const [page, setPage] = useState(1);
  const roster = $api.useQuery('get', '/api/standard/schools/{id}/roster', {
    params: { path: { id: schoolId }, query: { page, pageSize: 20 } },
  });
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const base = `/api/standard/schools/${encodeURIComponent(schoolId)}/roster`;
  const run = useMutation({
    mutationFn: async (mode: 'preview' | 'import') => {
      if (!file) throw new ApiError(400, 'BAD_REQUEST', 'Chọn tệp danh sách (.xlsx hoặc .csv).');
      if (mode === 'preview') return { mode, preview: await uploadFiles<RosterPreview>(`${base}/preview`, [file]) };
      try {
        await uploadFiles(base, [file]);
        return { mode, preview: null };
      } catch (error) {
        const listed = error instanceof ApiError ? (error.details as { errors?: ImportError[] } | null)?.errors : null;
        if (listed) return { mode, preview: { errors: listed, count: 0, summary: null } };
        throw error;
      }
    },
    onSuccess: async ({ mode, preview }) => {
      setErrors(preview?.errors ?? []);
      if (preview && preview.errors.length === 0) setMessage(`Tệp hợp lệ: ${formatNumber(preview.count)} người.`);
      else if (preview) setMessage(null);
      if (mode === 'import' && !preview) {
        setMessage('Đã nhập danh sách cán bộ, giảng viên.');
        await invalidate('/api/standard');
      }
    },
  });
  const data = roster.data;
  return (
    <section className="card" aria-labelledby="roster-title">
      <h2 id="roster-title">Danh sách cán bộ, giảng viên</h2>
      {roster.isLoading ? <Loading /> : null}
      <ErrorBanner error={roster.error ?? run.error} />
      {data ? (
        data.members.length === 0 ? (
          <p className="muted">Chưa nhập danh sách. Các chỉ tiêu về đội ngũ được tính từ danh sách này.</p>
        ) : (
          <>
            <p data-testid="roster-count">
              {formatNumber(data.total)} người, trong đó{' '}
              {formatNumber((data.summary as { lecturers: number }).lecturers)} giảng viên.
            </p>
            <details>
              <summary>Xem danh sách</summary>
              <Table
                caption="Danh sách cán bộ, giảng viên"
                columns={[
                  { key: 'name', header: 'Họ và tên', cell: (m) => m.fullName },
                  { key: 'year', header: 'Năm sinh', cell: (m) => m.birthYear },
                  {
                    key: 'kind',
                    header: 'Đối tượng',
                    cell: (m) => (m.kind === 'giang_vien' ? 'Giảng viên' : 'Không phải giảng viên'),
                  },
                  { key: 'education', header: 'Trình độ', cell: (m) => EDUCATION[m.education] ?? m.education },
                  { key: 'classics', header: 'Chứng chỉ kinh điển', cell: (m) => (m.classicsCertificate ? 'Có' : '—') },
                ]}
                rows={data.members}
                rowKey={(m) => m.id}
              />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </details>
          </>
        )
      ) : null}
      {canWrite ? (
        <div className="standard-upload">
          <p>
            <a className="button" href="/api/standard/roster-template.xlsx" download>
              Tải mẫu danh sách (Excel)
            </a>
          </p>
          <label className="field">
            <span className="field__label">Tệp danh sách (.xlsx hoặc .csv) — nhập mới thay toàn bộ danh sách cũ</span>
            <input
              type="file"
              accept=".xlsx,.csv"
              aria-label="Tệp danh sách cán bộ"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <div className="form-actions">
            <button type="button" className="button" disabled={run.isPending} onClick={() => run.mutate('preview')}>
              Xem trước
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={run.isPending}
              onClick={() => run.mutate('import')}
            >
              Nhập danh sách
            </button>
          </div>
          {message ? (
            <p role="status" className="banner banner--success">
              {message}
            </p>
          ) : null}
          {errors.length > 0 ? (
            <>
              <p role="alert" className="banner banner--error">
                Tệp có {errors.length} lỗi: chưa ghi gì. Sửa các lỗi rồi nhập lại.
              </p>
              <ErrorsTable errors={errors} />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
