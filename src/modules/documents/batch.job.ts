/**
 * Job `intake.batch`: read every page of a scanner batch (a stack of letters scanned into one PDF), find
 * where each letter starts (`findLetterStarts`: header block, previous page's signature) and keep the page
 * texts, so the clerk can move a boundary on the split review page without any new OCR. Progress
 * (`pages_done`) is recorded as pages are read. Idempotent: a re-run reads the batch again; a batch the
 * clerk already confirmed is left alone.
 */
import { findLetterStarts, type PageResult } from '../../intake/index.ts';
import type { JobDefinition } from '../../jobs/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { payloadString } from '../../jobs/types.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { IntakeEngine } from './intake-engine.ts';
import { findBatch, updateBatch } from './intake.repository.ts';

export const BATCH_JOB = 'intake.batch';

export function createBatchJob(engine: IntakeEngine, files: FileStore): JobDefinition {
  return { name: BATCH_JOB, run: readBatch };

  async function readBatch(raw: unknown, deps: Parameters<JobDefinition['run']>[1]) {
    const batchId = payloadString(raw, 'batchId');
    const db = deps.database.db;
    const batch = await findBatch(db, batchId);
    if (!batch) return { skipped: 'Lô văn bản không còn.' };
    if (batch.status !== 'reading') return { skipped: 'Lô văn bản đã được đọc.' };
    // The OCR tools read by path: a verified local copy from the store (temporary when remote).
    return files.withLocalPath(batch.storage_path, batch.sha256, (path) => readFrom(path, batch, deps));
  }

  async function readFrom(
    path: string,
    batch: NonNullable<Awaited<ReturnType<typeof findBatch>>>,
    deps: Parameters<JobDefinition['run']>[1],
  ) {
    const batchId = batch.id;
    const db = deps.database.db;
    const count = await engine.countPages(path);
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
      results = await engine.readPages(path, pages, {
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
