import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IsoDate, PageQuery, Paged, pageWindow } from '../../lib/http-schemas.ts';
import type { AuditService } from './audit.service.ts';

const AuditItem = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

const AuditQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 100 })),
  entityType: Type.Optional(Type.String({ maxLength: 100 })),
  entityId: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  ...PageQuery,
});

/** Read-only by design: there is no route that alters or deletes audit entries. */
export const auditRoutes =
  (audit: AuditService): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/audit',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags: ['Nhật ký'],
          summary: 'Nhật ký thay đổi (quản trị viên)',
          querystring: AuditQuery,
          response: { 200: Paged(AuditItem) },
        },
      },
      async (request) => {
        const window = pageWindow(request.query);
        const page = await audit.list(request.ctx, { ...request.query, limit: window.limit, offset: window.offset });
        return { ...page, page: window.page, pageSize: window.pageSize };
      },
    );
  };
