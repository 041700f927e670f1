/**
 * EdxmlDocumentInput → edXML text, with the element names, order, namespace and prefixes of the public
 * samples (documents.md §3.3): `edXML:` on every child (the VPCP validator rejects unprefixed children),
 * `AttachmentEncoded`/`Attachment` and their metadata unprefixed, `edXML:ContentTransferEncoded` inside.
 * Digital signing (XMLDSig) is out of scope: the output carries no Signature element.
 */
import { EDXML_NAMESPACE, EDXML_PREFIX } from './codes.ts';
import { EdxmlError } from './errors.ts';
import type { EdxmlAttachmentInput, EdxmlDocumentInput } from './types.ts';
import { formatEdxmlTimestamp, makeDocumentId } from './values.ts';
import {
  XmlWriter,
  ed,
  startEnvelope,
  toEdxmlDate,
  writeOrgan,
  writeResponseFor,
  writeStaffInfo,
} from './xml-writer.ts';

export function buildEdxml(doc: EdxmlDocumentInput): string {
  const codeNumber = requireValue(String(doc.codeNumber), 'CodeNumber');
  const codeNotation = requireValue(doc.codeNotation, 'CodeNotation');
  const organId = requireValue(doc.from.organId, 'From/OrganId');
  const promulgationDate = toEdxmlDate(doc.promulgationDate, 'PromulgationDate');
  if (promulgationDate === null) throw invalidInput('PromulgationDate', 'thiếu ngày ban hành');
  const documentId = doc.documentId || makeDocumentId(organId, doc.promulgationDate, codeNumber, codeNotation);
  const attachments = (doc.attachments ?? []).map((attachment, index) => withDefaults(attachment, index));

  const writer = new XmlWriter();
  startEnvelope(writer);
  writeOrgan(writer, 'From', doc.from);
  for (const recipient of doc.to) writeOrgan(writer, 'To', recipient);
  writer.leaf(ed('DocumentId'), documentId);
  writer.start(ed('Code')).leaf(ed('CodeNumber'), codeNumber).leaf(ed('CodeNotation'), codeNotation).end();
  writer
    .start(ed('PromulgationInfo'))
    .leaf(ed('Place'), doc.place)
    .leaf(ed('PromulgationDate'), promulgationDate)
    .end();
  writer
    .start(ed('DocumentType'))
    .leaf(ed('Type'), doc.type)
    .leaf(ed('TypeDetail'), doc.typeDetail)
    .leaf(ed('TypeName'), doc.typeName)
    .end();
  writer.leaf(ed('Subject'), requireValue(doc.subject, 'Subject'));
  writer.leaf(ed('Content'), doc.content);
  writer
    .start(ed('SignerInfo'))
    .leaf(ed('Competence'), doc.signer?.competence)
    .leaf(ed('Position'), doc.signer?.position)
    .leaf(ed('FullName'), doc.signer?.fullName)
    .end();
  const dueDate = toEdxmlDate(doc.dueDate, 'DueDate');
  if (dueDate !== null) writer.leaf(ed('DueDate'), dueDate);
  writeOtherInfo(writer, doc);
  for (const responseFor of doc.responseFor ?? []) writeResponseFor(writer, responseFor);
  if (doc.steeringType) writer.leaf(ed('SteeringType'), doc.steeringType);
  writer.start(ed('ToPlaces'));
  for (const place of doc.toPlaces ?? []) writer.leaf(ed('Place'), place);
  writer.end().end(); // ToPlaces, MessageHeader

  writeTraceHeaderList(writer, doc, organId, documentId);
  writer.end(); // edXMLHeader
  writer.start(ed('edXMLBody')).start(ed('edXMLManifest'), { version: '1.0' });
  for (const attachment of attachments) {
    writer
      .start(ed('Reference'))
      .leaf(ed('ContentId'), attachment.contentId)
      .leaf(ed('ContentType'), attachment.contentType)
      .leaf(ed('Description'), attachment.description)
      .leaf(ed('AttachmentName'), attachment.name)
      .end();
  }
  writer.end().end().end(); // edXMLManifest, edXMLBody, edXMLEnvelope
  writeAttachments(writer, attachments);
  writer.end(); // edXML
  return writer.toString();
}

function writeOtherInfo(writer: XmlWriter, doc: EdxmlDocumentInput): void {
  const info = doc.otherInfo ?? {};
  writer
    .start(ed('OtherInfo'))
    .leaf(ed('Priority'), codeOf(doc.priority, 'Priority') ?? 0)
    .leaf(ed('SphereOfPromulgation'), info.sphereOfPromulgation)
    .leaf(ed('TyperNotation'), info.typerNotation)
    .leaf(ed('PromulgationAmount'), info.promulgationAmount)
    .leaf(ed('PageAmount'), info.pageAmount)
    .leaf(ed('Direction'), info.direction);
  if (info.appendixes && info.appendixes.length > 0) {
    writer.start(ed('Appendixes'));
    for (const appendix of info.appendixes) writer.leaf(ed('Appendix'), appendix);
    writer.end();
  }
  writer.end();
}

function writeTraceHeaderList(writer: XmlWriter, doc: EdxmlDocumentInput, organId: string, documentId: string): void {
  // A message with no trace is rejected by the axis; stamping the sender "now" is what every builder does.
  const traceHeaders = doc.traceHeaders?.length ? doc.traceHeaders : [{ organId, timestamp: new Date() }];
  const business = doc.business ?? {};
  writer.start(ed('TraceHeaderList'));
  for (const trace of traceHeaders) {
    const timestamp = formatEdxmlTimestamp(trace.timestamp);
    if (timestamp === null)
      throw invalidInput('TraceHeader/Timestamp', `thời điểm "${String(trace.timestamp)}" không hợp lệ`);
    writer.start(ed('TraceHeader')).leaf(ed('OrganId'), trace.organId).leaf(ed('Timestamp'), timestamp).end();
  }
  writer
    .start(ed('Bussiness'))
    .leaf(ed('DocumentId'), business.documentId || documentId)
    .leaf(ed('BussinessDocType'), codeOf(doc.businessDocType, 'BussinessDocType') ?? 0)
    .leaf(ed('BussinessDocReason'), business.reason);
  if (business.paper !== null && business.paper !== undefined) writer.leaf(ed('Paper'), business.paper ? 1 : 0);
  if (business.staffInfo) writeStaffInfo(writer, business.staffInfo);
  if (business.replacements && business.replacements.length > 0) {
    writer.start(ed('ReplacementInfoList'));
    for (const replacement of business.replacements) {
      writer.start(ed('ReplacementInfo')).leaf(ed('DocumentId'), replacement.documentId).start(ed('OrganIdList'));
      for (const replacedAt of replacement.organIds) writer.leaf(ed('OrganId'), replacedAt);
      writer.end().end();
    }
    writer.end();
  }
  writer.end().end(); // Bussiness, TraceHeaderList
}

interface ResolvedAttachment {
  contentId: string;
  name: string;
  description: string | null;
  contentType: string;
  data: Buffer | Uint8Array;
}

function withDefaults(attachment: EdxmlAttachmentInput, index: number): ResolvedAttachment {
  return {
    contentId: attachment.contentId || `cid:${index + 1}`,
    name: requireValue(attachment.name, `Attachment[${index + 1}]/AttachmentName`),
    description: attachment.description ?? null,
    contentType: attachment.contentType || 'application/octet-stream',
    data: attachment.data,
  };
}

/** AttachmentEncoded sits outside the envelope, so the edXML prefix is re-declared where it is used. */
function writeAttachments(writer: XmlWriter, attachments: readonly ResolvedAttachment[]): void {
  if (attachments.length === 0) return;
  writer.start('AttachmentEncoded');
  for (const attachment of attachments) {
    writer
      .start('Attachment')
      .leaf('ContentId', attachment.contentId)
      .leaf('AttachmentName', attachment.name)
      .leaf('Description', attachment.description)
      .leaf('ContentType', attachment.contentType)
      .leaf(ed('ContentTransferEncoded'), asBuffer(attachment.data).toString('base64'), {
        [`xmlns:${EDXML_PREFIX}`]: EDXML_NAMESPACE,
      })
      .end();
  }
  writer.end();
}

/** A view, not a copy: attachments can be tens of megabytes. */
function asBuffer(data: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function codeOf(value: number | { code: number } | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  const code = typeof value === 'number' ? value : value.code;
  if (!Number.isInteger(code) || code < 0) throw invalidInput(field, `mã "${String(code)}" không hợp lệ`);
  return code;
}

function requireValue(value: string | null | undefined, field: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') throw invalidInput(field, 'trường bắt buộc đang trống');
  return trimmed;
}

function invalidInput(field: string, detail: string): EdxmlError {
  return new EdxmlError('INVALID_INPUT', `Không thể tạo edXML: ${field} — ${detail}`, field);
}
