/** TypeBox schemas for the per-school direction settings (issue 16). */
import { Type, type Static } from '@sinclair/typebox';
import { Id } from '../../lib/http-schemas.ts';

export const DirectionSettingsQuery = Type.Object(
  { organisationId: Type.Optional(Id) },
  { additionalProperties: false },
);

export const DirectionSettingsBody = Type.Object(
  {
    organisationId: Type.Optional(Id),
    usualLeaderId: Type.Optional(Type.Union([Id, Type.Null()])),
    phrases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 500 }), { maxItems: 30 })),
  },
  { additionalProperties: false },
);
export type DirectionSettingsBody = Static<typeof DirectionSettingsBody>;

export const DirectionSettings = Type.Object({
  organisationId: Type.String(),
  usualLeaderId: Type.Union([Type.String(), Type.Null()]),
  usualLeaderSource: Type.Union([Type.Literal('setting'), Type.Literal('last'), Type.Literal('only'), Type.Null()]),
  configuredLeaderId: Type.Union([Type.String(), Type.Null()]),
  leaders: Type.Array(
    Type.Object({ id: Type.String(), fullName: Type.String(), title: Type.Union([Type.String(), Type.Null()]) }),
  ),
  phrases: Type.Array(Type.String()),
  phrasesAreDefault: Type.Boolean(),
  updatedAt: Type.Union([Type.String(), Type.Null()]),
});
