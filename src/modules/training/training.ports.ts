/**
 * What the training module offers others: the rows periodic reports are pre-filled from (classes,
 * enrolments, findings, overrides of already-scoped organisations), a stateless query helper.
 */
export { trainingReportRows } from './report-sources.repository.ts';
