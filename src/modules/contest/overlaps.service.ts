/**
 * Overlap checking. The job compares every entry of the edition with every other entry and with the reference
 * corpus — entries of earlier editions, forum articles, sources the secretariat uploaded — through the engine's
 * `SimilarityCorpus` (exact shared-shingle counts; the union share is what screening compares with the
 * category's threshold). Pairs whose larger containment reaches FLAG_MIN are stored; the passages are computed
 * on demand for the side-by-side view. Everything here is for the Academy's secretariat, and shows blind codes only.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { comparePassages, SimilarityCorpus } from '../../contest/similarity/index.ts';
import type { ContestOverlapTable, DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { pageWindow } from '../../lib/http-schemas.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertSecretariat } from './contest.policy.ts';
import { presentOverlap } from './contest.presenter.ts';
import type { EditionsService } from './editions.service.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import {
  earlierEntryTexts,
  editionTexts,
  findOverlapRow,
  forumTexts,
  insertReference,
  otherText,
  overlapJobPending,
  pageOverlapRows,
  referenceTexts,
  replaceOverlaps,
  setOverlapShare,
} from './overlaps.repository.ts';

/** The CLI's default: a pair is flagged when 5 % of either text is found in the other. */
export const FLAG_MIN = 0.05;

type Source = { kind: string; id: string; label: string };

export function createOverlapsService(db: Kysely<DB>, editions: EditionsService, jobName: string) {
  /** The job: idempotent (the edition's stored overlaps are replaced). */
  async function runCheck(editionId: string) {
    const { row } = await editions.load(editionId);
    const entries = await editionTexts(db, editionId);
    const corpus = new SimilarityCorpus<string>();
    const sources = new Map<string, Source>();
    const add = (key: string, source: Source, text: string) => {
      sources.set(key, source);
      corpus.add(key, text);
    };
    for (const e of entries)
      add(`entry:${e.id}`, { kind: 'entry', id: e.id, label: `Bài ${e.blind_code}` }, e.work_text);
    for (const e of await earlierEntryTexts(db, row.year))
      add(
        `earlier:${e.id}`,
        { kind: 'earlier_entry', id: e.id, label: `Bài ${e.blind_code} (năm ${e.year})` },
        e.work_text,
      );
    for (const a of await forumTexts(db))
      add(
        `forum:${a.id}`,
        { kind: 'forum_article', id: a.id, label: `Diễn đàn địa phương: ${a.title} (${a.year})` },
        a.text,
      );
    for (const r of await referenceTexts(db, editionId))
      add(`ref:${r.id}`, { kind: 'uploaded_source', id: r.id, label: `Nguồn: ${r.title}` }, r.text);
    const now = new Date().toISOString();
    const rows: ContestOverlapTable[] = [];
    const shares: [string, number][] = [];
    for (const e of entries) {
      const { share, matches } = corpus.overlap(e.work_text, { excludeId: `entry:${e.id}` });
      shares.push([e.id, share]);
      for (const m of matches) {
        if (Math.max(m.newInOld, m.oldInNew) < FLAG_MIN) continue;
        const other = sources.get(m.id)!;
        rows.push({
          id: randomUUID(),
          edition_id: editionId,
          entry_id: e.id,
          other_kind: other.kind,
          other_id: other.id,
          other_label: other.label,
          shared: m.shared,
          entry_in_other: m.newInOld,
          other_in_entry: m.oldInNew,
          created_at: now,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await replaceOverlaps(trx, editionId, rows);
      for (const [id, share] of shares) await setOverlapShare(trx, id, share, now);
      await recordAudit(trx, null, {
        action: 'contest.overlap.check',
        entityType: 'contest_edition',
        entityId: editionId,
        organisationId: null,
        after: { entries: entries.length, corpus: corpus.size, flagged: rows.length },
      });
    });
    return { entries: entries.length, corpus: corpus.size, flagged: rows.length };
  }

  async function queueCheck(ctx: RequestContext, editionId: string) {
    assertSecretariat(ctx.actor);
    await editions.load(editionId);
    const pending = await overlapJobPending(db, jobName, editionId);
    await db.transaction().execute(async (trx) => {
      if (!pending) await enqueueJob(trx, { name: jobName, payload: { editionId }, organisationId: null });
      await recordAudit(trx, ctx, {
        action: 'contest.overlap.queue',
        entityType: 'contest_edition',
        entityId: editionId,
        organisationId: null,
        after: { alreadyQueued: pending },
      });
    });
    return { queued: true };
  }

  async function list(ctx: RequestContext, editionId: string, paging: { page?: number; pageSize?: number } = {}) {
    assertSecretariat(ctx.actor);
    await editions.load(editionId);
    const window = pageWindow(paging);
    const { rows, total } = await pageOverlapRows(db, editionId, window);
    return { items: rows.map(presentOverlap), total, page: window.page, pageSize: window.limit };
  }

  async function sideBySide(ctx: RequestContext, id: string) {
    assertSecretariat(ctx.actor);
    const row = await findOverlapRow(db, id);
    if (!row) throw notFound('Không tìm thấy cặp trùng lặp.');
    const other = await otherText(db, row.other_kind, row.other_id);
    if (other === null) throw notFound('Không tìm thấy văn bản được so sánh.');
    const compared = comparePassages(row.work_text, other);
    return {
      overlap: presentOverlap(row),
      a: { label: `Bài ${row.blind_code}`, text: compared.textA },
      b: { label: row.other_label, text: compared.textB },
      passages: compared.passages.map((p) => ({ a: p.aChars, b: p.bChars, tokens: p.a.end - p.a.start })),
    };
  }

  async function addReference(ctx: RequestContext, editionId: string | null, title: string, text: string) {
    assertSecretariat(ctx.actor);
    if (editionId) await editions.load(editionId);
    const clean = text.normalize('NFC');
    if (!clean.trim()) throw new AppError('BAD_REQUEST', 'Nguồn đối chiếu không có chữ.');
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await insertReference(trx, {
        id,
        edition_id: editionId,
        kind: 'uploaded_source',
        title: title.normalize('NFC').trim(),
        text: clean,
        created_by: ctx.actor.userId,
        created_at: new Date().toISOString(),
      });
      await recordAudit(trx, ctx, {
        action: 'contest.reference.add',
        entityType: 'contest_reference',
        entityId: id,
        organisationId: null,
        after: { editionId, title },
      });
    });
    return { id };
  }

  return { runCheck, queueCheck, list, sideBySide, addReference };
}

export type OverlapsService = ReturnType<typeof createOverlapsService>;
