/**
 * The staff roster of a school (danh sách cán bộ, viên chức): the figures of criterion 2 are computed from
 * it. An import replaces the school's list in ONE audited transaction, only when the file has no error at
 * all (every error is listed, with row and column); a preview parses without writing.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { UnreadableFileError } from '../../compliance/read-sheets.ts';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { parseRosterFile, type RosterImport, summarizeRoster } from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import type { UploadedFile } from './catalogue.service.ts';
import { staffOf } from './standard.presenter.ts';
import { assertSchoolWriter } from './standard.policy.ts';
import { findSchool, listStaff, replaceStaff } from './standard.repository.ts';

export function createRosterService(db: Kysely<DB>) {
  /** Checked before the upload is read: the target must be the caller's own school, by a writer. */
  async function assertTarget(ctx: RequestContext, organisationId: string) {
    if (!(await findSchool(db, ctx.actor, organisationId))) throw notFound('Không tìm thấy trường.');
    assertCanWrite(ctx.actor, organisationId);
    assertSchoolWriter(ctx);
  }

  async function parse(file: UploadedFile): Promise<RosterImport> {
    try {
      return await parseRosterFile(file.data, file.fileName, { today: vietnamToday() });
    } catch (error) {
      if (error instanceof UnreadableFileError)
        return { members: [], errors: [{ sheet: file.fileName, row: null, column: null, message: error.message }] };
      throw error;
    }
  }

  async function preview(ctx: RequestContext, organisationId: string, file: UploadedFile) {
    await assertTarget(ctx, organisationId);
    const parsed = await parse(file);
    return {
      errors: parsed.errors,
      count: parsed.members.length,
      summary: parsed.errors.length === 0 ? summarizeRoster(parsed.members, vietnamToday()) : null,
    };
  }

  async function importRoster(ctx: RequestContext, organisationId: string, file: UploadedFile) {
    await assertTarget(ctx, organisationId);
    const parsed = await parse(file);
    if (parsed.errors.length > 0)
      throw new AppError(
        'UNPROCESSABLE',
        `Tệp có ${parsed.errors.length} lỗi: chưa ghi danh sách nào. Sửa các lỗi rồi nhập lại.`,
        { errors: parsed.errors },
      );
    const importId = randomUUID();
    const at = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      const before = (await listStaff(trx, ctx.actor, organisationId)).length;
      await replaceStaff(
        trx,
        organisationId,
        parsed.members.map(({ row: _row, ...m }, i) => ({
          id: randomUUID(),
          organisation_id: organisationId,
          ordinal: i + 1,
          full_name: m.fullName,
          staff_code: m.staffCode,
          data_json: JSON.stringify(m),
          import_id: importId,
          imported_at: at,
        })),
      );
      await recordAudit(trx, ctx, {
        action: 'standard.roster.imported',
        entityType: 'standard_roster',
        entityId: importId,
        organisationId,
        before: { members: before },
        after: { fileName: file.fileName, members: parsed.members.length },
      });
    });
    return list(ctx, organisationId);
  }

  /** The roster's figures over everyone, and one page of the people (50 by default). */
  async function list(
    ctx: RequestContext,
    organisationId: string,
    window: { page?: number | undefined; pageSize?: number | undefined } = {},
  ) {
    if (!(await findSchool(db, ctx.actor, organisationId))) throw notFound('Không tìm thấy trường.');
    const rows = await listStaff(db, ctx.actor, organisationId);
    const members = rows.map(staffOf);
    const page = window.page ?? 1;
    const pageSize = window.pageSize ?? 50;
    const start = (page - 1) * pageSize;
    return {
      importedAt: rows[0]?.imported_at ?? null,
      total: rows.length,
      page,
      pageSize,
      members: rows.slice(start, start + pageSize).map((r, i) => ({ id: r.id, ...members[start + i]! })),
      summary: summarizeRoster(members, vietnamToday()),
    };
  }

  return { assertTarget, preview, importRoster, list };
}

export type RosterService = ReturnType<typeof createRosterService>;
