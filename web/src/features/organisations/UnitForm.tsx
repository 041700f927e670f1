/**
 * Add a unit (office, faculty…) to an organisation. For the school's administrator and the
 * Academy administrator.
 */
import { useForm } from 'react-hook-form';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import { UNIT_KIND_LABELS, type UnitKind } from '../../api/types.ts';
import { serverSchemaResolver } from '../../forms/serverSchema.ts';
import { ErrorBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';

const KINDS = Object.keys(UNIT_KIND_LABELS) as UnitKind[];

type Values = { name: string; kind: UnitKind };
const resolver = serverSchemaResolver<Values>('POST /api/organisations/{id}/units', {
  toBody: (v) => ({ name: v.name.trim(), kind: v.kind }),
  fields: { name: { label: 'tên đơn vị' }, kind: { label: 'loại đơn vị', choose: true } },
});

export function UnitForm({ organisationId, onClose }: { organisationId: string; onClose: () => void }) {
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: { name: '', kind: 'faculty' },
    resolver,
  });
  const create = $api.useMutation('post', '/api/organisations/{id}/units', {
    onSuccess: async () => {
      await invalidate('/api/organisations', '/api/network/organisations');
      onClose();
    },
  });
  const submitting = create.isPending;

  return (
    <form
      onSubmit={(event) =>
        void handleSubmit((v) =>
          create.mutate({ params: { path: { id: organisationId } }, body: { name: v.name.trim(), kind: v.kind } }),
        )(event)
      }
      noValidate
      className="form-grid inline-form"
      aria-label="Thêm đơn vị trực thuộc"
    >
      <ErrorBanner error={create.error} />
      <FormField label="Tên đơn vị" error={formState.errors.name?.message} required>
        <input {...register('name')} placeholder="Ví dụ: Khoa Lý luận cơ sở" />
      </FormField>
      <FormField label="Loại đơn vị" error={formState.errors.kind?.message} required>
        <select {...register('kind')}>
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
