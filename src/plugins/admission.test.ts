import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createAdmission, registerAdmission } from './admission.ts';

describe('admission', () => {
  it('lets `limit` requests work at once and the rest in arrival order', async () => {
    const admission = createAdmission(2);
    const order: number[] = [];
    await admission.enter();
    await admission.enter();
    const third = admission.enter().then(() => order.push(3));
    const fourth = admission.enter().then(() => order.push(4));
    expect(admission.waiting).toBe(2);
    admission.leave();
    await third;
    expect(order).toEqual([3]);
    expect(admission.active).toBe(2);
    admission.leave();
    await fourth;
    admission.leave();
    admission.leave();
    expect(order).toEqual([3, 4]);
    expect(admission.active).toBe(0);
    expect(admission.waiting).toBe(0);
  });

  it('gives every slot back after each response, so more requests than slots all get answered', async () => {
    const app = Fastify();
    registerAdmission(app, 2);
    let inFlight = 0;
    let most = 0;
    app.get('/api/slow', async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return { ok: true };
    });
    app.get('/api/fails', async () => {
      throw new Error('boom');
    });
    const answers = await Promise.all([
      ...Array.from({ length: 6 }, () => app.inject({ url: '/api/slow' })),
      ...Array.from({ length: 3 }, () => app.inject({ url: '/api/fails' })),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 500, 500, 500]);
    expect(most).toBe(2);
    // Sequential requests after a burst still pass: no slot was lost to a failed request.
    for (let i = 0; i < 5; i++) expect((await app.inject({ url: '/api/slow' })).statusCode).toBe(200);
    await app.close();
  });

  it('does not queue the health check', async () => {
    const app = Fastify();
    registerAdmission(app, 1);
    let release: () => void = () => {};
    app.get('/api/block', () => new Promise((r) => (release = () => r({ ok: true }))));
    app.get('/api/health', async () => ({ ok: true }));
    const blocked = app.inject({ url: '/api/block' });
    await new Promise((r) => setTimeout(r, 10));
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    release();
    expect((await blocked).statusCode).toBe(200);
    await app.close();
  });
});
