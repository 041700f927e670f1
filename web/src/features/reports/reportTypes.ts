/** Shapes and labels of the periodic-report pages (responses come from the generated API types). */
import type { ApiResponse } from '../../api/types.ts';

export type ReportDetail = ApiResponse<'/api/reports/{id}'>;
export type DueItem = ApiResponse<'/api/reports/due'>['items'][number];
export type ReportListItem = ApiResponse<'/api/reports'>['items'][number];
export type RegimeSummary = ApiResponse<'/api/report-regimes'>['items'][number];
export type Matrix = ApiResponse<'/api/report-matrix'>;
export type Aggregate = ApiResponse<'/api/report-aggregate'>;
export type History = ApiResponse<'/api/reports/{id}/history'>;

/** The parts of a regime version (src/reports/types.ts) the pages read; the API sends it whole. */
export type FormColumn = { code: string; label: string; type: string; unit?: string; source?: { key: string } };
export type FormRow = { code: string; label: string; kind: 'data' | 'total' | 'header'; appliesTo?: string[] };
export type FormDef = { code: string; title: string; note?: string; rows: FormRow[]; columns: FormColumn[] };
export type OutlineSection = { code: string; title: string; level: number; required: boolean; guidance?: string };
export type RuleDef = {
  code: string;
  left: string;
  operator: string;
  right: string;
  importance: 'error' | 'warning';
  message: string;
};
export type RegimeDef = {
  code: string;
  version: number;
  name: string;
  effectiveFrom: string;
  forms: FormDef[];
  outline: OutlineSection[];
  rules: RuleDef[];
  [key: string]: unknown;
};

export type FigureValue = number | string | null;
export type Figure = {
  value: FigureValue;
  computed: { value: FigureValue; explanation: string } | null;
  reason: string | null;
};
export type ReportContent = {
  narrative: Record<string, string>;
  figures: Record<string, Record<string, Record<string, Figure>>>;
};

export const ACTION_LABELS: Record<string, string> = {
  submit: 'Trình lãnh đạo duyệt',
  withdraw: 'Rút lại',
  approve: 'Duyệt báo cáo',
  reject: 'Trả lại để sửa',
  send: 'Gửi Học viện',
  accept: 'Tiếp nhận',
  return: 'Trả lại trường',
  correct: 'Sửa lại (bản mới)',
};
/** Actions that need a comment (the server refuses them without one). */
export const NEEDS_COMMENT = new Set(['reject', 'return']);

export const EVENT_LABELS: Record<string, string> = { create: 'Lập báo cáo', ...ACTION_LABELS };

export const CELL_STATUS: Record<
  string,
  { label: string; tone: 'success' | 'warning' | 'danger' | 'neutral' | 'info' }
> = {
  on_time: { label: 'Đúng hạn', tone: 'success' },
  late: { label: 'Muộn', tone: 'warning' },
  missing: { label: 'Chưa gửi (quá hạn)', tone: 'danger' },
  pending: { label: 'Chưa đến hạn', tone: 'neutral' },
  not_expected: { label: '—', tone: 'neutral' },
};

export const DUE_STATE: Record<string, { label: string; tone: 'success' | 'warning' | 'danger' | 'neutral' | 'info' }> =
  {
    collecting: { label: 'Đang trong kỳ', tone: 'info' },
    due: { label: 'Đến hạn gửi', tone: 'warning' },
    overdue: { label: 'Quá hạn', tone: 'danger' },
  };

export const stateTone = (state: string) =>
  state === 'accepted' ? 'success' : state === 'returned' ? 'danger' : state === 'sent' ? 'info' : 'warning';

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
