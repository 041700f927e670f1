/**
 * Đổi mật khẩu: current password, new password twice. Other sessions of the user end on the
 * server; this one stays.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { ErrorBanner, PageHeader, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PASSWORD_HINT, passwordProblem } from '../people/personValidation.ts';

type Errors = { currentPassword?: string; newPassword?: string; confirmation?: string };

export function ChangePasswordPage() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Errors = {};
    if (!currentPassword) next.currentPassword = 'Vui lòng nhập mật khẩu hiện tại.';
    const problem = passwordProblem(newPassword);
    if (problem) next.newPassword = problem;
    else if (newPassword === currentPassword) next.newPassword = 'Mật khẩu mới phải khác mật khẩu hiện tại.';
    if (confirmation !== newPassword) next.confirmation = 'Mật khẩu nhập lại không khớp.';
    setErrors(next);
    setError(null);
    setDone(null);
    if (Object.keys(next).length > 0) return;
    setSubmitting(true);
    try {
      await api.post<void>('/api/auth/change-password', { currentPassword, newPassword });
      setDone('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được đăng xuất.');
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
    } catch (cause) {
      setError(cause);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageHeader title="Đổi mật khẩu" />
      <div className="card card--narrow">
        <SuccessBanner message={done} />
        <ErrorBanner error={error} />
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <FormField label="Mật khẩu hiện tại" error={errors.currentPassword} required>
            <input
              type="password"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
            />
          </FormField>
          <FormField label="Mật khẩu mới" hint={PASSWORD_HINT} error={errors.newPassword} required>
            <input
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
            />
          </FormField>
          <FormField label="Nhập lại mật khẩu mới" error={errors.confirmation} required>
            <input
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
            />
          </FormField>
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Đang lưu…' : 'Đổi mật khẩu'}
          </button>
        </form>
      </div>
    </>
  );
}
