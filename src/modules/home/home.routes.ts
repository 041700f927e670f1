import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HomeCardProvider } from '../module.ts';

const Item = Type.Object({
  title: Type.String(),
  meta: Type.Optional(Type.String()),
  href: Type.Optional(Type.String()),
  tone: Type.Optional(Type.Union([Type.Literal('danger'), Type.Literal('warning')])),
});

const Card = Type.Object({
  label: Type.String(),
  value: Type.String(),
  hint: Type.Optional(Type.String()),
  href: Type.Optional(Type.String()),
  items: Type.Optional(Type.Array(Item, { description: 'Việc cụ thể trong hàng đợi (vài mục đầu)' })),
  emptyText: Type.Optional(Type.String()),
});

export const homeRoutes =
  (providers: HomeCardProvider[]): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/home',
      {
        config: { tenancy: 'self' },
        schema: {
          tags: ['Trang chủ'],
          summary: 'Số liệu trang chủ theo vai trò',
          response: { 200: Type.Object({ title: Type.String(), cards: Type.Array(Card) }) },
        },
      },
      async (request) => {
        const cards = (await Promise.all(providers.map((p) => p(request.ctx)))).flat();
        return { title: `Xin chào, ${request.ctx.actor.fullName}`, cards };
      },
    );
  };
