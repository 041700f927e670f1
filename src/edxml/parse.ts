/** Incoming edXML document (QCVN 102:2016) → EdxmlDocument. Input is treated as hostile; see xml-tree.ts. */
import { businessDocTypeOf, priorityOf } from './codes.ts';
import {
  DEFAULT_MAX_BYTES,
  openEnvelope,
  readOrgan,
  readResponseFor,
  readStaffInfo,
  type EdxmlNode,
} from './edxml-node.ts';
import { invalidFile } from './errors.ts';
import type {
  EdxmlAttachment,
  EdxmlBusinessInfo,
  EdxmlDocument,
  EdxmlParseOptions,
  EdxmlTraceHeader,
} from './types.ts';
import { base64DecodedLength, decodeStrictBase64, joinNumberSymbol, parseDocumentId, safeFileName } from './values.ts';

export function parseEdxml(input: Buffer | string, opts: EdxmlParseOptions = {}): EdxmlDocument {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxAttachmentBytes = opts.maxAttachmentBytes ?? maxBytes;
  const { root, envelope, header, messageHeader: mh } = openEnvelope(input, maxBytes);

  if (mh.child('StatusCode') !== undefined && mh.child('Code') === undefined) {
    throw invalidFile(
      'WRONG_MESSAGE_KIND',
      'đây là thông điệp trạng thái, không phải văn bản (dùng parseStatusMessage)',
    );
  }

  const documentId = mh.requireText('DocumentId');
  if (parseDocumentId(documentId) === null) {
    throw mh.invalid('DocumentId', `"${documentId}" không đúng dạng MãĐịnhDanh,yyyy/MM/dd,Số/KýHiệu`);
  }
  const code = mh.require('Code');
  const codeNumber = code.requireText('CodeNumber');
  const codeNotation = code.requireText('CodeNotation');
  const promulgation = mh.require('PromulgationInfo');
  const documentType = mh.child('DocumentType');
  const signer = mh.child('SignerInfo');
  const otherInfo = mh.child('OtherInfo');
  const priorityCode = otherInfo?.integer('Priority') ?? null;
  const traceList = header.child('TraceHeaderList');
  const business = traceList?.child('Bussiness');
  const businessDocType = business?.integer('BussinessDocType') ?? null;

  return {
    from: readOrgan(mh.require('From')),
    to: mh.children('To').map(readOrgan),
    documentId,
    codeNumber,
    codeNotation,
    numberSymbol: joinNumberSymbol(codeNumber, codeNotation),
    place: promulgation.text('Place'),
    promulgationDate: promulgation.requireDate('PromulgationDate'),
    type: documentType?.text('Type') ?? null,
    typeDetail: documentType?.text('TypeDetail') ?? null,
    typeName: documentType?.text('TypeName') ?? null,
    subject: mh.requireText('Subject'),
    content: mh.text('Content'),
    signer: {
      competence: signer?.text('Competence') ?? null,
      position: signer?.text('Position') ?? null,
      fullName: signer?.text('FullName') ?? null,
    },
    dueDate: mh.date('DueDate'),
    priority: priorityCode === null ? null : priorityOf(priorityCode),
    otherInfo: {
      sphereOfPromulgation: otherInfo?.text('SphereOfPromulgation') ?? null,
      typerNotation: otherInfo?.text('TyperNotation') ?? null,
      promulgationAmount: otherInfo?.integer('PromulgationAmount') ?? null,
      pageAmount: otherInfo?.integer('PageAmount') ?? null,
      direction: otherInfo?.boolean('Direction') ?? null,
      appendixes: textsOf(otherInfo?.child('Appendixes'), 'Appendix'),
    },
    steeringType: mh.text('SteeringType'),
    responseFor: mh.children('ResponseFor').map(readResponseFor),
    businessDocType: businessDocType === null ? null : businessDocTypeOf(businessDocType),
    business: business === undefined ? null : readBusiness(business),
    toPlaces: textsOf(mh.child('ToPlaces'), 'Place'),
    traceHeaders: (traceList?.children('TraceHeader') ?? []).map(readTraceHeader),
    hasSignature: header.element.children.some((child) => child.localName === 'Signature'),
    attachments: readAttachments(root, envelope, maxAttachmentBytes),
  };
}

function textsOf(list: EdxmlNode | undefined, itemName: string): string[] {
  return (list?.children(itemName) ?? []).map((item) => item.element.text).filter((text) => text !== '');
}

function readTraceHeader(node: EdxmlNode): EdxmlTraceHeader {
  return { organId: node.requireText('OrganId'), timestamp: node.requireTimestamp('Timestamp') };
}

function readBusiness(node: EdxmlNode): EdxmlBusinessInfo {
  const staffInfo = node.child('StaffInfo');
  const replacements = node.child('ReplacementInfoList')?.children('ReplacementInfo') ?? [];
  return {
    documentId: node.text('DocumentId'),
    reason: node.text('BussinessDocReason'),
    paper: node.boolean('Paper'),
    staffInfo: staffInfo === undefined ? null : readStaffInfo(staffInfo),
    replacements: replacements.map((replacement) => ({
      documentId: replacement.requireText('DocumentId'),
      organIds: textsOf(replacement.child('OrganIdList'), 'OrganId'),
    })),
  };
}

/**
 * Attachments live in AttachmentEncoded (a sibling of the envelope, unprefixed). The manifest in the
 * body supplies names/descriptions when an Attachment omits them. Sizes are checked before decoding.
 */
function readAttachments(root: EdxmlNode, envelope: EdxmlNode, maxAttachmentBytes: number): EdxmlAttachment[] {
  const manifest = envelope.child('edXMLBody')?.child('edXMLManifest')?.children('Reference') ?? [];
  const manifestById = new Map(manifest.map((reference) => [reference.text('ContentId') ?? '', reference]));
  const containers = [...root.children('AttachmentEncoded', false), ...envelope.children('AttachmentEncoded', false)];
  const attachments = containers.flatMap((container) => container.children('Attachment', false));

  return attachments.map((attachment, index) => {
    const contentId = attachment.text('ContentId', false) ?? `cid:${index + 1}`;
    const reference = manifestById.get(contentId);
    const encoded = attachment.require('ContentTransferEncoded');
    const rawName = attachment.text('AttachmentName', false) ?? reference?.text('AttachmentName') ?? '';
    const name = safeFileName(rawName, `tep-dinh-kem-${index + 1}`);
    if (base64DecodedLength(encoded.element.text) > maxAttachmentBytes) {
      throw invalidFile(
        'ATTACHMENT_TOO_LARGE',
        `tệp đính kèm "${name}" vượt giới hạn ${Math.floor(maxAttachmentBytes / 1024 / 1024)} MB`,
        encoded.path,
      );
    }
    const data = decodeStrictBase64(encoded.element.text);
    if (data === null) {
      throw invalidFile('INVALID_BASE64', `nội dung tệp đính kèm "${name}" không phải base64 hợp lệ`, encoded.path);
    }
    return {
      contentId,
      name,
      description: attachment.text('Description', false) ?? reference?.text('Description') ?? null,
      contentType:
        attachment.text('ContentType', false) ?? reference?.text('ContentType') ?? 'application/octet-stream',
      data,
    };
  });
}
