/**
 * Administrator actions on an account: lock/unlock (with confirmation) and set a new password.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/client.ts';
import { invalidate } from '../../api/queryClient.ts';
import type { Person } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PASSWORD_HINT, passwordProblem } from '../../forms/passwordPolicy.ts';
import { serverSchemaResolver } from '../../forms/serverSchema.ts';

type ResetValues = { newPassword: string };
const resetResolver = serverSchemaResolver<ResetValues>('POST /api/people/{id}/reset-password', {
  toBody: (v) => ({ newPassword: v.newPassword }),
  fields: { newPassword: { label: 'mật khẩu mới' } },
  also: (v) => ({ newPassword: passwordProblem(v.newPassword) }),
});

export function PersonAdminActions({ person, isSelf }: { person: Person; isSelf: boolean }) {
  const [confirmingActive, setConfirmingActive] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const resetForm = useForm<ResetValues>({ defaultValues: { newPassword: '' }, resolver: resetResolver });
  const path = { params: { path: { id: person.id } } };

  const setActive = $api.useMutation('patch', '/api/people/{id}', {
    onSuccess: async () => {
      setDone(person.active ? 'Đã khóa tài khoản.' : 'Đã mở khóa tài khoản.');
      await invalidate('/api/people');
    },
    onSettled: () => setConfirmingActive(false),
  });
  const resetPassword = $api.useMutation('post', '/api/people/{id}/reset-password', {
    onSuccess: () => {
      setDone(`Đã đặt lại mật khẩu cho ${person.fullName}. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.`);
      resetForm.reset();
    },
    onSettled: () => setConfirmingReset(false),
  });
  const busy = setActive.isPending || resetPassword.isPending;
  const error = setActive.error ?? resetPassword.error;

  return (
    <section className="card" aria-labelledby="person-admin-title">
      <h2 id="person-admin-title">Quản trị tài khoản</h2>
      <SuccessBanner message={done} onClose={() => setDone(null)} />
      <ErrorBanner error={error} />
      <div className="admin-actions">
        <div>
          <h3>{person.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản'}</h3>
          <p className="muted">
            {person.active
              ? 'Người dùng sẽ không đăng nhập được nữa; dữ liệu và lịch sử được giữ nguyên.'
              : 'Cho phép người dùng đăng nhập trở lại.'}
          </p>
          <button
            type="button"
            className={`button ${person.active ? 'button--danger' : 'button--primary'}`}
            onClick={() => setConfirmingActive(true)}
            disabled={busy || (isSelf && person.active)}
          >
            {person.active ? 'Khóa tài khoản' : 'Mở khóa tài khoản'}
          </button>
          {isSelf && person.active ? <p className="field__hint">Bạn không thể tự khóa tài khoản của mình.</p> : null}
        </div>
        <form
          onSubmit={(event) => void resetForm.handleSubmit(() => setConfirmingReset(true))(event)}
          noValidate
          aria-label="Đặt lại mật khẩu"
        >
          <h3>Đặt lại mật khẩu</h3>
          <FormField
            label="Mật khẩu mới"
            hint={PASSWORD_HINT}
            error={resetForm.formState.errors.newPassword?.message}
            required
          >
            <input type="password" autoComplete="new-password" {...resetForm.register('newPassword')} />
          </FormField>
          <button type="submit" className="button" disabled={busy}>
            Đặt lại mật khẩu
          </button>
        </form>
      </div>
      <ConfirmDialog
        open={confirmingActive}
        title={person.active ? `Khóa tài khoản của ${person.fullName}?` : `Mở khóa tài khoản của ${person.fullName}?`}
        confirmLabel={person.active ? 'Khóa tài khoản' : 'Mở khóa'}
        tone={person.active ? 'danger' : 'primary'}
        busy={busy}
        onConfirm={() => setActive.mutate({ ...path, body: { active: !person.active } })}
        onCancel={() => setConfirmingActive(false)}
      >
        <p>
          {person.active
            ? 'Các phiên đăng nhập hiện tại của người này sẽ kết thúc.'
            : 'Người dùng đăng nhập bằng mật khẩu hiện có.'}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmingReset}
        title={`Đặt lại mật khẩu của ${person.fullName}?`}
        confirmLabel="Đặt lại"
        busy={busy}
        onConfirm={() => resetPassword.mutate({ ...path, body: { newPassword: resetForm.getValues('newPassword') } })}
        onCancel={() => setConfirmingReset(false)}
      >
        <p>Mật khẩu cũ sẽ không dùng được nữa.</p>
      </ConfirmDialog>
    </section>
  );
}
