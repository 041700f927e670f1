/**
 * A document's handling status after registration (presented, assigned, in progress, completed) is moved
 * by the tasks module through this port; every move is audited and told to the `statusChanged`
 * listeners (e.g. the Academy's recipient matrix of a network directive).
 */
import { recordAudit } from '../audit/audit.ports.ts';
import type { DocumentsEvents, DocumentsPorts } from './documents.ports.ts';
import { setStatusColumn } from './documents.repository.ts';

export function createSetDocumentStatus(events: DocumentsEvents): DocumentsPorts['setDocumentStatus'] {
  return async function setDocumentStatus(trx, ctx, doc, to, extra = {}) {
    if (doc.status === to) return;
    const at = new Date().toISOString();
    await setStatusColumn(trx, doc.id, to, at, extra);
    await recordAudit(trx, ctx, {
      action: `document.${to}`,
      entityType: 'document',
      entityId: doc.id,
      organisationId: doc.organisation_id,
      before: { status: doc.status },
      after: { status: to, ...extra },
    });
    for (const listener of events.statusChanged)
      await listener(trx, ctx, { documentId: doc.id, organisationId: doc.organisation_id, from: doc.status, to, at });
  };
}
