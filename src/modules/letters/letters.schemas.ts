/** Request and response schemas of /api/letters… and /api/documents/:id/signatures. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Id, IsoDate, PageQuery, Paged } from '../../lib/http-schemas.ts';
import { type Letter, LetterSchema as LetterJsonSchema } from '../../letters/model.ts';

/** The letter model's JSON schema, typed as the model's `Letter` (the mapped literal unions lose their type). */
const LetterSchema = Type.Unsafe<Letter>(LetterJsonSchema);

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Person = Type.Object({ id: Type.String(), name: Type.String() });

export const LETTER_STATUSES = ['draft', 'in_review', 'returned', 'approved', 'signed', 'issued'] as const;

export const CreateLetterBody = Type.Object(
  {
    /** "Soạn văn bản trả lời": the incoming document answered; the draft is pre-filled from it. */
    answersDocumentId: Type.Optional(Id),
    letter: Type.Optional(LetterSchema),
    networkRecipientIds: Type.Optional(Type.Array(Id, { maxItems: 200 })),
  },
  { additionalProperties: false },
);
export type CreateLetterBody = Static<typeof CreateLetterBody>;

export const UpdateLetterBody = Type.Object(
  {
    letter: LetterSchema,
    networkRecipientIds: Type.Optional(Type.Array(Id, { maxItems: 200 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type UpdateLetterBody = Static<typeof UpdateLetterBody>;

export const SubmitBody = Type.Object(
  { reviewerId: Id, signerId: Id, comment: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

export const CommentBody = Type.Object(
  { comment: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export type CommentBody = Static<typeof CommentBody>;

export const ApproveBody = Type.Object(
  { comment: Type.Optional(Type.String({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export type ApproveBody = Static<typeof ApproveBody>;

export const SignBody = Type.Object(
  { certificateId: Id, passphrase: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type SignBody = Static<typeof SignBody>;

export const IssueBody = Type.Object(
  {
    certificateId: Id,
    passphrase: Type.String({ minLength: 1, maxLength: 200 }),
    issueDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type IssueBody = Static<typeof IssueBody>;

export const ListLettersQuery = Type.Object({
  status: Type.Optional(Type.Union(LETTER_STATUSES.map((s) => Type.Literal(s)))),
  mine: Type.Optional(Type.Boolean()),
  ...PageQuery,
});

export const VersionParams = Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) });

export const LetterStep = Type.Object({
  id: Type.String(),
  versionNo: Type.Integer(),
  step: Nullable(Type.String()),
  action: Type.String(),
  actionLabel: Type.String(),
  comment: Nullable(Type.String()),
  at: Type.String(),
  actorName: Nullable(Type.String()),
});

export const LetterDelivery = Type.Object({
  recipientId: Type.String(),
  recipientName: Type.String(),
  statusCode: Type.String(),
  statusLabel: Type.String(),
  updatedAt: Type.String(),
});

export const LetterSummary = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  status: Type.String(),
  statusLabel: Type.String(),
  currentStep: Nullable(Type.String()),
  typeCode: Type.String(),
  subject: Type.String(),
  confidentiality: Nullable(Type.String()),
  numberSymbol: Nullable(Type.String()),
  versionNo: Type.Integer(),
  updatedAt: Type.String(),
});

export const LetterDetail = Type.Object({
  ...LetterSummary.properties,
  family: Type.String(),
  letter: LetterSchema,
  warnings: Type.Array(Type.String()),
  errors: Type.Array(Type.String()),
  approvedVersion: Nullable(Type.Integer()),
  answersDocumentId: Nullable(Type.String()),
  documentId: Nullable(Type.String()),
  drafter: Person,
  reviewer: Nullable(Person),
  signer: Nullable(Person),
  networkRecipients: Type.Array(Person),
  signedAt: Nullable(Type.String()),
  issuedAt: Nullable(Type.String()),
  steps: Type.Array(LetterStep),
  deliveries: Type.Array(LetterDelivery),
  /** What the caller may do now. */
  actions: Type.Array(Type.String()),
});

export const LetterPage = Paged(LetterSummary);

export const LetterVersion = Type.Object({
  versionNo: Type.Integer(),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
  authorName: Nullable(Type.String()),
});
export const LetterVersionList = Type.Object({ items: Type.Array(LetterVersion) });
export const LetterVersionDetail = Type.Object({ ...LetterVersion.properties, letter: LetterSchema });

export const Colleague = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  title: Nullable(Type.String()),
});
export const ColleagueList = Type.Object({ items: Type.Array(Colleague) });

// ------------------------------------------------------------------ certificates, trust, verification

export const UploadCertificateBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('personal'), Type.Literal('organisation')]),
    /** The person who signs with it (personal certificates). */
    userId: Type.Optional(Id),
    /** The PKCS#12 file (.p12/.pfx), base64. */
    p12Base64: Type.String({ minLength: 4, maxLength: 1_500_000 }),
    passphrase: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type UploadCertificateBody = Static<typeof UploadCertificateBody>;

export const Certificate = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  kind: Type.String(),
  userId: Nullable(Type.String()),
  userName: Nullable(Type.String()),
  subject: Type.String(),
  issuer: Type.String(),
  serial: Type.String(),
  validFrom: Type.String(),
  validTo: Type.String(),
  fingerprint: Type.String(),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
});
export const CertificateList = Type.Object({ items: Type.Array(Certificate) });

export const TrustAnchor = Type.Object({
  id: Type.String(),
  label: Type.String(),
  source: Type.String(),
  confidence: Type.String(),
  uncertain: Type.Boolean(),
  subject: Type.String(),
  validTo: Type.String(),
});
export const TrustAnchorList = Type.Object({ items: Type.Array(TrustAnchor) });

const SignatureEntry = Type.Object({
  index: Type.Integer(),
  signerName: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  issuer: Nullable(Type.String()),
  signingTime: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  status: Type.String(),
  changesAfterSigning: Type.String(),
  chainTrusted: Type.Boolean(),
  trustAnchor: Nullable(Type.String()),
  problems: Type.Array(Type.String()),
});
export const FileSignatures = Type.Object({
  fileId: Type.String(),
  fileName: Type.String(),
  signatureCount: Type.Integer(),
  valid: Type.Boolean(),
  trusted: Type.Boolean(),
  summary: Type.String(),
  signatures: Type.Array(SignatureEntry),
});
export const DocumentSignatures = Type.Object({ files: Type.Array(FileSignatures) });

const CatalogType = Type.Object({
  code: Type.String(),
  name: Type.String(),
  source: Type.String(),
  confidence: Type.String(),
  uncertain: Type.Boolean(),
});
export const LetterCatalog = Type.Object({
  types: Type.Object({ party: Type.Array(CatalogType), state: Type.Array(CatalogType) }),
  authorities: Type.Object({ party: Type.Array(Type.String()), state: Type.Array(Type.String()) }),
  urgency: Type.Array(Type.String()),
  confidentiality: Type.Array(Type.String()),
});
