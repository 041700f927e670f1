/**
 * Đăng nhập: email and password, the server's Vietnamese message on failure (wrong password,
 * account locked after repeated failures), then back to the page the user wanted.
 */
import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ApiError, errorMessage } from '../../api/client.ts';
import { FormField } from '../../components/FormField.tsx';
import { serverSchemaResolver } from '../../forms/serverSchema.ts';
import { useNavigate } from 'react-router';
import { useQueryParams } from '../../lib/searchParams.ts';
import { useSession } from '../../session/SessionContext.tsx';

type Values = { email: string; password: string };

const resolver = serverSchemaResolver<Values>('POST /api/auth/login', {
  toBody: (v) => ({ email: v.email.trim(), password: v.password }),
  fields: { email: { label: 'email', kind: 'email' }, password: { label: 'mật khẩu' } },
});

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/dang-nhap') ? next : '/';
}

export function LoginPage() {
  const { state, login } = useSession();
  const [params] = useQueryParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const { register, handleSubmit, resetField, formState } = useForm<Values>({
    defaultValues: { email: '', password: '' },
    resolver,
  });
  const fieldErrors = formState.errors;
  const attempt = useMutation({
    mutationFn: (values: Values) => login(values.email.trim(), values.password),
    onError: () => resetField('password'),
  });
  const error = attempt.error
    ? {
        message: errorMessage(attempt.error),
        locked: attempt.error instanceof ApiError && attempt.error.status === 423,
      }
    : null;
  const submitting = attempt.isPending;

  useEffect(() => {
    if (state.status === 'authenticated') navigate(next, { replace: true });
  }, [state.status, next, navigate]);

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
        <form onSubmit={(event) => void handleSubmit((values) => attempt.mutate(values))(event)} noValidate>
          <FormField label="Email" error={fieldErrors.email?.message} required>
            <input
              type="email"
              autoComplete="username"
              {...register('email')}
              // biome-ignore lint/a11y/noAutofocus: the login page has one task; the e-mail field is where it starts
              autoFocus
            />
          </FormField>
          <FormField label="Mật khẩu" error={fieldErrors.password?.message} required>
            <input type="password" autoComplete="current-password" {...register('password')} />
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
