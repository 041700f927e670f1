/**
 * What a self-assessment holds per indicator (TypeBox, for the module's routes) and the training rows the
 * computed indicators read, shaped like the training tables so the module passes its rows unchanged.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { EnrolmentTable, TrainingClassTable } from '../../db/types.ts';

/** Statuses seen in survey reports [C/S]: đạt, vượt chuẩn, chưa đạt, or referred to the council. */
export const INDICATOR_STATUSES = ['dat', 'vuot_chuan', 'chua_dat', 'xin_y_kien'] as const;
export const IndicatorStatusSchema = Type.Union(INDICATOR_STATUSES.map((s) => Type.Literal(s)));
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  dat: 'Đạt',
  vuot_chuan: 'Vượt chuẩn',
  chua_dat: 'Chưa đạt',
  xin_y_kien: 'Xin ý kiến',
};
/** Vượt chuẩn is a kind of đạt: "53 đạt (8 vượt chuẩn)". */
export const isMet = (status: IndicatorStatus | null) => status === 'dat' || status === 'vuot_chuan';

const NullableText = Type.Union([Type.String(), Type.Null()]);

/** One document in the danh mục minh chứng, following the education-accreditation list's columns. */
export const EvidenceItemSchema = Type.Object({
  code: Type.String({ description: 'Mã minh chứng, ví dụ H2.05.01.03' }),
  title: Type.String({ minLength: 1, description: 'Tên minh chứng' }),
  /** Số, ngày ban hành (or when a survey/interview was made). */
  reference: NullableText,
  /** Nơi ban hành (or who made it). */
  issuer: NullableText,
  /** Stored file, when one is attached. */
  fileId: NullableText,
  note: NullableText,
});
export type EvidenceItem = Static<typeof EvidenceItemSchema>;

export const IndicatorEntrySchema = Type.Object({
  code: Type.String(),
  /** The school's figure for an entered indicator; ignored when TCT computes the indicator. */
  value: Type.Union([Type.Number(), Type.Null()]),
  /** The school's conclusion; null lets a known threshold decide. */
  status: Type.Union([IndicatorStatusSchema, Type.Null()]),
  comment: NullableText,
  evidence: Type.Array(EvidenceItemSchema),
});
export type IndicatorEntry = Static<typeof IndicatorEntrySchema>;

export type TrainingClassRow = Pick<
  TrainingClassTable,
  'id' | 'organisation_id' | 'code' | 'name' | 'level' | 'mode' | 'opening_date' | 'closing_date'
>;
export type EnrolmentRow = Pick<EnrolmentTable, 'class_id' | 'learner_id'>;
export type TrainingInput = { classes: readonly TrainingClassRow[]; enrolments: readonly EnrolmentRow[] };

/** Choices where the sources are silent; documented in docs/standard-school.md. */
export type ComputeOptions = {
  /**
   * Which classes fall in the 5-year window: those that opened in it (default) or those running at any
   * time in it. The Director's 2021 remark gives the window, not the rule for classes crossing its edge [?].
   */
  classBasis?: 'opening' | 'overlap';
  /** Staff shares over everyone in the roster (default) or over biên chế only [?]. */
  staffBase?: 'all' | 'bien_che';
};
