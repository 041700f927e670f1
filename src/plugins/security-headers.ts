/**
 * Response headers every route gets. The app is one origin with no inline scripts, so the policy can be
 * strict: nothing is framed (clickjacking), nothing loads from elsewhere, and API answers — personal and
 * confidential data — are never stored by the browser or a proxy. Swagger UI (/api/docs) brings its own
 * policy with script hashes (`staticCSP` in app.ts).
 */
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    const isDocs = request.url.startsWith('/api/docs');
    if (!isDocs) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (request.url.startsWith('/api/') && !isDocs) reply.header('cache-control', 'no-store');
  });
}
