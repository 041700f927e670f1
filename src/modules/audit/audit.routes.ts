import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../lib/app-error.ts';
import { IsoDate, PageQuery, Paged, pageWindow } from '../../lib/http-schemas.ts';
import { ADMIN_ROLES } from '../tenancy/actor.ts';
import { findAuditEntries } from './audit.repository.ts';

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
  (db: Kysely<DB>): FastifyPluginAsyncTypebox =>
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
        if (!ADMIN_ROLES.includes(request.ctx.actor.role))
          throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được xem nhật ký hệ thống.');
        const window = pageWindow(request.query);
        const { rows, total } = await findAuditEntries(db, request.ctx, {
          ...request.query,
          limit: window.limit,
          offset: window.offset,
        });
        const orgIds = [...new Set(rows.map((r) => r.organisation_id).filter((x): x is string => Boolean(x)))];
        const orgs = orgIds.length
          ? await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute()
          : [];
        const orgName = new Map(orgs.map((o) => [o.id, o.name]));
        const parse = (s: string | null) => (s ? JSON.parse(s) : null);
        return {
          items: rows.map((r) => ({
            id: Number(r.id),
            at: r.at,
            actorName: r.actor_name ?? null,
            actorUserId: r.actor_user_id,
            action: r.action,
            entityType: r.entity_type,
            entityId: r.entity_id,
            organisationId: r.organisation_id,
            organisationName: r.organisation_id ? (orgName.get(r.organisation_id) ?? null) : null,
            before: parse(r.before_json),
            after: parse(r.after_json),
            requestId: r.request_id,
          })),
          total,
          page: window.page,
          pageSize: window.pageSize,
        };
      },
    );
  };
