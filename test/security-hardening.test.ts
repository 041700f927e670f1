/**
 * Hardening found by the attack pass (issue 9, items 2–7): response headers, uploaded files as downloads,
 * password guessing through change-password, failed logins audited with one hash check on every path,
 * server-made request ids, and the Secure cookie behind HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type Client, type TestApp } from '../src/testing/http.ts';
import { contextFor, insertDocument, multipart } from './direction.factory.ts';
import { modulesOf } from '../src/testing/test-database.ts';
import { THAI_NGUYEN_CODE } from '../src/seed/seed-demo.ts';

let t: TestApp;
let staff: Client;
let taskId: string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  const tn = (
    await db.selectFrom('organisations').select('id').where('code', '=', THAI_NGUYEN_CODE).executeTakeFirstOrThrow()
  ).id;
  const doc = await insertDocument(db, tn, { requirements: [{ no: 1, text: 'Nộp báo cáo', deadline: null }] });
  const leader = await contextFor(db, 'hieutruong@tct-thainguyen.vn');
  const staffCtx = await contextFor(db, 'canbo@tct-thainguyen.vn');
  await modulesOf(t.database).tasks.services.direction.direct(leader, doc.id, {
    note: 'Giao cán bộ',
    assignments: [{ requirementId: doc.requirementIds[0]!, lead: { userId: staffCtx.actor.userId } }],
  });
  taskId = (await db.selectFrom('tasks').select('id').where('document_id', '=', doc.id).executeTakeFirstOrThrow()).id;
  staff = await loginAs(t.app, 'canbo@tct-thainguyen.vn');
});
afterAll(async () => t?.close());

describe('response headers', () => {
  it('forbid framing, restrict sources and keep API answers out of caches', async () => {
    const res = await staff.request('GET', '/api/auth/me');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('uploaded files', () => {
  it('are always attachments, whatever type the uploader claimed', async () => {
    const upload = multipart([
      { name: 'trang.html', type: 'text/html', content: '<script>alert(document.cookie)</script>' },
      {
        name: 'anh.svg',
        type: 'image/svg+xml',
        content: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      },
    ]);
    const added = await staff.request('POST', `/api/tasks/${taskId}/files`, upload.body, {
      'content-type': upload.contentType,
    });
    expect(added.statusCode, added.body).toBe(201);
    for (const file of added.json() as { id: string }[]) {
      const res = await staff.request('GET', `/api/tasks/${taskId}/files/${file.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('passwords', () => {
  it('counts wrong current passwords on change-password toward the lockout, audits them and ends sessions', async () => {
    const email = 'quantri@tct-thainguyen.vn';
    const admin = await loginAs(t.app, email);
    const other = await loginAs(t.app, email);
    const max = t.database.config.loginMaxFailures;
    for (let i = 1; i < max; i++) {
      const res = await admin.request('POST', '/api/auth/change-password', {
        currentPassword: `sai-${i}`,
        newPassword: 'MatKhauMoi12345',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe('Mật khẩu hiện tại không đúng.');
    }
    const last = await admin.request('POST', '/api/auth/change-password', {
      currentPassword: 'sai-cuoi',
      newPassword: 'MatKhauMoi12345',
    });
    expect(last.statusCode).toBe(423);
    expect(last.json().error.message).toMatch(/bị khóa/);
    expect((await other.request('GET', '/api/auth/me')).statusCode).toBe(401);
    await expect(loginAs(t.app, email)).rejects.toThrow(/423/);
    const user = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const actions = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('entity_id', '=', user.id)
      .where('action', 'in', ['user.password_change_failed', 'user.locked'])
      .execute();
    expect(actions.filter((a) => a.action === 'user.password_change_failed')).toHaveLength(max);
    expect(actions.filter((a) => a.action === 'user.locked')).toHaveLength(1);
    expect(JSON.stringify(actions)).not.toMatch(/sai-/);
  });

  it('audits every refused login with its reason and never the password', async () => {
    const { db } = t.database;
    await db.updateTable('users').set({ active: 0 }).where('email', '=', 'vanthu@tct-vinhlong.vn').execute();
    const attempts = [
      { email: 'khong.ton.tai@example.vn', reason: 'unknown_email' },
      { email: 'vanthu@tct-vinhlong.vn', reason: 'deactivated' },
      { email: 'hieutruong@tct-vinhlong.vn', reason: 'wrong_password' },
    ];
    for (const a of attempts) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: a.email, password: 'DoanBua-12345' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('Email hoặc mật khẩu không đúng.');
    }
    const rows = await db
      .selectFrom('audit_log')
      .select(['after_json', 'actor_user_id'])
      .where('action', '=', 'auth.login_failed')
      .execute();
    const reasons = rows.map((r) => JSON.parse(r.after_json ?? '{}'));
    for (const a of attempts) expect(reasons).toContainEqual({ email: a.email, reason: a.reason });
    expect(JSON.stringify(rows)).not.toContain('DoanBua');
    await db.updateTable('users').set({ active: 1 }).where('email', '=', 'vanthu@tct-vinhlong.vn').execute();
  });
});

describe('request ids', () => {
  it('are made by the server; a client-sent id is kept apart in the audit log', async () => {
    const res = await staff.request('POST', `/api/tasks/${taskId}/acknowledge`, {}, { 'x-request-id': 'gia-mao-123' });
    expect(res.statusCode, res.body).toBe(200);
    const serverId = String(res.headers['x-request-id']);
    expect(serverId).toMatch(UUID);
    const row = await t.database.db
      .selectFrom('audit_log')
      .select(['request_id', 'client_request_id'])
      .where('action', '=', 'task.acknowledged')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ request_id: serverId, client_request_id: 'gia-mao-123' });
  });
});

describe('session cookie', () => {
  it('is Secure when the browser came over HTTPS through a trusted proxy, not over plain HTTP', async () => {
    const previous = process.env.TRUST_PROXY;
    process.env.TRUST_PROXY = '1';
    const proxied = await createTestApp();
    try {
      const login = (proto: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-proto': proto },
          payload: { email: 'canbo@tct-thainguyen.vn', password: 'TctDemo2026!' },
        });
      const https = await login('https');
      expect(https.statusCode).toBe(200);
      expect(String(https.headers['set-cookie'])).toMatch(/; Secure/);
      const http = await login('http');
      expect(String(http.headers['set-cookie'])).not.toMatch(/; Secure/);
    } finally {
      await proxied.close();
      if (previous === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = previous;
    }
  });
});
