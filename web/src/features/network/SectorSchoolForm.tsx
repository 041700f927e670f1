/**
 * Academy administrators add a cadre school of a ministry, sector or mass organisation
 * (the seeded list of these is incomplete and uncertain).
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { Organisation } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { useNavigate } from 'react-router';

type Errors = { code?: string; name?: string };

export function SectorSchoolForm({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Errors = {};
    if (!code.trim()) next.code = 'Vui lòng nhập mã trường.';
    else if (!/^[A-Za-z0-9._-]{2,40}$/.test(code.trim()))
      next.code = 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới (2–40 ký tự).';
    if (!name.trim()) next.name = 'Vui lòng nhập tên trường.';
    setErrors(next);
    setError(null);
    if (Object.keys(next).length > 0) return;
    setSubmitting(true);
    try {
      const created = await api.post<Organisation>('/api/network/organisations', {
        code: code.trim(),
        name: name.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onCreated();
      onClose();
      navigate(`/mang-luoi/${encodeURIComponent(created.id)}`);
    } catch (cause) {
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="sector-school-form-title">
      <h2 id="sector-school-form-title">Thêm trường cán bộ bộ, ngành, đoàn thể</h2>
      <ErrorBanner error={error} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="form-grid">
        <FormField label="Mã trường" hint="Ví dụ: TCB-BCA" error={errors.code} required>
          <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" />
        </FormField>
        <FormField label="Tên trường" error={errors.name} required>
          <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </FormField>
        <FormField label="Ghi chú (nguồn thông tin)">
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        </FormField>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} disabled={submitting}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Đang lưu…' : 'Thêm trường'}
          </button>
        </div>
      </form>
    </section>
  );
}
