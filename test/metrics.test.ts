/**
 * `/metrics` (issue 18 item 8): Prometheus text with request latency by route, login failures, the job queue,
 * OCR time per page; loopback only unless a token is configured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { enqueueJob } from '../src/jobs/queue.ts';
import { createTestApp, loginAs, type TestApp } from '../src/testing/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

function seriesValue(text: string, name: string, labels: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.split(' ').pop()) : null;
}

describe('/metrics', () => {
  it('counts requests by route pattern, refused logins by reason and queued jobs', async () => {
    const staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
    await staff.request('GET', '/api/auth/me');
    const before = await t.app.inject({ method: 'GET', url: '/metrics' });
    const failuresBefore = seriesValue(before.body, 'tct_login_failures_total', 'reason="wrong_password"') ?? 0;

    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'canbo@tct-thainguyen.vn', password: 'sai-mat-khau-1' },
    });
    expect(refused.statusCode).toBe(401);
    await enqueueJob(t.database.db, { name: 'metrics.test', payload: {}, runAt: new Date(Date.now() - 60_000) });

    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/tct_http_request_duration_seconds_count\{[^}]*route="\/api\/auth\/me"[^}]*\} [1-9]/);
    expect(seriesValue(res.body, 'tct_login_failures_total', 'reason="wrong_password"')).toBe(failuresBefore + 1);
    expect(seriesValue(res.body, 'tct_job_queue_depth', 'name="metrics.test",status="queued"')).toBe(1);
    expect(seriesValue(res.body, 'tct_job_queue_oldest_age_seconds', 'name="metrics.test"')).toBeGreaterThanOrEqual(59);
    expect(res.body).toContain('# TYPE tct_ocr_page_seconds histogram');
    // A URL with an id is recorded under its pattern, never as its own series.
    expect(res.body).not.toMatch(/route="\/api\/[^"]*[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('answers only the machine itself when no token is set', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('tct_');
  });

  it('with METRICS_TOKEN, asks everyone for the token', async () => {
    const app = await buildApp({
      config: { ...t.database.config, metricsToken: 'bi-mat-do-luong' },
      database: t.database,
      logger: false,
    });
    try {
      const none = await app.inject({ method: 'GET', url: '/metrics' });
      expect(none.statusCode).toBe(403);
      const wrong = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer sai' } });
      expect(wrong.statusCode).toBe(403);
      const right = await app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '10.1.2.3',
        headers: { authorization: 'Bearer bi-mat-do-luong' },
      });
      expect(right.statusCode).toBe(200);
      expect(right.body).toContain('tct_http_request_duration_seconds');
    } finally {
      await app.close();
    }
  });
});
