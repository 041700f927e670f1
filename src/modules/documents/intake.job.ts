/**
 * Job `intake.extract`: read an uploaded letter (OCR as needed, per-page time limit from
 * config.ocrPageTimeoutMs), store the extraction and the text, pre-fill the draft and its
 * requirements, and keep page images for the review screen. Idempotent: a re-run after a crash
 * replaces the page images and never overwrites what the clerk has already typed.
 */
import type { JobDefinition } from '../../jobs/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { payloadString } from '../../jobs/types.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import {
  deletePageImages,
  findDocumentById,
  findDocumentRow,
  findFile,
  insertFile,
  listRequirements,
  refreshDerived,
  replaceRequirements,
  updateDocument,
  type DocumentRow,
} from './documents.repository.ts';
import { draftFromExtraction } from './extraction-mapping.ts';
import { detectKind, storeFile } from './files.storage.ts';
import type { IntakeEngine } from './intake-engine.ts';
import { receiverHints } from './intake-hints.ts';
import { queueRemainingPages } from './pages.job.ts';

export const INTAKE_JOB = 'intake.extract';

export type IntakeJobPayload = { documentId: string; fileId: string; enrichOnly?: boolean };

/** Columns the clerk may already have filled while the job ran are kept; only empty ones are filled. */
const PREFILL_COLUMNS: (keyof DocumentRow)[] = [
  'family',
  'issuer_name',
  'issuer_parent',
  'number_symbol',
  'number',
  'type_code',
  'type_name',
  'place',
  'document_date',
  'subject',
  'signer_name',
  'signer_title',
  'signer_authority',
  'urgency',
  'confidentiality',
  'received_date',
];

/** The payload as enqueued by intake.service / edxml.service, checked. */
function readPayload(raw: unknown): IntakeJobPayload {
  const enrichOnly = typeof raw === 'object' && raw !== null && (raw as { enrichOnly?: unknown }).enrichOnly === true;
  return { documentId: payloadString(raw, 'documentId'), fileId: payloadString(raw, 'fileId'), enrichOnly };
}

export function createIntakeJob(engine: IntakeEngine, files: FileStore): JobDefinition {
  return { name: INTAKE_JOB, run: intakeExtract };

  async function intakeExtract(raw: unknown, deps: Parameters<JobDefinition['run']>[1]): Promise<unknown> {
    const payload = readPayload(raw);
    const db = deps.database.db;
    const doc = await findDocumentById(db, payload.documentId);
    const file = await findFile(db, payload.documentId, payload.fileId);
    if (!doc || !file) return { skipped: 'Văn bản hoặc tệp không còn.' };
    const hints = await receiverHints(db, doc.organisation_id);
    // OCR and the PDF renderer read by path: a verified local copy from the store (temporary when remote).
    const { kind, result, pages } = await files.withLocalPath(file.storage_path, file.sha256, async (path, data) => {
      const kind = detectKind(data, file.file_name);
      const result = await engine.extractFromFile(path, {
        kind,
        ocrPageTimeoutMs: deps.config.ocrPageTimeoutMs,
        hints,
      });
      const pages = payload.enrichOnly ? [] : kind === 'pdf' ? await engine.renderPages(path, { maxPages: 10 }) : [];
      return { kind, result, pages };
    });
    const draft = draftFromExtraction(result, {
      source: result.source,
      text: result.text,
      fileSource: result.fileSource,
    });
    const storedPages = await Promise.all(pages.map((png) => storeFile(files, doc.organisation_id, png)));

    await db.transaction().execute(async (trx) => {
      const current = await findDocumentRow(trx, doc.id);
      if (!current) throw new Error('Văn bản không còn.');
      const existingRequirements = await listRequirements(trx, doc.id);
      const patch: Partial<DocumentRow> = { ocr_text: result.text };
      if (payload.enrichOnly) {
        // An edXML arrival: its header is authoritative; the attachment only adds text, requirements and references.
        const previous = current.extraction_json ? JSON.parse(current.extraction_json) : {};
        patch.extraction_json = JSON.stringify({
          ...previous,
          attachment: { source: result.source, requirements: result.requirements, references: result.references },
        });
        if (current.references_json === '[]' && result.references.length)
          patch.references_json = draft.columns.references_json!;
      } else if (['draft', 'arrived'].includes(current.status)) {
        for (const column of PREFILL_COLUMNS) {
          if ((current[column] === null || current[column] === '') && draft.columns[column] !== undefined)
            (patch as Record<string, unknown>)[column] = draft.columns[column];
        }
        if (current.recipients_json === '[]') patch.recipients_json = draft.columns.recipients_json!;
        if (current.references_json === '[]') patch.references_json = draft.columns.references_json!;
        patch.extraction_json = draft.columns.extraction_json!;
      } else {
        patch.extraction_json = draft.columns.extraction_json!;
      }
      await updateDocument(trx, doc.id, patch);
      if (
        ['draft', 'arrived'].includes(current.status) &&
        existingRequirements.length === 0 &&
        draft.requirements.length
      ) {
        await replaceRequirements(trx, current, draft.requirements);
      }
      await deletePageImages(trx, doc.id);
      const pageFiles =
        kind === 'png' || kind === 'jpeg'
          ? [
              {
                name: file.file_name,
                type: file.content_type,
                stored: { sha256: file.sha256, storagePath: file.storage_path, size: file.size },
              },
            ]
          : storedPages.map((stored, i) => ({ name: `trang-${i + 1}.png`, type: 'image/png', stored }));
      if (!payload.enrichOnly) {
        for (const page of pageFiles) {
          await insertFile(trx, {
            document_id: doc.id,
            organisation_id: doc.organisation_id,
            kind: 'page_image',
            file_name: page.name,
            content_type: page.type,
            size: page.stored.size,
            sha256: page.stored.sha256,
            storage_path: page.stored.storagePath,
            created_by: null,
          });
        }
      }
      await refreshDerived(trx, doc.id);
      // A long PDF: the metadata came from its first pages and its last; the rest is read in the background.
      const remaining = result.fileSource?.remainingPages ?? [];
      if (remaining.length)
        await queueRemainingPages(trx, {
          documentId: doc.id,
          organisationId: doc.organisation_id,
          fileId: file.id,
          totalPages: result.fileSource?.pages ?? remaining.length,
          pages: remaining,
          headText: result.text,
        });
      await recordAudit(trx, null, {
        action: 'document.extracted',
        entityType: 'document',
        entityId: doc.id,
        organisationId: doc.organisation_id,
        after: {
          source: result.source,
          filled: Object.keys(patch).filter((k) => k !== 'ocr_text' && k !== 'extraction_json'),
          pages: pageFiles.length,
          remainingPages: result.fileSource?.remainingPages?.length ?? 0,
        },
      });
    });
    return {
      documentId: doc.id,
      source: result.source,
      characters: result.text.length,
      pages: payload.enrichOnly ? 0 : pages.length || (kind === 'png' || kind === 'jpeg' ? 1 : 0),
    };
  }
}
