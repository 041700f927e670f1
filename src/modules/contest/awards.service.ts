/**
 * Prizes and the network view. Prizes are allocated by the engine from the final round's complete scores,
 * within each prize category's quota; ties are referred to the jury unless it ordered them. The network view
 * counts entries per school, category and round, prizes per school and forum articles — the same figures the
 * port `contestFigures` offers periodic reports.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { PRIZE_LEVEL_LABELS, type PrizeLevel } from '../../contest/editions/index.ts';
import {
  allocateCollectivePrizes,
  allocatePrizes,
  markingSettings,
  markingState,
  type ScoredEntry,
} from '../../contest/rules/index.ts';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertAcademyAdmin, assertSecretariat } from './contest.policy.ts';
import { contestFigures } from './contest.ports.ts';
import type { EditionsService } from './editions.service.ts';
import { authorRows } from './entries.repository.ts';
import { marksOf } from './judging.repository.ts';
import { awardRows, finalRoundEntries, organisationNames, replaceAwards, sentEntries } from './results.repository.ts';

export function createAwardsService(db: Kysely<DB>, editions: EditionsService) {
  async function allocate(
    ctx: RequestContext,
    editionId: string,
    options: { tieOrder?: Record<string, number>; onTie?: 'refer' | 'award_all' },
  ) {
    assertAcademyAdmin(ctx.actor);
    const { edition } = await editions.load(editionId);
    const settings = markingSettings(edition);
    if (!settings.ok) throw new AppError('UNPROCESSABLE', settings.missing.join(' '), settings.missing);
    const entries = await finalRoundEntries(db, editionId);
    const marks = await marksOf(
      db,
      entries.map((e) => e.id),
      'final',
    );
    const scored: ScoredEntry[] = [];
    const unfinished: string[] = [];
    for (const e of entries) {
      const own = marks
        .filter((m) => m.entry_id === e.id)
        .map((m) => ({ judgeId: m.judge_user_id, score: Number(m.score) }));
      const state = markingState(own, settings.settings);
      if (state.status === 'complete')
        scored.push({
          id: e.id,
          categoryCode: e.category_code,
          organisationId: e.organisation_id,
          finalScore: state.finalScore,
        });
      else unfinished.push(e.id);
    }
    if (unfinished.length > 0)
      throw new AppError(
        'UNPROCESSABLE',
        `Còn ${unfinished.length} bài ở vòng chung khảo chưa chấm xong; chưa xét giải được.`,
      );
    const result = allocatePrizes(edition, scored, options);
    const now = new Date().toISOString();
    const orgOf = new Map(entries.map((e) => [e.id, e.organisation_id]));
    const rows = result.awards.map((a) => ({
      id: randomUUID(),
      edition_id: editionId,
      entry_id: a.entryId,
      organisation_id: orgOf.get(a.entryId)!,
      prize_category: a.prizeCategory,
      level: a.level,
      created_at: now,
    }));
    await db.transaction().execute(async (trx) => {
      await replaceAwards(trx, editionId, rows);
      await recordAudit(trx, ctx, {
        action: 'contest.awards.allocate',
        entityType: 'contest_edition',
        entityId: editionId,
        organisationId: null,
        after: { awards: rows.map((r) => ({ entryId: r.entry_id, level: r.level })), ties: result.ties.length },
      });
    });
    return {
      awards: await results(ctx, editionId),
      ties: result.ties.map((t) => ({
        prizeCategory: t.prizeCategory,
        level: t.level,
        places: t.places,
        score: t.score,
        entryIds: t.entryIds,
        message: t.message,
      })),
      notices: result.notices.map((n) => n.message),
    };
  }

  /** The results with authors and schools (the certificate list): for the Academy. */
  async function results(ctx: RequestContext, editionId: string) {
    assertSecretariat(ctx.actor);
    const { edition } = await editions.load(editionId);
    const rows = await awardRows(db, editionId);
    const authors = await authorRows(
      db,
      rows.map((r) => r.entry_id),
    );
    return rows.map((r) => ({
      entryId: r.entry_id,
      blindCode: r.blind_code,
      title: r.title,
      categoryCode: r.category_code,
      prizeCategory: edition.prizeCategories.find((p) => p.code === r.prize_category)?.label ?? r.prize_category,
      level: r.level,
      levelLabel: PRIZE_LEVEL_LABELS[r.level as keyof typeof PRIZE_LEVEL_LABELS] ?? r.level,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      authors: authors.filter((a) => a.entry_id === r.entry_id).map((a) => a.full_name),
    }));
  }

  /**
   * Collective prizes, proposed from the stored awards by the engine (its ranking is marked uncertain); not
   * stored: they follow from the awards, and the organisers decide a tie with `tieOrder`.
   */
  async function collective(ctx: RequestContext, editionId: string, tieOrder?: Record<string, number>) {
    assertSecretariat(ctx.actor);
    const { edition } = await editions.load(editionId);
    const awards = (await awardRows(db, editionId)).map((a) => ({
      entryId: a.entry_id,
      prizeCategory: a.prize_category,
      level: a.level as PrizeLevel,
    }));
    const entries = (await sentEntries(db, editionId)).map((e) => ({ id: e.id, organisationId: e.organisation_id }));
    const result = allocateCollectivePrizes(edition, awards, entries, tieOrder);
    const ids = [...new Set([...result.awarded, ...(result.tie?.organisationIds ?? [])])];
    const names = new Map((await organisationNames(db, ids)).map((o) => [o.id, o.name]));
    const named = (id: string) => ({ organisationId: id, organisationName: names.get(id) ?? '' });
    return {
      awarded: result.awarded.map(named),
      tie: result.tie
        ? {
            places: result.tie.places,
            organisations: result.tie.organisationIds.map(named),
            message: result.tie.message,
          }
        : null,
      notices: result.notices.map((n) => n.message),
    };
  }

  async function network(ctx: RequestContext, editionId: string) {
    const { row, edition } = await editions.load(editionId);
    const figures = await contestFigures(db, { editionId, year: row.year, actor: ctx.actor });
    return {
      editionId,
      year: row.year,
      categories: edition.categories.map((c) => ({ code: c.code, label: c.label })),
      ...figures,
    };
  }

  return { allocate, results, collective, network };
}

export type AwardsService = ReturnType<typeof createAwardsService>;
