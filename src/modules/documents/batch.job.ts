/**
 * Job `intake.batch`: read every page of a scanner batch (a stack of letters scanned into one PDF), find
 * where each letter starts (`findLetterStarts`: header block, previous page's signature) and keep the page
 * texts, so the clerk can move a boundary on the split review page without any new OCR. Progress
 * (`pages_done`) is recorded as pages are read. Idempotent: a re-run reads the batch again; a batch the
 * clerk already confirmed is left alone.
 */
import { findLetterStarts, type PageResult } from '../../intake/index.ts';
import type { JobDefinition } from '../../jobs/types.ts';
import { payloadString } from '../../jobs/types.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { defaultIntakeEngine, type IntakeEngine } from './intake-engine.ts';
import { findBatch, updateBatch } from './intake.repository.ts';

export const BATCH_JOB = 'intake.batch';

export function createBatchJob(engine: IntakeEngine = defaultIntakeEngine): JobDefinition {
  return { name: BATCH_JOB, run: readBatch };

  async function readBatch(raw: unknown, deps: Parameters<JobDefinition['run']>[1]) {
    const batchId = payloadString(raw, 'batchId');
    const db = deps.database.db;
    const batch = await findBatch(db, batchId);
    if (!batch) return { skipped: 'Lô văn bản không còn.' };
    if (batch.status !== 'reading') return { skipped: 'Lô văn bản đã được đọc.' };
    const count = await engine.countPages(batch.storage_path);
    await updateBatch(db, batchId, { page_count: count, pages_done: 0, error: null });
    // Progress is written one update at a time, in the order pages finish.
    let progress = Promise.resolve();
    let done = 0;
    const onPage = (_page: PageResult) => {
      done++;
      const now = done;
      progress = progress.then(async () => {
        await updateBatch(db, batchId, { pages_done: now });
      });
    };
    const pages = Array.from({ length: count }, (_, i) => i + 1);
    let results: PageResult[];
    try {
      results = await engine.readPages(batch.storage_path, pages, {
        ocrPageTimeoutMs: deps.config.ocrPageTimeoutMs,
        onPage,
      });
    } finally {
      await progress;
    }
    const pageTexts = results.map((r) => r.text);
    const pageStarts = findLetterStarts(pageTexts);
    const starts = pageStarts.filter((s) => s.starts).map((s) => s.page);
    await db.transaction().execute(async (trx) => {
      const current = await findBatch(trx, batchId);
      if (current?.status !== 'reading') return;
      await updateBatch(trx, batchId, {
        status: 'ready',
        pages_done: count,
        page_texts_json: JSON.stringify(pageTexts),
        page_starts_json: JSON.stringify(pageStarts),
        starts_json: JSON.stringify(starts),
      });
      await recordAudit(trx, null, {
        action: 'intake_batch.read',
        entityType: 'intake_batch',
        entityId: batchId,
        organisationId: batch.organisation_id,
        after: { pages: count, letters: starts.length, starts },
      });
    });
    return { batchId, pages: count, letters: starts.length };
  }
}
