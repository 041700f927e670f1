/**
 * Login, sessions and password changes. Sessions are random tokens in an HttpOnly cookie; the
 * database stores only their SHA-256, so a leaked database cannot be replayed as sessions.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { isAcademyRole, isRole, type Actor, type RequestContext } from '../tenancy/actor.ts';
import { findSuccessionAncestors } from '../organisations/organisations.repository.ts';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type LoginResult = { token: string; csrfToken: string; expiresAt: string; actor: Actor };

export function createAuthService(db: Kysely<DB>, config: Config) {
  async function buildActor(userId: string): Promise<Actor | null> {
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (!user || !isRole(user.role)) return null;
    const scope: Actor['scope'] = isAcademyRole(user.role)
      ? { kind: 'all' }
      : {
          kind: 'orgs',
          organisationIds: [user.organisation_id, ...(await findSuccessionAncestors(db, user.organisation_id))],
        };
    return {
      userId: user.id,
      organisationId: user.organisation_id,
      unitId: user.unit_id,
      role: user.role,
      fullName: user.full_name,
      scope,
    };
  }

  async function login(input: {
    email: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
    requestId: string;
  }): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase();
    const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    const now = new Date();
    const invalid = new AppError('UNAUTHENTICATED', 'Email hoặc mật khẩu không đúng.');
    if (!user) {
      // Spend the same time as a real check so response time does not reveal which emails exist.
      await verifyPassword(
        '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2i8dxvQfyWZKcw5PC8zbnjsNuSnrI0XMaoHKVufYo7M',
        input.password,
      );
      throw invalid;
    }
    if (user.locked_until && user.locked_until > now.toISOString()) {
      throw new AppError(
        'LOCKED',
        `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${new Date(user.locked_until).toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.`,
      );
    }
    const ok = user.active === 1 && (await verifyPassword(user.password_hash, input.password));
    const systemCtx: RequestContext = {
      actor: {
        userId: user.id,
        organisationId: user.organisation_id,
        unitId: null,
        role: 'staff',
        fullName: user.full_name,
        scope: { kind: 'all' },
      },
      requestId: input.requestId,
    };
    if (!ok) {
      const failures = user.failed_logins + 1;
      const lock = failures >= config.loginMaxFailures;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            failed_logins: lock ? 0 : failures,
            locked_until: lock
              ? new Date(now.getTime() + config.loginLockMinutes * 60_000).toISOString()
              : user.locked_until,
          })
          .where('id', '=', user.id)
          .execute();
        if (lock)
          await recordAudit(trx, systemCtx, {
            action: 'user.locked',
            entityType: 'user',
            entityId: user.id,
            organisationId: user.organisation_id,
            after: { failures },
          });
      });
      throw lock
        ? new AppError('LOCKED', `Đăng nhập sai ${failures} lần: tài khoản bị khóa ${config.loginLockMinutes} phút.`)
        : invalid;
    }
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + config.sessionTtlHours * 3_600_000).toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, last_login_at: now.toISOString() })
        .where('id', '=', user.id)
        .execute();
      await trx
        .insertInto('sessions')
        .values({
          id: hashToken(token),
          user_id: user.id,
          csrf_token: csrfToken,
          created_at: now.toISOString(),
          expires_at: expiresAt,
          ip: input.ip,
          user_agent: input.userAgent?.slice(0, 300) ?? null,
        })
        .execute();
      await recordAudit(trx, systemCtx, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisation_id,
      });
    });
    const actor = await buildActor(user.id);
    if (!actor) throw invalid;
    return { token, csrfToken, expiresAt, actor };
  }

  async function resolveSession(token: string): Promise<{ actor: Actor; csrfToken: string; sessionId: string } | null> {
    const session = await db.selectFrom('sessions').selectAll().where('id', '=', hashToken(token)).executeTakeFirst();
    if (!session || session.expires_at <= new Date().toISOString()) return null;
    const actor = await buildActor(session.user_id);
    return actor ? { actor, csrfToken: session.csrf_token, sessionId: session.id } : null;
  }

  async function logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
      await recordAudit(trx, ctx, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: ctx.actor.userId,
        organisationId: ctx.actor.organisationId,
      });
    });
  }

  async function changePassword(
    ctx: RequestContext,
    sessionId: string,
    input: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    const user = await db
      .selectFrom('users')
      .select(['password_hash'])
      .where('id', '=', ctx.actor.userId)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(user.password_hash, input.currentPassword)))
      throw new AppError('BAD_REQUEST', 'Mật khẩu hiện tại không đúng.');
    assertPasswordPolicy(input.newPassword);
    const hash = await hashPassword(input.newPassword);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, updated_at: new Date().toISOString() })
        .where('id', '=', ctx.actor.userId)
        .execute();
      // Other sessions end: a changed password should lock out whoever else had it.
      await trx.deleteFrom('sessions').where('user_id', '=', ctx.actor.userId).where('id', '!=', sessionId).execute();
      await recordAudit(trx, ctx, {
        action: 'user.password_changed',
        entityType: 'user',
        entityId: ctx.actor.userId,
        organisationId: ctx.actor.organisationId,
      });
    });
  }

  return { login, resolveSession, logout, changePassword, buildActor, newId: randomUUID };
}

export type AuthService = ReturnType<typeof createAuthService>;
