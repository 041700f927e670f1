/** Adding and removing links by hand (cites / answers / replaces / revokes), audited. */
import { AppError, notFound } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { assertRegistryRole } from './documents.policy.ts';
import { findVisibleDocument } from './documents.repository.ts';
import type { LinkBody } from './documents.schemas.ts';
import { loadVisible, type DocumentsDeps } from './documents.service.ts';
import {
  deleteLinkRow,
  findLink,
  findLinkTo,
  findRegisteredBySymbol,
  insertLink,
  linkScope,
} from './links.repository.ts';
import { symbolKey } from './search-text.ts';

export function createLinksService(deps: DocumentsDeps) {
  const { db } = deps.database;

  /**
   * Link a document to another, given by id or by number-symbol (resolved now if registered, else later).
   * @throws AppError BAD_REQUEST when the target is the document itself, unknown, or outside the organisation's scope.
   */
  async function addLink(ctx: RequestContext, id: string, input: LinkBody): Promise<{ id: string }> {
    const from = await loadVisible(db, ctx, id);
    assertCanWrite(ctx.actor, from.organisation_id);
    assertRegistryRole(ctx.actor);
    const scope = await linkScope(db, from.organisation_id);
    let toDocumentId: string | null = null;
    let toNumberSymbol = input.toNumberSymbol?.replace(/\s+/g, '') ?? null;
    let toDate = input.toDate ?? null;
    if (input.toDocumentId) {
      const to = await findVisibleDocument(db, ctx.actor, input.toDocumentId);
      if (!to || !scope.includes(to.organisation_id))
        throw new AppError('BAD_REQUEST', 'Văn bản được liên kết không tồn tại hoặc không thuộc đơn vị.');
      toDocumentId = to.id;
      toNumberSymbol = to.number_symbol;
      toDate = to.document_date;
    } else if (toNumberSymbol) {
      const key = symbolKey(toNumberSymbol);
      const found = key ? await findRegisteredBySymbol(db, scope, key, toDate, id) : undefined;
      toDocumentId = found?.id ?? null;
    } else {
      throw new AppError('BAD_REQUEST', 'Cần chọn văn bản hoặc nhập số, ký hiệu văn bản được liên kết.');
    }
    if (toDocumentId === id) throw new AppError('BAD_REQUEST', 'Không thể liên kết văn bản với chính nó.');
    const duplicate = await findLinkTo(db, id, input.kind, toDocumentId ?? { symbolKey: symbolKey(toNumberSymbol) });
    if (duplicate) throw new AppError('CONFLICT', 'Liên kết này đã có.');
    return db.transaction().execute(async (trx) => {
      const linkId = await insertLink(trx, {
        organisationId: from.organisation_id,
        fromDocumentId: id,
        kind: input.kind,
        toDocumentId,
        toNumberSymbol,
        toDate,
        createdBy: ctx.actor.userId,
      });
      await recordAudit(trx, ctx, {
        action: 'document.link_added',
        entityType: 'document',
        entityId: id,
        organisationId: from.organisation_id,
        after: { linkId, kind: input.kind, toDocumentId, toNumberSymbol, toDate },
      });
      return { id: linkId };
    });
  }

  async function deleteLink(ctx: RequestContext, id: string, linkId: string): Promise<void> {
    const from = await loadVisible(db, ctx, id);
    assertCanWrite(ctx.actor, from.organisation_id);
    assertRegistryRole(ctx.actor);
    const link = await findLink(db, id, linkId);
    if (!link) throw notFound('Không tìm thấy liên kết.');
    await db.transaction().execute(async (trx) => {
      await deleteLinkRow(trx, linkId);
      await recordAudit(trx, ctx, {
        action: 'document.link_removed',
        entityType: 'document',
        entityId: id,
        organisationId: from.organisation_id,
        before: link,
      });
    });
  }

  return { addLink, deleteLink };
}

export type LinksService = ReturnType<typeof createLinksService>;
