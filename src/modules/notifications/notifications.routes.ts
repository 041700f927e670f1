import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { DB, NotificationTable } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import { IdParams } from '../../lib/http-schemas.ts';
import { findMyNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.repository.ts';

const Nullable = Type.Union([Type.String(), Type.Null()]);
const Notification = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Nullable,
  createdAt: Type.String(),
  readAt: Nullable,
});

export function presentNotification(row: NotificationTable) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

export const notificationsRoutes =
  (db: Kysely<DB>): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['Thông báo'];
    app.get(
      '/notifications',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags,
          summary: 'Thông báo của tôi (mới nhất trước)',
          querystring: Type.Object({
            unread: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          }),
          response: { 200: Type.Object({ items: Type.Array(Notification), unreadCount: Type.Integer() }) },
        },
      },
      async (request) => {
        const { items, unreadCount } = await findMyNotifications(db, request.ctx.actor, {
          unreadOnly: request.query.unread === true,
          limit: request.query.limit ?? 50,
        });
        return { items: items.map(presentNotification), unreadCount };
      },
    );
    app.post(
      '/notifications/:id/read',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Đánh dấu đã đọc một thông báo', params: IdParams },
      },
      async (request, reply) => {
        if (!(await markNotificationRead(db, request.ctx.actor, request.params.id)))
          throw notFound('Không tìm thấy thông báo.');
        return reply.status(204).send();
      },
    );
    app.post(
      '/notifications/read-all',
      {
        config: { tenancy: 'self' },
        schema: {
          tags,
          summary: 'Đánh dấu đã đọc mọi thông báo của tôi',
          response: { 200: Type.Object({ updated: Type.Integer() }) },
        },
      },
      async (request) => ({ updated: await markAllNotificationsRead(db, request.ctx.actor) }),
    );
  };
