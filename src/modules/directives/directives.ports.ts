/**
 * What the directives module offers others: listeners that keep the Academy's recipient matrix in step
 * with each school's copy (edXML status codes 03–06), subscribed to the documents module's events in
 * src/modules/index.ts.
 */
import type { RegisteredListener, StatusChangeListener } from '../documents/documents.ports.ts';
import type { DossierChangedListener } from '../standard/standard.ports.ts';

/** The obligation rows periodic reports are pre-filled from (a stateless query helper). */
export { directiveReportRows } from './report-sources.repository.ts';

export type DirectivesPorts = {
  /** A delivered copy was registered by the school (03). */
  recipientRegistered: RegisteredListener;
  /** A delivered copy was presented, assigned, started or completed (03–06). */
  recipientStatusChanged: StatusChangeListener;
  /** A standard-school dossier step changed what 2174 item 1's obligation answers (standard-answer.ts). */
  standardDossierChanged: DossierChangedListener;
};
