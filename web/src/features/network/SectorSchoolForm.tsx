/**
 * Academy administrators add a cadre school of a ministry, sector or mass organisation
 * (the seeded list of these is incomplete and uncertain). Validated by the server's schema.
 */
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { serverSchemaResolver } from '../../forms/serverSchema.ts';

type Values = { code: string; name: string; note: string };

const toBody = (v: Values) => ({
  code: v.code.trim(),
  name: v.name.trim(),
  ...(v.note.trim() ? { note: v.note.trim() } : {}),
});

const resolver = serverSchemaResolver<Values>('POST /api/network/organisations', {
  toBody,
  fields: { code: { label: 'mã trường' }, name: { label: 'tên trường' }, note: { label: 'ghi chú' } },
});

export function SectorSchoolForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: { code: '', name: '', note: '' },
    resolver,
  });
  const errors = formState.errors;
  const create = $api.useMutation('post', '/api/network/organisations', {
    onSuccess: async (created) => {
      await invalidate('/api/network/organisations');
      onClose();
      navigate(`/mang-luoi/${encodeURIComponent(created.id)}`);
    },
  });
  const submitting = create.isPending;

  return (
    <section className="card" aria-labelledby="sector-school-form-title">
      <h2 id="sector-school-form-title">Thêm trường cán bộ của bộ, ngành, đoàn thể Trung ương</h2>
      <ErrorBanner error={create.error} />
      <form
        onSubmit={(event) => void handleSubmit((v) => create.mutate({ body: toBody(v) }))(event)}
        noValidate
        className="form-grid"
      >
        <FormField
          label="Mã trường"
          hint="Ví dụ: TCB-BCA. Chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới."
          error={errors.code?.message}
          required
        >
          <input {...register('code')} autoComplete="off" />
        </FormField>
        <FormField label="Tên trường" error={errors.name?.message} required>
          <input {...register('name')} autoComplete="off" />
        </FormField>
        <FormField label="Ghi chú (nguồn thông tin)" error={errors.note?.message}>
          <textarea {...register('note')} rows={2} />
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
