import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { notFound } from '../../lib/app-error.ts';
import { documentFileRows, type IncomingFile, openStoredFile, withUploadedFiles } from '../../lib/uploaded-files.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { presentEvidenceFile } from './directives.presenter.ts';
import { findRecipientCopy } from './directives.repository.ts';
import { findEvidenceFile, findObligationOwner, insertEvidence } from './obligations.repository.ts';

export function createObligationEvidenceService(db: Kysely<DB>, files: FileStore) {
  async function addEvidence(ctx: RequestContext, obligationId: string, parts: AsyncIterable<IncomingFile> | null) {
    const obligation = await findObligationOwner(db, ctx.actor, obligationId);
    if (!obligation) throw notFound('Không tìm thấy nhiệm vụ.');
    assertCanWrite(ctx.actor, obligation.organisation_id);
    const copy = await findRecipientCopy(db, obligation.directive_id, obligation.organisation_id);
    return withUploadedFiles(files, obligation.organisation_id, parts, async (written) => {
      const rows = documentFileRows(written, {
        documentId: copy?.document_id ?? null,
        organisationId: obligation.organisation_id,
        kind: 'obligation_evidence',
        createdBy: ctx.actor.userId,
        at: new Date().toISOString(),
      });
      await db.transaction().execute(async (trx) => {
        await insertEvidence(trx, obligationId, rows);
        await recordAudit(trx, ctx, {
          action: 'obligation.evidence_added',
          entityType: 'obligation',
          entityId: obligationId,
          organisationId: obligation.organisation_id,
          after: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size, sha256: r.sha256 })),
        });
      });
      return rows.map(presentEvidenceFile);
    });
  }

  /** An evidence file of an obligation the caller may see (the school itself, or the Academy). */
  async function openEvidence(ctx: RequestContext, obligationId: string, fileId: string) {
    if (!(await findObligationOwner(db, ctx.actor, obligationId))) throw notFound('Không tìm thấy nhiệm vụ.');
    const file = await findEvidenceFile(db, obligationId, fileId);
    if (!file) throw notFound('Không tìm thấy tệp.');
    return openStoredFile(files, file);
  }

  return { addEvidence, openEvidence };
}

export type ObligationEvidenceService = ReturnType<typeof createObligationEvidenceService>;
