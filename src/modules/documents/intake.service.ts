/**
 * Intake of a file: store it, create the draft and queue `intake.extract` in one transaction; the UI
 * then polls the upload's state. An .edxml file is imported at once instead (its header is data).
 */
import { enqueueJob } from '../../jobs/queue.ts';
import { notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertRegistryRole } from './documents.policy.ts';
import type { DocumentsPorts } from './documents.ports.ts';
import { parseJson, presentConfidence, presentSummary } from './documents.presenter.ts';
import {
  findDocumentRow,
  findIntakeJob,
  findOriginalFile,
  insertDocument,
  insertFile,
  newDocumentRow,
  updateDocument,
} from './documents.repository.ts';
import { loadVisible, targetOrganisation, type DocumentsDeps } from './documents.service.ts';
import { createEdxmlService } from './edxml.service.ts';
import { INTAKE_JOB } from './intake.job.ts';
import { findPageRun } from './intake.repository.ts';
import { presentPageRun } from './pages.job.ts';
import { ACCEPTED_CONTENT_TYPES, cleanFileName, detectKind, storeFile } from './files.storage.ts';

const JOB_STATE_LABELS: Record<string, string> = {
  queued: 'Đang chờ đọc',
  running: 'Đang đọc văn bản (OCR)',
  done: 'Đã đọc xong',
  failed: 'Không đọc được; hãy nhập tay',
  none: 'Không cần đọc',
};

export function createIntakeService(deps: DocumentsDeps, deliverArrival: DocumentsPorts['deliverArrival']) {
  const { db } = deps.database;
  const edxml = createEdxmlService(deps, deliverArrival);

  /** Store an uploaded letter and queue its reading. */
  async function uploadFile(
    ctx: RequestContext,
    input: { organisationId?: string | undefined; fileName: string; data: Buffer },
  ) {
    const organisationId = targetOrganisation(ctx, input.organisationId);
    assertRegistryRole(ctx.actor);
    const fileName = cleanFileName(input.fileName, 'van-ban');
    const kind = detectKind(input.data, fileName);
    if (kind === 'edxml') {
      const { documentId } = await edxml.importEdxml(ctx, { organisationId, fileName, data: input.data });
      const [original, doc] = await Promise.all([findOriginalFile(db, documentId), findDocumentRow(db, documentId)]);
      if (!doc) throw notFound('Không tìm thấy văn bản.');
      return { documentId, jobId: doc.intake_job_id, fileId: original.id, status: doc.status };
    }
    const stored = await storeFile(deps.files, organisationId, input.data);
    const row = newDocumentRow({
      organisation_id: organisationId,
      direction: 'incoming',
      status: 'draft',
      source_kind: 'upload',
      created_by: ctx.actor.userId,
    });
    return db.transaction().execute(async (trx) => {
      await insertDocument(trx, row);
      const fileId = await insertFile(trx, {
        document_id: row.id,
        organisation_id: organisationId,
        kind: 'original',
        file_name: fileName,
        content_type: ACCEPTED_CONTENT_TYPES[kind],
        size: stored.size,
        sha256: stored.sha256,
        storage_path: stored.storagePath,
        created_by: ctx.actor.userId,
      });
      const jobId = await enqueueJob(trx, {
        name: INTAKE_JOB,
        payload: { documentId: row.id, fileId },
        organisationId,
      });
      await updateDocument(trx, row.id, { intake_job_id: jobId });
      await recordAudit(trx, ctx, {
        action: 'document.uploaded',
        entityType: 'document',
        entityId: row.id,
        organisationId,
        after: { fileName, kind, size: stored.size, sha256: stored.sha256, jobId },
      });
      return { documentId: row.id, jobId, fileId, status: 'draft' };
    });
  }

  /** Where the reading of an upload stands, and what it found (with per-field confidence). */
  async function uploadState(ctx: RequestContext, documentId: string) {
    const doc = await loadVisible(db, ctx, documentId);
    const job = doc.intake_job_id ? await findIntakeJob(db, doc.intake_job_id) : undefined;
    const pageRun = await findPageRun(db, documentId);
    const state = job?.status ?? 'none';
    const extraction = parseJson<Record<string, unknown> | null>(doc.extraction_json, null);
    if (extraction) delete extraction.spans;
    return {
      documentId,
      jobId: job?.id ?? null,
      state,
      stateLabel: JOB_STATE_LABELS[state] ?? state,
      error: job?.last_error ?? null,
      extraction,
      confidence: presentConfidence(doc.extraction_json),
      document: presentSummary(doc),
      pageReading: pageRun ? presentPageRun(pageRun) : null,
    };
  }

  return { uploadFile, uploadState, importEdxml: edxml.importEdxml, exportEdxml: edxml.exportEdxml };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
