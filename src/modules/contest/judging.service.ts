/**
 * Blind marking. A judge is a user assigned to an edition and round; what the judge reads is the blind code,
 * the category, the title and the work (`presentWork`, response schema `JudgeWork`: no author, no school).
 * In the school round a judge marks the works of the school that assigned them; in the Academy's rounds, the
 * works of every school, which the assignment (not the judge's tenancy scope) opens. Marks follow the engine:
 * two independent marks, a third judge beyond the edition's margin, never one's own work.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { markingSettings, markingState, markRefusal, parseBlindCode } from '../../contest/rules/index.ts';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { pageWindow } from '../../lib/http-schemas.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { ROUND_NAMES, type Round } from './contest.policy.ts';
import { presentWork } from './contest.presenter.ts';
import { findAssignment } from './editions.repository.ts';
import { extensionOf, openEntryFile } from './entry-files.ts';
import type { EditionsService } from './editions.service.ts';
import { authorKeysOf, findWorkByCode, insertMark, marksOf, worksForRound } from './judging.repository.ts';

export function createJudgingService(db: Kysely<DB>, editions: EditionsService, files: FileStore) {
  async function assignment(ctx: RequestContext, editionId: string, round: Round) {
    const found = await findAssignment(db, editionId, round, ctx.actor.userId);
    // Not a judge of this round: nothing to see (a list answers empty, a mark 404), as for anything out of scope.
    return found ?? null;
  }

  async function works(
    ctx: RequestContext,
    editionId: string,
    round: Round,
    paging: { page?: number; pageSize?: number } = {},
  ) {
    const window = pageWindow(paging);
    const page = { page: window.page, pageSize: window.limit };
    const assigned = await assignment(ctx, editionId, round);
    if (!assigned) return { round, roundName: ROUND_NAMES[round], items: [], markingProblems: [], total: 0, ...page };
    const { edition } = await editions.load(editionId);
    const settings = markingSettings(edition);
    const { rows, total } = await worksForRound(
      db,
      editionId,
      round,
      round === 'school' ? assigned.organisation_id : null,
      window,
    );
    const marks = await marksOf(
      db,
      rows.map((r) => r.id),
      round,
    );
    const items = rows.map((r) => {
      const own = marks
        .filter((m) => m.entry_id === r.id)
        .map((m) => ({ judgeId: m.judge_user_id, score: Number(m.score) }));
      const state = settings.ok ? markingState(own, settings.settings).status : 'marking_not_set';
      return presentWork(edition, r, own.find((m) => m.judgeId === ctx.actor.userId)?.score ?? null, own.length, state);
    });
    return {
      round,
      roundName: ROUND_NAMES[round],
      items,
      markingProblems: settings.ok ? [] : settings.missing,
      scale: settings.ok ? settings.settings.scale : null,
      total,
      ...page,
    };
  }

  /** A work the judge may mark, by its code (404 otherwise). */
  async function workOf(ctx: RequestContext, editionId: string, round: Round, blindCode: string) {
    const assigned = await assignment(ctx, editionId, round);
    if (!assigned) throw notFound('Không tìm thấy bài với mã phách này trong vòng bạn được phân công chấm.');
    const code = parseBlindCode(blindCode);
    if (!code) throw new AppError('BAD_REQUEST', 'Mã phách không đúng (dạng XXXX-XXXX-X, ký tự kiểm tra sai).');
    const work = await findWorkByCode(db, editionId, code);
    if (
      !work ||
      work.round !== round ||
      work.status !== 'registered' ||
      (round === 'school' && work.organisation_id !== assigned.organisation_id)
    )
      throw notFound('Không tìm thấy bài với mã phách này trong vòng bạn được phân công chấm.');
    return { work, code };
  }

  /**
   * The audio or video file of an audiovisual work, named by its code only. Written works are read as text:
   * their files (a DOCX carries its author in its properties) are never sent to a judge.
   */
  async function media(ctx: RequestContext, input: { editionId: string; round: Round; blindCode: string }) {
    const { work, code } = await workOf(ctx, input.editionId, input.round, input.blindCode);
    if (!work.storage_path || !work.content_type || !/^(audio|video)\//.test(work.content_type))
      throw notFound('Bài này không có tệp âm thanh, video.');
    return {
      fileName: `${code}${extensionOf(work.file_name ?? '')}`,
      contentType: work.content_type,
      stream: await openEntryFile(files, work.storage_path),
    };
  }

  async function mark(
    ctx: RequestContext,
    input: { editionId: string; round: Round; blindCode: string; score: number },
  ) {
    const { work, code } = await workOf(ctx, input.editionId, input.round, input.blindCode);
    const { edition } = await editions.load(input.editionId);
    const settings = markingSettings(edition);
    if (!settings.ok) throw new AppError('UNPROCESSABLE', settings.missing.join(' '), settings.missing);
    const existing = (await marksOf(db, [work.id], input.round)).map((m) => ({
      judgeId: m.judge_user_id,
      score: Number(m.score),
    }));
    const authorUserIds = (await authorKeysOf(db, work.id)).filter((k) => k.startsWith('user:')).map((k) => k.slice(5));
    const refusal = markRefusal(
      { judgeId: ctx.actor.userId, score: input.score },
      existing,
      settings.settings,
      authorUserIds,
    );
    if (refusal) throw new AppError('UNPROCESSABLE', refusal);
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await insertMark(trx, {
        id,
        entry_id: work.id,
        round: input.round,
        judge_user_id: ctx.actor.userId,
        score: input.score,
        created_at: new Date().toISOString(),
      });
      await recordAudit(trx, ctx, {
        action: 'contest.mark',
        entityType: 'contest_mark',
        entityId: id,
        organisationId: null,
        after: { blindCode: code, round: input.round, score: input.score },
      });
    });
    const state = markingState([...existing, { judgeId: ctx.actor.userId, score: input.score }], settings.settings);
    return presentWork(edition, work, input.score, existing.length + 1, state.status);
  }

  return { works, mark, media };
}

export type JudgingService = ReturnType<typeof createJudgingService>;
