/** "Việc của tôi": the caller's tasks, one task's page, progress and comments, corrections by the clerk. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { addDays, isRealDate, vietnamToday } from '../../lib/dates.ts';
import { directorPeople, leadPeople, loadTask, loadTaskForWrite, notifyAboutTask } from './task-context.ts';
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import { syncDocumentProgress } from './task-commands.ts';
import {
  acknowledgeAssignments,
  insertTaskEvent,
  moveAssigneeDeadlines,
  updateTask,
} from './task-writes.repository.ts';
import { canWriteTo, isClerkLike, isLeader, taskPermissions } from './tasks.policy.ts';
import { presentAssignee, presentEvent, presentFile, presentTaskSummary } from './tasks.presenter.ts';
import {
  findAssignees,
  findEvents,
  findTaskDocument,
  findTaskFiles,
  findUserName,
  groupByTask,
  myTaskIds,
  scopedTasks,
} from './tasks.repository.ts';
import type { MineQuery, PatchTaskBody, ProgressBody } from './tasks.schemas.ts';

export function createTasksService(
  db: Kysely<DB>,
  documents: Pick<DocumentsPorts, 'setDocumentStatus'>,
  opts: { today?: () => string } = {},
) {
  const today = opts.today ?? (() => vietnamToday());

  /** Tasks where the caller, or the caller's unit, is lead, support or for information. */
  async function mine(ctx: RequestContext, query: MineQuery) {
    const day = today();
    let q = scopedTasks(db, ctx.actor).where(
      'tasks.id',
      'in',
      myTaskIds(db, ctx.actor, query.role ? [query.role] : undefined),
    );
    const status = query.status ?? 'open';
    if (status === 'open') q = q.where('tasks.status', 'in', ['assigned', 'in_progress', 'returned']);
    else if (status !== 'all') q = q.where('tasks.status', '=', status);
    const rows = await q.orderBy('tasks.updated_at', 'desc').limit(1000).execute();
    const assignees = groupByTask(
      await findAssignees(
        db,
        rows.map((r) => r.id),
      ),
    );
    const limit = addDays(day, query.window ?? 7);
    const items = rows
      .map((r) => presentTaskSummary(r, { actor: ctx.actor, assignees: assignees.get(r.id) ?? [], today: day }))
      .filter((t) => {
        const due = t.status === 'done' ? null : (t.myDeadline ?? t.deadline);
        if (query.due === 'overdue') return due !== null && due < day;
        if (query.due === 'soon') return due !== null && due >= day && due <= limit;
        return true;
      })
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    return { items, total: items.length };
  }

  function sortKey(t: {
    status: string;
    myDeadline: string | null;
    deadline: string | null;
    updatedAt: string;
  }): string {
    return `${t.status === 'done' ? 1 : 0}${t.myDeadline ?? t.deadline ?? '9999-99-99'}${t.updatedAt}`;
  }

  /**
   * The caller acknowledges receipt of a task given to them (or their unit): an explicit, audited write
   * the task page sends when it opens — reading a task never changes it.
   */
  async function acknowledge(ctx: RequestContext, id: string): Promise<{ acknowledged: number }> {
    const t = await loadTask(db, ctx, id);
    if (!canWriteTo(ctx.actor, t.row.organisation_id) || t.roles.size === 0) return { acknowledged: 0 };
    return db.transaction().execute(async (trx) => {
      const acknowledged = await acknowledgeAssignments(trx, id, ctx.actor, new Date().toISOString());
      await recordAudit(trx, ctx, {
        action: 'task.acknowledged',
        entityType: 'task',
        entityId: id,
        organisationId: t.row.organisation_id,
        after: { acknowledged },
      });
      return { acknowledged };
    });
  }

  /** One task with its assignees, history, result files and what the caller may do. */
  async function get(ctx: RequestContext, id: string) {
    const t = await loadTask(db, ctx, id);
    const writable = canWriteTo(ctx.actor, t.row.organisation_id);
    const [assignees, events, files, doc] = await Promise.all([
      findAssignees(db, [id]),
      findEvents(db, id),
      findTaskFiles(db, id),
      findTaskDocument(db, t.row.document_id),
    ]);
    const assignedBy = t.row.assigned_by ? await findUserName(db, t.row.assigned_by) : undefined;
    return {
      ...presentTaskSummary(t.row, { actor: ctx.actor, assignees, today: today() }),
      resultNote: t.row.result_note,
      assignedAt: t.row.assigned_at,
      assignedByName: assignedBy?.full_name ?? null,
      document: {
        id: doc.id,
        subject: doc.subject,
        numberSymbol: doc.number_symbol,
        issuerName: doc.issuer_name,
        status: doc.status,
        directionNote: doc.direction_note,
        directedByName: doc.directed_by_name,
        directedAt: doc.directed_at,
      },
      assignees: assignees.map(presentAssignee),
      events: events.map(presentEvent),
      files: files.map(presentFile),
      permissions: taskPermissions(ctx.actor, t.row, t.roles, {
        writable,
        pendingExtension: t.row.extension_json !== null,
      }),
    };
  }

  /** The lead reports progress (0–100, with a note); any assignee or a leader may comment. */
  async function progress(ctx: RequestContext, id: string, input: ProgressBody) {
    const comment = input.comment?.trim() ?? '';
    if (input.progress === undefined && !comment) throw new AppError('BAD_REQUEST', 'Nhập tiến độ hoặc ý kiến.');
    const t = await loadTaskForWrite(db, ctx, id, { open: input.progress !== undefined });
    if (input.progress !== undefined && !t.roles.has('lead'))
      throw new AppError('FORBIDDEN', 'Chỉ người hoặc đơn vị chủ trì cập nhật tiến độ; đơn vị phối hợp gửi ý kiến.');
    if (input.progress === undefined && t.roles.size === 0 && !isLeader(ctx.actor))
      throw new AppError('FORBIDDEN', 'Chỉ người được giao hoặc lãnh đạo được gửi ý kiến về nhiệm vụ.');
    if (t.row.status === 'done') throw new AppError('CONFLICT', 'Nhiệm vụ đã hoàn thành.');
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      if (input.progress !== undefined) {
        await updateTask(trx, id, { progress: input.progress, status: 'in_progress', updated_at: now });
        await insertTaskEvent(trx, {
          taskId: id,
          organisationId: t.row.organisation_id,
          kind: 'progress',
          actorUserId: ctx.actor.userId,
          payload: { progress: input.progress, comment },
        });
        await recordAudit(trx, ctx, {
          action: 'task.progress',
          entityType: 'task',
          entityId: id,
          organisationId: t.row.organisation_id,
          before: { progress: t.row.progress, status: t.row.status },
          after: { progress: input.progress, status: 'in_progress', comment },
        });
        await syncDocumentProgress(trx, ctx, t.row.document_id, documents);
      } else {
        await updateTask(trx, id, { updated_at: now });
        await insertTaskEvent(trx, {
          taskId: id,
          organisationId: t.row.organisation_id,
          kind: 'comment',
          actorUserId: ctx.actor.userId,
          payload: { comment },
        });
        await recordAudit(trx, ctx, {
          action: 'task.commented',
          entityType: 'task',
          entityId: id,
          organisationId: t.row.organisation_id,
          after: { comment },
        });
        const toLead = !t.roles.has('lead');
        const to = toLead ? await leadPeople(trx, t.row) : await directorPeople(trx, t.row);
        await notifyAboutTask(trx, ctx, t.row, to, 'task_comment', 'Ý kiến mới', `${ctx.actor.fullName}: ${comment}`);
      }
    });
    return get(ctx, id);
  }

  /** The clerk or a leader corrects the title, text or the extracted deadline. */
  async function patch(ctx: RequestContext, id: string, input: PatchTaskBody) {
    const t = await loadTaskForWrite(db, ctx, id);
    if (!isClerkLike(ctx.actor)) throw new AppError('FORBIDDEN', 'Chỉ văn thư hoặc lãnh đạo được sửa nhiệm vụ.');
    if (t.row.status === 'done') throw new AppError('CONFLICT', 'Nhiệm vụ đã hoàn thành, không sửa được.');
    if (input.deadline && !isRealDate(input.deadline))
      throw new AppError('BAD_REQUEST', `Ngày "${input.deadline}" không hợp lệ.`);
    const before = { title: t.row.title, text: t.row.text, deadline: t.row.deadline };
    const after = {
      ...before,
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.text !== undefined ? { text: input.text.trim() } : {}),
      ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
    };
    const now = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await updateTask(trx, id, { ...after, updated_at: now });
      if (after.deadline !== before.deadline) await moveAssigneeDeadlines(trx, id, before.deadline, after.deadline);
      await insertTaskEvent(trx, {
        taskId: id,
        organisationId: t.row.organisation_id,
        kind: 'edited',
        actorUserId: ctx.actor.userId,
        payload: { before, after },
      });
      await recordAudit(trx, ctx, {
        action: 'task.updated',
        entityType: 'task',
        entityId: id,
        organisationId: t.row.organisation_id,
        before,
        after,
      });
      if (after.deadline !== before.deadline && t.row.status !== 'unassigned') {
        await notifyAboutTask(
          trx,
          ctx,
          t.row,
          await leadPeople(trx, t.row),
          'task_deadline_changed',
          'Đổi hạn xử lý',
          `Hạn mới: ${after.deadline ?? 'không có'}.`,
        );
      }
    });
    return get(ctx, id);
  }

  return { mine, get, acknowledge, progress, patch };
}

export type TasksService = ReturnType<typeof createTasksService>;
