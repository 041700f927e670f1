/**
 * Periodic reports (issue 13) around the pure engine in src/reports: regimes as versioned data, a
 * school's reports pre-filled from TCT, validated, approved, numbered and sent to the Academy's incoming
 * queue; the Academy's completeness/timeliness matrix and aggregates; a daily reminder job.
 */
import type { ModuleContext, TctModule } from '../module.ts';
import { createAcademyService } from './academy.service.ts';
import { reportsHomeCards } from './home-cards.ts';
import { createRegimesService, type RegimesService } from './regimes.service.ts';
import { regimesRoutes } from './regimes.routes.ts';
import { reportRemindersJob } from './reminders.job.ts';
import type { ReportsRequiredPorts } from './reports.ports.ts';
import { reportsRoutes, type ReportsServices } from './reports.routes.ts';
import { createReportsService } from './reports.service.ts';
import { createWorkflowService } from './workflow.service.ts';

export function createReportsModule(ctx: ModuleContext, ports: ReportsRequiredPorts) {
  const { db } = ctx.database;
  const regimes = createRegimesService(db);
  const services: ReportsServices & { regimes: RegimesService } = {
    regimes,
    reports: createReportsService(db, regimes),
    workflow: createWorkflowService(db, regimes, ports),
    academy: createAcademyService(db, regimes),
  };
  return {
    name: 'reports',
    routes: async (app, opts) => {
      await regimesRoutes(regimes)(app, opts);
      await reportsRoutes(services)(app, opts);
    },
    jobs: [reportRemindersJob(regimes)],
    homeCards: reportsHomeCards(db, services.reports),
    services,
  } satisfies TctModule & { services: typeof services };
}
