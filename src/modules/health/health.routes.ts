import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../../db/database.ts';
import { pingDatabase } from '../../db/database.ts';

export const healthRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { auth: 'public', tenancy: 'public' },
        schema: {
          tags: ['Hệ thống'],
          summary: 'Tình trạng máy chủ',
          response: {
            200: Type.Object({ status: Type.String(), database: Type.String(), dialect: Type.String() }),
            503: Type.Object({ status: Type.String(), database: Type.String(), dialect: Type.String() }),
          },
        },
      },
      async (_request, reply) => {
        const ok = await pingDatabase(database.db);
        return reply
          .status(ok ? 200 : 503)
          .send({ status: ok ? 'ok' : 'degraded', database: ok ? 'ok' : 'unreachable', dialect: database.dialect });
      },
    );
  };
