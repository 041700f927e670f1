/**
 * Đổi mật khẩu: current password, new password twice. Other sessions of the user end on the
 * server; this one stays. Validated by the server's schema for POST /api/auth/change-password.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/client.ts';
import { ErrorBanner, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PASSWORD_HINT, passwordProblem } from '../../forms/passwordPolicy.ts';
import { serverSchemaResolver } from '../../forms/serverSchema.ts';

type Values = { currentPassword: string; newPassword: string; confirmation: string };

const resolver = serverSchemaResolver<Values>('POST /api/auth/change-password', {
  toBody: (v) => ({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
  fields: { currentPassword: { label: 'mật khẩu hiện tại' }, newPassword: { label: 'mật khẩu mới' } },
  also: (v) => ({
    newPassword:
      passwordProblem(v.newPassword) ??
      (v.newPassword && v.newPassword === v.currentPassword ? 'Mật khẩu mới phải khác mật khẩu hiện tại.' : null),
    confirmation: v.confirmation !== v.newPassword ? 'Mật khẩu nhập lại không khớp.' : null,
  }),
});

export function ChangePasswordPage() {
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<Values>({
    defaultValues: { currentPassword: '', newPassword: '', confirmation: '' },
    resolver,
  });
  const errors = formState.errors;
  const change = $api.useMutation('post', '/api/auth/change-password', {
    onSuccess: () => {
      setDone('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.');
      reset();
    },
  });

  const submit = (values: Values) => {
    setDone(null);
    change.mutate({ body: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
  };

  return (
    <>
      <PageHeader title="Đổi mật khẩu" />
      <div className="card card--narrow">
        <SuccessBanner message={done} />
        <ErrorBanner error={change.error} />
        <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
          <FormField label="Mật khẩu hiện tại" error={errors.currentPassword?.message} required>
            <input type="password" autoComplete="current-password" {...register('currentPassword')} />
          </FormField>
          <FormField label="Mật khẩu mới" hint={PASSWORD_HINT} error={errors.newPassword?.message} required>
            <input type="password" autoComplete="new-password" {...register('newPassword')} />
          </FormField>
          <FormField label="Nhập lại mật khẩu mới" error={errors.confirmation?.message} required>
            <input type="password" autoComplete="new-password" {...register('confirmation')} />
          </FormField>
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {change.isPending ? 'Đang lưu…' : 'Đổi mật khẩu'}
          </button>
        </form>
      </div>
    </>
  );
}
