/** POST /api/directives/:id/requirements/:requirementId/remind — "Đôn đốc" the schools behind (Academy). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RemindService } from './remind.service.ts';

const Params = Type.Object({ id: Type.String({ maxLength: 64 }), requirementId: Type.String({ maxLength: 64 }) });
const RemindResult = Type.Object({
  schoolsBehind: Type.Integer({ description: 'Số trường chưa hoàn thành yêu cầu' }),
  notifications: Type.Integer({ description: 'Thông báo mới gửi (0 nếu hôm nay đã đôn đốc)' }),
  emails: Type.Integer({ description: 'Thư điện tử mới xếp hàng gửi' }),
});

export const remindRoutes =
  (remind: RemindService): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/directives/:id/requirements/:requirementId/remind',
      {
        config: { tenancy: 'scoped' },
        schema: {
          tags: ['Chỉ đạo mạng lưới'],
          summary: 'Đôn đốc các trường chưa hoàn thành một yêu cầu (thông báo và thư điện tử, mỗi ngày một lần)',
          params: Params,
          response: { 200: RemindResult },
        },
      },
      async (request) => remind.remindBehind(request.ctx, request.params.id, request.params.requirementId),
    );
  };
