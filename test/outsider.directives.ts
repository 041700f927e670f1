/** Outsider-test objects for network directives: a directive sent only to school A, and its obligations. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/db/types.ts';
import type { Modules } from '../src/modules/index.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import type { OutsiderCall, OwnedObjects } from './outsider.fixtures.ts';

export async function loadDirectiveObjects(db: Kysely<DB>, owned: OwnedObjects, modules: Modules): Promise<void> {
  const academy = await db
    .selectFrom('users')
    .select(['id', 'organisation_id'])
    .where('email', '=', 'chuyenvien@hvctqg.vn')
    .executeTakeFirstOrThrow();
  const ctx: RequestContext = {
    actor: {
      userId: academy.id,
      organisationId: academy.organisation_id,
      unitId: null,
      role: 'academy_staff',
      fullName: 'Kiểm thử',
      scope: { kind: 'all' },
    },
    requestId: 'outsider-fixture',
  };
  const service = modules.directives.services.directives;
  const id = await service.createDirective(ctx, {
    title: 'Chỉ đạo riêng cho trường A',
    issuedDate: '2026-01-10',
    recipientMode: 'custom',
    recipientIds: [owned.orgId],
    requirements: [
      {
        no: 1,
        text: 'Báo cáo tình hình đề án trường chuẩn',
        deadline: '2026-03-31',
        answerType: 'standard_school_project',
      },
    ],
  });
  await service.issueDirective(ctx, id);
  const obligation = await db
    .selectFrom('obligations')
    .select('id')
    .where('directive_id', '=', id)
    .executeTakeFirstOrThrow();
  const recipient = await db
    .selectFrom('directive_recipients')
    .select('document_id')
    .where('directive_id', '=', id)
    .executeTakeFirstOrThrow();
  // an evidence file on the obligation (the file need not exist on disk: scope is checked first)
  const fileId = randomUUID();
  await db
    .insertInto('document_files')
    .values({
      id: fileId,
      document_id: recipient.document_id,
      organisation_id: owned.orgId,
      kind: 'obligation_evidence',
      file_name: 'quyet-dinh.pdf',
      content_type: 'application/pdf',
      size: 1,
      sha256: '0',
      storage_path: '/nonexistent',
      created_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  await db
    .insertInto('obligation_evidence')
    .values({ obligation_id: obligation.id, file_id: fileId, organisation_id: owned.orgId })
    .execute();
  owned.extra.obligationFileId = fileId;
  owned.extra.directiveId = id;
  owned.extra.directiveRequirementId = (
    await db.selectFrom('directive_requirements').select('id').where('directive_id', '=', id).executeTakeFirstOrThrow()
  ).id;
  owned.extra.obligationId = obligation.id;
  owned.extra.directiveDocumentId = recipient.document_id!;
  owned.markers.push(id, obligation.id);
}

const directive = (o: OwnedObjects) => ({ id: o.extra.directiveId! });
export const DIRECTIVE_OUTSIDER_CALLS: Record<string, OutsiderCall> = {
  'GET /api/directives': { expect: 'noLeak' },
  'POST /api/directives': {
    expect: 'noLeak',
    body: (o) => ({
      title: 'Xâm nhập',
      issuedDate: '2026-01-10',
      recipientMode: 'custom',
      recipientIds: [o.orgId],
      requirements: [{ no: 1, text: 'Không được tạo', deadline: null }],
    }),
  },
  'GET /api/directives/draft-from-document/:id': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.directiveDocumentId! }),
  },
  'GET /api/directives/:id': { expect: 'notFound', params: directive },
  'POST /api/directives/:id/issue': { expect: 'notFound', params: directive },
  'POST /api/directives/:id/requirements/:requirementId/remind': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.directiveId!, requirementId: o.extra.directiveRequirementId! }),
  },
  'GET /api/directives/:id/dashboard': { expect: 'notFound', params: directive },
  'GET /api/directives/:id/history': { expect: 'notFound', params: directive },
  'GET /api/directives/:id/export.xlsx': { expect: 'notFound', params: directive },
  'GET /api/obligations': { expect: 'noLeak', query: (o) => ({ directiveId: o.extra.directiveId! }) },
  'GET /api/obligations/:id': { expect: 'notFound', params: (o) => ({ id: o.extra.obligationId! }) },
  'PATCH /api/obligations/:id': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.obligationId! }),
    body: () => ({ stage: 'drafting' }),
  },
  'POST /api/obligations/:id/evidence': { expect: 'notFound', params: (o) => ({ id: o.extra.obligationId! }) },
  'GET /api/obligations/:id/evidence/:fileId': {
    expect: 'notFound',
    params: (o) => ({ id: o.extra.obligationId!, fileId: o.extra.obligationFileId! }),
  },
};
