/** Signing in and out, sessions and passwords. The session check on every request is plugins/auth.ts. */
import type { ModuleContext, TctModule } from '../module.ts';
import { authRoutes } from './auth.routes.ts';
import { createAuthService } from './auth.service.ts';

export function createAuthModule(ctx: ModuleContext) {
  const auth = createAuthService(ctx.database.db, ctx.config);
  return {
    name: 'auth',
    routes: authRoutes(auth, {
      secureCookies: ctx.config.cookieSecure,
      loginLimitPerWindow: Number(process.env.LOGIN_LIMIT_PER_5MIN ?? 30),
    }),
    /** The session resolver plugins/auth.ts runs on every /api request. */
    services: { auth },
  } satisfies TctModule & { services: object };
}
