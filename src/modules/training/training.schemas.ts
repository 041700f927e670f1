/** TypeBox schemas of the training routes (validation, OpenAPI and handler types from one declaration). */
import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery } from '../../lib/http-schemas.ts';

const OrgId = Type.String({ minLength: 1, maxLength: 64 });

export const ImportQuery = Type.Object({
  organisationId: Type.Optional(OrgId),
  allowUpdates: Type.Optional(
    Type.Boolean({ description: 'Cho phép mã lớp đã có trong hệ thống: lớp được cập nhật theo tệp' }),
  ),
});
export type ImportQuery = Static<typeof ImportQuery>;

export const LEVEL_CODES = ['so_cap', 'trung_cap', 'cao_cap', 'boi_duong'] as const;
export const MODE_CODES = ['tap_trung', 'khong_tap_trung'] as const;
const Level = Type.Union(LEVEL_CODES.map((c) => Type.Literal(c)));
const Mode = Type.Union(MODE_CODES.map((c) => Type.Literal(c)));

export const ListClassesQuery = Type.Object({
  organisationId: Type.Optional(OrgId),
  level: Type.Optional(Level),
  mode: Type.Optional(Mode),
  year: Type.Optional(Type.Integer({ minimum: 1990, maximum: 2100, description: 'Năm khai giảng' })),
  host: Type.Optional(Type.String({ maxLength: 64, description: 'Mã cơ sở đào tạo' })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Mã hoặc tên lớp' })),
  withFindings: Type.Optional(Type.Boolean({ description: 'Chỉ lớp còn phát hiện chưa được chấp thuận' })),
  ...PageQuery,
});
export type ListClassesQuery = Static<typeof ListClassesQuery>;

export const OverrideBody = Type.Object(
  {
    decisionReference: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'Số, ký hiệu và ngày của quyết định, ví dụ "Quyết định 123/QĐ-TCT ngày 15/9/2025"',
    }),
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type OverrideBody = Static<typeof OverrideBody>;

export const RevokeQuery = Type.Object({
  reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Lý do thu hồi' })),
});

export const OrganisationQuery = Type.Object({ organisationId: Type.Optional(OrgId) });
export type OrganisationQuery = Static<typeof OrganisationQuery>;

export const SettingsBody = Type.Object(
  {
    organisationId: Type.Optional(Type.Union([OrgId, Type.Null()])),
    classSizeLimits: Type.Array(
      Type.Object(
        { level: Level, mode: Mode, max: Type.Integer({ minimum: 1, maximum: 10000 }) },
        { additionalProperties: false },
      ),
      { maxItems: 8 },
    ),
    positionLists: Type.Record(
      Type.String({ maxLength: 64 }),
      Type.Array(Type.String({ maxLength: 200 }), { maxItems: 1000 }),
    ),
    /** Dates the sources do not give (issue 11.4); null: the default. Absent: unchanged. */
    uncertainDates: Type.Optional(
      Type.Object(
        {
          r350EffectiveFrom: Type.Union([IsoDate, Type.Null()]),
          c01EffectiveFrom: Type.Union([IsoDate, Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;
