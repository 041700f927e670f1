/**
 * The criteria catalogue of Quy định 11-QĐ/TW as versioned data (TypeBox, so the module's routes can
 * validate and document it with the same declaration). A version is immutable once published: an import
 * makes a new version, and an assessment keeps the id of the version it was made with.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ConfidenceSchema, IsoDateSchema } from '../common.ts';
import { HowComputedSchema, type HowComputed } from './computed-sources.ts';

/** An indicator code: criterion digit, dot, two-digit number within the criterion ("2.05"). */
export const INDICATOR_CODE_PATTERN = '^[1-6]\\.\\d{2}$';

/**
 * A threshold: the value must be at least (>=) or at most (<=) the figure. Null in the catalogue means
 * "not known": the status is then judged by people, never by an invented number.
 */
export const ThresholdSchema = Type.Object({
  op: Type.Union([Type.Literal('>='), Type.Literal('<=')]),
  value: Type.Number(),
});
export type Threshold = Static<typeof ThresholdSchema>;

export const CriterionSchema = Type.Object({
  number: Type.Integer({ minimum: 1, maximum: 6 }),
  title: Type.String({ minLength: 1 }),
  source: Type.String(),
  confidence: ConfidenceSchema,
});
export type Criterion = Static<typeof CriterionSchema>;

export const CatalogueItemSchema = Type.Object({
  criterion: Type.Integer({ minimum: 1, maximum: 6 }),
  code: Type.String({ pattern: INDICATOR_CODE_PATTERN }),
  text: Type.String({ minLength: 1 }),
  /** "%", "lớp", "lượt", "tỷ đồng"…; null for a qualitative indicator judged đạt / chưa đạt. */
  unit: Type.Union([Type.String(), Type.Null()]),
  howComputed: HowComputedSchema,
  level1Threshold: Type.Union([ThresholdSchema, Type.Null()]),
  /** Null: no raised threshold known for mức 2; the mức-1 threshold then applies to a mức-2 assessment. */
  level2Threshold: Type.Union([ThresholdSchema, Type.Null()]),
  source: Type.String(),
  confidence: ConfidenceSchema,
  /** Why the item is uncertain, where a threshold came from, what it leaves out. */
  note: Type.Union([Type.String(), Type.Null()]),
});
export type CatalogueItem = Omit<Static<typeof CatalogueItemSchema>, 'howComputed'> & { howComputed: HowComputed };

export const CatalogueVersionSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  title: Type.String({ minLength: 1 }),
  effectiveFrom: IsoDateSchema,
  source: Type.String(),
  confidence: ConfidenceSchema,
  /**
   * How many indicators the regulation sets for mức 1 (55 [C]). A provisional version lists fewer: the
   * progress line still counts against 55 and names the gap.
   */
  declaredIndicatorCount: Type.Integer({ minimum: 1 }),
  criteria: Type.Array(CriterionSchema),
  items: Type.Array(CatalogueItemSchema),
  note: Type.Union([Type.String(), Type.Null()]),
});
export type CatalogueVersion = Omit<Static<typeof CatalogueVersionSchema>, 'items'> & { items: CatalogueItem[] };
