/**
 * Evidence files a school attaches to an obligation (e.g. the provincial standing committee's approval
 * decision). Stored like every other file under `${dataDir}/files/<organisation>/evidence/`, recorded as
 * document_files rows of the school's copy of the directive, linked through obligation_evidence.
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import { withUploadedFiles, type IncomingFile } from '../../lib/uploaded-files.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite, scoped } from '../tenancy/scope.ts';

export function createObligationEvidenceService(db: Kysely<DB>, config: { dataDir: string }) {
  function findObligation(ctx: RequestContext, id: string) {
    return scoped(
      db.selectFrom('obligations').select(['id', 'organisation_id', 'directive_id']),
      ctx.actor,
      'obligations.organisation_id',
    )
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async function addEvidence(ctx: RequestContext, obligationId: string, parts: AsyncIterable<IncomingFile> | null) {
    const obligation = await findObligation(ctx, obligationId);
    if (!obligation) throw notFound('Không tìm thấy nhiệm vụ.');
    assertCanWrite(ctx.actor, obligation.organisation_id);
    const copy = await db
      .selectFrom('directive_recipients')
      .select('document_id')
      .where('directive_id', '=', obligation.directive_id)
      .where('organisation_id', '=', obligation.organisation_id)
      .executeTakeFirst();
    const dir = join(config.dataDir, 'files', obligation.organisation_id, 'evidence');
    return withUploadedFiles(dir, parts, async (written) => {
      const now = new Date().toISOString();
      const rows: DB['document_files'][] = written.map((f) => ({
        id: f.id,
        document_id: copy?.document_id ?? null,
        organisation_id: obligation.organisation_id,
        kind: 'obligation_evidence',
        file_name: f.fileName,
        content_type: f.contentType,
        size: f.size,
        sha256: f.sha256,
        storage_path: f.storagePath,
        created_by: ctx.actor.userId,
        created_at: now,
      }));
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('document_files').values(rows).execute();
        await trx
          .insertInto('obligation_evidence')
          .values(rows.map((r) => ({ obligation_id: obligationId, file_id: r.id, organisation_id: r.organisation_id })))
          .execute();
        await recordAudit(trx, ctx, {
          action: 'obligation.evidence_added',
          entityType: 'obligation',
          entityId: obligationId,
          organisationId: obligation.organisation_id,
          after: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size, sha256: r.sha256 })),
        });
      });
      return rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size, createdAt: r.created_at }));
    });
  }

  /** An evidence file of an obligation the caller may see (the school itself, or the Academy). */
  async function openEvidence(ctx: RequestContext, obligationId: string, fileId: string) {
    if (!(await findObligation(ctx, obligationId))) throw notFound('Không tìm thấy nhiệm vụ.');
    const file = await db
      .selectFrom('obligation_evidence')
      .innerJoin('document_files as f', 'f.id', 'obligation_evidence.file_id')
      .select(['f.file_name', 'f.content_type', 'f.size', 'f.storage_path'])
      .where('obligation_evidence.obligation_id', '=', obligationId)
      .where('obligation_evidence.file_id', '=', fileId)
      .executeTakeFirst();
    if (!file) throw notFound('Không tìm thấy tệp.');
    return {
      fileName: file.file_name,
      contentType: file.content_type,
      size: file.size,
      stream: createReadStream(file.storage_path),
    };
  }

  return { addEvidence, openEvidence };
}

export type ObligationEvidenceService = ReturnType<typeof createObligationEvidenceService>;
