/**
 * Authentication and CSRF for every /api route. Sets `request.ctx` from the session cookie only.
 * Each route declares `config.auth`: 'public' (no session needed) or the default, 'required'.
 * Cookie-authenticated writes must carry `x-csrf-token` equal to the session's token (double submit):
 * SameSite=Lax already blocks most cross-site posts; the header closes the rest.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/app-error.ts';
import { clientRequestId } from '../lib/request-ids.ts';
import { SESSION_COOKIE } from '../modules/auth/auth.ports.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import type { RequestContext } from '../modules/tenancy/actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionId: string;
    csrfToken: string;
  }
  interface FastifyContextConfig {
    auth?: 'public' | 'required';
    /** How the outsider test treats the route: see test/outsider.test.ts. */
    tenancy?: 'scoped' | 'reference' | 'self' | 'public';
  }
}

export function registerAuth(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('sessionId', '');
  app.decorateRequest('csrfToken', '');
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const config = request.routeOptions.config;
    if (config?.auth === 'public') return;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await auth.resolveSession(token) : null;
    if (!session) throw new AppError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập.');
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('FORBIDDEN', 'Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang.');
    }
    request.ctx = { actor: session.actor, requestId: String(request.id), clientRequestId: clientRequestId(request) };
    request.sessionId = session.sessionId;
    request.csrfToken = session.csrfToken;
  });
}
