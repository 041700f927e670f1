import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../../db/database.ts';
import { pingDatabase } from '../../db/database.ts';
import { FileMissingError, type FileStore } from '../../lib/file-store/index.ts';

const Health = Type.Object({
  status: Type.String(),
  database: Type.String(),
  dialect: Type.String(),
  /** Where files live (`local` or `s3`) and whether the store answers (a wrong bucket or key shows here). */
  files: Type.String(),
  storage: Type.String(),
});

/** Whether the store answers a metadata request for a key that need not exist, within a few seconds. */
async function probeFiles(files: FileStore): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 3000);
  });
  // "No such file" is an answer: the store is reachable. Anything else (refused, denied, no bucket) is not.
  const probe = files.head(`files/health-probe/${'0'.repeat(64)}`).then(
    () => true,
    (e: unknown) => e instanceof FileMissingError,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes =
  (database: Database, files: FileStore): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/health',
      {
        config: { auth: 'public', tenancy: 'public' },
        schema: { tags: ['Hệ thống'], summary: 'Tình trạng máy chủ', response: { 200: Health, 503: Health } },
      },
      async (_request, reply) => {
        const [dbOk, filesOk] = await Promise.all([pingDatabase(database.db), probeFiles(files)]);
        const ok = dbOk && filesOk;
        return reply.status(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          database: dbOk ? 'ok' : 'unreachable',
          dialect: database.dialect,
          files: filesOk ? 'ok' : 'unreachable',
          storage: files.kind,
        });
      },
    );
  };
