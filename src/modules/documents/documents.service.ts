/**
 * Reading and correcting documents: the document page, the clerk's corrections while a letter is a
 * draft (or has just arrived electronically), manual entry and pasted OCR text.
 */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertRegistryRole, isClearedFor } from './documents.policy.ts';
import { presentDocument } from './documents.presenter.ts';
import {
  findDocumentRow,
  findFile,
  findIntakeJob,
  findVisibleDocument,
  insertDocumentWithRequirements,
  listFiles,
  listRequirements,
  newDocumentRow,
  refreshDerived,
  replaceRequirements,
  updateDocument,
  type Db,
  type DocumentWithRegister,
} from './documents.repository.ts';
import type { ManualDocumentBody, PatchDocumentBody } from './documents.schemas.ts';
import { columnsFromFields, draftFromExtraction } from './extraction-mapping.ts';
import { readStoredFile } from './files.storage.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import type { DocumentsEvents, NumberingPort } from './documents.ports.ts';
import type { IntakeEngine } from './intake-engine.ts';
import { receiverHints } from './intake-hints.ts';
import { findPageRun } from './intake.repository.ts';
import { listLinks } from './links.repository.ts';

/** What every documents service is built from (see documents.module.ts). */
export type DocumentsDeps = {
  database: Database;
  config: Config;
  files: FileStore;
  engine: IntakeEngine;
  numbering: NumberingPort;
  events: DocumentsEvents;
};

/** Load a document the caller may read, or 404. */
export async function loadVisible(db: Db, ctx: RequestContext, id: string): Promise<DocumentWithRegister> {
  const row = await findVisibleDocument(db, ctx.actor, id);
  if (!row) throw notFound('Không tìm thấy văn bản.');
  return row;
}

/** The organisation a new document belongs to: the one asked for (if the caller may write there) or the caller's own. */
export function targetOrganisation(ctx: RequestContext, requested: string | undefined): string {
  const organisationId = requested ?? ctx.actor.organisationId;
  assertCanWrite(ctx.actor, organisationId);
  return organisationId;
}

export function assertMayMarkConfidential(
  ctx: RequestContext,
  organisationId: string,
  confidentiality: string | null | undefined,
): void {
  if (confidentiality && !isClearedFor(ctx.actor, organisationId)) {
    throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo, văn thư hoặc quản trị viên của đơn vị được xử lý văn bản mật.');
  }
}

export function assertEditable(doc: { direction: string; status: string }): void {
  const editable = doc.direction === 'incoming' ? ['draft', 'arrived'] : ['draft'];
  if (!editable.includes(doc.status)) {
    throw new AppError(
      'CONFLICT',
      doc.direction === 'incoming'
        ? 'Văn bản đã được vào sổ; không sửa được thông tin đăng ký.'
        : 'Văn bản đã được ban hành; không sửa được.',
    );
  }
}

export function createDocumentsService(deps: DocumentsDeps) {
  const { db } = deps.database;

  async function getDocument(ctx: RequestContext, id: string) {
    const row = await loadVisible(db, ctx, id);
    const [files, requirements, links, job, pageRun] = await Promise.all([
      listFiles(db, id),
      listRequirements(db, id),
      listLinks(db, ctx.actor, id),
      row.intake_job_id ? findIntakeJob(db, row.intake_job_id) : null,
      findPageRun(db, id),
    ]);
    return presentDocument(row, { files, requirements, links, job, pageRun });
  }

  async function patchDocument(ctx: RequestContext, id: string, input: PatchDocumentBody) {
    const before = await loadVisible(db, ctx, id);
    assertCanWrite(ctx.actor, before.organisation_id);
    assertRegistryRole(ctx.actor);
    assertEditable(before);
    assertMayMarkConfidential(ctx, before.organisation_id, input.confidentiality);
    const patch = columnsFromFields(input);
    await db.transaction().execute(async (trx) => {
      const current = await findDocumentRow(trx, id);
      if (!current) throw notFound('Không tìm thấy văn bản.');
      assertEditable({ direction: before.direction, status: current.status });
      if (Object.keys(patch).length) await updateDocument(trx, id, patch);
      if (input.requirements) await replaceRequirements(trx, before, input.requirements);
      await refreshDerived(trx, id);
      await recordAudit(trx, ctx, {
        action: 'document.updated',
        entityType: 'document',
        entityId: id,
        organisationId: before.organisation_id,
        before: pick(before, Object.keys(patch)),
        after: { ...patch, ...(input.requirements ? { requirements: input.requirements } : {}) },
      });
    });
    return getDocument(ctx, id);
  }

  /** A draft incoming document typed in by the clerk. */
  async function createManual(ctx: RequestContext, input: ManualDocumentBody) {
    const organisationId = targetOrganisation(ctx, input.organisationId);
    assertRegistryRole(ctx.actor);
    assertMayMarkConfidential(ctx, organisationId, input.confidentiality);
    const row = newDocumentRow({
      ...columnsFromFields(input),
      organisation_id: organisationId,
      direction: 'incoming',
      status: 'draft',
      source_kind: 'manual',
      created_by: ctx.actor.userId,
    });
    await db.transaction().execute(async (trx) => {
      await insertDocumentWithRequirements(trx, row, input.requirements);
      await recordAudit(trx, ctx, {
        action: 'document.created',
        entityType: 'document',
        entityId: row.id,
        organisationId,
        after: { ...row, source: 'manual' },
      });
    });
    return getDocument(ctx, row.id);
  }

  /** Pasted OCR text → a draft pre-filled by the intake engine (synchronous: extraction takes milliseconds). */
  async function createFromText(ctx: RequestContext, input: { organisationId?: string | undefined; text: string }) {
    const organisationId = targetOrganisation(ctx, input.organisationId);
    assertRegistryRole(ctx.actor);
    const text = input.text.normalize('NFC');
    const hints = await receiverHints(db, organisationId);
    const draft = draftFromExtraction(deps.engine.extractFromText(text, hints), { source: 'pasted-text', text });
    if (draft.columns.confidentiality && !isClearedFor(ctx.actor, organisationId)) draft.columns.confidentiality = null;
    const row = newDocumentRow({
      ...draft.columns,
      organisation_id: organisationId,
      direction: 'incoming',
      status: 'draft',
      source_kind: 'text',
      created_by: ctx.actor.userId,
    });
    await db.transaction().execute(async (trx) => {
      await insertDocumentWithRequirements(trx, row, draft.requirements);
      await recordAudit(trx, ctx, {
        action: 'document.created',
        entityType: 'document',
        entityId: row.id,
        organisationId,
        after: { id: row.id, source: 'pasted-text', numberSymbol: row.number_symbol },
      });
    });
    return getDocument(ctx, row.id);
  }

  /** A file of a document the caller may read. */
  async function getFile(ctx: RequestContext, id: string, fileId: string) {
    await loadVisible(db, ctx, id);
    const file = await findFile(db, id, fileId);
    if (!file) throw notFound('Không tìm thấy tệp.');
    // A file gone from the store or damaged there is the store's fault, not the request's: both answer
    // 500 FILE_UNAVAILABLE with the request id (plugins/errors.ts), as on every other route that reads files.
    return { file, data: await readStoredFile(deps.files, file) };
  }

  return { getDocument, patchDocument, createManual, createFromText, getFile };
}

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
