import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, NoContent } from '../../lib/http-schemas.ts';
import type { NotificationsService } from './notifications.service.ts';

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

export const notificationsRoutes =
  (notifications: NotificationsService): FastifyPluginAsyncTypebox =>
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
      async (request) =>
        notifications.list(request.ctx, {
          unreadOnly: request.query.unread === true,
          limit: request.query.limit ?? 50,
        }),
    );
    app.post(
      '/notifications/:id/read',
      {
        config: { tenancy: 'scoped' },
        schema: { tags, summary: 'Đánh dấu đã đọc một thông báo', params: IdParams, response: { 204: NoContent } },
      },
      async (request, reply) => {
        await notifications.markRead(request.ctx, request.params.id);
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
      async (request) => notifications.markAllRead(request.ctx),
    );
  };
