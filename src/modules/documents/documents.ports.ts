/**
 * The documents module's boundary with the rest of the app.
 *
 * - Offered (built by `createDocumentsModule`, used by tasks and directives): `deliverArrival`,
 *   `registerInTransaction`, `setDocumentStatus`, all inside the caller's transaction.
 * - Emitted: `events.registered` (a document entered the incoming register) and `events.statusChanged`
 *   (presented, assigned, in progress, completed…). Listeners are plain lists the composition root
 *   (src/modules/index.ts) fills; they run in order, inside the same transaction.
 * - Required: a `NumberingPort` (the registers module numbers documents and keeps numbering settings);
 *   documents declares what it needs and does not import registers.
 * - Pure helpers for modules that list documents (registers): the visibility rule, the summary columns,
 *   presenter and schema.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { RequestContext } from '../tenancy/actor.ts';
import type { RequirementInput } from './documents.repository.ts';
import type { RegisterBody } from './documents.schemas.ts';

export { visibleDocuments, visibleRegisters } from './documents.policy.ts';
export { presentSummary } from './documents.presenter.ts';
export type { DocumentWithRegister } from './documents.repository.ts';
export { DocumentSummary } from './documents.schemas.ts';
export { COUNT_CAP, SUMMARY_COLUMNS } from './search.repository.ts';

export type Db = Kysely<DB> | Transaction<DB>;

// ------------------------------------------------------------------ events

export type DocumentRegistered = { documentId: string; organisationId: string };
export type DocumentStatusChange = { documentId: string; organisationId: string; from: string; to: string; at: string };

export type RegisteredListener = (trx: Db, ctx: RequestContext, event: DocumentRegistered) => Promise<void>;
export type StatusChangeListener = (trx: Db, ctx: RequestContext | null, change: DocumentStatusChange) => Promise<void>;

export type DocumentsEvents = {
  /** After a document is registered (numbered, linked, audited), in the registration transaction. */
  registered: RegisteredListener[];
  /** After `setDocumentStatus` moved a document (audited), in the caller's transaction. */
  statusChanged: StatusChangeListener[];
};

// ------------------------------------------------------------------ required: numbering

/** The organisation's numbering settings (registers → "Thiết lập đánh số"), with defaults filled in. */
export type NumberingSettings = {
  organisationId: string;
  symbolAbbr: string;
  defaultUnit: string;
  partyTermAnchor: string;
  /** The organisation's mã định danh for edXML exchange; null until someone enters it. */
  edxmlOrganId: string | null;
  /** Which values were not set by the organisation and come from the defaults. */
  defaults: string[];
  currentPartyTerm: string;
  /** The congress that opened the term (null: not entered). */
  partyCongressDate: string | null;
  /** What the term setting means, in Vietnamese (says so when the 1/1/2020 default is in use). */
  partyTermNote: string;
  /** The Party rule set in force today, and all of them by date. */
  partyRules: PartyRuleSetInfo;
  partyRuleSets: PartyRuleSetInfo[];
};

export type PartyRuleSetInfo = {
  code: string;
  label: string;
  from: string | null;
  to: string | null;
  verified: boolean;
  note: string;
};

/** What decides an outgoing document's series and number-symbol. */
export type OutgoingNumbering = {
  family: 'party' | 'state';
  typeCode: string;
  /** YYYY-MM-DD the document is issued. */
  issueDate: string;
  confidential: boolean;
  orgAbbr: string;
  unitCode: string | null;
  partyTermAnchor: string;
};

export type NumberingPort = {
  settings(db: Db, organisationId: string): Promise<NumberingSettings>;
  /** The next số đến of the organisation's (confidential) incoming register for `year`, taken inside `trx`. */
  takeIncomingNumber(
    trx: Db,
    input: { organisationId: string; confidential: boolean; year: number },
  ): Promise<{ registerId: string; registerName: string; number: number }>;
  /** The next number of the outgoing series and the number-symbol built from it, taken inside `trx`. */
  takeOutgoingNumber(
    trx: Db,
    input: { organisationId: string; numbering: OutgoingNumbering },
  ): Promise<{ registerId: string; number: number; numberSymbol: string; series: string }>;
  /** The Party rule set that governs a document dated `date`. */
  partyRules(date: string): PartyRuleSetInfo;
};

// ------------------------------------------------------------------ offered

export type Registration = {
  documentId: string;
  registerId: string;
  registerName: string;
  number: number;
  year: number;
  confidential: boolean;
};

export type ArrivalInput = {
  organisationId: string;
  sourceKind?: 'network' | 'edxml';
  family?: 'party' | 'state' | null;
  issuerName: string;
  issuerParent?: string | null;
  numberSymbol?: string | null;
  number?: string | null;
  typeCode?: string | null;
  typeName?: string | null;
  place?: string | null;
  documentDate?: string | null;
  subject: string;
  recipients?: string[];
  signerName?: string | null;
  signerTitle?: string | null;
  signerAuthority?: string | null;
  urgency?: string | null;
  confidentiality?: string | null;
  dueDate?: string | null;
  references?: { numberSymbol: string; date: string | null }[];
  requirements?: RequirementInput[];
  extraction?: unknown;
};

/** An approved, signed letter recorded as an outgoing document and numbered (letters module). */
export type OutgoingIssueInput = {
  organisationId: string;
  family: 'party' | 'state';
  issuerName: string;
  typeCode: string;
  typeName: string;
  subject: string;
  recipients: string[];
  answersDocumentId: string | null;
  draftingUnit: string | null;
  place: string | null;
  signerName: string | null;
  signerTitle: string | null;
  signerAuthority: string | null;
  urgency: string | null;
  confidentiality: string | null;
  /** YYYY-MM-DD. */
  issueDate: string;
};

/** A file kept with a document (stored on disk, content-addressed). */
export type AttachFileInput = {
  documentId: string;
  organisationId: string;
  kind: string;
  fileName: string;
  contentType: string;
  data: Buffer;
  createdBy: string | null;
};

/** What "Soạn văn bản trả lời" needs of the answered letter. */
export type AnsweredDocument = {
  id: string;
  organisationId: string;
  direction: string;
  numberSymbol: string | null;
  documentDate: string | null;
  typeName: string | null;
  issuerName: string | null;
  subject: string | null;
  confidentiality: string | null;
};

export type DocumentsPorts = {
  /**
   * Put a document into a school's incoming queue as an electronic arrival (status 'arrived'), audited.
   * It waits there for the school's clerk to register it. Returns the new document id.
   */
  deliverArrival(trx: Transaction<DB>, ctx: RequestContext | null, input: ArrivalInput): Promise<string>;
  /**
   * Register a draft or arrived incoming document inside `trx` (number, duplicate check, links, audit,
   * then the `registered` listeners).
   * @throws AppError CONFLICT when already registered, or when a duplicate exists and `confirmDuplicate` is not set.
   */
  registerInTransaction(
    trx: Transaction<DB>,
    ctx: RequestContext,
    documentId: string,
    input: RegisterBody,
  ): Promise<Registration>;
  /** Move a document to `to`, audited, telling the `statusChanged` listeners. No-op when already there. */
  setDocumentStatus(
    trx: Db,
    ctx: RequestContext | null,
    doc: { id: string; organisation_id: string; status: string },
    to: string,
    extra?: { completed_at?: string | null },
  ): Promise<void>;
  /** Record and number an outgoing document for a signed letter (letters module), inside `trx`, audited. */
  issueOutgoing(
    trx: Transaction<DB>,
    ctx: RequestContext,
    input: OutgoingIssueInput,
  ): Promise<{ documentId: string; numberSymbol: string; registerNumber: number }>;
  /** Store `data` and keep it with the document (no audit of its own: the caller audits the change). */
  attachFile(trx: Db, input: AttachFileInput): Promise<string>;
  /** A document the caller may see (tenancy and confidentiality), or undefined. */
  findVisible(db: Db, ctx: RequestContext, id: string): Promise<AnsweredDocument | undefined>;
  /** The PDF files of a document the caller may see (404 otherwise), with their bytes. */
  readPdfFiles(
    db: Db,
    ctx: RequestContext,
    id: string,
  ): Promise<{ id: string; fileName: string; kind: string; data: Buffer }[]>;
  events: DocumentsEvents;
};
