import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery } from '../../lib/http-schemas.ts';

const Link = Type.Object({ id: Type.String(), name: Type.String() });

export const Organisation = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  shortName: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String(),
  kindLabel: Type.String(),
  provinceCode: Type.Union([Type.String(), Type.Null()]),
  provincePeriod: Type.Union([Type.String(), Type.Null()]),
  provinceName: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.Union([Type.String(), Type.Null()]),
  validTo: Type.Union([Type.String(), Type.Null()]),
  nameUncertain: Type.Boolean(),
  source: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  predecessors: Type.Array(Link),
  successors: Type.Array(Link),
});

export const Unit = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  kindLabel: Type.String(),
  uncertain: Type.Boolean(),
});

export const OrganisationKind = Type.Union(
  ['academy', 'regional_academy', 'member_academy', 'provincial_school', 'sector_school'].map((k) => Type.Literal(k)),
);

export const ListOrganisationsQuery = Type.Object({
  at: Type.Optional(IsoDate),
  allPeriods: Type.Optional(Type.Boolean({ description: 'Liệt kê cả các đơn vị đã hết hiệu lực (bỏ qua at)' })),
  kind: Type.Optional(OrganisationKind),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  ...PageQuery,
});
export type ListOrganisationsQuery = Static<typeof ListOrganisationsQuery>;

export const CreateSectorSchoolBody = Type.Object(
  {
    code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[A-Za-z0-9._-]+$' }),
    name: Type.String({ minLength: 3, maxLength: 200 }),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CreateSectorSchoolBody = Static<typeof CreateSectorSchoolBody>;

export const UpdateOrganisationBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 3, maxLength: 200 })),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
    nameUncertain: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBody>;

export const CreateUnitBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 200 }),
    kind: Type.Union(['leadership', 'office', 'faculty', 'department'].map((k) => Type.Literal(k))),
  },
  { additionalProperties: false },
);
export type CreateUnitBody = Static<typeof CreateUnitBody>;
