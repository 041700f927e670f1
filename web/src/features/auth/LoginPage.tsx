/**
 * Đăng nhập: email and password, the server's Vietnamese message on failure (wrong password,
 * account locked after repeated failures), then back to the page the user wanted.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { FormField } from '../../components/FormField.tsx';
import { navigate, useSearchParams } from '../../lib/router.tsx';
import { useSession } from '../../session/SessionContext.tsx';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/dang-nhap') ? next : '/';
}

export function LoginPage() {
  const { state, login } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<{ message: string; locked: boolean } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (state.status === 'authenticated') navigate(next, { replace: true });
  }, [state.status, next]);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: { email?: string; password?: string } = {};
    if (!email.trim()) errors.email = 'Vui lòng nhập email.';
    else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'Email không hợp lệ.';
    if (!password) errors.password = 'Vui lòng nhập mật khẩu.';
    setFieldErrors(errors);
    setError(null);
    if (errors.email || errors.password) return;
    setSubmitting(true);
    try {
      await login(email.trim(), password);
    } catch (cause) {
      setError({ message: errorMessage(cause), locked: cause instanceof ApiError && cause.status === 423 });
      setPassword('');
    } finally {
      setSubmitting(false);
    }
  };

  const expired = state.status === 'anonymous' && state.expired;

  return (
    <div className="login-page">
      <div className="login-card">
        <div className="login-card__brand">
          <span className="app-header__logo" aria-hidden="true">
            TCT
          </span>
          <div>
            <p className="login-card__system">Hệ thống điều hành mạng lưới trường chính trị</p>
            <p className="muted">Học viện Chính trị quốc gia Hồ Chí Minh</p>
          </div>
        </div>
        <h1>Đăng nhập</h1>
        {expired && !error ? (
          <div className="banner banner--info" role="status">
            Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.
          </div>
        ) : null}
        {error ? (
          <div
            className={`banner ${error.locked ? 'banner--warning' : 'banner--error'}`}
            role="alert"
            data-testid="login-error"
          >
            {error.message}
          </div>
        ) : null}
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <FormField label="Email" error={fieldErrors.email} required>
            <input
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the login page has one task; the e-mail field is where it starts
              autoFocus
            />
          </FormField>
          <FormField label="Mật khẩu" error={fieldErrors.password} required>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </FormField>
          <button type="submit" className="button button--primary button--block" disabled={submitting}>
            {submitting ? 'Đang đăng nhập…' : 'Đăng nhập'}
          </button>
        </form>
        <p className="login-card__help muted">
          Quên mật khẩu? Liên hệ quản trị của trường hoặc của Học viện để được cấp lại.
        </p>
      </div>
    </div>
  );
}
