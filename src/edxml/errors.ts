/**
 * Typed failures of the edXML library. Callers branch on `code`; `message` is Vietnamese and can be
 * shown to the clerk (văn thư) as is.
 */
export type EdxmlErrorCode =
  /** Input larger than `maxBytes`. Checked before anything is decoded. */
  | 'TOO_LARGE'
  /** One attachment decodes to more than `maxAttachmentBytes`. */
  | 'ATTACHMENT_TOO_LARGE'
  /** Not valid UTF-8, or the XML declaration names another encoding. */
  | 'INVALID_ENCODING'
  /** A `<!DOCTYPE …>` declaration (internal subset or external DTD). */
  | 'DOCTYPE_FORBIDDEN'
  /** An `<!ENTITY …>` declaration: billion laughs, external entities (XXE). */
  | 'ENTITY_FORBIDDEN'
  /** Not well-formed XML (also: unknown entity reference, undeclared prefix, several roots). */
  | 'MALFORMED_XML'
  /** Well-formed XML, but not an edXML root in the QCVN 102:2016 namespace. */
  | 'NOT_EDXML'
  /** A status message given to the document parser, or the reverse. */
  | 'WRONG_MESSAGE_KIND'
  /** A required element is absent or empty. */
  | 'MISSING_FIELD'
  /** An element is present but its value has the wrong shape (date, DocumentId, code…). */
  | 'INVALID_FIELD'
  /** Attachment content is not strict base64. */
  | 'INVALID_BASE64'
  /** The builder was given input it cannot turn into a valid message. */
  | 'INVALID_INPUT';

export class EdxmlError extends Error {
  override readonly name = 'EdxmlError';
  readonly code: EdxmlErrorCode;
  /** Element path such as `edXML:MessageHeader/edXML:From/edXML:OrganId`, when one applies. */
  readonly field: string | undefined;

  constructor(code: EdxmlErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

export function isEdxmlError(value: unknown): value is EdxmlError {
  return value instanceof EdxmlError;
}

/** Every rejection of an incoming file starts the same way, so the clerk knows what failed. */
export function invalidFile(code: EdxmlErrorCode, detail: string, field?: string): EdxmlError {
  return new EdxmlError(code, `Tệp edXML không hợp lệ: ${detail}`, field);
}
