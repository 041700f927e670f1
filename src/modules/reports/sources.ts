/**
 * The rows a school's report is pre-filled from, for one period: training (classes, learners, findings,
 * overrides) and directive obligations, read through the training and directives modules' ports for the
 * school and the schools it succeeded. Sources with no table yet (standard-school assessments, staff,
 * contest entries, forum articles) are not passed, so the engine lists those cells as "to be filled in".
 */
import { directiveReportRows } from '../directives/directives.ports.ts';
import { trainingReportRows } from '../training/training.ports.ts';
import type { SourceInputs } from '../../reports/index.ts';
import { type Db, predecessorIds } from './reports.repository.ts';

export async function sourceRowsFor(db: Db, organisationId: string, cutoffTo: string): Promise<SourceInputs> {
  const ids = [organisationId, ...(await predecessorIds(db, organisationId)).map((r) => r.predecessor_id)];
  const training = await trainingReportRows(db, ids, cutoffTo);
  const directives = await directiveReportRows(db, ids);
  return { ...training, ...directives };
}
