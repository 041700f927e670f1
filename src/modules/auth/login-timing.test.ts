/**
 * Login spends one argon2 verification on every path — unknown e-mail, deactivated account, locked
 * account, wrong password, right password — so response time does not tell an attacker which
 * accounts exist or are active. (Counted, not timed: tests never assert on timing.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ verify: 0 }));
vi.mock('./password.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password.ts')>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      calls.verify++;
      return real.verifyPassword(hash, password);
    },
  };
});

const { createTestDatabase } = await import('../../testing/test-database.ts');
const { createAuthService } = await import('./auth.service.ts');
type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.updateTable('users').set({ active: 0 }).where('email', '=', 'vanthu@tct-vinhlong.vn').execute();
  await db
    .updateTable('users')
    .set({ locked_until: '2999-01-01T00:00:00.000Z' })
    .where('email', '=', 'quantri@tct-vinhlong.vn')
    .execute();
});
afterAll(async () => database?.cleanup());
beforeEach(() => {
  calls.verify = 0;
});

const attempt = (email: string, password = 'SaiMatKhau-999') =>
  createAuthService(database.db, database.config)
    .login({ email, password, ip: '127.0.0.1', userAgent: null, requestId: 'timing-test' })
    .then(
      () => 'ok',
      (e: Error) => e.message,
    );

describe('login verifies exactly one password hash on every path', () => {
  it.each([
    ['unknown e-mail', 'khong.ton.tai@example.vn'],
    ['deactivated account', 'vanthu@tct-vinhlong.vn'],
    ['locked account', 'quantri@tct-vinhlong.vn'],
    ['wrong password', 'hieutruong@tct-vinhlong.vn'],
  ])('%s', async (_label, email) => {
    expect(await attempt(email)).not.toBe('ok');
    expect(calls.verify).toBe(1);
  });

  it('right password', async () => {
    expect(await attempt('canbo@tct-vinhlong.vn', 'TctDemo2026!')).toBe('ok');
    expect(calls.verify).toBe(1);
  });
});
