/**
 * An entry's way through the rounds: listed and read by its school and the Academy (never by a judge of the
 * edition, who sees only codes), withdrawn by the school, promoted from the school round to the Academy's
 * preliminary round by the school and on to the final by the secretariat, screened out with a reason — written
 * by hand or taken from the engine's overlap rule for the category.
 */
import type { Kysely } from 'kysely';
import { markingSettings, markingState, screenEntry } from '../../contest/rules/index.ts';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { pageWindow } from '../../lib/http-schemas.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { isAcademyRole } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertSchoolWriter, assertSecretariat, canSeeAuthors, type Round } from './contest.policy.ts';
import { presentEntry } from './contest.presenter.ts';
import { openEntryFile } from './entry-files.ts';
import { judgeUserIds } from './editions.repository.ts';
import type { EditionsService } from './editions.service.ts';
import { authorRows, type EntryFilter, findEntryRow, listEntryRows, updateEntry } from './entries.repository.ts';
import { marksOf } from './judging.repository.ts';
import { listOverlapRows } from './overlaps.repository.ts';

const NEXT: Partial<Record<Round, Round>> = { school: 'preliminary', preliminary: 'final' };

export function createRoundsService(db: Kysely<DB>, editions: EditionsService, files: FileStore) {
  async function assertNotJudge(ctx: RequestContext, editionId: string) {
    if (!canSeeAuthors(ctx.actor, await judgeUserIds(db, editionId)))
      throw new AppError('FORBIDDEN', 'Giám khảo của lần thi chỉ xem bài qua mã phách, không xem thông tin tác giả.');
  }

  async function scores(editionId: string, rows: { id: string; round: string }[]) {
    const { edition } = await editions.load(editionId);
    const settings = markingSettings(edition);
    const out = new Map<string, { marks: number; finalScore: number | null; state: string }>();
    for (const round of new Set(rows.map((r) => r.round))) {
      const ids = rows.filter((r) => r.round === round).map((r) => r.id);
      const marks = await marksOf(db, ids, round);
      for (const id of ids) {
        const own = marks
          .filter((m) => m.entry_id === id)
          .map((m) => ({ judgeId: m.judge_user_id, score: Number(m.score) }));
        const state = settings.ok ? markingState(own, settings.settings) : null;
        out.set(id, {
          marks: own.length,
          finalScore: state?.status === 'complete' ? state.finalScore : null,
          state: state?.status ?? 'marking_not_set',
        });
      }
    }
    return out;
  }

  async function list(
    ctx: RequestContext,
    editionId: string,
    filter: EntryFilter & { page?: number; pageSize?: number },
  ) {
    await editions.load(editionId);
    await assertNotJudge(ctx, editionId);
    const window = pageWindow(filter);
    const { rows, total } = await listEntryRows(db, ctx.actor, editionId, filter, window);
    const authors = await authorRows(
      db,
      rows.map((r) => r.id),
    );
    const scored = await scores(editionId, rows);
    return {
      items: rows.map((r) => presentEntry(r, authors, scored.get(r.id))),
      total,
      page: window.page,
      pageSize: window.limit,
    };
  }

  async function load(ctx: RequestContext, id: string) {
    const row = await findEntryRow(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy bài dự thi.');
    await assertNotJudge(ctx, row.edition_id);
    return row;
  }

  /** The original file, for the school and the Academy (never for a judge: a DOCX carries its author). */
  async function file(ctx: RequestContext, id: string) {
    const row = await load(ctx, id);
    if (!row.storage_path || !row.file_name) throw notFound('Bài này không có tệp đính kèm.');
    return {
      fileName: row.file_name,
      size: row.file_size ?? undefined,
      stream: await openEntryFile(files, row.storage_path),
    };
  }

  async function detail(ctx: RequestContext, id: string) {
    const row = await load(ctx, id);
    const authors = await authorRows(db, [id]);
    const scored = await scores(row.edition_id, [row]);
    return { ...presentEntry(row, authors, scored.get(id)), text: row.work_text };
  }

  /** The school acts in the school round; the secretariat in the Academy's rounds. */
  function assertActor(ctx: RequestContext, row: { organisation_id: string; round: string }) {
    if (row.round === 'school') {
      assertSchoolWriter(ctx.actor);
      assertCanWrite(ctx.actor, row.organisation_id);
    } else {
      assertSecretariat(ctx.actor);
      assertCanWrite(ctx.actor, row.organisation_id, { academyMayWrite: true });
    }
  }

  async function change(
    ctx: RequestContext,
    id: string,
    action: string,
    patch: { status?: string; round?: string; screen_reason?: string | null },
  ) {
    const row = await load(ctx, id);
    await db.transaction().execute(async (trx) => {
      await updateEntry(trx, id, { ...patch, updated_at: new Date().toISOString() });
      await recordAudit(trx, ctx, {
        action,
        entityType: 'contest_entry',
        entityId: id,
        organisationId: row.organisation_id,
        before: { status: row.status, round: row.round, screenReason: row.screen_reason },
        after: patch,
      });
    });
    return detail(ctx, id);
  }

  async function withdraw(ctx: RequestContext, id: string) {
    const row = await load(ctx, id);
    assertSchoolWriter(ctx.actor);
    assertCanWrite(ctx.actor, row.organisation_id);
    if (row.status !== 'registered' || row.round !== 'school')
      throw new AppError('UNPROCESSABLE', 'Chỉ rút được bài đang ở vòng trường.');
    return change(ctx, id, 'contest.entry.withdraw', { status: 'withdrawn' });
  }

  async function promote(ctx: RequestContext, id: string) {
    const row = await load(ctx, id);
    assertActor(ctx, row);
    const next = NEXT[row.round as Round];
    if (!next || row.status !== 'registered')
      throw new AppError('UNPROCESSABLE', 'Bài này không thể chuyển tiếp (đã bị loại, đã rút hoặc đã ở chung khảo).');
    return change(ctx, id, 'contest.entry.promote', { round: next });
  }

  async function screen(ctx: RequestContext, id: string, reason: string | undefined) {
    const row = await load(ctx, id);
    assertActor(ctx, row);
    if (row.status !== 'registered') throw new AppError('UNPROCESSABLE', 'Bài này đã bị loại hoặc đã rút.');
    let text = reason?.normalize('NFC').trim();
    if (!text) {
      const { edition } = await editions.load(row.edition_id);
      const sources = (await listOverlapRows(db, row.edition_id, id)).map((o) => ({
        label: o.other_label,
        containment: Number(o.entry_in_other),
      }));
      const result = screenEntry(edition, {
        categoryCode: row.category_code,
        overlap: row.overlap_share === null ? undefined : { share: Number(row.overlap_share), sources },
      });
      if (!result.screenedOut)
        throw new AppError(
          'UNPROCESSABLE',
          `Bài không vi phạm quy định nào mà hệ thống kiểm tra được; hãy ghi lý do loại.${result.notices.length ? ` ${result.notices.map((n) => n.message).join(' ')}` : ''}`,
        );
      text = result.reasons.map((r) => r.message).join(' ');
    }
    return change(ctx, id, 'contest.entry.screen', { status: 'screened_out', screen_reason: text });
  }

  return {
    list,
    detail,
    file,
    withdraw,
    promote,
    screen,
    scores,
    isAcademy: (ctx: RequestContext) => isAcademyRole(ctx.actor.role),
  };
}

export type RoundsService = ReturnType<typeof createRoundsService>;
