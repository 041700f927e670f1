/**
 * The reports module's boundary. Required (given by src/modules/index.ts): the registers' numbering port
 * (the next outgoing number-symbol of a sent report) and the documents port (deliver the report to the
 * Academy's incoming queue). Used directly: the training and directives modules' row helpers for
 * pre-fill. It offers nothing to other modules.
 */
import type { DocumentsPorts, NumberingPort } from '../documents/documents.ports.ts';

export type ReportsRequiredPorts = {
  numbering: NumberingPort;
  documents: Pick<DocumentsPorts, 'deliverArrival' | 'issueOutgoing'>;
};
