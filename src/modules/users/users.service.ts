/**
 * People of an organisation. Admins manage the people of their own organisation; the Academy
 * administrator may also manage school accounts (needed to bootstrap a school's own admin).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { compareVietnameseNames, foldVietnamese } from '../../lib/vn.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { hashPassword, assertPasswordPolicy } from '../auth/password.ts';
import { ADMIN_ROLES, ROLE_LABELS, isAcademyRole, type Role, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, scoped } from '../tenancy/scope.ts';
import type { CreatePersonBody, UpdatePersonBody } from './users.schemas.ts';

type PersonRow = {
  id: string;
  email: string;
  full_name: string;
  title: string | null;
  role: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: string;
  unit_id: string | null;
  unit_name: string | null;
  active: number;
  last_login_at: string | null;
};

export function presentPerson(row: PersonRow) {
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    title: row.title,
    role: row.role,
    roleLabel: ROLE_LABELS[row.role as Role] ?? row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    active: row.active === 1,
    lastLoginAt: row.last_login_at,
  };
}

export function createUsersService(db: Kysely<DB>) {
  function basePeopleQuery(ctx: RequestContext) {
    return scoped(
      db
        .selectFrom('users')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .leftJoin('org_units', 'org_units.id', 'users.unit_id')
        .select([
          'users.id',
          'users.email',
          'users.full_name',
          'users.title',
          'users.role',
          'users.organisation_id',
          'organisations.name as organisation_name',
          'organisations.kind as organisation_kind',
          'users.unit_id',
          'org_units.name as unit_name',
          'users.active',
          'users.last_login_at',
        ]),
      ctx.actor,
      'users.organisation_id',
    );
  }

  async function listPeople(
    ctx: RequestContext,
    query: { organisationId?: string | undefined; q?: string | undefined; limit: number; offset: number },
  ) {
    let q = basePeopleQuery(ctx);
    if (query.organisationId) q = q.where('users.organisation_id', '=', query.organisationId);
    const rows = await q.execute();
    const needle = query.q ? foldVietnamese(query.q) : null;
    const matched = (
      needle ? rows.filter((r) => foldVietnamese(`${r.full_name} ${r.email} ${r.title ?? ''}`).includes(needle)) : rows
    ).sort((a, b) => compareVietnameseNames(a.full_name, b.full_name));
    return { items: matched.slice(query.offset, query.offset + query.limit).map(presentPerson), total: matched.length };
  }

  async function getPerson(ctx: RequestContext, id: string) {
    const row = await basePeopleQuery(ctx).where('users.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Không tìm thấy cán bộ.');
    return presentPerson(row);
  }

  function assertAdminOf(ctx: RequestContext, organisationId: string): void {
    assertCanWrite(ctx.actor, organisationId, { academyMayWrite: ctx.actor.role === 'academy_admin' });
    if (!ADMIN_ROLES.includes(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được quản lý cán bộ.');
  }

  async function assertRoleFits(organisationId: string, role: Role, unitId: string | null | undefined) {
    const org = await db
      .selectFrom('organisations')
      .select(['kind'])
      .where('id', '=', organisationId)
      .executeTakeFirst();
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
      const unit = await db
        .selectFrom('org_units')
        .select('id')
        .where('id', '=', unitId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
      if (!unit) throw new AppError('BAD_REQUEST', 'Phòng, khoa không thuộc đơn vị này.');
    }
  }

  async function createPerson(ctx: RequestContext, input: CreatePersonBody) {
    assertAdminOf(ctx, input.organisationId);
    await assertRoleFits(input.organisationId, input.role, input.unitId);
    assertPasswordPolicy(input.password);
    const email = input.email.trim().toLowerCase();
    if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
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
      await trx.insertInto('users').values(row).execute();
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
    const before = await basePeopleQuery(ctx).where('users.id', '=', id).executeTakeFirst();
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
      await trx.updateTable('users').set(patch).where('id', '=', id).execute();
      if (input.active === false) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
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
    const person = await basePeopleQuery(ctx).where('users.id', '=', id).executeTakeFirst();
    if (!person) throw notFound('Không tìm thấy cán bộ.');
    assertAdminOf(ctx, person.organisation_id);
    assertPasswordPolicy(newPassword);
    const hash = await hashPassword(newPassword);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: hash, failed_logins: 0, locked_until: null, updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .execute();
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      await recordAudit(trx, ctx, {
        action: 'user.password_reset',
        entityType: 'user',
        entityId: id,
        organisationId: person.organisation_id,
      });
    });
  }

  return { listPeople, getPerson, createPerson, updatePerson, resetPassword };
}

export type UsersService = ReturnType<typeof createUsersService>;
