/**
 * Editions: the engine's editions stored as data. The Academy's administrator edits an edition (validated by the
 * engine's `checkEdition`, every problem listed in Vietnamese) and creates the next one by copying the last
 * (`copyEdition`: the rules become an unconfirmed draft). Judges are assigned per edition and round.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { checkEdition, copyEdition, type Edition } from '../../contest/editions/index.ts';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertAcademyAdmin, assertJudgeAssigner, type Round } from './contest.policy.ts';
import {
  findAssignableUser,
  findEditionOfYear,
  findEditionRow,
  insertEditionRow,
  insertJudgeRow,
  listEditionRows,
  listJudgeRows,
  updateEditionRow,
} from './editions.repository.ts';

export function editionOf(row: { data_json: string }): Edition {
  return JSON.parse(row.data_json) as Edition;
}

export function createEditionsService(db: Kysely<DB>) {
  async function load(id: string) {
    const row = await findEditionRow(db, id);
    if (!row) throw notFound('Không tìm thấy lần thi.');
    return { row, edition: editionOf(row) };
  }

  async function update(ctx: RequestContext, id: string, data: unknown, status?: 'draft' | 'published') {
    assertAcademyAdmin(ctx.actor);
    const { row } = await load(id);
    if (data === undefined) throw new AppError('BAD_REQUEST', 'Cần gửi thể lệ lần thi (trường "data").');
    const check = checkEdition(data);
    if (!check.ok)
      throw new AppError('BAD_REQUEST', `Dữ liệu lần thi chưa hợp lệ: ${check.errors.join('; ')}`, check.errors);
    if (check.edition.id !== row.id || check.edition.year !== row.year)
      throw new AppError('BAD_REQUEST', 'Không được đổi mã hoặc năm của lần thi.');
    const now = new Date().toISOString();
    const patch = {
      data_json: JSON.stringify(check.edition),
      title: check.edition.title,
      status: status ?? row.status,
      updated_by: ctx.actor.userId,
      updated_at: now,
    };
    await db.transaction().execute(async (trx) => {
      await updateEditionRow(trx, id, patch);
      await recordAudit(trx, ctx, {
        action: 'contest.edition.update',
        entityType: 'contest_edition',
        entityId: id,
        organisationId: null,
        before: { status: row.status, data: editionOf(row) },
        after: { status: patch.status, data: check.edition },
      });
    });
    return load(id);
  }

  async function copy(ctx: RequestContext, id: string, year: number | undefined) {
    assertAcademyAdmin(ctx.actor);
    if (year === undefined) throw new AppError('BAD_REQUEST', 'Cần nhập năm của lần thi mới.');
    const { row, edition } = await load(id);
    if (await findEditionOfYear(db, year)) throw new AppError('CONFLICT', `Đã có lần thi năm ${year}.`);
    let next: Edition;
    try {
      next = copyEdition(edition, year);
    } catch (error) {
      throw new AppError('BAD_REQUEST', error instanceof Error ? error.message : String(error));
    }
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await insertEditionRow(trx, {
        id: next.id,
        year: next.year,
        number: next.number,
        title: next.title,
        data_json: JSON.stringify(next),
        status: 'draft',
        copied_from: row.id,
        updated_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
      });
      await recordAudit(trx, ctx, {
        action: 'contest.edition.copy',
        entityType: 'contest_edition',
        entityId: next.id,
        organisationId: null,
        after: { copiedFrom: row.id, year },
      });
    });
    return load(next.id);
  }

  async function assignJudge(ctx: RequestContext, editionId: string, round: Round, userId: string) {
    assertJudgeAssigner(ctx.actor, round);
    await load(editionId);
    const user = await findAssignableUser(db, ctx.actor, userId);
    if (!user) throw notFound('Không tìm thấy người được phân công.');
    const existing = await listJudgeRows(db, ctx.actor, editionId);
    if (existing.some((j) => j.user_id === userId && j.round === round))
      throw new AppError('CONFLICT', `${user.full_name} đã là giám khảo của vòng này.`);
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await insertJudgeRow(trx, {
        id,
        edition_id: editionId,
        round,
        user_id: userId,
        organisation_id: ctx.actor.organisationId,
        created_by: ctx.actor.userId,
        created_at: new Date().toISOString(),
      });
      await recordAudit(trx, ctx, {
        action: 'contest.judge.assign',
        entityType: 'contest_judge',
        entityId: id,
        organisationId: ctx.actor.organisationId,
        after: { editionId, round, userId },
      });
    });
    return listJudgeRows(db, ctx.actor, editionId);
  }

  return {
    list: () => listEditionRows(db),
    load,
    update,
    copy,
    assignJudge,
    judges: (ctx: RequestContext, editionId: string) => listJudgeRows(db, ctx.actor, editionId),
  };
}

export type EditionsService = ReturnType<typeof createEditionsService>;
