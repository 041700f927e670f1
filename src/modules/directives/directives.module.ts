/**
 * Network directives: the Academy turns a letter into a directive, delivers a copy to every recipient
 * school (documents port) and follows each school's obligations on a dashboard; schools answer their
 * obligations with evidence; a daily job reminds them of what is due.
 */
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import type { ModuleContext, TctModule } from '../module.ts';
import { createDashboardService } from './dashboard.service.ts';
import { syncRecipientStatus } from './delivery-status.ts';
import type { DirectivesPorts } from './directives.ports.ts';
import { type DirectivesServices, directivesRoutes } from './directives.routes.ts';
import { createDirectivesService } from './directives.service.ts';
import { createObligationEvidenceService } from './obligation-evidence.service.ts';
import { directivesHomeCards } from './home-cards.ts';
import { createObligationsService } from './obligations.service.ts';
import { obligationRemindersJob } from './reminders.job.ts';
import { remindRoutes } from './remind.routes.ts';
import { createRemindService } from './remind.service.ts';
import { standardDossierChanged } from './standard-answer.ts';
import type { StandardPorts } from '../standard/standard.ports.ts';

export function createDirectivesModule(
  ctx: ModuleContext,
  ports: { documents: DocumentsPorts; standard?: StandardPorts | undefined },
) {
  const { db } = ctx.database;
  const services: DirectivesServices = {
    directives: createDirectivesService(db, ports.documents),
    dashboard: createDashboardService(db),
    obligations: createObligationsService(db, ports.standard ?? null),
    evidence: createObligationEvidenceService(db, ctx.files),
  };
  const offered: DirectivesPorts = {
    recipientRegistered: (trx, _ctx, event) => syncRecipientStatus(trx, event.documentId, 'registered'),
    recipientStatusChanged: (trx, _ctx, change) => syncRecipientStatus(trx, change.documentId, change.to, change.at),
    standardDossierChanged,
  };
  return {
    name: 'directives',
    routes: async (app) => {
      await app.register(directivesRoutes(services));
      await app.register(remindRoutes(createRemindService(db)));
    },
    jobs: [obligationRemindersJob],
    homeCards: directivesHomeCards(db),
    ports: offered,
    services,
  } satisfies TctModule & { ports: DirectivesPorts; services: DirectivesServices };
}
