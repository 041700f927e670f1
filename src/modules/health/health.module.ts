/** GET /api/health: whether the server, its database and its file store answer. */
import type { ModuleContext, TctModule } from '../module.ts';
import { healthRoutes } from './health.routes.ts';

export function createHealthModule(ctx: ModuleContext) {
  return { name: 'health', routes: healthRoutes(ctx.database, ctx.files) } satisfies TctModule;
}
