/**
 * People of an organisation. Admins manage the people of their own organisation; the Academy
 * administrator may also manage school accounts (needed to bootstrap a school's own admin).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { compareVietnameseNames, foldVietnamese } from '../../lib/vn.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { assertPasswordPolicy, hashPassword } from '../auth/auth.ports.ts';
import type { HomeCardProvider } from '../module.ts';
import { ADMIN_ROLES, isAcademyRole, type Role, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { presentPerson } from './users.presenter.ts';
import {
  countActivePeople,
  deleteSessionsOf,
  findOrganisationKind,
  findPeople,
  findPerson,
  findUnitOf,
  findUserIdByEmail,
  insertUser,
  updateUser,
} from './users.repository.ts';
import type { CreatePersonBody, UpdatePersonBody } from './users.schemas.ts';

export function createUsersService(db: Kysely<DB>) {
  async function listPeople(
    ctx: RequestContext,
    query: { organisationId?: string | undefined; q?: string | undefined; limit: number; offset: number },
  ) {
    const rows = await findPeople(db, ctx.actor, query.organisationId);
    const needle = query.q ? foldVietnamese(query.q) : null;
    const matched = (
      needle ? rows.filter((r) => foldVietnamese(`${r.full_name} ${r.email} ${r.title ?? ''}`).includes(needle)) : rows
    ).sort((a, b) => compareVietnameseNames(a.full_name, b.full_name));
    return { items: matched.slice(query.offset, query.offset + query.limit).map(presentPerson), total: matched.length };
  }

  async function getPerson(ctx: RequestContext, id: string) {
    const row = await findPerson(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy cán bộ.');
    return presentPerson(row);
  }

  function assertAdminOf(ctx: RequestContext, organisationId: string): void {
    assertCanWrite(ctx.actor, organisationId, { academyMayWrite: ctx.actor.role === 'academy_admin' });
    if (!ADMIN_ROLES.includes(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được quản lý cán bộ.');
  }

  async function assertRoleFits(organisationId: string, role: Role, unitId: string | null | undefined) {
    const org = await findOrganisationKind(db, organisationId);
    if (!org) throw new AppError('BAD_REQUEST', 'Đơn vị không tồn tại.');
    if ((org.kind === 'academy') !== isAcademyRole(role)) {
      throw new AppError(
        'BAD_REQUEST',
        org.kind === 'academy'
          ? 'Cán bộ Học viện chỉ nhận vai trò của Học viện.'
          : 'Vai trò của Học viện không dùng cho trường.',
      );
    }
    if (unitId) {
      const unit = await findUnitOf(db, unitId, organisationId);
      if (!unit) throw new AppError('BAD_REQUEST', 'Phòng, khoa không thuộc đơn vị này.');
    }
  }

  async function createPerson(ctx: RequestContext, input: CreatePersonBody) {
    assertAdminOf(ctx, input.organisationId);
    await assertRoleFits(input.organisationId, input.role, input.unitId);
    assertPasswordPolicy(input.password);
    const email = input.email.trim().toLowerCase();
    if (await findUserIdByEmail(db, email)) {
      throw new AppError('CONFLICT', `Email ${email} đã được dùng cho tài khoản khác.`);
    }
    const now = new Date().toISOString();
    const row = {
      id: randomUUID(),
      organisation_id: input.organisationId,
      unit_id: input.unitId ?? null,
      email,
      full_name: input.fullName.normalize('NFC').trim(),
      title: input.title ?? null,
      role: input.role,
      password_hash: await hashPassword(input.password),
      active: 1,
      failed_logins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
      last_login_at: null,
    };
    await db.transaction().execute(async (trx) => {
      await insertUser(trx, row);
      await recordAudit(trx, ctx, {
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        organisationId: row.organisation_id,
        after: row,
      });
    });
    return getPerson(ctx, row.id);
  }

  async function updatePerson(ctx: RequestContext, id: string, input: UpdatePersonBody) {
    const before = await findPerson(db, ctx.actor, id);
    if (!before) throw notFound('Không tìm thấy cán bộ.');
    assertAdminOf(ctx, before.organisation_id);
    if (input.role || input.unitId)
      await assertRoleFits(before.organisation_id, input.role ?? (before.role as Role), input.unitId);
    if (id === ctx.actor.userId && (input.active === false || (input.role && input.role !== ctx.actor.role))) {
      throw new AppError('BAD_REQUEST', 'Không thể tự khóa tài khoản hoặc đổi vai trò của chính mình.');
    }
    const patch = {
      ...(input.fullName !== undefined ? { full_name: input.fullName.normalize('NFC').trim() } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.unitId !== undefined ? { unit_id: input.unitId } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      updated_at: new Date().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await updateUser(trx, id, patch);
      if (input.active === false) await deleteSessionsOf(trx, id);
      await recordAudit(trx, ctx, {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        organisationId: before.organisation_id,
        before,
        after: patch,
      });
    });
    return getPerson(ctx, id);
  }

  async function resetPassword(ctx: RequestContext, id: string, newPassword: string) {
    const person = await findPerson(db, ctx.actor, id);
    if (!person) throw notFound('Không tìm thấy cán bộ.');
    assertAdminOf(ctx, person.organisation_id);
    assertPasswordPolicy(newPassword);
    const hash = await hashPassword(newPassword);
    await db.transaction().execute(async (trx) => {
      await updateUser(trx, id, {
        password_hash: hash,
        failed_logins: 0,
        locked_until: null,
        updated_at: new Date().toISOString(),
      });
      await deleteSessionsOf(trx, id);
      await recordAudit(trx, ctx, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: id,
        organisationId: person.organisation_id,
      });
    });
  }

  /** Everyone's home: active people of their organisation (the Academy counts its own staff). */
  const homeCards: HomeCardProvider = async (ctx) => {
    const narrow = isAcademyRole(ctx.actor.role) ? ctx.actor.organisationId : null;
    const people = await countActivePeople(db, ctx.actor, narrow);
    return [{ label: 'Cán bộ đang hoạt động trong đơn vị', value: String(people), href: '/can-bo' }];
  };

  return { listPeople, getPerson, createPerson, updatePerson, resetPassword, homeCards };
}

export type UsersService = ReturnType<typeof createUsersService>;
