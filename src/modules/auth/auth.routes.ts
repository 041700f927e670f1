import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../lib/app-error.ts';
import { NoContent } from '../../lib/http-schemas.ts';
import { clientRequestId } from '../../lib/request-ids.ts';
import type { AuthService } from './auth.service.ts';

export const SESSION_COOKIE = 'tct_session';

const Me = Type.Object({
  id: Type.String(),
  email: Type.String(),
  fullName: Type.String(),
  role: Type.String(),
  roleLabel: Type.String(),
  organisation: Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() }),
  unitId: Type.Union([Type.String(), Type.Null()]),
  isAcademy: Type.Boolean(),
  isAdmin: Type.Boolean(),
});
const Session = Type.Object({ user: Me, csrfToken: Type.String() });

/** In-memory per-IP limit on login attempts, on top of the per-account lockout stored in the database. */
function createLoginLimiter(maxPerWindow: number, windowMs: number) {
  const hits = new Map<string, number[]>();
  return (ip: string) => {
    const now = Date.now();
    const recent = (hits.get(ip) ?? []).filter((t) => now - t < windowMs);
    recent.push(now);
    hits.set(ip, recent);
    if (recent.length > maxPerWindow)
      throw new AppError('TOO_MANY_REQUESTS', 'Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ít phút.');
  };
}

export const authRoutes =
  (
    auth: AuthService,
    opts: { secureCookies: boolean | null; loginLimitPerWindow: number },
  ): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Đăng nhập'];
    const limitLogin = createLoginLimiter(opts.loginLimitPerWindow, 5 * 60_000);

    app.post(
      '/auth/login',
      {
        config: { auth: 'public', tenancy: 'public' },
        schema: {
          tags,
          summary: 'Đăng nhập',
          body: Type.Object(
            {
              email: Type.String({ minLength: 3, maxLength: 200 }),
              password: Type.String({ minLength: 1, maxLength: 200 }),
            },
            { additionalProperties: false },
          ),
          response: { 200: Session },
        },
      },
      async (request, reply) => {
        limitLogin(request.ip);
        const result = await auth.login({
          email: request.body.email,
          password: request.body.password,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: String(request.id),
          clientRequestId: clientRequestId(request),
        });
        reply.setCookie(SESSION_COOKIE, result.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          // Secure whenever the browser reached us over HTTPS (behind a proxy: TRUST_PROXY=1 and
          // X-Forwarded-Proto), unless COOKIE_SECURE says otherwise.
          secure: opts.secureCookies ?? request.protocol === 'https',
          expires: new Date(result.expiresAt),
        });
        return { user: await auth.me(result.actor), csrfToken: result.csrfToken };
      },
    );

    app.get(
      '/auth/me',
      {
        config: { tenancy: 'self' },
        schema: { tags, summary: 'Người dùng hiện tại', response: { 200: Session } },
      },
      async (request) => ({ user: await auth.me(request.ctx.actor), csrfToken: request.csrfToken }),
    );

    app.post(
      '/auth/logout',
      { config: { tenancy: 'self' }, schema: { tags, summary: 'Đăng xuất', response: { 204: NoContent } } },
      async (request, reply) => {
        await auth.logout(request.ctx, request.sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );

    app.post(
      '/auth/change-password',
      {
        config: { tenancy: 'self' },
        schema: {
          tags,
          summary: 'Đổi mật khẩu',
          response: { 204: NoContent },
          body: Type.Object(
            {
              currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
              newPassword: Type.String({ minLength: 1, maxLength: 200 }),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        await auth.changePassword(request.ctx, request.sessionId, request.body);
        return reply.status(204).send();
      },
    );
  };
