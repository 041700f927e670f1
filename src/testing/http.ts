/** Test helpers: an app over a test database, and a client that logs in as a demo user. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORD } from '../seed/seed-demo.ts';
import { watchSerialization } from './response-check.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; database: TestDatabase; close: () => Promise<void> };

/**
 * Writes that need no audit row: marking one's own notifications read changes nothing anybody else sees.
 * Everything else that succeeds with a non-GET method must leave an audit row with its request id.
 */
const UNAUDITED_WRITES = [
  /^POST \/api\/notifications\/[^/]+\/read$/,
  /^POST \/api\/notifications\/read-all$/,
  /^POST \/api\/training\/imports\/preview$/,
  /^POST \/api\/standard\/schools\/[^/]+\/roster\/preview$/,
];

export async function createTestApp(opts: Parameters<typeof createTestDatabase>[0] = {}): Promise<TestApp> {
  const database = await createTestDatabase(opts);
  const app = await buildApp({ config: database.config, database, logger: false });
  // Every test flow doubles as a check that each successful write is in the audit log.
  const unaudited: string[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (
      ['GET', 'HEAD', 'OPTIONS'].includes(request.method) ||
      reply.statusCode >= 300 ||
      !request.url.startsWith('/api/')
    )
      return;
    const key = `${request.method} ${request.url.split('?')[0]}`;
    if (UNAUDITED_WRITES.some((re) => re.test(key))) return;
    const row = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('request_id', '=', String(request.id))
      .executeTakeFirst();
    if (!row) unaudited.push(`${key} → ${reply.statusCode}`);
  });
  // …and as a check that every response schema lists what its route returns.
  const losses = watchSerialization(app);
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.cleanup();
      if (unaudited.length) throw new Error(`Successful writes without an audit row:\n${unaudited.join('\n')}`);
      if (losses.length)
        throw new Error(`Response schemas dropped what the route returned:\n${[...new Set(losses)].join('\n')}`);
    },
  };
}

export type Client = {
  email: string;
  user: { id: string; organisation: { id: string }; role: string };
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
};

export async function loginAs(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tct_session');
  const { user, csrfToken } = res.json();
  return {
    email,
    user,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: `tct_session=${cookie!.value}`, 'x-csrf-token': csrfToken, ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      }),
  };
}
