/** Request and response schemas of scanner batches (/api/intake/batches…). */
import { Type } from '@sinclair/typebox';
import { PageQuery, Paged } from '../../lib/http-schemas.ts';

const NStr = (maxLength: number) => Type.Union([Type.String({ maxLength }), Type.Null()]);

export const BatchUploadResult = Type.Object({
  batchId: Type.String(),
  jobId: Type.String(),
  status: Type.String(),
});

export const BatchListQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  ...PageQuery,
});

const BatchSummary = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  status: Type.String({ description: 'reading | ready | confirmed | failed' }),
  statusLabel: Type.String(),
  fileName: Type.String(),
  pageCount: Type.Union([Type.Integer(), Type.Null()]),
  pagesDone: Type.Integer(),
  progressLabel: Type.String(),
  documentIds: Type.Array(Type.String()),
  error: NStr(2000),
  createdAt: Type.String(),
});
export const BatchList = Paged(BatchSummary);

const BatchLetter = Type.Object({
  index: Type.Integer(),
  fromPage: Type.Integer(),
  toPage: Type.Integer(),
  startConfidence: Type.Number(),
  lowConfidence: Type.Boolean(),
  evidence: Type.Array(Type.String()),
  numberSymbol: NStr(100),
  issuerName: NStr(300),
  typeName: NStr(100),
  documentDate: NStr(10),
  subject: NStr(2000),
  signerName: NStr(200),
  requirements: Type.Integer(),
  deadlines: Type.Array(Type.String()),
});

export const BatchDetail = Type.Object({
  ...BatchSummary.properties,
  pageStarts: Type.Array(
    Type.Object({
      page: Type.Integer(),
      score: Type.Number(),
      starts: Type.Boolean(),
      evidence: Type.Array(Type.String()),
      preview: Type.String({ description: 'Các dòng đầu của trang' }),
    }),
  ),
  starts: Type.Array(Type.Integer()),
  letters: Type.Array(BatchLetter),
});

export const BatchStartsBody = Type.Object(
  {
    starts: Type.Array(Type.Integer({ minimum: 1, maximum: 100_000 }), {
      minItems: 1,
      maxItems: 5000,
      description: 'Trang bắt đầu của từng văn bản (trang 1 luôn bắt đầu một văn bản)',
    }),
  },
  { additionalProperties: false },
);

export const BatchConfirmResult = Type.Object({ documentIds: Type.Array(Type.String()) });
