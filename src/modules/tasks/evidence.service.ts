import { documentFileRows, type IncomingFile, openStoredFile, withUploadedFiles } from '../../lib/uploaded-files.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { FileStore } from '../../lib/file-store/index.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { loadTask, loadTaskForWrite } from './task-context.ts';
import { insertTaskEvent, insertTaskFiles, updateTask } from './task-writes.repository.ts';
import { presentFile } from './tasks.presenter.ts';
import { findTaskFile } from './tasks.repository.ts';

export type { IncomingFile } from '../../lib/uploaded-files.ts';

export function createEvidenceService(db: Kysely<DB>, files: FileStore) {
  /** Store uploaded files on the task. Only the lead and supporting assignees may add results. */
  async function addFiles(ctx: RequestContext, taskId: string, parts: AsyncIterable<IncomingFile> | null) {
    const t = await loadTaskForWrite(db, ctx, taskId, { open: true });
    if (!t.roles.has('lead') && !t.roles.has('support'))
      throw new AppError('FORBIDDEN', 'Chỉ người chủ trì hoặc phối hợp được tải tài liệu kết quả.');
    return withUploadedFiles(files, t.row.organisation_id, parts, async (written) => {
      const now = new Date().toISOString();
      const rows = documentFileRows(written, {
        documentId: t.row.document_id,
        organisationId: t.row.organisation_id,
        kind: 'evidence',
        createdBy: ctx.actor.userId,
        at: now,
      });
      await db.transaction().execute(async (trx) => {
        await insertTaskFiles(
          trx,
          rows,
          rows.map((r) => ({
            task_id: taskId,
            file_id: r.id,
            organisation_id: r.organisation_id,
            created_at: r.created_at,
          })),
        );
        await updateTask(trx, taskId, { updated_at: now });
        await insertTaskEvent(trx, {
          taskId,
          organisationId: t.row.organisation_id,
          kind: 'file_added',
          actorUserId: ctx.actor.userId,
          payload: { files: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size })) },
        });
        await recordAudit(trx, ctx, {
          action: 'task.files_added',
          entityType: 'task',
          entityId: taskId,
          organisationId: t.row.organisation_id,
          after: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size, sha256: r.sha256 })),
        });
      });
      return rows.map(presentFile);
    });
  }

  /** A result file of a task the caller may see. */
  async function openFile(ctx: RequestContext, taskId: string, fileId: string) {
    await loadTask(db, ctx, taskId);
    const file = await findTaskFile(db, taskId, fileId);
    if (!file) throw notFound('Không tìm thấy tệp.');
    return openStoredFile(files, file);
  }

  return { addFiles, openFile };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
