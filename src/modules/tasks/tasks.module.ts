/**
 * The direction, tasks and deadlines capability: presenting and directing documents (bút phê), tasks
 * from requirements, the lead's answers, deadlines, the leader's desk, the daily digest and home cards.
 * Moves document statuses through the documents port; notifies through notifications.ports.ts.
 */
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import type { ModuleContext, TctModule } from '../module.ts';
import { createDeadlinesService } from './deadlines.service.ts';
import { createDeskService } from './desk.service.ts';
import { digestJob } from './digest.job.ts';
import { directionRoutes } from './direction.routes.ts';
import { createDirectionService } from './direction.service.ts';
import { createDirectionSettingsService } from './direction-settings.service.ts';
import { onDocumentRegistered } from './document-hooks.ts';
import { createEvidenceService } from './evidence.service.ts';
import { tasksHomeCards } from './home-cards.ts';
import { createTaskFlowService } from './task-flow.service.ts';
import type { TasksPorts } from './tasks.ports.ts';
import { tasksRoutes } from './tasks.routes.ts';
import { createTasksService } from './tasks.service.ts';

export function createTasksModule(ctx: ModuleContext, ports: { documents: DocumentsPorts }) {
  const { db } = ctx.database;
  const services = {
    direction: createDirectionService(db, ports.documents),
    desk: createDeskService(db),
    directionSettings: createDirectionSettingsService(db),
    tasks: createTasksService(db, ports.documents),
    flow: createTaskFlowService(db, ports.documents),
    evidence: createEvidenceService(db, ctx.files),
    deadlines: createDeadlinesService(db),
  };
  const offered: TasksPorts = {
    createTasksFromDocument: async (trx, actx, event) => {
      await onDocumentRegistered(trx, actx, event.documentId);
    },
  };
  return {
    name: 'tasks',
    routes: async (app) => {
      await app.register(directionRoutes(services.direction, services.desk, services.directionSettings));
      await app.register(tasksRoutes(services));
    },
    jobs: [digestJob],
    homeCards: tasksHomeCards(db),
    ports: offered,
    services,
  } satisfies TctModule & { ports: TasksPorts; services: object };
}
