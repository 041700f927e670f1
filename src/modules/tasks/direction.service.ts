/**
 * Decree 30 Điều 23: the clerk presents a registered document to a leader; the leader writes the
 * direction (bút phê) and names, per task, one lead (chủ trì), supporting (phối hợp) and
 * for-information (để biết) recipients with deadlines.
 */
import { isConfidential } from '../tenancy/visibility.ts';
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { formatDateVi } from '../../lib/vn.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import { activeUnitMembers, notifyUsers } from '../notifications/notifications.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { loadTargets, resolveTargets, type ResolvedTarget } from './direction-targets.ts';
import { GENERAL_TASK_TITLE, onDocumentRegistered, requirementTitle } from './document-hooks.ts';
import { links } from './links.ts';
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import { createTask } from './task-commands.ts';
import {
  currentDirectedAt,
  findLatestPresentation,
  insertPresentation,
  lockDocument,
  insertTaskEvent,
  replaceAssignees,
  setDocumentDirection,
  updateTask,
} from './task-writes.repository.ts';
import { ACTIVE_DOCUMENT_STATUSES, ASSIGNEE_ROLE_LABELS, LEADER_ROLES, isClerkLike, isLeader } from './tasks.policy.ts';
import { loadHandlingSlip } from './handling-slip.service.ts';
import {
  type DocumentRow,
  findDocument,
  findDocumentTaskRecords,
  findPresentableLeader,
  findRequirementOf,
  findTaskRecord,
} from './tasks.repository.ts';
import type { DirectionBody, PresentBody } from './tasks.schemas.ts';

export function documentLabel(doc: { number_symbol: string | null; subject: string | null }): string {
  return (
    [doc.number_symbol ? `số ${doc.number_symbol}` : null, doc.subject].filter(Boolean).join(' — ') || 'văn bản đến'
  );
}

function assertActionable(doc: DocumentRow): void {
  if (doc.direction !== 'incoming') throw new AppError('BAD_REQUEST', 'Chỉ văn bản đến mới được trình và giao xử lý.');
  if (doc.status === 'completed') throw new AppError('CONFLICT', 'Văn bản đã hoàn thành xử lý.');
  if (!ACTIVE_DOCUMENT_STATUSES.includes(doc.status))
    throw new AppError('CONFLICT', 'Văn bản chưa được vào sổ đăng ký văn bản đến.');
}

export function createDirectionService(db: Kysely<DB>, documents: Pick<DocumentsPorts, 'setDocumentStatus'>) {
  async function loadForWrite(ctx: RequestContext, documentId: string): Promise<DocumentRow> {
    const doc = await findDocument(db, ctx.actor, documentId);
    if (!doc) throw notFound('Không tìm thấy văn bản.');
    assertCanWrite(ctx.actor, doc.organisation_id);
    return doc;
  }

  /**
   * Whose people may be named: the document's organisation and the writer's own. They differ only
   * when a school handles a document of a school it succeeded (2025 merger) — assertCanWrite passed.
   */
  const handlingOrganisations = (ctx: RequestContext, doc: DocumentRow) => [
    ...new Set([doc.organisation_id, ctx.actor.organisationId]),
  ];

  /** The clerk presents the document to a leader of the same organisation, who is notified. */
  async function present(ctx: RequestContext, documentId: string, input: PresentBody) {
    const doc = await loadForWrite(ctx, documentId);
    if (!isClerkLike(ctx.actor)) throw new AppError('FORBIDDEN', 'Chỉ văn thư hoặc quản trị được trình văn bản.');
    assertActionable(doc);
    const leader = await findPresentableLeader(db, input.leaderId, handlingOrganisations(ctx, doc), LEADER_ROLES);
    if (!leader) throw new AppError('BAD_REQUEST', 'Người nhận trình phải là lãnh đạo đang hoạt động của đơn vị.');
    const row = {
      id: randomUUID(),
      document_id: doc.id,
      organisation_id: doc.organisation_id,
      presented_by: ctx.actor.userId,
      presented_to: leader.id,
      presented_at: new Date().toISOString(),
      note: input.note ?? null,
    };
    await db.transaction().execute(async (trx) => {
      // Presenting again to the leader who still has the letter waiting (a double click, a second tab) is
      // refused and changes nothing; after the direction it is a new presentation (a reminder).
      await lockDocument(trx, doc.id);
      const latest = await findLatestPresentation(trx, doc.id);
      const directedAt = await currentDirectedAt(trx, doc.id);
      if (latest && latest.presented_to === leader.id && (!directedAt || directedAt < latest.presented_at))
        throw new AppError(
          'CONFLICT',
          `Văn bản đã được trình đồng chí ${leader.full_name} và đang chờ ý kiến chỉ đạo.`,
        );
      await onDocumentRegistered(trx, ctx, doc.id);
      await insertPresentation(trx, row);
      await recordAudit(trx, ctx, {
        action: 'document.presentation_added',
        entityType: 'document',
        entityId: doc.id,
        organisationId: doc.organisation_id,
        after: row,
      });
      if (doc.status === 'registered') await documents.setDocumentStatus(trx, ctx, doc, 'presented');
      await notifyUsers(trx, [leader.id], {
        organisationId: doc.organisation_id,
        kind: 'document_presented',
        title: `Trình văn bản: ${documentLabel(doc)}`.slice(0, 300),
        body: `${ctx.actor.fullName} trình văn bản xin ý kiến chỉ đạo.${row.note ? ` Ghi chú: ${row.note}` : ''}`,
        link: links.deskDocument(doc.id),
      });
    });
    return loadHandlingSlip(db, ctx, doc.id);
  }

  /** The leader's direction: bút phê plus assignments; audited, assignees notified, document → 'assigned'. */
  async function direct(ctx: RequestContext, documentId: string, input: DirectionBody) {
    const doc = await loadForWrite(ctx, documentId);
    if (!isLeader(ctx.actor))
      throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị được cho ý kiến chỉ đạo và giao việc.');
    assertActionable(doc);
    const found = await loadTargets(db, handlingOrganisations(ctx, doc), input, {
      confidential: isConfidential(doc.confidentiality),
    });
    const now = new Date().toISOString();
    const inbox = new Map<string, { line: string; taskId: string }[]>(); // userId → lines of the notification
    const done: { taskId: string; targets: ResolvedTarget[]; deadline: string | null }[] = [];
    await db.transaction().execute(async (trx) => {
      // The form says which direction it was written over: a second submission (double click, another tab)
      // finds the letter already directed and changes nothing.
      await lockDocument(trx, doc.id);
      if (input.ifDirectedAt !== undefined && (await currentDirectedAt(trx, doc.id)) !== input.ifDirectedAt)
        throw new AppError('CONFLICT', 'Văn bản vừa được cho ý kiến chỉ đạo; hãy tải lại phiếu trước khi sửa.');
      await onDocumentRegistered(trx, ctx, doc.id);
      const tasks = await findDocumentTaskRecords(trx, doc.id);
      const seen = new Set<string>();
      for (const a of input.assignments) {
        const task = await resolveTask(trx, ctx, doc, tasks, a);
        if (seen.has(task.id))
          throw new AppError(
            'BAD_REQUEST',
            `Nhiệm vụ "${task.title}" được giao hai lần: mỗi nhiệm vụ chỉ có một đơn vị chủ trì.`,
          );
        seen.add(task.id);
        if (task.status === 'done')
          throw new AppError('CONFLICT', `Nhiệm vụ "${task.title}" đã hoàn thành, không giao lại được.`);
        const deadline = a.deadline !== undefined ? a.deadline : task.deadline;
        const targets = resolveTargets(a, deadline, found);
        const lead = targets[0]!.party;
        const reassigned = await replaceAssignees(
          trx,
          task.id,
          targets.map((t) => ({
            task_id: task.id,
            organisation_id: doc.organisation_id,
            user_id: t.party.kind === 'user' ? t.party.id : null,
            unit_id: t.party.kind === 'unit' ? t.party.id : null,
            role: t.role,
            deadline: t.deadline,
            acknowledged_at: null,
          })),
        );
        await updateTask(trx, task.id, {
          status: 'assigned',
          lead_user_id: lead.kind === 'user' ? lead.id : null,
          lead_unit_id: lead.kind === 'unit' ? lead.id : null,
          deadline,
          assigned_by: ctx.actor.userId,
          assigned_at: now,
          extension_json: null,
          updated_at: now,
        });
        await insertTaskEvent(trx, {
          taskId: task.id,
          organisationId: doc.organisation_id,
          kind: reassigned ? 'reassigned' : 'assigned',
          actorUserId: ctx.actor.userId,
          payload: {
            note: input.note,
            deadline,
            assignees: targets.map((t) => ({
              role: t.role,
              kind: t.party.kind,
              id: t.party.id,
              name: t.party.name,
              deadline: t.deadline,
            })),
          },
        });
        for (const t of targets) {
          const people = t.party.kind === 'user' ? [t.party.id] : await activeUnitMembers(trx, [t.party.id]);
          const line = `${ASSIGNEE_ROLE_LABELS[t.role]}: ${task.title}${t.deadline ? ` (hạn ${formatDateVi(t.deadline)})` : ''}`;
          for (const p of people) inbox.set(p, [...(inbox.get(p) ?? []), { line, taskId: task.id }]);
        }
        done.push({ taskId: task.id, targets, deadline });
      }
      await setDocumentDirection(trx, doc.id, { note: input.note, directedBy: ctx.actor.userId, at: now });
      await recordAudit(trx, ctx, {
        action: 'document.directed',
        entityType: 'document',
        entityId: doc.id,
        organisationId: doc.organisation_id,
        before: { directionNote: doc.direction_note, status: doc.status },
        after: {
          directionNote: input.note,
          assignments: done.map((d) => ({
            taskId: d.taskId,
            deadline: d.deadline,
            assignees: d.targets.map((t) => ({ role: t.role, ...t.party })),
          })),
        },
      });
      if (doc.status === 'registered' || doc.status === 'presented')
        await documents.setDocumentStatus(trx, ctx, doc, 'assigned');
      for (const [userId, lines] of inbox) {
        const taskIds = [...new Set(lines.map((l) => l.taskId))];
        await notifyUsers(
          trx,
          [userId],
          {
            organisationId: doc.organisation_id,
            kind: 'task_assigned',
            title: `Được giao xử lý: ${documentLabel(doc)}`.slice(0, 300),
            body: [
              `Ý kiến chỉ đạo của ${ctx.actor.fullName}: ${input.note || '(không ghi)'}`,
              ...lines.map((l) => l.line),
            ].join('\n'),
            link: taskIds.length === 1 ? links.task(taskIds[0]!) : links.myTasks,
          },
          { exceptUserId: ctx.actor.userId },
        );
      }
    });
    return loadHandlingSlip(db, ctx, doc.id);
  }

  type TaskRecord = DB['tasks'];
  async function resolveTask(
    trx: Transaction<DB>,
    ctx: RequestContext,
    doc: DocumentRow,
    tasks: TaskRecord[],
    a: DirectionBody['assignments'][number],
  ): Promise<TaskRecord> {
    if (a.taskId) {
      const task = tasks.find((t) => t.id === a.taskId);
      if (!task) throw new AppError('BAD_REQUEST', 'Nhiệm vụ không thuộc văn bản này.');
      return task;
    }
    let requirement:
      | { id: string; no: number | null; ordinal: number; text: string; deadline: string | null }
      | undefined;
    if (a.requirementId) {
      const existing = tasks.find((t) => t.requirement_id === a.requirementId);
      if (existing) return existing;
      requirement = await findRequirementOf(trx, doc.id, a.requirementId);
      if (!requirement) throw new AppError('BAD_REQUEST', 'Yêu cầu không thuộc văn bản này.');
    }
    const id = await createTask(
      trx,
      ctx,
      requirement
        ? {
            organisationId: doc.organisation_id,
            documentId: doc.id,
            requirementId: requirement.id,
            requirementNo: requirement.no,
            ordinal: requirement.ordinal,
            title: requirementTitle(requirement.no),
            text: requirement.text,
            deadline: requirement.deadline ?? doc.due_date,
          }
        : {
            organisationId: doc.organisation_id,
            documentId: doc.id,
            ordinal: tasks.length + 1,
            title: a.title ?? GENERAL_TASK_TITLE,
            text: doc.subject ?? a.title ?? GENERAL_TASK_TITLE,
            deadline: a.deadline ?? doc.due_date,
          },
    );
    const task = await findTaskRecord(trx, id);
    tasks.push(task);
    return task;
  }

  /** The handling slip (phiếu giải quyết) of a document. */
  const sheet = (ctx: RequestContext, documentId: string) => loadHandlingSlip(db, ctx, documentId);

  return { present, sheet, direct };
}

export type DirectionService = ReturnType<typeof createDirectionService>;
