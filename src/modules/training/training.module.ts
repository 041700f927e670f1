/**
 * Training and compliance: classes and learners imported from spreadsheets, checked by the compliance
 * engine (src/compliance) against the rule set in force, stored findings and overrides, summaries for a
 * school and for the network, settings, and the home card of open findings.
 */
import type { ModuleContext, TctModule } from '../module.ts';
import { createClassesService } from './classes.service.ts';
import { trainingHomeCards } from './home-cards.ts';
import { createImportService } from './import.service.ts';
import { createOverridesService } from './overrides.service.ts';
import { createSettingsService } from './settings.service.ts';
import { createSummaryService } from './summary.service.ts';
import { type TrainingServices, trainingRoutes } from './training.routes.ts';

export function createTrainingModule(ctx: ModuleContext) {
  const { db } = ctx.database;
  const services: TrainingServices = {
    imports: createImportService(db),
    classes: createClassesService(db),
    overrides: createOverridesService(db),
    summary: createSummaryService(db),
    settings: createSettingsService(db),
  };
  return {
    name: 'training',
    routes: trainingRoutes(services, { uploadMaxBytes: ctx.config.uploadMaxBytes }),
    homeCards: trainingHomeCards(db),
    services,
  } satisfies TctModule & { services: TrainingServices };
}
