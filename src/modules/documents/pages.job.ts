/**
 * Job `intake.pages`: the pages of a long PDF that its metadata did not need (see `intake.extract`, which
 * read the first pages and the last) are read in the background, a few at a time, each within the per-page
 * time limit (config.ocrPageTimeoutMs). Each page's text is stored as it is read and the document's
 * full text (search) and the run's progress are updated with it, so the document page can show "Đang nhận
 * dạng trang 37/296" and search finds late pages once they are read. Idempotent and resumable: a re-run
 * reads only the pages not stored yet; a page that fails is counted and left for the next run.
 */
import { availableParallelism } from 'node:os';
import { enqueueJob } from '../../jobs/queue.ts';
import type { JobDefinition } from '../../jobs/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { payloadString } from '../../jobs/types.ts';
import { joinPages, type PageResult } from '../../intake/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { type Db, findDocumentRow, findFile, refreshDerived, updateDocument } from './documents.repository.ts';
import type { IntakeEngine } from './intake-engine.ts';
import {
  findPageRun,
  listPages,
  savePage,
  storedPageNumbers,
  updatePageRun,
  upsertPageRun,
} from './intake.repository.ts';

export const PAGES_JOB = 'intake.pages';

/** Inside the transaction that stored the metadata: plan the remaining pages and queue their reading. */
export async function queueRemainingPages(
  trx: Db,
  input: {
    documentId: string;
    organisationId: string;
    fileId: string;
    totalPages: number;
    pages: number[];
    headText: string;
  },
): Promise<string> {
  const jobId = await enqueueJob(trx, {
    name: PAGES_JOB,
    payload: { documentId: input.documentId },
    organisationId: input.organisationId,
    maxAttempts: 5,
  });
  const now = new Date().toISOString();
  await upsertPageRun(trx, {
    document_id: input.documentId,
    organisation_id: input.organisationId,
    file_id: input.fileId,
    job_id: jobId,
    total_pages: input.totalPages,
    pages_json: JSON.stringify(input.pages),
    done_pages: 0,
    failed_pages: 0,
    head_text: input.headText,
    status: 'queued',
    error: null,
    created_at: now,
    updated_at: now,
  });
  return jobId;
}

/** The document's full text: what the metadata was read from, then every page read since, in page order. */
async function rebuildFullText(trx: Db, documentId: string, headText: string): Promise<void> {
  const pages = await listPages(trx, documentId);
  const rest = joinPages(pages.map((p) => p.text));
  await updateDocument(trx, documentId, { ocr_text: rest ? `${headText.trimEnd()}\n\n${rest}` : headText });
  await refreshDerived(trx, documentId);
}

export function createPagesJob(engine: IntakeEngine, files: FileStore): JobDefinition {
  return { name: PAGES_JOB, run: readRemainingPages };

  async function readRemainingPages(raw: unknown, deps: Parameters<JobDefinition['run']>[1]) {
    const documentId = payloadString(raw, 'documentId');
    const db = deps.database.db;
    const run = await findPageRun(db, documentId);
    const doc = await findDocumentRow(db, documentId);
    const file = run ? await findFile(db, documentId, run.file_id) : undefined;
    if (!run || !doc || !file) return { skipped: 'Văn bản hoặc tệp không còn.' };
    const planned = JSON.parse(run.pages_json) as number[];
    const stored = new Set(await storedPageNumbers(db, documentId));
    const todo = planned.filter((p) => !stored.has(p));
    let done = planned.length - todo.length;
    let failed = 0;
    await updatePageRun(db, documentId, { status: 'running', done_pages: done, failed_pages: 0, error: null });
    const opts = { ocrPageTimeoutMs: deps.config.ocrPageTimeoutMs };
    const chunk = Math.max(1, availableParallelism());
    let lastError: string | null = null;
    // OCR reads by path: a verified local copy from the store (temporary when remote), for the whole run.
    await files.withLocalPath(file.storage_path, file.sha256, async (path) => {
      for (let i = 0; i < todo.length; i += chunk) {
        const pages = todo.slice(i, i + chunk);
        let results: PageResult[] = [];
        try {
          results = await engine.readPages(path, pages, opts);
        } catch {
          // One page failing (time limit, damaged page) must not lose its neighbours: read them one by one.
          for (const page of pages) {
            try {
              results.push(...(await engine.readPages(path, [page], opts)));
            } catch (error) {
              failed++;
              lastError = `Trang ${page}: ${error instanceof Error ? error.message : String(error)}`;
            }
          }
        }
        done += results.length;
        await db.transaction().execute(async (trx) => {
          for (const r of results)
            await savePage(trx, {
              document_id: documentId,
              organisation_id: doc.organisation_id,
              page: r.page,
              text: r.text,
              method: r.method,
            });
          await updatePageRun(trx, documentId, { done_pages: done, failed_pages: failed, error: lastError });
          await rebuildFullText(trx, documentId, run.head_text);
        });
      }
    });
    const status = failed ? 'partial' : 'done';
    await db.transaction().execute(async (trx) => {
      await updatePageRun(trx, documentId, { status });
      await recordAudit(trx, null, {
        action: 'document.pages_read',
        entityType: 'document',
        entityId: documentId,
        organisationId: doc.organisation_id,
        after: { pages: planned.length, read: done, failed },
      });
    });
    return { documentId, pages: planned.length, read: done, failed };
  }
}

/** Progress of the background reading, for the document page ("Đang nhận dạng trang 37/296"). */
export function presentPageRun(run: {
  total_pages: number;
  pages_json: string;
  done_pages: number;
  failed_pages: number;
  status: string;
}) {
  const planned = (JSON.parse(run.pages_json) as number[]).length;
  const read = Math.min(run.total_pages, run.total_pages - planned + run.done_pages);
  const finished = run.status === 'done' || run.status === 'partial';
  const label = finished
    ? run.failed_pages
      ? `Đã nhận dạng ${read}/${run.total_pages} trang; ${run.failed_pages} trang không đọc được`
      : `Đã nhận dạng đủ ${run.total_pages} trang`
    : `Đang nhận dạng trang ${read}/${run.total_pages}`;
  return { status: run.status, pagesRead: read, totalPages: run.total_pages, failedPages: run.failed_pages, label };
}
