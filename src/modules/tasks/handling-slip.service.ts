/** The handling slip (phiếu giải quyết) of a document: the document, its presentations, tasks and assignees. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { ACTIVE_DOCUMENT_STATUSES, canWriteTo, isClerkLike, isLeader } from './tasks.policy.ts';
import { presentAssignee, presentTaskSummary } from './tasks.presenter.ts';
import { findAssignees, findDocument, findPresentations, groupByTask, scopedTasks } from './tasks.repository.ts';

export async function loadHandlingSlip(db: Kysely<DB>, ctx: RequestContext, documentId: string) {
  const doc = await findDocument(db, ctx.actor, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  const today = vietnamToday();
  const tasks = await scopedTasks(db, ctx.actor)
    .where('tasks.document_id', '=', doc.id)
    .orderBy('tasks.ordinal')
    .orderBy('tasks.created_at')
    .execute();
  const assignees = groupByTask(
    await findAssignees(
      db,
      tasks.map((t) => t.id),
    ),
  );
  const writable =
    canWriteTo(ctx.actor, doc.organisation_id) &&
    ACTIVE_DOCUMENT_STATUSES.includes(doc.status) &&
    doc.direction === 'incoming';
  return {
    document: {
      id: doc.id,
      organisationId: doc.organisation_id,
      status: doc.status,
      subject: doc.subject,
      numberSymbol: doc.number_symbol,
      issuerName: doc.issuer_name,
      documentDate: doc.document_date,
      registerNumber: doc.register_number,
      receivedDate: doc.received_date,
      dueDate: doc.due_date,
      directionNote: doc.direction_note,
      directedByName: doc.directed_by_name,
      directedAt: doc.directed_at,
      completedAt: doc.completed_at,
    },
    presentations: (await findPresentations(db, doc.id)).map((p) => ({
      id: p.id,
      documentId: p.document_id,
      presentedBy: { kind: 'user' as const, id: p.presented_by, name: p.by_name },
      presentedTo: { kind: 'user' as const, id: p.presented_to, name: p.to_name },
      presentedAt: p.presented_at,
      note: p.note,
    })),
    tasks: tasks.map((t) => ({
      ...presentTaskSummary(t, { actor: ctx.actor, assignees: assignees.get(t.id) ?? [], today }),
      assignees: (assignees.get(t.id) ?? []).map(presentAssignee),
    })),
    canDirect: writable && isLeader(ctx.actor),
    canPresent: writable && isClerkLike(ctx.actor),
  };
}
