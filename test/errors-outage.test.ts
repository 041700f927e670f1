/** Issue 18: a full disk and an unreachable PostgreSQL answer with a clear Vietnamese message, not a bare 500. */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../src/plugins/errors.ts';

function appThrowing(error: Error & { code?: string }) {
  const app = Fastify({ logger: false });
  registerErrorHandling(app, { serveSpa: false });
  app.get('/boom', async () => {
    throw error;
  });
  return app;
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('errors of a full disk and of a database outage', () => {
  it('answers ENOSPC with 507 and "Hết dung lượng lưu trữ"', async () => {
    const res = await appThrowing(withCode('ENOSPC: no space left on device, write', 'ENOSPC')).inject('/boom');
    expect(res.statusCode).toBe(507);
    expect(res.json().error.code).toBe('INSUFFICIENT_STORAGE');
    expect(res.json().error.message).toMatch(/^Hết dung lượng lưu trữ/);
  });

  it.each([
    ['terminating connection due to administrator command', '57P01'],
    ['the database system is starting up', '57P03'],
    ['connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'],
    ['protocol violation', '08P01'],
  ])('answers "%s" (%s) with 503 and Retry-After', async (message, code) => {
    const res = await appThrowing(withCode(message, code)).inject('/boom');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().error.message).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được/);
  });

  it('tells a cut connection to the S3 store from one to the database', async () => {
    const s3 = Object.assign(withCode('read ECONNRESET', 'ECONNRESET'), { $metadata: { attempts: 3 } });
    const res = await appThrowing(s3).inject('/boom');
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().error.message).toMatch(/^Kho lưu trữ tệp tạm thời không truy cập được/);
  });

  it('still answers other failures with 500 and the request id', async () => {
    const res = await appThrowing(withCode('duplicate key', '23505')).inject('/boom');
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL');
  });
});
