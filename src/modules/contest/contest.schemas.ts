/** TypeBox schemas of the contest routes' inputs (bodies, queries, params). Responses: contest.responses.ts. */
import { Type, type Static } from '@sinclair/typebox';
import { Id, IsoDate, PageQuery } from '../../lib/http-schemas.ts';

export const RoundCode = Type.Union([Type.Literal('school'), Type.Literal('preliminary'), Type.Literal('final')], {
  description: 'Vòng: school (vòng trường), preliminary (sơ khảo), final (chung khảo)',
});
const Url = Type.String({ pattern: '^https?://', maxLength: 1000, description: 'Đường dẫn http(s)' });
const Base64 = Type.String({ maxLength: 21 * 1024 * 1024, description: 'Nội dung tệp, mã hóa base64' });
const FileName = Type.String({ minLength: 1, maxLength: 200 });

export const EditionBody = Type.Object({
  // Checked by the service after the permission check (the engine's checkEdition lists every problem).
  data: Type.Optional(Type.Unknown({ description: 'Thể lệ lần thi (EditionSchema)' })),
  status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('published')])),
});
export type EditionBody = Static<typeof EditionBody>;

export const CopyBody = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2021, maximum: 2100 })) });

export const JudgeBody = Type.Object({ round: RoundCode, userId: Id });

export const EntryListQuery = Type.Object({
  organisationId: Type.Optional(Id),
  round: Type.Optional(RoundCode),
  status: Type.Optional(
    Type.Union([
      Type.Literal('registered'),
      Type.Literal('withdrawn'),
      Type.Literal('screened_out'),
      Type.Literal('awarded'),
    ]),
  ),
  ...PageQuery,
});
export type EntryListQuery = Static<typeof EntryListQuery>;

const OrganisationId = Type.Optional(Id);

export const NewEntryBody = Type.Object(
  {
    organisationId: OrganisationId,
    categoryCode: Type.String({ minLength: 1, maxLength: 64 }),
    title: Type.String({ minLength: 1, maxLength: 500 }),
    authors: Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('staff'), Type.Literal('learner')], {
          description: 'staff: cán bộ, giảng viên (tài khoản); learner: học viên',
        }),
        id: Id,
      }),
      { minItems: 1, maxItems: 10 },
    ),
    fileName: Type.Optional(FileName),
    fileBase64: Type.Optional(Base64),
    mediaUrl: Type.Optional(Url),
    publicationName: Type.Optional(Type.String({ maxLength: 300, description: 'Báo, tạp chí đã đăng' })),
    publishedOn: Type.Optional(IsoDate),
    publishedUrl: Type.Optional(Url),
    submittedOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type NewEntryBody = Static<typeof NewEntryBody>;

export const ScreenBody = Type.Object({
  reason: Type.Optional(
    Type.String({
      maxLength: 2000,
      description: 'Lý do loại; để trống: hệ thống áp dụng ngưỡng trùng lặp của thể loại',
    }),
  ),
});

export const JudgingQuery = Type.Object({ editionId: Id, round: RoundCode, ...PageQuery });

export const MediaQuery = Type.Object({
  editionId: Id,
  round: RoundCode,
  blindCode: Type.String({ minLength: 1, maxLength: 20 }),
});

export const OverlapQuery = Type.Object({ ...PageQuery });

export const MarkBody = Type.Object({
  editionId: Id,
  round: RoundCode,
  blindCode: Type.String({ minLength: 1, maxLength: 20 }),
  score: Type.Number({ minimum: 0, maximum: 1000 }),
});
export type MarkBody = Static<typeof MarkBody>;

export const ReferenceBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  text: Type.Optional(Type.String({ maxLength: 2_000_000 })),
  fileName: Type.Optional(FileName),
  fileBase64: Type.Optional(Base64),
});
export type ReferenceBody = Static<typeof ReferenceBody>;

export const AwardsBody = Type.Object({
  onTie: Type.Optional(Type.Union([Type.Literal('refer'), Type.Literal('award_all')])),
  tieOrder: Type.Optional(Type.Record(Type.String(), Type.Integer({ minimum: 1 }))),
});

export const NewArticleBody = Type.Object(
  {
    organisationId: OrganisationId,
    title: Type.String({ minLength: 1, maxLength: 500 }),
    authorName: Type.String({ minLength: 1, maxLength: 200 }),
    fileName: Type.Optional(FileName),
    fileBase64: Type.Optional(Base64),
    sentOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type NewArticleBody = Static<typeof NewArticleBody>;

export const ArticleStatusBody = Type.Object({
  status: Type.Union([Type.Literal('accepted'), Type.Literal('published'), Type.Literal('declined')]),
  publishedUrl: Type.Optional(Url),
  publishedOn: Type.Optional(IsoDate),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type ArticleStatusBody = Static<typeof ArticleStatusBody>;

export const ArticleListQuery = Type.Object({
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  organisationId: Type.Optional(Id),
  status: Type.Optional(
    Type.Union([Type.Literal('sent'), Type.Literal('accepted'), Type.Literal('published'), Type.Literal('declined')]),
  ),
  ...PageQuery,
});

export const YearQuery = Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) });
