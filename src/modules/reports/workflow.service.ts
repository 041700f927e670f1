/**
 * The report workflow with its effects, each action one transaction with an event and an audit row:
 * submit (valid) → approve (leader; hash recorded) → send (hash unchanged since approval; locked; the
 * school's next outgoing number-symbol "NN-BC/…" through the registers' numbering port; delivered to
 * the Academy's incoming queue as an electronic arrival) → accept, or return with a comment → correct
 * (a new revision, starting as a draft). The first sending is kept for timeliness.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { vietnamToday } from '../../lib/dates.ts';
import { ACADEMY_CODE } from '../../network/seed-data.ts';
import {
  assertTransition,
  contentHash,
  type ReportAction,
  type ReportState,
  STATE_LABELS,
  validateReport,
  type WorkflowRole,
} from '../../reports/index.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { DocumentsPorts, NumberingPort } from '../documents/documents.ports.ts';
import { notifyOrganisationRoles } from '../notifications/notifications.ports.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import type { RegimesService } from './regimes.service.ts';
import { loadReport } from './reports.context.ts';
import {
  findOrganisationByCode,
  insertEvent,
  insertRevision,
  listEvents,
  listRevisions,
  type ReportRow,
  updateReportIf,
} from './reports.repository.ts';

export type WorkflowPorts = {
  numbering: NumberingPort;
  documents: Pick<DocumentsPorts, 'deliverArrival' | 'issueOutgoing'>;
};

export function createWorkflowService(db: Kysely<DB>, regimes: RegimesService, ports: WorkflowPorts) {
  async function act(ctx: RequestContext, id: string, action: ReportAction, comment?: string | null, now = new Date()) {
    const loaded = await loadReport(db, regimes, ctx, id);
    const { row, version, period, content, school } = loaded;
    const side = isAcademyRole(ctx.actor.role) ? 'academy' : 'school';
    assertCanWrite(ctx.actor, row.organisation_id, { academyMayWrite: side === 'academy' });
    const state = row.state as ReportState;
    const hash = contentHash(content);
    const validation =
      action === 'submit' || action === 'approve' ? validateReport(version, content, school.kind) : undefined;
    const transition = assertTransition(action, {
      state,
      actor: { role: ctx.actor.role as WorkflowRole, side },
      comment: comment ?? null,
      ...(validation ? { validation } : {}),
      contentHash: hash,
      approvedHash: row.approved_hash,
    });
    const at = now.toISOString();
    const patch: Partial<ReportRow> = { state: transition.to, updated_at: at };
    let revision = row.revision;
    let numberSymbol: string | null = null;
    if (action === 'approve') patch.approved_hash = hash;
    if (action === 'reject' || action === 'withdraw') patch.approved_hash = null;
    if (action === 'return') patch.return_comment = comment?.trim() ?? null;
    if (action === 'correct') {
      revision = row.revision + 1;
      Object.assign(patch, { revision, approved_hash: null, sent_hash: null });
    }

    await db.transaction().execute(async (trx) => {
      if (transition.effects.includes('outgoing_number')) {
        const today = vietnamToday(now);
        const subject = `${version.name} — ${period.label}${revision > 1 ? ` (bản sửa lần ${revision - 1})` : ''}`;
        // The report is an outgoing letter of the school: recorded in its outgoing register with the next
        // number (no hole in the register), then delivered to the Academy.
        const issued = await ports.documents.issueOutgoing(trx, ctx, {
          organisationId: row.organisation_id,
          family: 'party',
          issuerName: school.name,
          typeCode: 'BC',
          typeName: 'Báo cáo',
          subject,
          recipients: [version.recipient.name],
          answersDocumentId: null,
          draftingUnit: null,
          place: null,
          signerName: null,
          signerTitle: null,
          signerAuthority: null,
          urgency: null,
          confidentiality: null,
          issueDate: today,
        });
        numberSymbol = issued.numberSymbol;
        const academy = await findOrganisationByCode(trx, version.recipient.organisationCode || ACADEMY_CODE);
        if (!academy) throw notFound('Không tìm thấy đơn vị nhận báo cáo.');
        const documentId = await ports.documents.deliverArrival(trx, ctx, {
          organisationId: academy.id,
          sourceKind: 'network',
          family: 'party',
          issuerName: school.name.toUpperCase(),
          numberSymbol,
          number: numberSymbol.match(/^\d+/)?.[0] ?? null,
          typeCode: 'BC',
          typeName: 'Báo cáo',
          documentDate: today,
          subject,
          recipients: [version.recipient.name],
        });
        Object.assign(patch, {
          sent_hash: hash,
          sent_at: at,
          first_sent_at: row.first_sent_at ?? at,
          number_symbol: numberSymbol,
          academy_document_id: documentId,
          return_comment: null,
        });
        await insertRevision(trx, {
          id: randomUUID(),
          report_id: id,
          organisation_id: row.organisation_id,
          revision,
          content_json: row.content_json,
          content_hash: hash,
          number_symbol: numberSymbol,
          sent_at: at,
          academy_document_id: documentId,
        });
      }
      if (!(await updateReportIf(trx, id, state, patch)))
        throw new AppError('CONFLICT', 'Báo cáo vừa được người khác chuyển trạng thái; tải lại trang.');
      await insertEvent(trx, {
        id: randomUUID(),
        report_id: id,
        organisation_id: row.organisation_id,
        revision: action === 'correct' ? revision : row.revision,
        action,
        at,
        actor_user_id: ctx.actor.userId,
        comment: comment?.trim() || null,
        content_hash: transition.effects.includes('record_hash') ? hash : null,
      });
      await recordAudit(trx, ctx, {
        action: `report.${action}`,
        entityType: 'report',
        entityId: id,
        organisationId: row.organisation_id,
        before: { state, revision: row.revision },
        after: {
          state: transition.to,
          revision,
          ...(numberSymbol ? { numberSymbol, contentHash: hash } : {}),
          comment: comment ?? undefined,
        },
      });
      if (transition.effects.includes('notify')) {
        const title = `${version.name} — ${period.label}: ${STATE_LABELS[transition.to]}`;
        const link = `/bao-cao/${id}`;
        const targets =
          action === 'submit'
            ? { org: row.organisation_id, roles: ['leader'] }
            : action === 'send'
              ? {
                  org: (await findOrganisationByCode(trx, ACADEMY_CODE))?.id ?? null,
                  roles: ['academy_staff', 'academy_admin'],
                }
              : { org: row.organisation_id, roles: ['staff', 'school_admin', 'leader', 'clerk'] };
        if (targets.org)
          await notifyOrganisationRoles(trx, targets.org, targets.roles, {
            kind: 'report_workflow',
            title: action === 'send' ? `${school.name} gửi ${title}` : title,
            ...(comment?.trim() ? { body: comment.trim() } : {}),
            link,
          });
      }
    });
    return { state: transition.to, revision, numberSymbol };
  }

  async function history(ctx: RequestContext, id: string) {
    const { row } = await loadReport(db, regimes, ctx, id);
    const [events, revisions] = await Promise.all([listEvents(db, id), listRevisions(db, id)]);
    return {
      events: events.map((e) => ({
        revision: e.revision,
        action: e.action,
        at: e.at,
        comment: e.comment,
        contentHash: e.content_hash,
        actorName: e.actor_name,
      })),
      revisions: revisions.map((r) => ({
        revision: r.revision,
        contentHash: r.content_hash,
        numberSymbol: r.number_symbol,
        sentAt: r.sent_at,
        academyDocumentId: r.academy_document_id,
      })),
      firstSentAt: row.first_sent_at,
    };
  }

  return { act, history };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
