/** Wires the direction, tasks and deadlines capability for the composition root (src/app.ts). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notificationsRoutes } from '../notifications/notifications.routes.ts';
import { createDeadlinesService } from './deadlines.service.ts';
import { createDeskService } from './desk.service.ts';
import { directionRoutes } from './direction.routes.ts';
import { createDirectionService } from './direction.service.ts';
import { createEvidenceService } from './evidence.ts';
import { tasksHomeCards } from './home-cards.ts';
import { createTaskFlowService } from './task-flow.service.ts';
import { tasksRoutes } from './tasks.routes.ts';
import { createTasksService } from './tasks.service.ts';

export function createTasksModule(db: Kysely<DB>, config: { dataDir: string }) {
  const routes: FastifyPluginAsyncTypebox = async (app) => {
    await app.register(directionRoutes(createDirectionService(db), createDeskService(db)));
    await app.register(
      tasksRoutes({
        tasks: createTasksService(db),
        flow: createTaskFlowService(db),
        evidence: createEvidenceService(db, config),
        deadlines: createDeadlinesService(db),
      }),
    );
    await app.register(notificationsRoutes(db));
  };
  return { routes, homeCards: tasksHomeCards(db) };
}
