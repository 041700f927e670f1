/**
 * Deleting a mistaken draft (issue 16, item 9): an incoming draft that was never registered or an
 * outgoing draft that was never issued, by the person who created it or by the registry (văn thư,
 * lãnh đạo, quản trị). Audited with the deleted fields; nothing that another record refers to (a
 * directive's copy, a task, a presentation) can be deleted. An electronic arrival ('arrived') is not a
 * draft: it is the sender's letter and stays.
 */
import type { DocumentsDeps } from './documents.service.ts';
import { loadVisible } from './documents.service.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.ports.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import { assertCanWrite } from '../tenancy/scope.ts';
import { isRegistryRole } from './documents.policy.ts';
import { deleteDraftRows, isDraftReferenced } from './drafts.repository.ts';

export function createDraftsService(deps: Pick<DocumentsDeps, 'database'>) {
  const { db } = deps.database;

  async function deleteDraft(ctx: RequestContext, id: string): Promise<void> {
    const doc = await loadVisible(db, ctx, id);
    assertCanWrite(ctx.actor, doc.organisation_id);
    if (doc.created_by !== ctx.actor.userId && !isRegistryRole(ctx.actor.role))
      throw new AppError('FORBIDDEN', 'Chỉ người tạo dự thảo hoặc văn thư được xóa dự thảo.');
    if (doc.status !== 'draft') throw new AppError('CONFLICT', 'Chỉ xóa được dự thảo chưa vào sổ hoặc chưa ban hành.');
    await db.transaction().execute(async (trx) => {
      if (await isDraftReferenced(trx, id))
        throw new AppError('CONFLICT', 'Dự thảo đã được dùng ở nơi khác (chỉ đạo, nhiệm vụ), không xóa được.');
      if ((await deleteDraftRows(trx, id)) !== 1)
        throw new AppError('CONFLICT', 'Văn bản vừa thay đổi trạng thái; hãy tải lại trang.');
      await recordAudit(trx, ctx, {
        action: 'document.draft_deleted',
        entityType: 'document',
        entityId: id,
        organisationId: doc.organisation_id,
        before: {
          direction: doc.direction,
          status: doc.status,
          subject: doc.subject,
          numberSymbol: doc.number_symbol,
          issuerName: doc.issuer_name,
          createdBy: doc.created_by,
        },
        after: null,
      });
    });
  }

  return { deleteDraft };
}

export type DraftsService = ReturnType<typeof createDraftsService>;
