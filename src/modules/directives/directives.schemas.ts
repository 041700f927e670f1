import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery } from '../../lib/http-schemas.ts';

export const RequirementInput = Type.Object(
  {
    no: Type.Union([Type.Integer({ minimum: 1, maximum: 999 }), Type.Null()]),
    text: Type.String({ minLength: 3, maxLength: 5000 }),
    deadline: Type.Union([IsoDate, Type.Null()]),
    answerType: Type.Optional(Type.Union([Type.Literal('status'), Type.Literal('standard_school_project')])),
  },
  { additionalProperties: false },
);

export const RecipientMode = Type.Union([
  Type.Literal('provincial'),
  Type.Literal('sector'),
  Type.Literal('provincial_and_sector'),
  Type.Literal('custom'),
]);

export const CreateDirectiveBody = Type.Object(
  {
    title: Type.String({ minLength: 3, maxLength: 500 }),
    numberSymbol: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
    issuedDate: IsoDate,
    sourceDocumentId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    requirements: Type.Array(RequirementInput, { minItems: 1, maxItems: 50 }),
    recipientMode: RecipientMode,
    recipientIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 200 })),
  },
  { additionalProperties: false },
);
export type CreateDirectiveBody = Static<typeof CreateDirectiveBody>;

export const ListDirectivesQuery = Type.Object({ ...PageQuery });

export const DashboardQuery = Type.Object({
  region: Type.Optional(Type.String({ maxLength: 20 })),
  kind: Type.Optional(
    Type.Union([Type.Literal('provincial_school'), Type.Literal('sector_school'), Type.Literal('regional_academy')]),
  ),
  asOf: Type.Optional(IsoDate),
});

export const UpdateObligationBody = Type.Object(
  {
    stage: Type.String({ minLength: 2, maxLength: 40 }),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
    approvalDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    decisionNumber: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
    targetYear: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateObligationBody = Static<typeof UpdateObligationBody>;

export const ListObligationsQuery = Type.Object({
  directiveId: Type.Optional(Type.String({ maxLength: 64 })),
  status: Type.Optional(Type.String({ maxLength: 20 })),
  ...PageQuery,
});
