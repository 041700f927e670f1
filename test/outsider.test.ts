/**
 * Walks EVERY API route as a user of another school and asserts 404 (or no leak for lists) and no
 * change in the database. Routes are discovered from the app itself, so new routes are covered
 * automatically: a route with no tenancy declaration, or a scoped route without an entry in
 * outsider.fixtures.ts, fails this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { modulesOf } from '../src/testing/test-database.ts';
import { databaseSnapshot } from './outsider.support.ts';
import { OUTSIDER_CALLS, loadOwnedObjects, type OwnedObjects } from './outsider.fixtures.ts';

let t: TestApp;
let outsider: Client;
let owned: OwnedObjects;

const snapshot = () => databaseSnapshot(t.database);

beforeAll(async () => {
  t = await createTestApp({ demo: 'full' });
  owned = await loadOwnedObjects(t.database.db, modulesOf(t.database));
  outsider = await loginAs(t.app, 'quantri@tct-vinhlong.vn');
});
afterAll(async () => t?.close());

describe('outsider (another school) on every route', () => {
  it('every API route declares how tenancy applies', () => {
    const undeclared = t.app.routeTable.filter((r) => !r.tenancy).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
    expect(t.app.routeTable.length).toBeGreaterThan(10);
  });

  it('every scoped route has an outsider call', () => {
    const scoped = t.app.routeTable.filter((r) => r.tenancy === 'scoped').map((r) => `${r.method} ${r.url}`);
    const missing = scoped.filter((key) => !OUTSIDER_CALLS[key]);
    expect(missing, 'add these routes to test/outsider.fixtures.ts').toEqual([]);
  });

  it('gets 404 or no data on every scoped route, and changes nothing', async () => {
    const scoped = t.app.routeTable.filter((r) => r.tenancy === 'scoped');
    for (const route of scoped) {
      const key = `${route.method} ${route.url}`;
      const call = OUTSIDER_CALLS[key]!;
      let url = route.url;
      for (const [name, value] of Object.entries(call.params?.(owned) ?? {}))
        url = url.replace(`:${name}`, encodeURIComponent(value));
      const query = new URLSearchParams(call.query?.(owned) ?? {}).toString();
      if (query) url += `?${query}`;
      const before = await snapshot();
      const res = await outsider.request(route.method, url, call.body?.(owned));
      const after = await snapshot();
      expect(after, `${key} changed the database`).toBe(before);
      if (call.expect === 'notFound') {
        expect(res.statusCode, `${key} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBe(404);
      } else {
        expect([200, 403, 404], `${key} → ${res.statusCode}`).toContain(res.statusCode);
        for (const marker of owned.markers) expect(res.body.includes(marker), `${key} leaked ${marker}`).toBe(false);
      }
    }
  });

  it('reference routes refuse writes from a school user and change nothing', async () => {
    const writes = t.app.routeTable.filter((r) => r.tenancy === 'reference' && r.method !== 'GET');
    for (const route of writes) {
      const url = route.url.replace(':id', owned.orgId);
      const before = await snapshot();
      const body =
        route.method === 'POST' ? { code: 'XAM-NHAP', name: 'Đơn vị xâm nhập' } : { name: 'Đơn vị xâm nhập' };
      const res = await outsider.request(route.method, url, body);
      expect(await snapshot()).toBe(before);
      expect([403, 404], `${route.method} ${route.url} → ${res.statusCode}`).toContain(res.statusCode);
    }
  });
});
