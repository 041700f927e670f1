/**
 * Academy administrators correct an organisation's name, note, and whether the name is still
 * unverified. Validated by the server's schema; only what changed is sent.
 */
import { useForm } from 'react-hook-form';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { Organisation } from '../../api/types.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { serverSchemaResolver } from '../../forms/serverSchema.ts';

type Values = { name: string; note: string; nameUncertain: boolean };

const resolver = serverSchemaResolver<Values>('PATCH /api/network/organisations/{id}', {
  toBody: (v) => ({ name: v.name.trim(), note: v.note.trim(), nameUncertain: v.nameUncertain }),
  fields: { name: { label: 'tên' }, note: { label: 'ghi chú' } },
});

export function OrganisationEditForm({ organisation, onClose }: { organisation: Organisation; onClose: () => void }) {
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: {
      name: organisation.name,
      note: organisation.note ?? '',
      nameUncertain: organisation.nameUncertain,
    },
    resolver,
  });
  const save = $api.useMutation('patch', '/api/network/organisations/{id}', {
    onSuccess: async () => {
      await invalidate('/api/network/organisations', '/api/organisations');
      onClose();
    },
  });
  const submitting = save.isPending;

  const submit = (v: Values) => {
    const changes: { name?: string; note?: string; nameUncertain?: boolean } = {};
    if (v.name.trim() !== organisation.name) changes.name = v.name.trim();
    if (v.note.trim() !== (organisation.note ?? '')) changes.note = v.note.trim();
    if (v.nameUncertain !== organisation.nameUncertain) changes.nameUncertain = v.nameUncertain;
    if (Object.keys(changes).length === 0) onClose();
    else save.mutate({ params: { path: { id: organisation.id } }, body: changes });
  };

  return (
    <section className="card" aria-labelledby="organisation-edit-title">
      <h2 id="organisation-edit-title">Sửa thông tin đơn vị</h2>
      <ErrorBanner error={save.error} />
      <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate className="form-grid">
        <FormField label="Tên" error={formState.errors.name?.message} required>
          <input {...register('name')} />
        </FormField>
        <FormField label="Ghi chú (nguồn, căn cứ)" error={formState.errors.note?.message}>
          <textarea {...register('note')} rows={2} />
        </FormField>
        <div className="field field--checkbox">
          <input id="organisation-name-uncertain" type="checkbox" {...register('nameUncertain')} />
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
