/**
 * Academy administrators correct an organisation's name, note, and whether the name is still
 * unverified.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { Organisation } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';

export function OrganisationEditForm({
  organisation,
  onClose,
  onSaved,
}: {
  organisation: Organisation;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [name, setName] = useState(organisation.name);
  const [note, setNote] = useState(organisation.note ?? '');
  const [nameUncertain, setNameUncertain] = useState(organisation.nameUncertain);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = name.trim() ? null : 'Vui lòng nhập tên.';
    setNameError(problem);
    setError(null);
    if (problem) return;
    const changes: { name?: string; note?: string; nameUncertain?: boolean } = {};
    if (name.trim() !== organisation.name) changes.name = name.trim();
    if (note.trim() !== (organisation.note ?? '')) changes.note = note.trim();
    if (nameUncertain !== organisation.nameUncertain) changes.nameUncertain = nameUncertain;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSubmitting(true);
    try {
      await api.patch<Organisation>(`/api/network/organisations/${encodeURIComponent(organisation.id)}`, changes);
      onSaved();
      onClose();
    } catch (cause) {
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="organisation-edit-title">
      <h2 id="organisation-edit-title">Sửa thông tin đơn vị</h2>
      <ErrorBanner error={error} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="form-grid">
        <FormField label="Tên" error={nameError} required>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label="Ghi chú (nguồn, căn cứ)">
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
        </FormField>
        <div className="field field--checkbox">
          <input
            id="organisation-name-uncertain"
            type="checkbox"
            checked={nameUncertain}
            onChange={(e) => setNameUncertain(e.target.checked)}
          />
          <label htmlFor="organisation-name-uncertain">Tên chưa được xác minh</label>
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} disabled={submitting}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Đang lưu…' : 'Lưu thay đổi'}
          </button>
        </div>
      </form>
    </section>
  );
}
