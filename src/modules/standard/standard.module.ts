/**
 * Standard political school (Quy định 11-QĐ/TW, issue 12): versioned criteria catalogue, each school's
 * dossier from project to recognition, staff roster, self-assessments with computed indicators and
 * evidence, documents out, and the Academy's network picture on any date. The rules are the pure engine in
 * src/standard; this module stores, scopes and audits. It offers the directives module the dossier as the
 * one truth behind item 1 of letter 2174 (standard.ports.ts).
 */
import type { ModuleContext, TctModule } from '../module.ts';
import { createAssessmentService } from './assessment.service.ts';
import { createCatalogueService } from './catalogue.service.ts';
import { createStandardDocumentsService } from './documents.service.ts';
import { createDossierService, createStandardPorts } from './dossier.service.ts';
import { standardHomeCards } from './home-cards.ts';
import { createNetworkService } from './network.service.ts';
import { createRosterService } from './roster.service.ts';
import type { DossierChangedListener, StandardPorts } from './standard.ports.ts';
import { type StandardServices, standardRoutes } from './standard.routes.ts';

export function createStandardModule(ctx: ModuleContext) {
  const { db } = ctx.database;
  // Listeners of dossier changes (the directives module's obligation of 2174 item 1), subscribed in modules/index.ts.
  const dossierChanged: DossierChangedListener[] = [];
  const assessments = createAssessmentService(db, dossierChanged);
  const services: StandardServices = {
    catalogues: createCatalogueService(db),
    dossiers: createDossierService(db, dossierChanged),
    roster: createRosterService(db),
    assessments,
    documents: createStandardDocumentsService(db, assessments, ctx.files),
    network: createNetworkService(db),
  };
  return {
    name: 'standard',
    routes: standardRoutes(services),
    homeCards: standardHomeCards(db),
    ports: createStandardPorts(dossierChanged),
    services,
  } satisfies TctModule & { ports: StandardPorts; services: StandardServices };
}
