/**
 * One edition of the Academy's writing contest as data (issue 14, item 1). The rules changed every year, so
 * everything the rules engine reads lives here: categories, authors per work, overlap thresholds, per-author
 * quotas, prizes, rounds, marking settings. Every fact carries its source and a confidence mark, and a fact
 * the sources do not give is null with confidence "uncertain" rather than a guess; the engine treats a null
 * fact as "not set" (a notice for a person), never as a limit.
 *
 * TypeBox, so the contest module can validate an Academy edit with the same schema (see validate.ts).
 */
import { type Static, type TSchema, Type } from '@sinclair/typebox';

export const CONFIDENCES = ['confirmed', 'secondary', 'uncertain'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Đã xác minh (nguồn chính thức)',
  secondary: 'Theo nguồn thứ cấp',
  uncertain: 'Chưa xác minh',
};

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Count = Type.Integer({ minimum: 0 });
const Code = Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 40 });

/** A value with where it comes from. `value: null` = not found in the sources (or not yet set for a new edition). */
export const Fact = <T extends TSchema>(value: T) =>
  Type.Object(
    {
      value: Type.Union([value, Type.Null()]),
      confidence: Type.Union(CONFIDENCES.map((c) => Type.Literal(c))),
      source: Type.String({ minLength: 1, description: 'Văn bản, điều khoản hoặc địa chỉ nguồn' }),
      note: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  );
export type FactOf<T> = { value: T | null; confidence: Confidence; source: string; note?: string };

export const WORK_KINDS = ['written', 'audiovisual'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];
export const WORK_KIND_LABELS: Record<WorkKind, string> = {
  written: 'tác phẩm viết',
  audiovisual: 'tác phẩm nghe nhìn',
};

/** Prize levels from the highest; an entry wins at most one. */
export const PRIZE_LEVELS = ['dac_biet', 'A', 'B', 'C', 'KK'] as const;
export type PrizeLevel = (typeof PRIZE_LEVELS)[number];
export const PRIZE_LEVEL_LABELS: Record<PrizeLevel, string> = {
  dac_biet: 'Giải Đặc biệt',
  A: 'Giải A',
  B: 'Giải B',
  C: 'Giải C',
  KK: 'Giải Khuyến khích',
};

export const EntryCategorySchema = Type.Object(
  {
    code: Code,
    label: Type.String({ minLength: 1 }),
    kind: Type.Union(WORK_KINDS.map((k) => Type.Literal(k))),
    maxAuthors: Fact(Type.Integer({ minimum: 1 })),
    /** Largest share of the text that may overlap other texts (0.2 = 20 %); more is screened out. */
    overlapThreshold: Fact(Type.Number({ minimum: 0, maximum: 1 })),
  },
  { additionalProperties: false },
);

const PrizeCounts = Type.Object(
  { dac_biet: Count, A: Count, B: Count, C: Count, KK: Count },
  { additionalProperties: false },
);

/** Prizes are allocated within a prize category, which covers one or more entry categories. */
export const PrizeCategorySchema = Type.Object(
  {
    code: Code,
    label: Type.String({ minLength: 1 }),
    categories: Type.Array(Code, { minItems: 1 }),
    prizes: Fact(PrizeCounts),
  },
  { additionalProperties: false },
);

export const QuotaSchema = Type.Object(
  {
    /** Whose works count together: each person, or "an author or a group" (each co-author's count includes the work). */
    per: Type.Union([Type.Literal('person'), Type.Literal('author_or_group')]),
    maxTotal: Type.Union([Count, Type.Null()]),
    maxByKind: Type.Object(
      { written: Type.Union([Count, Type.Null()]), audiovisual: Type.Union([Count, Type.Null()]) },
      { additionalProperties: false },
    ),
    /** Per entry category code; a category not listed has no limit of its own. */
    maxByCategory: Type.Record(Code, Count),
  },
  { additionalProperties: false },
);

export const ORGANISATION_KINDS_2021 = [
  'academy',
  'provincial_school',
  'sector_school',
  'propaganda_board',
  'district_political_centre',
] as const;

export const EligibilitySchema = Type.Object(
  {
    /** `system`: only staff and learners of the listed kinds of organisation; `public`: anyone. */
    openTo: Type.Union([Type.Literal('system'), Type.Literal('public')]),
    organisationKinds: Type.Array(Type.Union(ORGANISATION_KINDS_2021.map((k) => Type.Literal(k)))),
    excludedRoles: Type.Array(Type.Union([Type.Literal('organiser'), Type.Literal('judge')])),
  },
  { additionalProperties: false },
);

export const ROUND_CODES = ['school', 'province', 'preliminary', 'final'] as const;
export type RoundCode = (typeof ROUND_CODES)[number];
export const ROUND_LABELS: Record<RoundCode, string> = {
  school: 'Vòng trường',
  province: 'Vòng tỉnh (BCĐ 35 / Ban Tuyên giáo)',
  preliminary: 'Sơ khảo (Học viện)',
  final: 'Chung khảo (Học viện)',
};

export const MarkingSchema = Type.Object(
  {
    scale: Fact(Type.Number({ exclusiveMinimum: 0, description: 'Điểm tối đa của một lần chấm' })),
    /** Two marks further apart than this call a third judge. */
    thirdJudgeMargin: Fact(Type.Number({ minimum: 0 })),
    finalScore: Fact(
      Type.Union([Type.Literal('mean_of_closest_two'), Type.Literal('median'), Type.Literal('mean_of_all')], {
        description: 'Khi có ba điểm: trung bình hai điểm gần nhau nhất, trung vị, hoặc trung bình cả ba',
      }),
    ),
  },
  { additionalProperties: false },
);

export const EditionSchema = Type.Object(
  {
    id: Code,
    year: Type.Integer({ minimum: 2021, maximum: 2100 }),
    number: Type.Integer({ minimum: 1, description: 'Lần thứ' }),
    title: Type.String({ minLength: 1 }),
    plan: Fact(Type.Object({ number: Type.String({ minLength: 1 }), date: Type.Union([IsoDate, Type.Null()]) })),
    window: Fact(
      Type.Object({
        opens: Type.Union([IsoDate, Type.Null()]),
        closes: Type.Union([IsoDate, Type.Null()]),
        /** A posted entry counts by its postmark date. */
        closesBy: Type.Union([Type.Literal('postmark'), Type.Literal('received'), Type.Null()]),
      }),
    ),
    eligibility: Fact(EligibilitySchema),
    categories: Type.Array(EntryCategorySchema, { minItems: 1 }),
    quota: Fact(QuotaSchema),
    prizeCategories: Type.Array(PrizeCategorySchema),
    /** "Triển vọng" prizes for young authors in the final round. */
    promisingPrizes: Fact(Count),
    collectivePrizes: Fact(
      Type.Object({
        count: Count,
        minimumLevel: Type.Union([Type.Union(PRIZE_LEVELS.map((l) => Type.Literal(l))), Type.Null()]),
      }),
    ),
    otherAwards: Fact(Type.Array(Type.String())),
    rounds: Fact(
      Type.Array(Type.Object({ code: Type.Union(ROUND_CODES.map((r) => Type.Literal(r))), required: Type.Boolean() })),
    ),
    /** Author details go on a separate page; these entries are removed at screening. */
    form: Fact(Type.Object({ authorDetailsSeparate: Type.Boolean(), forbidden: Type.Array(Type.String()) })),
    marking: MarkingSchema,
    /** What happened (for the record and the network view), not rules. */
    results: Fact(
      Type.Object({
        entries: Type.Union([Count, Type.Null()]),
        finalRound: Type.Union([Count, Type.Null()]),
        awards: Type.Union([Count, Type.Null()]),
        byLevel: Type.Record(Type.String(), Count),
      }),
    ),
  },
  { additionalProperties: false },
);

export type Edition = Static<typeof EditionSchema>;
export type EntryCategory = Static<typeof EntryCategorySchema>;
export type PrizeCategory = Static<typeof PrizeCategorySchema>;
export type Quota = Static<typeof QuotaSchema>;
export type PrizeCounts = Static<typeof PrizeCounts>;
