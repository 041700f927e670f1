/**
 * The documents capability: intake (uploads, OCR job, pasted text, edXML), review and correction,
 * registration, outgoing letters, links, search and files. One place builds every service from the
 * module context, the numbering port (registers module) and the intake engine, and the ports other
 * modules use (see documents.ports.ts).
 */
import type { ModuleContext, TctModule } from '../module.ts';
import type { DocumentsEvents, DocumentsPorts, NumberingPort } from './documents.ports.ts';
import { type DocumentsServices, documentsRoutes } from './documents.routes.ts';
import { createDocumentsService, type DocumentsDeps } from './documents.service.ts';
import { documentsHomeCards } from './home-cards.ts';
import { createDraftsService } from './drafts.service.ts';
import { defaultIntakeEngine, type IntakeEngine } from './intake-engine.ts';
import { createIntakeJob } from './intake.job.ts';
import { createBatchJob } from './batch.job.ts';
import { batchRoutes } from './batch.routes.ts';
import { createBatchService } from './batch.service.ts';
import { createPagesJob } from './pages.job.ts';
import { intakeRoutes } from './intake.routes.ts';
import { createIntakeService } from './intake.service.ts';
import { createLetterBridge } from './letter-bridge.service.ts';
import { createLinksService } from './links.service.ts';
import { createOutgoingService } from './outgoing.service.ts';
import { createRegistrationService } from './registration.service.ts';
import { createSearchService } from './search.service.ts';
import { createSetDocumentStatus } from './status.service.ts';

export function createDocumentsModule(ctx: ModuleContext, ports: { numbering: NumberingPort; engine?: IntakeEngine }) {
  const events: DocumentsEvents = { registered: [], statusChanged: [] };
  const engine = ports.engine ?? defaultIntakeEngine;
  const deps: DocumentsDeps = { ...ctx, engine, numbering: ports.numbering, events };
  const registration = createRegistrationService(deps);
  const services: DocumentsServices = {
    documents: createDocumentsService(deps),
    registration,
    outgoing: createOutgoingService(deps),
    links: createLinksService(deps),
    search: createSearchService(deps),
    intake: createIntakeService(deps, registration.deliverArrival),
    drafts: createDraftsService(deps),
  };
  const batches = createBatchService(deps);
  const bridge = createLetterBridge(ctx.files);
  const offered: DocumentsPorts = {
    deliverArrival: registration.deliverArrival,
    issueOutgoing: services.outgoing.issueNewOutgoing,
    ...bridge,
    registerInTransaction: registration.registerInTransaction,
    setDocumentStatus: createSetDocumentStatus(events),
    events,
  };
  return {
    name: 'documents',
    routes: async (app) => {
      await app.register(documentsRoutes(services));
      await app.register(intakeRoutes(services));
      await app.register(batchRoutes(batches));
    },
    jobs: [createIntakeJob(engine, ctx.files), createPagesJob(engine, ctx.files), createBatchJob(engine, ctx.files)],
    homeCards: documentsHomeCards(ctx.database.db),
    ports: offered,
    services,
  } satisfies TctModule & { ports: DocumentsPorts; services: object };
}
