/**
 * Result files (kind 'evidence') attached to a task by its lead or supporting assignees. Stored under
 * `${dataDir}/files/<organisation>/evidence/` with their SHA-256, recorded as document_files rows of the
 * task's document and linked to the task through task_files.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { loadTask, loadTaskForWrite } from './task-context.ts';
import { insertTaskEvent } from './task-commands.ts';
import { presentFile } from './tasks.presenter.ts';

export type IncomingFile = { filename: string; mimetype: string; file: Readable & { truncated?: boolean } };

function safeName(name: string): string {
  const base = name.normalize('NFC').replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f"<>|:*?]/g, '_').trim();
  return (base || 'tep-dinh-kem').slice(0, 200);
}

export function createEvidenceService(db: Kysely<DB>, config: { dataDir: string }) {
  /** Store uploaded files on the task. Only the lead and supporting assignees may add results. */
  async function addFiles(ctx: RequestContext, taskId: string, files: AsyncIterable<IncomingFile> | null) {
    const t = await loadTaskForWrite(db, ctx, taskId, { open: true });
    if (!t.roles.has('lead') && !t.roles.has('support')) throw new AppError('FORBIDDEN', 'Chỉ người chủ trì hoặc phối hợp được tải tài liệu kết quả.');
    if (!files) throw new AppError('BAD_REQUEST', 'Hãy gửi tệp dạng multipart/form-data.');
    const dir = join(config.dataDir, 'files', t.row.organisation_id, 'evidence');
    await mkdir(dir, { recursive: true });
    const rows: DB['document_files'][] = [];
    const written: string[] = [];
    try {
      for await (const part of files) {
        const id = randomUUID();
        const path = join(dir, id);
        const hash = createHash('sha256');
        let size = 0;
        written.push(path);
        const meter = new Transform({ transform(chunk: Buffer, _enc, done) { hash.update(chunk); size += chunk.length; done(null, chunk); } });
        await pipeline(part.file, meter, createWriteStream(path));
        rows.push({
          id, document_id: t.row.document_id, organisation_id: t.row.organisation_id, kind: 'evidence', file_name: safeName(part.filename),
          content_type: part.mimetype || 'application/octet-stream', size, sha256: hash.digest('hex'), storage_path: path, created_by: ctx.actor.userId, created_at: new Date().toISOString(),
        });
        if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${safeName(part.filename)}" vượt quá dung lượng cho phép.`);
      }
      if (rows.length === 0) throw new AppError('BAD_REQUEST', 'Chưa chọn tệp nào.');
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('document_files').values(rows).execute();
        await trx.updateTable('tasks').set({ updated_at: new Date().toISOString() }).where('id', '=', taskId).execute();
        await trx.insertInto('task_files').values(rows.map((r) => ({ task_id: taskId, file_id: r.id, organisation_id: r.organisation_id, created_at: r.created_at }))).execute();
        await insertTaskEvent(trx, { taskId, organisationId: t.row.organisation_id, kind: 'file_added', actorUserId: ctx.actor.userId, payload: { files: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size })) } });
        await recordAudit(trx, ctx, { action: 'task.files_added', entityType: 'task', entityId: taskId, organisationId: t.row.organisation_id, after: rows.map((r) => ({ id: r.id, fileName: r.file_name, size: r.size, sha256: r.sha256 })) });
      });
    } catch (error) {
      await Promise.all(written.map((p) => rm(p, { force: true })));
      throw error;
    }
    return rows.map(presentFile);
  }

  /** A result file of a task the caller may see. */
  async function openFile(ctx: RequestContext, taskId: string, fileId: string) {
    await loadTask(db, ctx, taskId);
    const file = await db.selectFrom('task_files').innerJoin('document_files', 'document_files.id', 'task_files.file_id')
      .select(['document_files.file_name', 'document_files.content_type', 'document_files.size', 'document_files.storage_path'])
      .where('task_files.task_id', '=', taskId).where('task_files.file_id', '=', fileId).executeTakeFirst();
    if (!file) throw notFound('Không tìm thấy tệp.');
    return { fileName: file.file_name, contentType: file.content_type, size: file.size, stream: createReadStream(file.storage_path) };
  }

  return { addFiles, openFile };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
