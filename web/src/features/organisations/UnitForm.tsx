/**
 * Add a unit (office, faculty…) to an organisation. For the school's administrator and the
 * Academy administrator.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';

const KINDS = Object.keys(UNIT_KIND_LABELS) as UnitKind[];

export function UnitForm({
  organisationId,
  onClose,
  onCreated,
}: {
  organisationId: string;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('faculty');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = !name.trim()
      ? 'Vui lòng nhập tên đơn vị.'
      : name.trim().length > 200
        ? 'Tên đơn vị không quá 200 ký tự.'
        : null;
    setNameError(problem);
    setError(null);
    if (problem) return;
    setSubmitting(true);
    try {
      await api.post(`/api/organisations/${encodeURIComponent(organisationId)}/units`, { name: name.trim(), kind });
      onCreated();
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      className="form-grid inline-form"
      aria-label="Thêm đơn vị trực thuộc"
    >
      <ErrorBanner error={error} />
      <FormField label="Tên đơn vị" error={nameError} required>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Ví dụ: Khoa Lý luận cơ sở" />
      </FormField>
      <FormField label="Loại đơn vị" required>
        <select value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} disabled={submitting}>
          Hủy
        </button>
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? 'Đang lưu…' : 'Thêm đơn vị'}
        </button>
      </div>
    </form>
  );
}
