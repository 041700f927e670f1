/** Shapes of the documents and registers API (see src/modules/documents/documents.schemas.ts). */
import type { Role } from '../../api/types.ts';

export type DocumentSummary = {
  id: string;
  organisationId: string;
  direction: 'incoming' | 'outgoing' | string;
  status: string;
  statusLabel: string;
  sourceKind: string;
  issuerName: string | null;
  numberSymbol: string | null;
  typeCode: string | null;
  typeName: string | null;
  documentDate: string | null;
  subject: string | null;
  urgency: string | null;
  confidentiality: string | null;
  registerNumber: number | null;
  registerYear: number | null;
  receivedDate: string | null;
  forwardedTo: string | null;
  dueDate: string | null;
  createdAt: string;
};

export type RequirementItem = { id?: string; no: number | null; text: string; deadline: string | null };
export type Reference = { numberSymbol: string; date: string | null };
export type LinkItem = {
  id: string;
  kind: string;
  kindLabel: string;
  documentId: string | null;
  numberSymbol: string | null;
  date: string | null;
  subject: string | null;
  pending: boolean;
};
export type FileItem = {
  id: string;
  kind: string;
  kindLabel: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
};

export type DocumentDetail = DocumentSummary & {
  organisationName: string;
  family: 'party' | 'state' | null;
  issuerParent: string | null;
  number: string | null;
  place: string | null;
  recipients: string[];
  signerName: string | null;
  signerTitle: string | null;
  signerAuthority: string | null;
  fileReference: string | null;
  answersDocumentId: string | null;
  draftingUnit: string | null;
  directionNote: string | null;
  references: Reference[];
  register: { id: string; name: string; confidential: boolean; number: number | null; year: number | null } | null;
  confidence: Record<string, number> | null;
  extractionSource: string | null;
  stamp: { receiver: string | null; number: number | null; date: string | null } | null;
  hasOcrText: boolean;
  /** The text the intake engine read (OCR, text layer, pasted text), for the review screen. */
  ocrText: string | null;
  intake: { jobId: string; state: string; error: string | null; attempts: number } | null;
  files: FileItem[];
  requirements: { id: string; ordinal: number; no: number | null; text: string; deadline: string | null }[];
  links: { outgoing: LinkItem[]; incoming: LinkItem[] };
  updatedAt: string;
};

export type RegisterEntry = DocumentSummary & {
  registerId: string;
  registerName: string;
  registerConfidential: boolean;
};
export type RegisterPage = {
  items: RegisterEntry[];
  total: number;
  page: number;
  pageSize: number;
  registers: { id: string; name: string; confidential: boolean; organisationId: string }[];
};
export type SearchPage = {
  items: DocumentSummary[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

export type UploadResult = { documentId: string; jobId: string | null; fileId: string; status: string };
export type UploadState = {
  documentId: string;
  jobId: string | null;
  state: 'queued' | 'running' | 'done' | 'failed' | 'none' | string;
  stateLabel: string;
  error: string | null;
  confidence: Record<string, number> | null;
  document: DocumentSummary;
};

export type NumberingSettings = {
  organisationId: string;
  symbolAbbr: string;
  defaultUnit: string;
  partyTermAnchor: string;
  edxmlOrganId: string;
  defaults: string[];
  currentPartyTerm: string;
};

/** The error `details` of a 409 on registration when a possible duplicate exists. */
export type DuplicateDetails = {
  duplicate: { id: string; registerNumber: number; registerYear: number; receivedDate: string };
};

export const REGISTRY_ROLES: readonly Role[] = ['clerk', 'school_admin', 'leader', 'academy_admin', 'academy_staff'];
