/**
 * Test-only guard: Fastify's serializer silently drops every field a response schema does not list.
 * This records, per request, what the handler returned and what was sent, and reports each field the
 * schema dropped or changed — so a schema that no longer matches its route fails the test run.
 */
import type { FastifyInstance } from 'fastify';

/** Paths (".items[].name") where `sent` lacks or differs from what the handler `returned`. */
export function serializationLosses(returned: unknown, sent: unknown, path = ''): string[] {
  if (returned === null || typeof returned !== 'object')
    return JSON.stringify(returned) === JSON.stringify(sent) ? [] : [`${path || '.'}: changed`];
  if (sent === null || typeof sent !== 'object') return [`${path || '.'}: changed`];
  const out: string[] = [];
  for (const [key, value] of Object.entries(returned)) {
    if (value === undefined) continue;
    const at = Array.isArray(returned) ? `${path}[]` : `${path}.${key}`;
    if (!(key in sent)) out.push(`${at}: dropped`);
    else out.push(...serializationLosses(value, (sent as Record<string, unknown>)[key], at));
  }
  return [...new Set(out)];
}

/** Adds the hooks to `app`; returns the list the losses are appended to ("GET /api/x: .a.b: dropped"). */
export function watchSerialization(app: FastifyInstance): string[] {
  const losses: string[] = [];
  const returned = new WeakMap<object, unknown>();
  app.addHook('preSerialization', async (request, _reply, payload) => {
    returned.set(request, JSON.parse(JSON.stringify(payload ?? null)));
    return payload;
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    if (!returned.has(request) || typeof payload !== 'string') return payload;
    let sent: unknown;
    try {
      sent = JSON.parse(payload);
    } catch {
      return payload;
    }
    for (const loss of serializationLosses(returned.get(request), sent))
      losses.push(`${request.method} ${request.routeOptions.url}: ${loss}`);
    return payload;
  });
  return losses;
}
