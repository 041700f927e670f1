/**
 * Login, sessions and password changes. Sessions are random tokens in an HttpOnly cookie; the
 * database stores only their SHA-256, so a leaked database cannot be replayed as sessions.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { type AuditContext, recordAudit } from '../audit/audit.ports.ts';
import { isRole, type Actor, type RequestContext } from '../tenancy/actor.ts';
import { scopeFor } from '../tenancy/scope.ts';
import { organisationReach } from '../tenancy/succession.repository.ts';
import {
  deleteOtherSessions,
  deleteSession,
  deleteUserSessions,
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
import { loginFailures } from '../../lib/metrics.ts';
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

  /**
   * A hash with the real parameters, made once, that no password matches: verifying against it when
   * the account is unknown or deactivated spends the same time as a real check, so response time does
   * not reveal which e-mail addresses have (active) accounts.
   */
  let decoyHash: Promise<string> | null = null;
  const decoy = () => (decoyHash ??= hashPassword(randomBytes(24).toString('base64url')));

  /** Audit a refused login with its reason (never the password). */
  async function recordFailure(
    trx: Transaction<DB>,
    ctx: AuditContext,
    detail: { userId: string | null; organisationId: string | null; email: string; reason: string },
  ) {
    loginFailures.inc({ reason: detail.reason });
    await recordAudit(trx, ctx, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: detail.userId,
      organisationId: detail.organisationId,
      after: { email: detail.email, reason: detail.reason },
    });
  }

  /**
   * One more wrong password for `user`: at `loginMaxFailures` the account locks for `loginLockMinutes`
   * and all its sessions end. Shared by login and change-password, so guessing through either counts.
   */
  async function countFailure(
    trx: Transaction<DB>,
    ctx: AuditContext,
    user: { id: string; organisation_id: string; failed_logins: number; locked_until: string | null },
    now: Date,
  ): Promise<{ locked: boolean; failures: number }> {
    const failures = user.failed_logins + 1;
    const locked = failures >= config.loginMaxFailures;
    await recordFailedLogin(trx, user.id, {
      failedLogins: locked ? 0 : failures,
      lockedUntil: locked
        ? new Date(now.getTime() + config.loginLockMinutes * 60_000).toISOString()
        : user.locked_until,
    });
    if (locked) {
      await deleteUserSessions(trx, user.id);
      await recordAudit(trx, ctx, {
        action: 'user.locked',
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisation_id,
        after: { failures },
      });
    }
    return { locked, failures };
  }

  function lockedError(lockedUntil: string): AppError {
    const until = new Date(lockedUntil).toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    return new AppError('LOCKED', `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau ${until}.`);
  }

  async function login(input: {
    email: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
    requestId: string;
    clientRequestId?: string | null;
  }): Promise<LoginResult> {
    const email = input.email.trim().toLowerCase();
    const user = await findUserByEmail(db, email);
    const now = new Date();
    const invalid = new AppError('UNAUTHENTICATED', 'Email hoặc mật khẩu không đúng.');
    // Every path verifies one argon2 hash: unknown, deactivated, locked and wrong all take the same time.
    const usable = user?.active === 1;
    const passwordOk = await verifyPassword(usable ? user.password_hash : await decoy(), input.password);
    const request = { requestId: input.requestId, clientRequestId: input.clientRequestId ?? null };
    if (!user || !usable) {
      await db.transaction().execute((trx) =>
        recordFailure(trx, request, {
          userId: user?.id ?? null,
          organisationId: user?.organisation_id ?? null,
          email,
          reason: user ? 'deactivated' : 'unknown_email',
        }),
      );
      throw invalid;
    }
    // The account acts on its own behalf in its audit rows (it is not signed in yet: no scope).
    const systemCtx: RequestContext = {
      actor: {
        userId: user.id,
        organisationId: user.organisation_id,
        unitId: null,
        role: 'staff',
        fullName: user.full_name,
        scope: { kind: 'orgs', organisationIds: [] },
      },
      ...request,
    };
    if (user.locked_until && user.locked_until > now.toISOString()) {
      await db.transaction().execute((trx) =>
        recordFailure(trx, systemCtx, {
          userId: user.id,
          organisationId: user.organisation_id,
          email,
          reason: 'locked',
        }),
      );
      throw lockedError(user.locked_until);
    }
    if (!passwordOk) {
      const outcome = await db.transaction().execute(async (trx) => {
        await recordFailure(trx, systemCtx, {
          userId: user.id,
          organisationId: user.organisation_id,
          email,
          reason: 'wrong_password',
        });
        return countFailure(trx, systemCtx, user, now);
      });
      throw outcome.locked
        ? new AppError(
            'LOCKED',
            `Đăng nhập sai ${outcome.failures} lần: tài khoản bị khóa ${config.loginLockMinutes} phút.`,
          )
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

  /**
   * Change one's own password. A wrong current password counts toward the lockout like a wrong login
   * (a stolen session must not become a free password-guessing oracle) and is audited.
   */
  async function changePassword(
    ctx: RequestContext,
    sessionId: string,
    input: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    const user = await findPasswordHash(db, ctx.actor.userId);
    const now = new Date();
    if (user.locked_until && user.locked_until > now.toISOString()) throw lockedError(user.locked_until);
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
      const outcome = await db.transaction().execute(async (trx) => {
        await recordAudit(trx, ctx, {
          action: 'user.password_change_failed',
          entityType: 'user',
          entityId: user.id,
          organisationId: user.organisation_id,
        });
        return countFailure(trx, ctx, user, now);
      });
      if (outcome.locked)
        throw new AppError(
          'LOCKED',
          `Nhập sai mật khẩu ${outcome.failures} lần: tài khoản bị khóa ${config.loginLockMinutes} phút và mọi phiên đăng nhập đã kết thúc.`,
        );
      throw new AppError('BAD_REQUEST', 'Mật khẩu hiện tại không đúng.');
    }
    assertPasswordPolicy(input.newPassword);
    const hash = await hashPassword(input.newPassword);
    await db.transaction().execute(async (trx) => {
      await updatePasswordHash(trx, ctx.actor.userId, hash, now.toISOString());
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
