/**
 * Scanner batches: a clerk scans a stack of letters into one PDF; the `intake.batch` job reads every page
 * and proposes where each letter starts; the clerk checks the split (each letter's page range and draft
 * fields), may move a boundary (the letters are rebuilt from the stored page texts, no new OCR) and
 * confirms: one draft incoming document per letter, its page range of the PDF as its file, all in one
 * transaction, audited.
 */
import { lettersFromStarts, type PageStart } from '../../intake/index.ts';
import { enqueueJob } from '../../jobs/queue.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { pageWindow } from '../../lib/http-schemas.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { clearance } from '../tenancy/visibility.ts';
import { BATCH_JOB } from './batch.job.ts';
import { assertRegistryRole, isClearedFor } from './documents.policy.ts';
import { findIntakeJob, insertDocumentWithRequirements, insertFile, newDocumentRow } from './documents.repository.ts';
import type { DocumentsDeps } from './documents.service.ts';
import { targetOrganisation } from './documents.service.ts';
import { draftFromExtraction } from './extraction-mapping.ts';
import { cleanFileName, detectKind, type StoredFile, storeFile } from './files.storage.ts';
import { receiverHints } from './intake-hints.ts';
import {
  type BatchRow,
  claimBatchStatus,
  countBatches,
  findVisibleBatch,
  insertBatch,
  listBatches,
  updateBatch,
} from './intake.repository.ts';
import { presentBatch, presentBatchSummary } from './batch.presenter.ts';

type LetterFiles = { name: string; stored: StoredFile; pages: StoredFile[] };

export function createBatchService(deps: DocumentsDeps) {
  const { db } = deps.database;

  async function uploadBatch(
    ctx: RequestContext,
    input: { organisationId?: string | undefined; fileName: string; data: Buffer },
  ) {
    const organisationId = targetOrganisation(ctx, input.organisationId);
    assertRegistryRole(ctx.actor);
    if (!isClearedFor(ctx.actor, organisationId))
      throw new AppError('FORBIDDEN', 'Chỉ người được xem văn bản mật của đơn vị mới được tải lên lô văn bản quét.');
    const fileName = cleanFileName(input.fileName, 'lo-van-ban.pdf');
    if (detectKind(input.data, fileName) !== 'pdf')
      throw new AppError('BAD_REQUEST', 'Lô văn bản quét phải là một tệp PDF.');
    const stored = await storeFile(deps.files, organisationId, input.data);
    const now = new Date().toISOString();
    const id = crypto.randomUUID();
    return db.transaction().execute(async (trx) => {
      const jobId = await enqueueJob(trx, { name: BATCH_JOB, payload: { batchId: id }, organisationId });
      const row: BatchRow = {
        id,
        organisation_id: organisationId,
        status: 'reading',
        file_name: fileName,
        size: stored.size,
        sha256: stored.sha256,
        storage_path: stored.storagePath,
        job_id: jobId,
        page_count: null,
        pages_done: 0,
        page_texts_json: null,
        page_starts_json: null,
        starts_json: null,
        document_ids_json: null,
        error: null,
        created_by: ctx.actor.userId,
        created_at: now,
        updated_at: now,
        confirmed_at: null,
      };
      await insertBatch(trx, row);
      await recordAudit(trx, ctx, {
        action: 'intake_batch.uploaded',
        entityType: 'intake_batch',
        entityId: id,
        organisationId,
        after: { fileName, size: stored.size, sha256: stored.sha256, jobId },
      });
      return { batchId: id, jobId, status: 'reading' };
    });
  }

  /**
   * A batch is raw scanned text that may hold confidential letters: only those cleared for the
   * organisation's confidential documents see it (tenancy/visibility.ts); to others it does not exist.
   */
  async function loadBatch(ctx: RequestContext, id: string) {
    const batch = await findVisibleBatch(db, ctx.actor, id);
    if (!batch || !isClearedFor(ctx.actor, batch.organisation_id)) throw notFound('Không tìm thấy lô văn bản.');
    return batch;
  }

  async function jobState(batch: BatchRow) {
    return batch.job_id ? ((await findIntakeJob(db, batch.job_id)) ?? null) : null;
  }

  async function getBatch(ctx: RequestContext, id: string) {
    const batch = await loadBatch(ctx, id);
    assertRegistryRole(ctx.actor);
    return presentBatch(batch, await jobState(batch), await receiverHints(db, batch.organisation_id));
  }

  async function list(
    ctx: RequestContext,
    query: { organisationId?: string | undefined; page?: number; pageSize?: number },
  ) {
    assertRegistryRole(ctx.actor);
    const { page, pageSize, limit, offset } = pageWindow(query);
    // Cleared for the whole scope, for its own organisation only, or for none (see loadBatch).
    const level = clearance(ctx.actor);
    const own = ctx.actor.organisationId;
    if (level === 'none' || (level === 'own' && query.organisationId && query.organisationId !== own))
      return { items: [], total: 0, page, pageSize };
    const narrowTo = level === 'own' ? own : query.organisationId;
    const [rows, total] = await Promise.all([
      listBatches(db, ctx.actor, narrowTo, limit, offset),
      countBatches(db, ctx.actor, narrowTo),
    ]);
    return { items: rows.map((r) => presentBatchSummary(r, null)), total, page, pageSize };
  }

  function readyBatch(batch: BatchRow) {
    if (batch.status === 'confirmed') throw new AppError('CONFLICT', 'Lô văn bản đã được xác nhận; không sửa được.');
    if (batch.status !== 'ready' || !batch.page_texts_json || !batch.page_count)
      throw new AppError('CONFLICT', 'Lô văn bản chưa đọc xong; hãy chờ hệ thống đọc hết các trang.');
    return {
      pageTexts: JSON.parse(batch.page_texts_json) as string[],
      pageStarts: JSON.parse(batch.page_starts_json ?? '[]') as PageStart[],
      starts: JSON.parse(batch.starts_json ?? '[1]') as number[],
      pageCount: batch.page_count,
    };
  }

  /** The clerk moves a boundary: the letters start on these pages (page 1 always starts one). */
  async function setStarts(ctx: RequestContext, id: string, input: { starts: number[] }) {
    const batch = await loadBatch(ctx, id);
    assertCanWrite(ctx.actor, batch.organisation_id);
    assertRegistryRole(ctx.actor);
    const ready = readyBatch(batch);
    const bad = input.starts.filter((p) => p < 1 || p > ready.pageCount);
    if (bad.length)
      throw new AppError('BAD_REQUEST', `Trang ${bad.join(', ')} không có trong lô (lô có ${ready.pageCount} trang).`);
    const starts = [...new Set([1, ...input.starts])].sort((a, b) => a - b);
    await db.transaction().execute(async (trx) => {
      await updateBatch(trx, id, { starts_json: JSON.stringify(starts) });
      await recordAudit(trx, ctx, {
        action: 'intake_batch.boundaries_changed',
        entityType: 'intake_batch',
        entityId: id,
        organisationId: batch.organisation_id,
        before: { starts: ready.starts },
        after: { starts },
      });
    });
    return getBatch(ctx, id);
  }

  /** One draft per letter, each with its page range as its file; all or nothing. */
  async function confirm(ctx: RequestContext, id: string) {
    const batch = await loadBatch(ctx, id);
    assertCanWrite(ctx.actor, batch.organisation_id);
    assertRegistryRole(ctx.actor);
    const ready = readyBatch(batch);
    const hints = await receiverHints(db, batch.organisation_id);
    const letters = lettersFromStarts(ready.pageTexts, ready.starts, ready.pageStarts, hints);
    const base = batch.file_name.replace(/\.pdf$/i, '');
    // Files are content-addressed: storing them before the transaction leaves nothing dangling on failure.
    // Each letter gets its page range as its file and images of its pages for the review screen.
    // The PDF tools need local paths: the store hands out verified (temporary, when remote) copies.
    const files: LetterFiles[] = [];
    await deps.files.withLocalPath(batch.storage_path, batch.sha256, async (batchPath) => {
      for (const letter of letters) {
        const [from, to] = letter.pages;
        const data = await deps.engine.cutPdf(batchPath, from, to);
        const stored = await storeFile(deps.files, batch.organisation_id, data);
        const images = await deps.files.withLocalPath(stored.storagePath, stored.sha256, (path) =>
          deps.engine.renderPages(path, { maxPages: 10 }),
        );
        files.push({
          name: cleanFileName(`${base}-trang-${from}-${to}.pdf`, 'van-ban.pdf'),
          stored,
          pages: await Promise.all(images.map((png) => storeFile(deps.files, batch.organisation_id, png))),
        });
      }
    });
    const cleared = isClearedFor(ctx.actor, batch.organisation_id);
    const documentIds = await db.transaction().execute(async (trx) => {
      if (!(await claimBatchStatus(trx, id, 'ready', 'confirmed')))
        throw new AppError('CONFLICT', 'Lô văn bản đã được xác nhận.');
      const ids: string[] = [];
      for (const [i, letter] of letters.entries()) {
        const file = files[i] as LetterFiles;
        const draft = draftFromExtraction(letter.extraction, { source: 'ocr', text: letter.text });
        if (draft.columns.confidentiality && !cleared) draft.columns.confidentiality = null;
        const row = newDocumentRow({
          ...draft.columns,
          organisation_id: batch.organisation_id,
          direction: 'incoming',
          status: 'draft',
          source_kind: 'upload',
          created_by: ctx.actor.userId,
        });
        await insertDocumentWithRequirements(trx, row, draft.requirements);
        await insertFile(trx, {
          document_id: row.id,
          organisation_id: batch.organisation_id,
          kind: 'original',
          file_name: file.name,
          content_type: 'application/pdf',
          size: file.stored.size,
          sha256: file.stored.sha256,
          storage_path: file.stored.storagePath,
          created_by: ctx.actor.userId,
        });
        for (const [p, image] of file.pages.entries())
          await insertFile(trx, {
            document_id: row.id,
            organisation_id: batch.organisation_id,
            kind: 'page_image',
            file_name: `trang-${p + 1}.png`,
            content_type: 'image/png',
            size: image.size,
            sha256: image.sha256,
            storage_path: image.storagePath,
            created_by: null,
          });
        await recordAudit(trx, ctx, {
          action: 'document.created',
          entityType: 'document',
          entityId: row.id,
          organisationId: batch.organisation_id,
          after: {
            id: row.id,
            source: 'scanner-batch',
            batchId: id,
            pages: letter.pages,
            numberSymbol: row.number_symbol,
          },
        });
        ids.push(row.id);
      }
      await updateBatch(trx, id, { document_ids_json: JSON.stringify(ids), confirmed_at: new Date().toISOString() });
      await recordAudit(trx, ctx, {
        action: 'intake_batch.confirmed',
        entityType: 'intake_batch',
        entityId: id,
        organisationId: batch.organisation_id,
        after: { starts: ready.starts, documentIds: ids },
      });
      return ids;
    });
    return { documentIds };
  }

  return { uploadBatch, getBatch, list, setStarts, confirm };
}

export type BatchService = ReturnType<typeof createBatchService>;
