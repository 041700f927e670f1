/**
 * Outgoing letters (issue 15): compose (model and layout from src/letters), approval chain, PAdES signing
 * (src/signatures), numbering and issue through the documents port (registers numbering), delivery to TCT
 * organisations as electronic arrivals with the signed PDF, and verification of signed PDFs.
 */
import type { DocumentsPorts } from '../documents/documents.ports.ts';
import type { ModuleContext, TctModule } from '../module.ts';
import { createApprovalService } from './approval.service.ts';
import { certificatesRoutes } from './certificates.routes.ts';
import { createCertificatesService } from './certificates.service.ts';
import { syncDeliveryStatus } from './delivery-status.ts';
import type { LettersPorts } from './letters.ports.ts';
import { type LettersServices, lettersRoutes } from './letters.routes.ts';
import { createLettersService, type LettersDeps } from './letters.service.ts';
import { createSigningService } from './signing.service.ts';

export function createLettersModule(ctx: ModuleContext, ports: { documents: DocumentsPorts }) {
  const deps: LettersDeps = { db: ctx.database.db, config: ctx.config, files: ctx.files, documents: ports.documents };
  const services: LettersServices = {
    letters: createLettersService(deps),
    approval: createApprovalService(deps.db),
    signing: createSigningService(deps),
    certificates: createCertificatesService(deps),
  };
  const offered: LettersPorts = {
    recipientRegistered: (trx, _ctx, event) => syncDeliveryStatus(trx, event.documentId, 'registered'),
    recipientStatusChanged: (trx, _ctx, change) => syncDeliveryStatus(trx, change.documentId, change.to, change.at),
  };
  return {
    name: 'letters',
    routes: async (app) => {
      await app.register(lettersRoutes(services));
      await app.register(certificatesRoutes(services.certificates));
    },
    ports: offered,
    services,
  } satisfies TctModule & { ports: LettersPorts; services: LettersServices };
}
