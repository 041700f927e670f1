/** Wires the training capability: every service built from the database, plus its home-page cards. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { createClassesService } from './classes.service.ts';
import { trainingHomeCards } from './home-cards.ts';
import { createImportService } from './import.service.ts';
import { createOverridesService } from './overrides.service.ts';
import { createSettingsService } from './settings.service.ts';
import { createSummaryService } from './summary.service.ts';

export function createTrainingModule(db: Kysely<DB>) {
  return {
    imports: createImportService(db),
    classes: createClassesService(db),
    overrides: createOverridesService(db),
    summary: createSummaryService(db),
    settings: createSettingsService(db),
    homeCards: trainingHomeCards(db),
  };
}

export type TrainingModule = ReturnType<typeof createTrainingModule>;
