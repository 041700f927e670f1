/** edXML (QCVN 102:2016) import/export. Usage and limits: docs/edxml.md. */
export { buildEdxml } from './build.ts';
export {
  EDXML_BUSINESS_DOC_TYPE,
  EDXML_NAMESPACE,
  EDXML_PRIORITY,
  EDXML_STATUS,
  isEdxmlStatusCode,
  type EdxmlBusinessDocTypeCode,
  type EdxmlCodeLabel,
  type EdxmlPriorityCode,
  type EdxmlStatusCode,
} from './codes.ts';
export { EdxmlError, isEdxmlError, type EdxmlErrorCode } from './errors.ts';
export { parseEdxml } from './parse.ts';
export { buildStatusMessage, parseStatusMessage, responseForDocument } from './status.ts';
export type * from './types.ts';
export {
  formatEdxmlDate,
  joinNumberSymbol,
  makeDocumentId,
  parseDocumentId,
  parseEdxmlDate,
  parseEdxmlTimestamp,
  splitNumberSymbol,
  type DocumentIdParts,
} from './values.ts';
export { checkOrganId, QCVN102_ORGAN_ID, type OrganIdFormat } from './organ-id.ts';
