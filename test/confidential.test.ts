/**
 * Confidential letters stay with the people cleared for them (issue 9.1, the rule in
 * src/modules/tenancy/visibility.ts). A Tối mật letter of school A is registered, presented and directed
 * (test/outsider.confidential.ts). Then a staff member of the same school (not named on it), an Academy
 * officer and the Academy administrator each walk **every** API route against it and its tasks: every call
 * aimed at one of its objects answers 404 and changes nothing, and no response — list, count, search,
 * notification, export or detail — mentions it. Its clerk and director, and the person named on one task,
 * do see what they are entitled to, and no more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeadlineDigest } from '../src/modules/tasks/digest.job.ts';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { modulesOf } from '../src/testing/test-database.ts';
import {
  type ConfidentialObjects,
  NAMED_EMAIL,
  SECRET,
  createNamedPerson,
  loadConfidentialObjects,
} from './outsider.confidential.ts';
import { OUTSIDER_CALLS, type OutsiderCall, type OwnedObjects, loadOwnedObjects } from './outsider.fixtures.ts';
import { databaseSnapshot } from './outsider.support.ts';

const UNCLEARED = {
  'staff of the same school': 'canbo@tct-thainguyen.vn',
  'an Academy officer': 'chuyenvien@hvctqg.vn',
  'the Academy administrator': 'admin@hvctqg.vn',
} as const;

/** Read-only pages whose whole answer must not change when the confidential letter appears. */
const COUNTED_VIEWS = ['/api/home', '/api/tasks/mine?status=all', '/api/notifications'];

let t: TestApp;
let owned: OwnedObjects;
let secret: ConfidentialObjects;
const viewsBefore = new Map<string, string>();
/** One session each, opened before the letter exists (a new login would itself be a counted change). */
const sessions = new Map<string, Client>();

function request(call: OutsiderCall, url: string, objects: OwnedObjects) {
  let path = url;
  for (const [name, value] of Object.entries(call.params?.(objects) ?? {}))
    path = path.replace(`:${name}`, encodeURIComponent(value));
  const query = new URLSearchParams(call.query?.(objects) ?? {}).toString();
  return { path: query ? `${path}?${query}` : path, body: call.body?.(objects) };
}

beforeAll(async () => {
  t = await createTestApp({ demo: 'full' });
  const modules = modulesOf(t.database);
  owned = await loadOwnedObjects(t.database.db, modules);
  const namedUserId = await createNamedPerson(t.database.db, owned);
  for (const email of Object.values(UNCLEARED)) {
    const client = await loginAs(t.app, email);
    sessions.set(email, client);
    for (const view of COUNTED_VIEWS) viewsBefore.set(`${email} ${view}`, (await client.request('GET', view)).body);
  }
  secret = await loadConfidentialObjects(t.database.db, owned, modules, namedUserId);
});
afterAll(async () => t?.close());

describe.each(Object.entries(UNCLEARED))('%s', (_who, email) => {
  it('gets 404 on every route aimed at the letter or its tasks, changes nothing and sees it nowhere', async () => {
    const client = sessions.get(email)!;
    const routes = t.app.routeTable.filter((r) => r.tenancy === 'scoped');
    let aimed = 0;
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const call = OUTSIDER_CALLS[key]!;
      const ordinary = request(call, route.url, owned);
      const target = request(call, route.url, secret.conf);
      const aimedAtSecret = JSON.stringify(ordinary) !== JSON.stringify(target);
      // A write that does not touch the confidential letter is this user's ordinary business.
      if (!aimedAtSecret && route.method !== 'GET') continue;
      const before = await databaseSnapshot(t.database);
      const res = await client.request(route.method, target.path, target.body);
      expect(await databaseSnapshot(t.database), `${key} changed the database`).toBe(before);
      if (aimedAtSecret) {
        aimed++;
        expect(res.statusCode, `${key} → ${res.statusCode} ${res.body.slice(0, 200)}`).toBe(404);
      }
      for (const marker of secret.conf.markers)
        expect(res.body.includes(marker), `${key} leaked ${marker}`).toBe(false);
    }
    expect(aimed).toBeGreaterThan(15);
  });

  it('sees the same home cards, task list and notifications as before the letter arrived', async () => {
    const client = sessions.get(email)!;
    for (const view of COUNTED_VIEWS)
      expect(JSON.parse((await client.request('GET', view)).body), view).toEqual(
        JSON.parse(viewsBefore.get(`${email} ${view}`)!),
      );
  });

  it('finds nothing of it in search, deadlines, the desk, registers or the audit log', async () => {
    const client = sessions.get(email)!;
    const org = owned.orgId;
    for (const url of [
      `/api/documents/search?q=${encodeURIComponent('bao ve bi mat nha nuoc')}&organisationId=${org}`,
      `/api/documents/search?q=4471&organisationId=${org}`,
      `/api/deadlines?scope=organisation&organisationId=${org}&window=3650`,
      `/api/desk?organisationId=${org}&includeDone=true`,
      `/api/registers/incoming?organisationId=${org}&year=2026`,
      `/api/registers/outgoing?organisationId=${org}&year=2026`,
      `/api/audit?organisationId=${org}&pageSize=200`,
      `/api/audit?entityType=document&entityId=${secret.documentId}`,
    ]) {
      const res = await client.request('GET', url);
      for (const marker of secret.conf.markers)
        expect(res.body.includes(marker), `${url} leaked ${marker}`).toBe(false);
    }
  });
});

describe('people cleared for it', () => {
  it('the clerk and the director see the letter, its handling and both tasks', async () => {
    for (const email of ['vanthu@tct-thainguyen.vn', 'hieutruong@tct-thainguyen.vn']) {
      const client = await loginAs(t.app, email);
      const doc = await client.request('GET', `/api/documents/${secret.documentId}`);
      expect(doc.statusCode, email).toBe(200);
      expect(doc.json().subject).toBe(SECRET.subject);
      const slip = (await client.request('GET', `/api/documents/${secret.documentId}/direction`)).json();
      expect(slip.tasks.map((task: { id: string }) => task.id).sort()).toEqual(
        [secret.namedTaskId, secret.directorTaskId].sort(),
      );
      expect(slip.presentations[0].note).toBe(SECRET.note);
      const found = (await client.request('GET', `/api/documents/search?q=4471&organisationId=${owned.orgId}`)).json();
      expect(JSON.stringify(found)).toContain(SECRET.symbol);
    }
  });

  it('the person named on task 1 sees the letter and that task only, not the rest of its handling', async () => {
    const named = await loginAs(t.app, NAMED_EMAIL);
    expect((await named.request('GET', `/api/documents/${secret.documentId}`)).statusCode).toBe(200);
    expect((await named.request('GET', `/api/tasks/${secret.namedTaskId}`)).statusCode).toBe(200);
    expect((await named.request('GET', `/api/tasks/${secret.directorTaskId}`)).statusCode).toBe(404);
    const mine = (await named.request('GET', '/api/tasks/mine?status=all')).json();
    expect(mine.items.map((task: { id: string }) => task.id)).toEqual([secret.namedTaskId]);
    const slip = (await named.request('GET', `/api/documents/${secret.documentId}/direction`)).json();
    expect(slip.tasks.map((task: { id: string }) => task.id)).toEqual([secret.namedTaskId]);
    expect(slip.presentations).toEqual([]);
    expect(JSON.stringify(slip)).not.toContain(SECRET.requirement2);
  });

  it('a confidential letter is given to named people, never to a unit', async () => {
    const leader = await loginAs(t.app, 'hieutruong@tct-thainguyen.vn');
    const res = await leader.request('POST', `/api/documents/${secret.documentId}/direction`, {
      note: 'Giao phòng',
      assignments: [{ taskId: secret.directorTaskId, lead: { unitId: owned.unitId } }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/chỉ được giao cho cá nhân/);
  });

  it("the daily digest reaches the named person and the director, no one else's inbox", async () => {
    await runDeadlineDigest(t.database.db, { date: '2026-03-01' });
    const digests = await t.database.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.email', 'notifications.body'])
      .where('notifications.kind', '=', 'deadline_digest')
      .execute();
    const told = digests.filter((d) => d.body.includes('mốc 4471')).map((d) => d.email);
    expect(told).toContain(NAMED_EMAIL);
    for (const email of Object.values(UNCLEARED)) expect(told).not.toContain(email);
  });
});
