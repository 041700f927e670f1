/**
 * At most `limit` API requests are worked on at once; the others wait their turn in arrival order, which costs
 * nothing while they wait. Why: Node 20 accepts one new connection per turn of the event loop (libuv PR #3696),
 * and a turn serves every request in flight. With 200 busy clients on SQLite a turn took about a second, so a
 * newcomer's connection sat in the kernel's accept queue for 10 s and more (notes/load.md). Bounding the requests
 * in flight bounds the turn, so new connections, timers and health checks keep being served under overload,
 * and waiting requests are answered in order instead of all slowly at once.
 *
 * Uploads (multipart) are not queued: they stream their body inside the handler and are mostly waiting on the
 * network. The health check and metrics are not queued either, so a load balancer sees a busy node as alive.
 */
import type { FastifyInstance } from 'fastify';

const UNQUEUED = ['/api/health', '/metrics'];

export function createAdmission(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async enter(): Promise<void> {
      if (active < limit) {
        active++;
        return;
      }
      // The slot is handed over by `leave`, so `active` already counts this request when it resumes.
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    leave(): void {
      const next = waiting.shift();
      if (next) next();
      else active--;
    },
    get active(): number {
      return active;
    },
    get waiting(): number {
      return waiting.length;
    },
  };
}

export function registerAdmission(app: FastifyInstance, limit: number): void {
  if (limit <= 0) return;
  const admission = createAdmission(limit);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || UNQUEUED.some((path) => request.url.startsWith(path))) return;
    if (request.headers['content-type']?.startsWith('multipart/')) return;
    await admission.enter();
    // 'close' comes after every response, sent or cut off, so the slot is always given back; a client that left
    // while waiting gives it back at once (its 'close' has already been).
    if (request.raw.socket?.destroyed) admission.leave();
    else reply.raw.once('close', () => admission.leave());
  });
}
