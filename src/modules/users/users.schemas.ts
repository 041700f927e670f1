import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../lib/http-schemas.ts';
import { ROLES } from '../tenancy/actor.ts';

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const Person = Type.Object({
  id: Type.String(),
  email: Type.String(),
  fullName: Type.String(),
  title: Type.Union([Type.String(), Type.Null()]),
  role: Type.String(),
  roleLabel: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  unitId: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  lastLoginAt: Type.Union([Type.String(), Type.Null()]),
});

export const ListPeopleQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  ...PageQuery,
});
export type ListPeopleQuery = Static<typeof ListPeopleQuery>;

const Email = Type.String({ minLength: 5, maxLength: 200, pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$' });

export const CreatePersonBody = Type.Object(
  {
    organisationId: Type.String({ minLength: 1, maxLength: 64 }),
    email: Email,
    fullName: Type.String({ minLength: 2, maxLength: 120 }),
    title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    role: RoleSchema,
    unitId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type CreatePersonBody = Static<typeof CreatePersonBody>;

export const UpdatePersonBody = Type.Object(
  {
    fullName: Type.Optional(Type.String({ minLength: 2, maxLength: 120 })),
    title: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    role: Type.Optional(RoleSchema),
    unitId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdatePersonBody = Static<typeof UpdatePersonBody>;

export const ResetPasswordBody = Type.Object(
  { newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
