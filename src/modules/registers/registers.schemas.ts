/** TypeBox schemas of the registers API: lists, printable register, numbering settings. */
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery } from '../../lib/http-schemas.ts';
import { DocumentSummary } from '../documents/documents.ports.ts';

export const RegisterListQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2200 })),
  confidential: Type.Optional(Type.Boolean()),
  status: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z_]+(,[a-z_]+)*$' })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  ...PageQuery,
});
export type RegisterListQuery = Static<typeof RegisterListQuery>;

export const RegisterEntry = Type.Object({
  ...DocumentSummary.properties,
  registerId: Type.String(),
  registerName: Type.String(),
  registerConfidential: Type.Boolean(),
});

export const RegisterPage = Type.Object({
  items: Type.Array(RegisterEntry),
  /** Entries matching the filters, counted up to 1000 (see `totalCapped`). */
  total: Type.Integer(),
  /** true when more entries match than were counted: `total` is then 1000 and pages go on beyond it. */
  totalCapped: Type.Boolean(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  registers: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      confidential: Type.Boolean(),
      organisationId: Type.String(),
    }),
  ),
});

export const PrintQuery = Type.Object({
  organisationId: Type.Optional(Type.String({ maxLength: 64 })),
  from: IsoDate,
  to: IsoDate,
  format: Type.Optional(Type.Union([Type.Literal('xlsx'), Type.Literal('docx')], { default: 'xlsx' })),
  confidential: Type.Optional(Type.Boolean()),
});
export type PrintQuery = Static<typeof PrintQuery>;

export const SettingsQuery = Type.Object({ organisationId: Type.Optional(Type.String({ maxLength: 64 })) });

export const SettingsBody = Type.Object(
  {
    organisationId: Type.Optional(Type.String({ maxLength: 64 })),
    symbolAbbr: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-zĐđ0-9-]+$' }), Type.Null()]),
    ),
    defaultUnit: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-zĐđ0-9]+$' }), Type.Null()]),
    ),
    partyTermAnchor: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    /** The date of the Party congress that opened the committee term (kept with the term start). */
    partyCongressDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    edxmlOrganId: Type.Optional(
      Type.Union([
        Type.String({ minLength: 1, maxLength: 35, pattern: '^(?:[0-9A-Z]+\\.){0,6}[0-9A-Z]+$' }),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

const PartyRuleSet = Type.Object({
  code: Type.String(),
  label: Type.String(),
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
  verified: Type.Boolean(),
  note: Type.String(),
});

export const Settings = Type.Object({
  organisationId: Type.String(),
  symbolAbbr: Type.String(),
  defaultUnit: Type.String(),
  partyTermAnchor: Type.String(),
  edxmlOrganId: Type.Union([Type.String(), Type.Null()]),
  defaults: Type.Array(Type.String()),
  currentPartyTerm: Type.String(),
  partyCongressDate: Type.Union([Type.String(), Type.Null()]),
  partyTermNote: Type.String(),
  partyRules: PartyRuleSet,
  partyRuleSets: Type.Array(PartyRuleSet),
});
