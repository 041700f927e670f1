/** Test helpers: an app over a test database, and a client that logs in as a demo user. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORD } from '../seed/seed-demo.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type TestApp = { app: FastifyInstance; database: TestDatabase; close: () => Promise<void> };

export async function createTestApp(opts: { demo?: 'accounts' | 'full' | 'none' } = {}): Promise<TestApp> {
  const database = await createTestDatabase(opts);
  const app = await buildApp({ config: database.config, database, logger: false });
  await app.ready();
  return { app, database, close: async () => { await app.close(); await database.cleanup(); } };
}

export type Client = {
  email: string;
  user: { id: string; organisation: { id: string }; role: string };
  request: (method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
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
