/** The append-only audit log: read by administrators; written by every module through audit.ports.ts. */
import type { ModuleContext, TctModule } from '../module.ts';
import { auditRoutes } from './audit.routes.ts';
import { createAuditService } from './audit.service.ts';

export function createAuditModule(ctx: ModuleContext) {
  const audit = createAuditService(ctx.database.db);
  return { name: 'audit', routes: auditRoutes(audit), homeCards: audit.homeCards } satisfies TctModule;
}
