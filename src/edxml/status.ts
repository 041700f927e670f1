/**
 * Status messages (thông điệp trạng thái, documents.md §3.5): the same envelope, with a MessageHeader of
 * From, ResponseFor, StaffInfo, StatusCode, Description, Timestamp — the order of the public samples.
 */
import { EDXML_STATUS, isEdxmlStatusCode } from './codes.ts';
import { DEFAULT_MAX_BYTES, openEnvelope, readOrgan, readResponseFor, readStaffInfo } from './edxml-node.ts';
import { EdxmlError, invalidFile } from './errors.ts';
import type { EdxmlDocument, EdxmlParseOptions, EdxmlStatusInput, EdxmlStatusMessage } from './types.ts';
import { formatEdxmlTimestamp } from './values.ts';
import { XmlWriter, ed, startEnvelope, writeOrgan, writeResponseFor, writeStaffInfo } from './xml-writer.ts';

export function buildStatusMessage(input: EdxmlStatusInput): string {
  const { from, responseFor, statusCode, staff } = input;
  if (!isEdxmlStatusCode(statusCode)) {
    throw new EdxmlError(
      'INVALID_INPUT',
      `Không thể tạo thông điệp trạng thái: mã "${String(statusCode)}" không hợp lệ`,
      'StatusCode',
    );
  }
  if (!from.organId?.trim() || !responseFor.documentId?.trim()) {
    throw new EdxmlError(
      'INVALID_INPUT',
      'Không thể tạo thông điệp trạng thái: thiếu mã định danh đơn vị gửi hoặc DocumentId của văn bản',
    );
  }
  const timestamp = formatEdxmlTimestamp(input.timestamp);
  if (timestamp === null) {
    throw new EdxmlError(
      'INVALID_INPUT',
      `Không thể tạo thông điệp trạng thái: thời điểm "${String(input.timestamp)}" không hợp lệ`,
      'Timestamp',
    );
  }
  const writer = new XmlWriter();
  startEnvelope(writer);
  writeOrgan(writer, 'From', from);
  writeResponseFor(writer, responseFor);
  writeStaffInfo(writer, staff ?? {});
  writer
    .leaf(ed('StatusCode'), statusCode)
    .leaf(ed('Description'), input.description || EDXML_STATUS[statusCode])
    .leaf(ed('Timestamp'), timestamp)
    .end() // MessageHeader
    .end() // edXMLHeader
    .end() // edXMLEnvelope
    .end(); // edXML
  return writer.toString();
}

export function parseStatusMessage(input: Buffer | string, opts: EdxmlParseOptions = {}): EdxmlStatusMessage {
  const { messageHeader: mh } = openEnvelope(input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const rawCode = mh.text('StatusCode');
  if (rawCode === null) {
    if (mh.child('Code') !== undefined) {
      throw invalidFile('WRONG_MESSAGE_KIND', 'đây là văn bản, không phải thông điệp trạng thái (dùng parseEdxml)');
    }
    throw mh.missing('StatusCode', true);
  }
  // Some senders drop the leading zero ("5" for "05").
  const statusCode = /^\d$/.test(rawCode) ? `0${rawCode}` : rawCode;
  if (!isEdxmlStatusCode(statusCode)) {
    throw mh.invalid('StatusCode', `mã trạng thái "${rawCode}" không thuộc danh mục (01–06, 13, 15, 16)`);
  }
  const responseForNode = mh.require('ResponseFor');
  const responseFor = readResponseFor(responseForNode);
  if (responseFor.documentId === null) throw responseForNode.missing('DocumentId', true);
  const staff = mh.child('StaffInfo');
  return {
    from: readOrgan(mh.require('From')),
    responseFor: { ...responseFor, documentId: responseFor.documentId },
    statusCode,
    statusLabel: EDXML_STATUS[statusCode],
    description: mh.text('Description'),
    timestamp: mh.requireTimestamp('Timestamp'),
    staff: staff === undefined ? null : readStaffInfo(staff),
  };
}

/**
 * The ResponseFor block that answers a received document. `code` joins number and notation with "/",
 * like the DocumentId, so the sender can match it mechanically whatever the number grammar.
 */
export function responseForDocument(doc: EdxmlDocument): EdxmlStatusInput['responseFor'] {
  return {
    organId: doc.from.organId,
    code: `${doc.codeNumber}/${doc.codeNotation}`,
    promulgationDate: doc.promulgationDate,
    documentId: doc.documentId,
  };
}
