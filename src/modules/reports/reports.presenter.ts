/** Rows and engine values → the camelCase responses of the reports routes. */
import {
  canEdit,
  type RegimeVersion,
  type ReportState,
  STATE_LABELS,
  TRANSITIONS,
  validateReport,
  vietnamDateOf,
} from '../../reports/index.ts';
import { type Actor, isAcademyRole } from '../tenancy/actor.ts';
import type { LoadedReport } from './reports.context.ts';

const stateLabel = (state: string) => STATE_LABELS[state as ReportState] ?? state;

/** The actions the actor could take now (state, side and role; the server re-checks everything). */
export function availableActions(state: string, actor: Actor): string[] {
  const side = isAcademyRole(actor.role) ? 'academy' : 'school';
  return TRANSITIONS.filter(
    (t) =>
      t.from.includes(state as ReportState) && t.side === side && (t.roles as readonly string[]).includes(actor.role),
  ).map((t) => t.action);
}

export function presentReport({ row, version, period, content, school }: LoadedReport, actor: Actor) {
  const validation = validateReport(version, content, school.kind);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: school.name,
    regimeCode: row.regime_code,
    regimeVersion: row.regime_version,
    regimeName: version.name,
    periodCode: row.period_code,
    periodLabel: period.label,
    cutoffFrom: period.cutoffFrom,
    cutoffTo: period.cutoffTo,
    deadline: period.deadline,
    revision: row.revision,
    state: row.state,
    stateLabel: stateLabel(row.state),
    editable: canEdit(row.state as ReportState),
    actions: availableActions(row.state, actor),
    numberSymbol: row.number_symbol,
    firstSentAt: row.first_sent_at,
    sentAt: row.sent_at,
    returnComment: row.return_comment,
    onTime: row.first_sent_at ? vietnamDateOf(row.first_sent_at) <= period.deadline : null,
    content,
    definition: version,
    validation: {
      ok: validation.ok,
      errors: validation.errors.map(presentIssue),
      warnings: validation.warnings.map(presentIssue),
    },
  };
}

function presentIssue(i: {
  kind: string;
  code: string;
  importance: string;
  message: string;
  cells: { form: string; row: string; column: string }[];
  left?: number | null;
  right?: number | null;
}) {
  return {
    kind: i.kind,
    code: i.code,
    importance: i.importance,
    message: i.message,
    cells: i.cells.map((c) => ({ form: c.form, row: c.row, column: c.column })),
    ...(i.left !== undefined ? { left: i.left } : {}),
    ...(i.right !== undefined ? { right: i.right } : {}),
  };
}

export function presentReportListItem(r: {
  id: string;
  organisation_id: string;
  organisation_name: string;
  regime_code: string;
  regime_version: number;
  period_code: string;
  period_label: string;
  deadline: string;
  revision: number;
  state: string;
  first_sent_at: string | null;
  number_symbol: string | null;
  updated_at: string;
}) {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    regimeCode: r.regime_code,
    regimeVersion: r.regime_version,
    periodCode: r.period_code,
    periodLabel: r.period_label,
    deadline: r.deadline,
    revision: r.revision,
    state: r.state,
    stateLabel: stateLabel(r.state),
    firstSentAt: r.first_sent_at,
    numberSymbol: r.number_symbol,
    updatedAt: r.updated_at,
  };
}

const FREQUENCY_LABELS: Record<string, string> = {
  month: 'Hằng tháng',
  quarter: 'Hằng quý',
  half_year: '6 tháng',
  nine_months: '9 tháng',
  year: 'Hằng năm',
  school_year: 'Năm học',
  thematic: 'Chuyên đề',
  ad_hoc: 'Đột xuất',
};

export function presentRegimeSummary(v: RegimeVersion, origin: string) {
  const uncertain = Object.entries(v.provenance)
    .filter(([, p]) => p && (p.confidence === 'uncertain' || p.confidence === 'unsourced'))
    .map(([element]) => element);
  return {
    code: v.code,
    version: v.version,
    name: v.name,
    kind: v.kind,
    frequency: FREQUENCY_LABELS[v.frequency.kind] ?? v.frequency.kind,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    origin,
    forms: v.forms.length,
    rules: v.rules.length,
    uncertain,
  };
}
