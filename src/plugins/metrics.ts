/**
 * `GET /metrics` in Prometheus text format: request latency by route, job queue depth and age, OCR seconds
 * per page, login failures, and the process's own figures. Metrics reveal traffic patterns, so the endpoint
 * answers only requests from the machine itself, or anyone presenting `METRICS_TOKEN` as a bearer token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { queueStats } from '../jobs/queue.ts';
import { httpRequestSeconds, metricsRegistry, setQueueStatsSource } from '../lib/metrics.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function allowed(request: FastifyRequest, token: string | null): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '');
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  return LOOPBACK.has(request.socket.remoteAddress ?? '') && LOOPBACK.has(request.ip);
}

export function registerMetrics(app: FastifyInstance, database: Database, token: string | null): void {
  setQueueStatsSource(() => queueStats(database.db));

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    if (!route || route === '/metrics') return; // unmatched URLs would make one series per probe
    httpRequestSeconds.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!allowed(request, token)) {
      return reply.code(403).type('text/plain; charset=utf-8').send('Không được phép xem số đo hệ thống.\n');
    }
    return reply.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
}
