/** Use cases over the network directory and an organisation's workspace. */
import { namesOn } from '../../network/names.ts';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { ACADEMY_CODE } from '../../network/seed-data.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { HomeCardProvider } from '../module.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, canRead } from '../tenancy/scope.ts';
import {
  countActivePeople,
  countOrganisations,
  findOrganisationByCode,
  findOrganisationById,
  findOrganisations,
  findSuccessionLinks,
  findUnits,
  insertOrganisation,
  insertUnit,
  type OrganisationQuery,
  updateOrganisationRow,
} from './organisations.repository.ts';
import { presentOrganisation, presentUnit } from './organisations.presenter.ts';
import type { CreateSectorSchoolBody, CreateUnitBody, UpdateOrganisationBody } from './organisations.schemas.ts';

export function createOrganisationsService(db: Kysely<DB>) {
  /** Rows with the names valid on `date` (network/names.ts: thành phố Huế from 1/1/2025, renamed schools). */
  async function present(rows: Awaited<ReturnType<typeof findOrganisationById>>[], date = vietnamToday()) {
    const present = rows
      .filter((r): r is NonNullable<typeof r> => Boolean(r))
      .map((r) => {
        const names = namesOn(r, date);
        return {
          ...r,
          name: names.name,
          province_name: names.provinceName,
          name_uncertain: names.uncertain ? 1 : r.name_uncertain,
        };
      });
    const links = await findSuccessionLinks(
      db,
      present.map((r) => r.id),
    );
    return present.map((r) =>
      presentOrganisation(r, { predecessors: links.predecessors.get(r.id), successors: links.successors.get(r.id) }),
    );
  }

  async function listDirectory(query: OrganisationQuery) {
    const { rows, total } = await findOrganisations(db, query);
    return { items: await present(rows, query.at), total };
  }

  async function getDirectoryEntry(id: string) {
    const row = await findOrganisationById(db, id);
    if (!row) throw notFound('Không tìm thấy đơn vị.');
    const [org] = await present([row]);
    return { ...org!, units: (await findUnits(db, id)).map(presentUnit) };
  }

  /** The organisation's own workspace: only its members (and the Academy) may open it. */
  async function getWorkspace(ctx: RequestContext, id: string) {
    if (!canRead(ctx.actor, id)) throw notFound('Không tìm thấy đơn vị hoặc bạn không có quyền xem.');
    const row = await findOrganisationById(db, id);
    if (!row) throw notFound('Không tìm thấy đơn vị hoặc bạn không có quyền xem.');
    const [organisation] = await present([row]);
    return {
      organisation: organisation!,
      units: (await findUnits(db, id)).map(presentUnit),
      peopleCount: await countActivePeople(db, id),
    };
  }

  async function createSectorSchool(ctx: RequestContext, input: CreateSectorSchoolBody) {
    if (ctx.actor.role !== 'academy_admin')
      throw new AppError('FORBIDDEN', 'Chỉ quản trị Học viện được thêm trường bộ, ngành.');
    const academy = await findOrganisationByCode(db, ACADEMY_CODE);
    if (!academy) throw notFound('Không tìm thấy Học viện trong danh mục.');
    const exists = await findOrganisationByCode(db, input.code);
    if (exists) throw new AppError('CONFLICT', `Mã đơn vị "${input.code}" đã tồn tại.`);
    const now = new Date().toISOString();
    const row = {
      id: randomUUID(),
      code: input.code,
      name: input.name.trim(),
      short_name: null,
      kind: 'sector_school',
      parent_id: academy.id,
      province_code: null,
      province_period: null,
      province_name: null,
      valid_from: null,
      valid_to: null,
      name_uncertain: 0,
      source: 'Nhập bởi quản trị Học viện',
      note: input.note ?? null,
      created_at: now,
      updated_at: now,
    };
    await db.transaction().execute(async (trx) => {
      await insertOrganisation(trx, row);
      await recordAudit(trx, ctx, {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: row.id,
        organisationId: row.id,
        after: row,
      });
    });
    return getDirectoryEntry(row.id);
  }

  async function updateOrganisation(ctx: RequestContext, id: string, input: UpdateOrganisationBody) {
    if (ctx.actor.role !== 'academy_admin')
      throw new AppError('FORBIDDEN', 'Chỉ quản trị Học viện được sửa danh mục đơn vị.');
    const before = await findOrganisationById(db, id);
    if (!before) throw notFound('Không tìm thấy đơn vị.');
    const patch = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.nameUncertain !== undefined ? { name_uncertain: input.nameUncertain ? 1 : 0 } : {}),
      updated_at: new Date().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await updateOrganisationRow(trx, id, patch);
      await recordAudit(trx, ctx, {
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before,
        after: { ...before, ...patch },
      });
    });
    return getDirectoryEntry(id);
  }

  async function createUnit(ctx: RequestContext, organisationId: string, input: CreateUnitBody) {
    assertCanWrite(ctx.actor, organisationId, { academyMayWrite: ctx.actor.role === 'academy_admin' });
    if (!['academy_admin', 'school_admin'].includes(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được thêm phòng, khoa.');
    const org = await findOrganisationById(db, organisationId);
    if (!org) throw notFound();
    const row = {
      id: randomUUID(),
      organisation_id: organisationId,
      name: input.name.trim(),
      kind: input.kind,
      uncertain: 0,
      created_at: new Date().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await insertUnit(trx, row);
      await recordAudit(trx, ctx, {
        action: 'unit.created',
        entityType: 'org_unit',
        entityId: row.id,
        organisationId,
        after: row,
      });
    });
    return presentUnit(row);
  }

  /** The Academy's home: how many provincial schools operate today and how many sector schools are entered. */
  const homeCards: HomeCardProvider = async (ctx) => {
    if (!isAcademyRole(ctx.actor.role)) return [];
    const schools = await countOrganisations(db, 'provincial_school', vietnamToday());
    const sector = await countOrganisations(db, 'sector_school');
    return [
      { label: 'Trường chính trị tỉnh, thành phố (hiện nay)', value: String(schools), href: '/mang-luoi' },
      {
        label: 'Trường cán bộ của bộ, ngành, đoàn thể Trung ương (đã nhập)',
        value: String(sector),
        hint: 'Danh sách chưa xác minh đầy đủ',
        href: '/mang-luoi?kind=sector_school',
      },
    ];
  };

  return {
    listDirectory,
    getDirectoryEntry,
    getWorkspace,
    createSectorSchool,
    updateOrganisation,
    createUnit,
    homeCards,
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
