/** The network directory (reference data) and an organisation's workspace and units. */
import type { ModuleContext, TctModule } from '../module.ts';
import { organisationsRoutes } from './organisations.routes.ts';
import { createOrganisationsService } from './organisations.service.ts';

export function createOrganisationsModule(ctx: ModuleContext) {
  const organisations = createOrganisationsService(ctx.database.db);
  return {
    name: 'organisations',
    routes: organisationsRoutes(organisations),
    homeCards: organisations.homeCards,
  } satisfies TctModule;
}
