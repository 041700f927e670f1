/** The handling slip (phiếu giải quyết) of a document: the document, its presentations, tasks and assignees. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { notFound } from '../../lib/app-error.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { isClearedFor, isConfidential } from '../tenancy/visibility.ts';
import { ACTIVE_DOCUMENT_STATUSES, canWriteTo, isClerkLike, isLeader } from './tasks.policy.ts';
import { presentAssignee, presentPresentation, presentSlipDocument, presentTaskSummary } from './tasks.presenter.ts';
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
    document: presentSlipDocument(doc),
    // Who presented it to whom, with the note, is for those cleared by role; a person named on one task of a
    // confidential letter sees the letter and that task, not the rest of its handling.
    presentations:
      isConfidential(doc.confidentiality) && !isClearedFor(ctx.actor, doc.organisation_id)
        ? []
        : (await findPresentations(db, doc.id)).map(presentPresentation),
    tasks: tasks.map((t) => ({
      ...presentTaskSummary(t, { actor: ctx.actor, assignees: assignees.get(t.id) ?? [], today }),
      assignees: (assignees.get(t.id) ?? []).map(presentAssignee),
    })),
    canDirect: writable && isLeader(ctx.actor),
    canPresent: writable && isClerkLike(ctx.actor),
  };
}
