import type { EdxmlCodeLabel, EdxmlStatusCode } from './codes.ts';

/** From / To / status sender: one organisation of the national identifier scheme (mã định danh). */
export interface EdxmlOrgan {
  organId: string;
  organizationInCharge: string | null;
  organName: string | null;
  organAdd: string | null;
  email: string | null;
  telephone: string | null;
  fax: string | null;
  website: string | null;
}

export interface EdxmlSigner {
  competence: string | null;
  position: string | null;
  fullName: string | null;
}

export interface EdxmlOtherInfo {
  sphereOfPromulgation: string | null;
  typerNotation: string | null;
  promulgationAmount: number | null;
  pageAmount: number | null;
  direction: boolean | null;
  appendixes: string[];
}

/** The document this message answers. `code` is the number-symbol as the sender wrote it. */
export interface EdxmlResponseFor {
  organId: string | null;
  code: string | null;
  /** YYYY-MM-DD */
  promulgationDate: string | null;
  documentId: string | null;
}

export interface EdxmlStaffInfo {
  department: string | null;
  staff: string | null;
  email: string | null;
  mobile: string | null;
}

export interface EdxmlTraceHeader {
  organId: string;
  /** ISO `YYYY-MM-DDTHH:mm:ss+07:00` */
  timestamp: string;
}

export interface EdxmlReplacement {
  documentId: string;
  organIds: string[];
}

/** TraceHeaderList/Bussiness, minus BussinessDocType which is exposed as `businessDocType`. */
export interface EdxmlBusinessInfo {
  documentId: string | null;
  reason: string | null;
  /** Paper = 1: a paper original follows by post. */
  paper: boolean | null;
  staffInfo: EdxmlStaffInfo | null;
  replacements: EdxmlReplacement[];
}

export interface EdxmlAttachment {
  contentId: string;
  /** Reduced to a bare file name (no folders); still sender-chosen, so do not trust its extension. */
  name: string;
  description: string | null;
  contentType: string;
  data: Buffer;
}

export interface EdxmlDocument {
  from: EdxmlOrgan;
  to: EdxmlOrgan[];
  documentId: string;
  codeNumber: string;
  codeNotation: string;
  /** Printed form rebuilt from number + notation: `123/QĐ-UBND` (state) or `2174-CV/HVCTQG` (Party). */
  numberSymbol: string;
  place: string | null;
  /** YYYY-MM-DD */
  promulgationDate: string;
  /** DocumentType/Type; the code list is not published, so it stays a string. */
  type: string | null;
  typeDetail: string | null;
  typeName: string | null;
  subject: string;
  content: string | null;
  signer: EdxmlSigner;
  /** YYYY-MM-DD */
  dueDate: string | null;
  priority: EdxmlCodeLabel | null;
  otherInfo: EdxmlOtherInfo;
  steeringType: string | null;
  responseFor: EdxmlResponseFor[];
  businessDocType: EdxmlCodeLabel | null;
  business: EdxmlBusinessInfo | null;
  toPlaces: string[];
  traceHeaders: EdxmlTraceHeader[];
  /** An XMLDSig Signature element is present. It is NOT verified by this library. */
  hasSignature: boolean;
  attachments: EdxmlAttachment[];
}

type Optional<T> = T | null | undefined;
type Loose<T> = { [K in keyof T]?: Optional<T[K]> };

export type EdxmlOrganInput = Loose<Omit<EdxmlOrgan, 'organId'>> & { organId: string };

export interface EdxmlAttachmentInput {
  /** Defaults to `cid:<position from 1>`. */
  contentId?: Optional<string>;
  name: string;
  description?: Optional<string>;
  /** Defaults to application/octet-stream. */
  contentType?: Optional<string>;
  data: Buffer | Uint8Array;
}

/**
 * What buildEdxml needs. Shaped so that a parsed EdxmlDocument is itself a valid input (forwarding,
 * round trips): code fields accept either a bare code or the parsed `{ code, label }`.
 */
export interface EdxmlDocumentInput {
  from: EdxmlOrganInput;
  to: readonly EdxmlOrganInput[];
  /** Defaults to `From/OrganId,yyyy/MM/dd,Number/Notation`. */
  documentId?: Optional<string>;
  codeNumber: string | number;
  codeNotation: string;
  place?: Optional<string>;
  /** YYYY-MM-DD */
  promulgationDate: string;
  type?: Optional<string>;
  typeDetail?: Optional<string>;
  typeName?: Optional<string>;
  subject: string;
  content?: Optional<string>;
  signer?: Optional<Loose<EdxmlSigner>>;
  /** YYYY-MM-DD */
  dueDate?: Optional<string>;
  /** Defaults to 0 (Thường). */
  priority?: Optional<number | { code: number }>;
  otherInfo?: Optional<Loose<EdxmlOtherInfo>>;
  steeringType?: Optional<string>;
  responseFor?: Optional<readonly Loose<EdxmlResponseFor>[]>;
  /** Defaults to 0 (Văn bản mới). */
  businessDocType?: Optional<number | { code: number }>;
  business?: Optional<Loose<EdxmlBusinessInfo>>;
  toPlaces?: Optional<readonly string[]>;
  /** Defaults to one trace header: From/OrganId at the current time. */
  traceHeaders?: Optional<readonly { organId: string; timestamp: string | Date }[]>;
  attachments?: Optional<readonly EdxmlAttachmentInput[]>;
}

export interface EdxmlStatusMessage {
  from: EdxmlOrgan;
  responseFor: EdxmlResponseFor & { documentId: string };
  statusCode: EdxmlStatusCode;
  statusLabel: string;
  description: string | null;
  /** ISO `YYYY-MM-DDTHH:mm:ss+07:00` */
  timestamp: string;
  staff: EdxmlStaffInfo | null;
}

export interface EdxmlStatusInput {
  from: EdxmlOrganInput;
  responseFor: Loose<EdxmlResponseFor> & { documentId: string };
  statusCode: EdxmlStatusCode;
  /** Defaults to the Vietnamese label of the status code. */
  description?: Optional<string>;
  timestamp: Date | string;
  staff?: Optional<Loose<EdxmlStaffInfo>>;
}

export interface EdxmlParseOptions {
  /** Whole input, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Each decoded attachment, in bytes. Default: the same as maxBytes. */
  maxAttachmentBytes?: number;
}
