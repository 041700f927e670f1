/** Request ids: the server makes its own (app.ts); what a client sends is kept apart and never trusted. */
import type { FastifyRequest } from 'fastify';

/** The x-request-id a client sent (bounded, printable), kept apart from the server's own id. */
export function clientRequestId(request: FastifyRequest): string | null {
  const value = request.headers['x-request-id'];
  return typeof value === 'string' && /^[\x21-\x7e]{1,64}$/.test(value) ? value : null;
}
