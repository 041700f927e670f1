/**
 * Composition root: builds the Fastify app from a database and configuration. No module reaches
 * for globals; each gets what it needs here. Routes are collected in `app.routeTable` so the outsider
 * test can walk every one of them.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { homeRoutes, type HomeCardProvider } from './modules/home/home.routes.ts';
import { platformHomeCards } from './modules/home/platform-cards.ts';
import { createOrganisationsService } from './modules/organisations/organisations.service.ts';
import { organisationsRoutes } from './modules/organisations/organisations.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { createTasksModule } from './modules/tasks/tasks.module.ts';
import { createDirectivesService } from './modules/directives/directives.service.ts';
import { createDashboardService } from './modules/directives/dashboard.service.ts';
import { createObligationsService } from './modules/directives/obligations.service.ts';
import { directivesRoutes } from './modules/directives/directives.routes.ts';

export type RouteInfo = { method: string; url: string; tenancy: string | undefined; auth: string | undefined };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
}

export type BuildAppOptions = {
  config: Config;
  database: Database;
  /** Pino logger options; tests pass false. */
  logger?: boolean | Record<string, unknown>;
};

export async function buildApp({ config, database, logger }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 64 ? req.headers['x-request-id'] : randomUUID()),
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === '1',
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('routeTable', [] as RouteInfo[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) continue;
      app.routeTable.push({ method, url: route.url, tenancy: route.config?.tenancy, auth: route.config?.auth });
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));
  const serveSpa = existsSync(webRoot);
  registerErrorHandling(app, { serveSpa });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 20 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'TCT API', version: '0.1.0', description: 'API của hệ thống điều hành mạng lưới trường chính trị. Mọi yêu cầu ghi cần cookie phiên và tiêu đề x-csrf-token.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tct_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const { db } = database;
  const auth = createAuthService(db, config);
  registerAuth(app, auth);
  const tasksModule = createTasksModule(db, config);
  const homeCards: HomeCardProvider[] = [platformHomeCards(db), tasksModule.homeCards];

  await app.register(async (api) => {
    await api.register(healthRoutes(database));
    await api.register(authRoutes(auth, db, { secureCookies: process.env.COOKIE_SECURE === '1', loginLimitPerWindow: Number(process.env.LOGIN_LIMIT_PER_5MIN ?? 30) }));
    await api.register(organisationsRoutes(createOrganisationsService(db)));
    await api.register(usersRoutes(createUsersService(db)));
    await api.register(auditRoutes(db));
    await api.register(directivesRoutes({ directives: createDirectivesService(db), dashboard: createDashboardService(db), obligations: createObligationsService(db) }));
    await api.register(tasksModule.routes);
    await api.register(homeRoutes(homeCards));
  }, { prefix: '/api' });

  // Single-page app: files from dist/web; other non-API GETs get index.html (see plugins/errors.ts).
  if (serveSpa) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  return app;
}
