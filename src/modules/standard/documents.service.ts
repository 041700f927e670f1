/**
 * Files of a self-assessment: evidence files uploaded for it (document_files rows of kind
 * 'standard_evidence', downloaded through src/lib/downloads.ts), the self-assessment report (DOCX, Party
 * layout) and the evidence list (danh mục minh chứng, XLSX).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { notFound } from '../../lib/app-error.ts';
import { documentFileRows, type IncomingFile, openStoredFile, withUploadedFiles } from '../../lib/uploaded-files.ts';
import { buildEvidenceListXlsx, buildSelfAssessmentReportDocx } from '../../standard/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import type { AssessmentService } from './assessment.service.ts';
import { assertSchoolWriter } from './standard.policy.ts';
import { findAssessment, findEvidenceFile, findSchool, insertFiles } from './standard.repository.ts';

export function createStandardDocumentsService(db: Kysely<DB>, assessments: AssessmentService, files: FileStore) {
  async function uploadEvidence(ctx: RequestContext, id: string, parts: AsyncIterable<IncomingFile> | null) {
    const row = await findAssessment(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy bản tự đánh giá.');
    assertCanWrite(ctx.actor, row.organisation_id);
    assertSchoolWriter(ctx);
    return withUploadedFiles(files, row.organisation_id, parts, async (written) => {
      const rows = documentFileRows(written, {
        documentId: null,
        organisationId: row.organisation_id,
        kind: 'standard_evidence',
        createdBy: ctx.actor.userId,
        at: new Date().toISOString(),
      });
      await db.transaction().execute(async (trx) => {
        await insertFiles(trx, rows);
        await recordAudit(trx, ctx, {
          action: 'standard.evidence.uploaded',
          entityType: 'standard_assessment',
          entityId: id,
          organisationId: row.organisation_id,
          after: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size, sha256: r.sha256 })),
        });
      });
      return { items: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size })) };
    });
  }

  async function openEvidence(ctx: RequestContext, id: string, fileId: string) {
    const row = await findAssessment(db, ctx.actor, id);
    if (!row) throw notFound('Không tìm thấy bản tự đánh giá.');
    const file = await findEvidenceFile(db, row.organisation_id, fileId);
    if (!file) throw notFound('Không tìm thấy tệp minh chứng.');
    return openStoredFile(files, file);
  }

  async function reportDocx(ctx: RequestContext, id: string) {
    const { row, catalogue, result } = await assessments.evaluate(ctx, id);
    const school = (await findSchool(db, ctx.actor, row.organisation_id))!;
    const province = school.province_name ?? '';
    const data = await buildSelfAssessmentReportDocx(
      {
        parentCommittee: province ? `Tỉnh ủy ${province}` : 'Tỉnh ủy',
        schoolName: school.name,
        place: province || '…',
        date: row.submitted_at ? row.submitted_at.slice(0, 10) : null,
      },
      catalogue,
      result,
    );
    return { fileName: `bao-cao-tu-danh-gia-lan-${row.round}.docx`, data };
  }

  async function evidenceXlsx(ctx: RequestContext, id: string) {
    const { row, catalogue, result } = await assessments.evaluate(ctx, id);
    const school = (await findSchool(db, ctx.actor, row.organisation_id))!;
    const data = await buildEvidenceListXlsx(school.name, catalogue, result);
    return { fileName: `danh-muc-minh-chung-lan-${row.round}.xlsx`, data };
  }

  return { uploadEvidence, openEvidence, reportDocx, evidenceXlsx };
}

export type StandardDocumentsService = ReturnType<typeof createStandardDocumentsService>;
