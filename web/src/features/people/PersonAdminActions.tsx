/**
 * Administrator actions on an account: lock/unlock (with confirmation) and set a new password.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner, SuccessBanner } from '../../components/Feedback.tsx';
import { FormField } from '../../components/FormField.tsx';
import { PASSWORD_HINT, passwordProblem } from './personValidation.ts';

export function PersonAdminActions({
  person,
  isSelf,
  onChanged,
}: {
  person: Person;
  isSelf: boolean;
  onChanged: () => void;
}) {
  const [confirmingActive, setConfirmingActive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);

  const toggleActive = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.patch(`/api/people/${encodeURIComponent(person.id)}`, { active: !person.active });
      setDone(person.active ? 'Đã khóa tài khoản.' : 'Đã mở khóa tài khoản.');
      onChanged();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
      setConfirmingActive(false);
    }
  };

  const resetPassword = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/people/${encodeURIComponent(person.id)}/reset-password`, { newPassword });
      setDone(`Đã đặt lại mật khẩu cho ${person.fullName}. Hãy báo mật khẩu mới cho người dùng qua kênh an toàn.`);
      setNewPassword('');
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
      setConfirmingReset(false);
    }
  };

  const requestReset = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = passwordProblem(newPassword);
    setPasswordError(problem);
    if (!problem) setConfirmingReset(true);
  };

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
        <form onSubmit={requestReset} noValidate aria-label="Đặt lại mật khẩu">
          <h3>Đặt lại mật khẩu</h3>
          <FormField label="Mật khẩu mới" hint={PASSWORD_HINT} error={passwordError} required>
            <input
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
            />
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
        onConfirm={() => void toggleActive()}
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
        onConfirm={() => void resetPassword()}
        onCancel={() => setConfirmingReset(false)}
      >
        <p>Mật khẩu cũ sẽ không dùng được nữa.</p>
      </ConfirmDialog>
    </section>
  );
}
