/** TypeBox schemas of the documents API (validation, OpenAPI and handler types from one declaration). */
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery } from '../../lib/http-schemas.ts';
import { CONFIDENTIALITY_LEVELS, URGENCY_LEVELS } from './documents.policy.ts';
import { LINK_KINDS } from './links.repository.ts';
import type { presentDocument } from './documents.presenter.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NStr = (max: number) => Nullable(Type.String({ maxLength: max }));
const NDate = Type.Union([IsoDate, Type.Null()]);
const NInt = Type.Union([Type.Integer(), Type.Null()]);

export const Family = Type.Union([Type.Literal('party'), Type.Literal('state')]);
export const Urgency = Type.Union(URGENCY_LEVELS.map((u) => Type.Literal(u)));
export const Confidentiality = Type.Union(CONFIDENTIALITY_LEVELS.map((c) => Type.Literal(c)));

export const RequirementInput = Type.Object(
  {
    no: Type.Union([Type.Integer({ minimum: 0, maximum: 10000 }), Type.Null()]),
    text: Type.String({ maxLength: 4000 }),
    deadline: NDate,
  },
  { additionalProperties: false },
);
export const ReferenceInput = Type.Object(
  { numberSymbol: Type.String({ minLength: 1, maxLength: 100 }), date: NDate },
  { additionalProperties: false },
);

/** Fields the clerk reads off the letter and may correct while it is a draft or has just arrived. */
const editableFields = {
  family: Type.Optional(Type.Union([Family, Type.Null()])),
  issuerName: Type.Optional(NStr(300)),
  issuerParent: Type.Optional(NStr(300)),
  numberSymbol: Type.Optional(NStr(100)),
  number: Type.Optional(NStr(20)),
  typeCode: Type.Optional(NStr(20)),
  typeName: Type.Optional(NStr(100)),
  place: Type.Optional(NStr(100)),
  documentDate: Type.Optional(NDate),
  subject: Type.Optional(NStr(2000)),
  recipients: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 200 })),
  signerName: Type.Optional(NStr(200)),
  signerTitle: Type.Optional(NStr(200)),
  signerAuthority: Type.Optional(NStr(20)),
  urgency: Type.Optional(Type.Union([Urgency, Type.Null()])),
  confidentiality: Type.Optional(Type.Union([Confidentiality, Type.Null()])),
  dueDate: Type.Optional(NDate),
  receivedDate: Type.Optional(NDate),
  forwardedTo: Type.Optional(NStr(500)),
  fileReference: Type.Optional(NStr(100)),
  references: Type.Optional(Type.Array(ReferenceInput, { maxItems: 100 })),
  requirements: Type.Optional(Type.Array(RequirementInput, { maxItems: 200 })),
};

export const PatchDocumentBody = Type.Object(editableFields, { additionalProperties: false });
export type PatchDocumentBody = Static<typeof PatchDocumentBody>;

export const ManualDocumentBody = Type.Object(
  {
    organisationId: Type.Optional(Type.String({ maxLength: 64 })),
    ...editableFields,
  },
  { additionalProperties: false },
);
export type ManualDocumentBody = Static<typeof ManualDocumentBody>;

export const IntakeTextBody = Type.Object(
  {
    organisationId: Type.Optional(Type.String({ maxLength: 64 })),
    text: Type.String({ minLength: 20, maxLength: 200_000 }),
  },
  { additionalProperties: false },
);

export const OrganisationQuery = Type.Object({ organisationId: Type.Optional(Type.String({ maxLength: 64 })) });

export const RegisterBody = Type.Object(
  {
    receivedDate: IsoDate,
    forwardedTo: Type.Optional(NStr(500)),
    fileReference: Type.Optional(NStr(100)),
    confirmDuplicate: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const OutgoingBody = Type.Object(
  {
    organisationId: Type.Optional(Type.String({ maxLength: 64 })),
    family: Family,
    typeCode: Type.String({ minLength: 1, maxLength: 10, pattern: '^[A-Za-zĐđ]+$' }),
    typeName: Type.String({ minLength: 1, maxLength: 100 }),
    subject: Type.String({ minLength: 1, maxLength: 2000 }),
    recipients: Type.Array(Type.String({ maxLength: 500 }), { maxItems: 200 }),
    answersDocumentId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    draftingUnit: Type.Optional(NStr(20)),
    place: Type.Optional(NStr(100)),
    signerName: Type.Optional(NStr(200)),
    signerTitle: Type.Optional(NStr(200)),
    signerAuthority: Type.Optional(NStr(20)),
    urgency: Type.Optional(Type.Union([Urgency, Type.Null()])),
    confidentiality: Type.Optional(Type.Union([Confidentiality, Type.Null()])),
  },
  { additionalProperties: false },
);
export type OutgoingBody = Static<typeof OutgoingBody>;

export const IssueBody = Type.Object(
  {
    issueDate: Type.Optional(IsoDate),
    draftingUnit: Type.Optional(Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-zĐđ0-9]+$' })),
  },
  { additionalProperties: false },
);
export type IssueBody = Static<typeof IssueBody>;

export const LinkBody = Type.Object(
  {
    kind: Type.Union(LINK_KINDS.map((k) => Type.Literal(k))),
    toDocumentId: Type.Optional(Type.String({ maxLength: 64 })),
    toNumberSymbol: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    toDate: Type.Optional(NDate),
  },
  { additionalProperties: false },
);
export type LinkBody = Static<typeof LinkBody>;

export const LinkParams = Type.Object({ id: Type.String({ maxLength: 64 }), linkId: Type.String({ maxLength: 64 }) });
export const FileParams = Type.Object({ id: Type.String({ maxLength: 64 }), fileId: Type.String({ maxLength: 64 }) });

const Status = Type.String({ maxLength: 20, pattern: '^[a-z_]+(,[a-z_]+)*$' });

export const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 300 })),
  type: Type.Optional(Type.String({ maxLength: 20 })),
  issuer: Type.Optional(Type.String({ maxLength: 200 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  status: Type.Optional(Status),
  register: Type.Optional(Type.String({ maxLength: 64, description: 'incoming | outgoing | confidential | mã sổ' })),
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  ...PageQuery,
});
export type SearchQuery = Static<typeof SearchQuery>;

// ------------------------------------------------------------------ responses

export const DocumentSummary = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  direction: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  sourceKind: Type.String(),
  issuerName: NStr(300),
  numberSymbol: NStr(100),
  typeCode: NStr(20),
  typeName: NStr(100),
  documentDate: NStr(10),
  subject: NStr(2000),
  urgency: NStr(30),
  confidentiality: NStr(30),
  registerNumber: NInt,
  registerYear: NInt,
  receivedDate: NStr(10),
  forwardedTo: NStr(500),
  dueDate: NStr(10),
  createdAt: Type.String(),
});

const FileInfo = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});
const LinkInfo = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  documentId: Type.Union([Type.String(), Type.Null()]),
  numberSymbol: NStr(100),
  date: NStr(10),
  subject: NStr(2000),
  pending: Type.Boolean(),
});

/** A long PDF's remaining pages read in the background ("Đang nhận dạng trang 37/296"); null when none. */
const PageReading = Type.Union([
  Type.Object({
    status: Type.String({ description: 'queued | running | done | partial' }),
    pagesRead: Type.Integer(),
    totalPages: Type.Integer(),
    failedPages: Type.Integer(),
    label: Type.String(),
  }),
  Type.Null(),
]);

const DocumentDetailSchema = Type.Object({
  ...DocumentSummary.properties,
  organisationName: Type.String(),
  family: NStr(10),
  issuerParent: NStr(300),
  number: NStr(20),
  place: NStr(100),
  recipients: Type.Array(Type.String()),
  signerName: NStr(200),
  signerTitle: NStr(200),
  signerAuthority: NStr(20),
  fileReference: NStr(100),
  answersDocumentId: NStr(64),
  draftingUnit: NStr(20),
  directionNote: NStr(4000),
  references: Type.Array(Type.Object({ numberSymbol: Type.String(), date: NStr(10) })),
  register: Type.Union([
    Type.Object({ id: Type.String(), name: Type.String(), confidential: Type.Boolean(), number: NInt, year: NInt }),
    Type.Null(),
  ]),
  confidence: Type.Union([Type.Record(Type.String(), Type.Number()), Type.Null()]),
  extractionSource: NStr(40),
  stamp: Type.Union([Type.Object({ receiver: NStr(300), number: NInt, date: NStr(10) }), Type.Null()]),
  receiverWarning: NStr(1000),
  pageReading: PageReading,
  hasOcrText: Type.Boolean(),
  ocrText: Type.Union([Type.String(), Type.Null()]),
  intake: Type.Union([
    Type.Object({ jobId: Type.String(), state: Type.String(), error: NStr(2000), attempts: Type.Integer() }),
    Type.Null(),
  ]),
  files: Type.Array(FileInfo),
  requirements: Type.Array(
    Type.Object({ id: Type.String(), ordinal: Type.Integer(), no: NInt, text: Type.String(), deadline: NStr(10) }),
  ),
  links: Type.Object({ outgoing: Type.Array(LinkInfo), incoming: Type.Array(LinkInfo) }),
  updatedAt: Type.String(),
});
/**
 * The static type comes from the presenter (computing it from this large schema exceeds the compiler's
 * instantiation depth inside Fastify's reply types); the schema still drives serialisation and OpenAPI.
 */
export const DocumentDetail = Type.Unsafe<ReturnType<typeof presentDocument>>(DocumentDetailSchema);

export const SearchResult = Type.Object({
  items: Type.Array(DocumentSummary),
  total: Type.Integer(),
  /** true when there are more matches than were counted (the count stops at 1000). */
  totalCapped: Type.Boolean(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const UploadResult = Type.Object({
  documentId: Type.String(),
  jobId: Type.Union([Type.String(), Type.Null()]),
  fileId: Type.String(),
  status: Type.String(),
});
export const UploadState = Type.Object({
  documentId: Type.String(),
  jobId: Type.Union([Type.String(), Type.Null()]),
  state: Type.String({ description: 'queued | running | done | failed | none' }),
  stateLabel: Type.String(),
  error: NStr(2000),
  extraction: Type.Union([Type.Unknown(), Type.Null()]),
  confidence: Type.Union([Type.Record(Type.String(), Type.Number()), Type.Null()]),
  document: DocumentSummary,
  pageReading: PageReading,
});

/** Mã định danh missing from the settings or the received message, given with the export request (issue 11.6). */
export const ExportEdxmlQuery = Type.Object({
  fromCode: Type.Optional(Type.String({ maxLength: 35 })),
  /** One per recipient, in the order of "Nơi nhận", separated by commas. */
  toCodes: Type.Optional(Type.String({ maxLength: 2000 })),
});
