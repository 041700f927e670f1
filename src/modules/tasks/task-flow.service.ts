/**
 * The lead's answers to an assignment — complete with a result note and files, return it, ask for
 * more time — and the leader's decision on the extension. Each is audited and notifies the other side.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { isRealDate } from '../../lib/dates.ts';
import { directorPeople, leadPeople, loadTaskForWrite, notifyAboutTask, requireLead } from './task-context.ts';
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import { syncDocumentProgress } from './task-commands.ts';
import { insertTaskEvent, moveAssigneeDeadlines, updateTask } from './task-writes.repository.ts';
import { findAttachedFiles } from './tasks.repository.ts';
import { isLeader } from './tasks.policy.ts';
import { parseJson, type PendingExtension } from './tasks.presenter.ts';
import type { CompleteBody, DecideBody, ExtensionBody } from './tasks.schemas.ts';

export function createTaskFlowService(db: Kysely<DB>, documents: Pick<DocumentsPorts, 'setDocumentStatus'>) {
  /** The lead completes the task; when it is the document's last open task the document is completed too. */
  async function complete(ctx: RequestContext, id: string, input: CompleteBody) {
    const t = await loadTaskForWrite(db, ctx, id, { open: true });
    requireLead(t);
    const fileIds = [...new Set(input.fileIds ?? [])];
    if (fileIds.length) {
      const attached = await findAttachedFiles(db, id, fileIds);
      if (attached.length !== fileIds.length)
        throw new AppError('BAD_REQUEST', 'Tệp đính kèm không thuộc nhiệm vụ này; hãy tải tệp lên nhiệm vụ trước.');
    }
    const now = new Date().toISOString();
    const resultNote = input.resultNote.trim();
    await db.transaction().execute(async (trx) => {
      await updateTask(trx, id, {
        status: 'done',
        progress: 100,
        result_note: resultNote,
        completed_at: now,
        extension_json: null,
        updated_at: now,
      });
      await insertTaskEvent(trx, {
        taskId: id,
        organisationId: t.row.organisation_id,
        kind: 'completed',
        actorUserId: ctx.actor.userId,
        payload: { resultNote, fileIds },
      });
      await recordAudit(trx, ctx, {
        action: 'task.completed',
        entityType: 'task',
        entityId: id,
        organisationId: t.row.organisation_id,
        before: { status: t.row.status, progress: t.row.progress },
        after: { status: 'done', resultNote, fileIds },
      });
      await syncDocumentProgress(trx, ctx, t.row.document_id, documents);
      await notifyAboutTask(
        trx,
        ctx,
        t.row,
        await directorPeople(trx, t.row),
        'task_completed',
        'Đã hoàn thành',
        `${ctx.actor.fullName} báo cáo kết quả: ${resultNote}`,
      );
    });
  }

  /** The lead hands the task back to the leader (wrong addressee, outside their remit…) with a reason. */
  async function giveBack(ctx: RequestContext, id: string, reason: string) {
    const t = await loadTaskForWrite(db, ctx, id, { open: true });
    requireLead(t);
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await updateTask(trx, id, { status: 'returned', extension_json: null, updated_at: now });
      await insertTaskEvent(trx, {
        taskId: id,
        organisationId: t.row.organisation_id,
        kind: 'returned',
        actorUserId: ctx.actor.userId,
        payload: { reason },
      });
      await recordAudit(trx, ctx, {
        action: 'task.returned',
        entityType: 'task',
        entityId: id,
        organisationId: t.row.organisation_id,
        before: { status: t.row.status },
        after: { status: 'returned', reason },
      });
      await notifyAboutTask(
        trx,
        ctx,
        t.row,
        await directorPeople(trx, t.row),
        'task_returned',
        'Nhiệm vụ bị trả lại',
        `${ctx.actor.fullName} trả lại nhiệm vụ. Lý do: ${reason}`,
      );
    });
  }

  /** The lead asks for a later deadline; one request may be pending at a time. */
  async function requestExtension(ctx: RequestContext, id: string, input: ExtensionBody) {
    const t = await loadTaskForWrite(db, ctx, id, { open: true });
    requireLead(t);
    if (t.row.extension_json) throw new AppError('CONFLICT', 'Đã có đề nghị gia hạn đang chờ lãnh đạo quyết định.');
    if (!isRealDate(input.newDeadline)) throw new AppError('BAD_REQUEST', `Ngày "${input.newDeadline}" không hợp lệ.`);
    if (t.row.deadline && input.newDeadline <= t.row.deadline)
      throw new AppError('BAD_REQUEST', `Hạn đề nghị phải sau hạn hiện tại (${formatDateVi(t.row.deadline)}).`);
    const now = new Date().toISOString();
    const pending: PendingExtension = {
      newDeadline: input.newDeadline,
      reason: input.reason.trim(),
      requestedAt: now,
      requestedBy: ctx.actor.fullName,
    };
    await db.transaction().execute(async (trx) => {
      await updateTask(trx, id, { extension_json: JSON.stringify(pending), updated_at: now });
      await insertTaskEvent(trx, {
        taskId: id,
        organisationId: t.row.organisation_id,
        kind: 'extension_requested',
        actorUserId: ctx.actor.userId,
        payload: { newDeadline: pending.newDeadline, reason: pending.reason, previousDeadline: t.row.deadline },
      });
      await recordAudit(trx, ctx, {
        action: 'task.extension_requested',
        entityType: 'task',
        entityId: id,
        organisationId: t.row.organisation_id,
        after: pending,
      });
      await notifyAboutTask(
        trx,
        ctx,
        t.row,
        await directorPeople(trx, t.row),
        'task_extension_requested',
        'Xin gia hạn',
        `${ctx.actor.fullName} xin gia hạn đến ${formatDateVi(pending.newDeadline)}. Lý do: ${pending.reason}`,
      );
    });
  }

  /** A leader grants (the deadline moves) or refuses the pending extension. */
  async function decideExtension(ctx: RequestContext, id: string, input: DecideBody) {
    const t = await loadTaskForWrite(db, ctx, id);
    if (!isLeader(ctx.actor)) throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo được quyết định gia hạn.');
    const pending = parseJson<PendingExtension | null>(t.row.extension_json, null);
    if (!pending) throw new AppError('CONFLICT', 'Không có đề nghị gia hạn nào đang chờ.');
    const now = new Date().toISOString();
    const note = input.note?.trim() ?? '';
    await db.transaction().execute(async (trx) => {
      await updateTask(trx, id, {
        extension_json: null,
        updated_at: now,
        ...(input.approve ? { deadline: pending.newDeadline } : {}),
      });
      if (input.approve) await moveAssigneeDeadlines(trx, id, t.row.deadline, pending.newDeadline);
      const kind = input.approve ? 'extension_granted' : 'extension_refused';
      await insertTaskEvent(trx, {
        taskId: id,
        organisationId: t.row.organisation_id,
        kind,
        actorUserId: ctx.actor.userId,
        payload: { newDeadline: pending.newDeadline, previousDeadline: t.row.deadline, note },
      });
      await recordAudit(trx, ctx, {
        action: `task.${kind}`,
        entityType: 'task',
        entityId: id,
        organisationId: t.row.organisation_id,
        before: { deadline: t.row.deadline, request: pending },
        after: { deadline: input.approve ? pending.newDeadline : t.row.deadline, note },
      });
      await notifyAboutTask(
        trx,
        ctx,
        t.row,
        await leadPeople(trx, t.row),
        `task_${kind}`,
        input.approve ? 'Đồng ý gia hạn' : 'Không đồng ý gia hạn',
        input.approve
          ? `Hạn mới: ${formatDateVi(pending.newDeadline)}.${note ? ` ${note}` : ''}`
          : `Giữ hạn ${formatDateVi(t.row.deadline) || 'cũ'}.${note ? ` ${note}` : ''}`,
      );
    });
  }

  return { complete, giveBack, requestExtension, decideExtension };
}

export type TaskFlowService = ReturnType<typeof createTaskFlowService>;
