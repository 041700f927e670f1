/**
 * Composition root of the HTTP side: the Fastify app with its plugins (validation, errors, cookies,
 * uploads, OpenAPI, session check) and every module's routes under /api, from the one list in
 * src/modules/index.ts. No module reaches for globals. Routes are collected in `app.routeTable` so the
 * outsider and architecture tests can walk every one of them.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
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
import { registerMetrics } from './plugins/metrics.ts';
import { registerAdmission } from './plugins/admission.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { createModules, moduleList, type Modules } from './modules/index.ts';

export type RouteInfo = {
  method: string;
  url: string;
  tenancy: string | undefined;
  auth: string | undefined;
  /** Whether the route declares a response schema (test/architecture.test.ts requires one on every route). */
  hasResponseSchema: boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
}

export type BuildAppOptions = {
  config: Config;
  database: Database;
  /** The capabilities (src/modules/index.ts); built from `config` and `database` when not given. */
  modules?: Modules;
  /** Pino logger options; tests pass false. */
  logger?: boolean | Record<string, unknown>;
};

export async function buildApp({ config, database, logger, modules }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    // The request id in logs and the audit log is always the server's own; a client's x-request-id is
    // kept apart as `clientRequestId` (plugins/auth.ts) so nobody can make entries look like another request's.
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === '1',
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Query strings and params arrive as text and need coercion ("2" → 2); JSON bodies must not be
  // coerced, or a JSON null would turn into "" or 0 against a nullable string/number schema.
  const coercing = addFormats.default(
    new Ajv({ coerceTypes: 'array', useDefaults: true, removeAdditional: false, strict: false }),
  );
  const exact = addFormats.default(
    new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, strict: false }),
  );
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? exact : coercing).compile(schema));

  app.decorate('routeTable', [] as RouteInfo[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || !route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) continue;
      app.routeTable.push({
        method,
        url: route.url,
        tenancy: route.config?.tenancy,
        auth: route.config?.auth,
        hasResponseSchema: Object.keys(route.schema?.response ?? {}).length > 0,
      });
    }
  });
  registerSecurityHeaders(app);
  registerMetrics(app, database, config.metricsToken);
  registerAdmission(app, config.maxConcurrentRequests);

  const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));
  const serveSpa = existsSync(webRoot);
  registerErrorHandling(app, { serveSpa });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: 20 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'TCT API',
        version: '0.1.0',
        description:
          'API của hệ thống điều hành mạng lưới trường chính trị. Mọi yêu cầu ghi cần cookie phiên và tiêu đề x-csrf-token.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tct_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const capabilities = modules ?? createModules({ config, database });
  registerAuth(app, capabilities.auth.services.auth);
  await app.register(
    async (api) => {
      for (const module of moduleList(capabilities)) if (module.routes) await api.register(module.routes);
    },
    { prefix: '/api' },
  );

  // Single-page app: files from dist/web; other non-API GETs get index.html (see plugins/errors.ts).
  if (serveSpa) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  return app;
}
