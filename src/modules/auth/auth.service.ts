/**
 * Login, sessions and password changes. Sessions are random tokens in an HttpOnly cookie; the
 * database stores only their SHA-256, so a leaked database cannot be replayed as sessions.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { isRole, type Actor, type RequestContext } from '../tenancy/actor.ts';
import { scopeFor } from '../tenancy/scope.ts';
import { organisationReach } from '../tenancy/succession.repository.ts';
import {
  deleteOtherSessions,
  deleteSession,
  findActiveUser,
  findMe,
  findPasswordHash,
  findSession,
  findUserByEmail,
  insertSession,
  recordFailedLogin,
  recordSuccessfulLogin,
  updatePasswordHash,
} from './auth.repository.ts';
import { presentMe } from './auth.presenter.ts';
import { assertPasswordPolicy, hashPassword, verifyPassword } from './password.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type LoginResult = { token: string; csrfToken: string; expiresAt: string; actor: Actor };

export function createAuthService(db: Kysely<DB>, config: Config) {
  async function buildActor(userId: string): Promise<Actor | null> {
    const user = await findActiveUser(db, userId);
    if (!user || !isRole(user.role)) return null;
    const scope = await scopeFor(user.role, () => organisationReach(db, user.organisation_id));
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
    const user = await findUserByEmail(db, email);
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
        await recordFailedLogin(trx, user.id, {
          failedLogins: lock ? 0 : failures,
          lockedUntil: lock
            ? new Date(now.getTime() + config.loginLockMinutes * 60_000).toISOString()
            : user.locked_until,
        });
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
      await recordSuccessfulLogin(trx, user.id, now.toISOString());
      await insertSession(trx, {
        id: hashToken(token),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      });
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
    const session = await findSession(db, hashToken(token));
    if (!session || session.expires_at <= new Date().toISOString()) return null;
    const actor = await buildActor(session.user_id);
    return actor ? { actor, csrfToken: session.csrf_token, sessionId: session.id } : null;
  }

  async function logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await deleteSession(trx, sessionId);
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
    const user = await findPasswordHash(db, ctx.actor.userId);
    if (!(await verifyPassword(user.password_hash, input.currentPassword)))
      throw new AppError('BAD_REQUEST', 'Mật khẩu hiện tại không đúng.');
    assertPasswordPolicy(input.newPassword);
    const hash = await hashPassword(input.newPassword);
    await db.transaction().execute(async (trx) => {
      await updatePasswordHash(trx, ctx.actor.userId, hash, new Date().toISOString());
      // Other sessions end: a changed password should lock out whoever else had it.
      await deleteOtherSessions(trx, ctx.actor.userId, sessionId);
      await recordAudit(trx, ctx, {
        action: 'user.password_changed',
        entityType: 'user',
        entityId: ctx.actor.userId,
        organisationId: ctx.actor.organisationId,
      });
    });
  }

  /** The signed-in user for the web app (GET /api/auth/me and the login response). */
  async function me(actor: Actor) {
    return presentMe(actor, await findMe(db, actor.userId));
  }

  return { login, resolveSession, logout, changePassword, buildActor, me, newId: randomUUID };
}

export type AuthService = ReturnType<typeof createAuthService>;
