/**
 * Compliance views from the stored findings: a school's counts per rule, severity and class, and the
 * Academy's network view (counts per rule and per school). "Open" findings are those without an
 * active override; overridden ones are counted apart.
 */
import type { Kysely } from 'kysely';
import { RULES } from '../../compliance/index.ts';
import type { DB } from '../../db/types.ts';
import { notFound } from '../../lib/app-error.ts';
import { isAcademyRole, type RequestContext } from '../tenancy/actor.ts';
import { findOrganisationsByIds } from '../organisations/organisations.ports.ts';
import { canRead } from '../tenancy/scope.ts';
import {
  countClassesByOrganisation,
  countEnrolmentsByOrganisation,
  countFindings,
  countFlaggedLearners,
  findFindingDetails,
} from './compliance.repository.ts';
import {
  CONFIDENCE_LABELS,
  SEVERITY_LABELS,
  overrideKey,
  presentClassSummary,
  regimeLabel,
} from './training.presenter.ts';
import { countsByClass, loadActiveOverrides } from './findings.repository.ts';
import { findClassesForSummary } from './training.repository.ts';

const RULE_TITLES = new Map(RULES.map((r) => [r.code as string, r.title]));
const RULE_ORDER = [...new Set(RULES.map((r) => r.code as string))].sort();

type Tally = { open: number; blocking: number; warning: number; overridden: number };
const emptyTally = (): Tally => ({ open: 0, blocking: 0, warning: 0, overridden: 0 });

function add(t: Tally, severity: string, n: number, overridden: number): void {
  const open = n - overridden;
  t.open += open;
  if (severity === 'blocking') t.blocking += open;
  else t.warning += open;
  t.overridden += overridden;
}

export function createSummaryService(db: Kysely<DB>) {
  /** null = the whole network (Academy without a chosen school); otherwise the organisation to narrow to (or the school's own scope). */
  function resolveScope(
    ctx: RequestContext,
    organisationId?: string | null,
  ): { network: boolean; narrow: string | null } {
    if (organisationId && !canRead(ctx.actor, organisationId)) throw notFound();
    return { network: !organisationId && isAcademyRole(ctx.actor.role), narrow: organisationId ?? null };
  }

  async function summary(ctx: RequestContext, organisationId?: string | null) {
    const { network, narrow } = resolveScope(ctx, organisationId);
    const actor = ctx.actor;
    const findings = await countFindings(db, actor, narrow);
    const classes = await countClassesByOrganisation(db, actor, narrow);
    const learners = await countEnrolmentsByOrganisation(db, actor, narrow);
    const flagged = await countFlaggedLearners(db, actor, narrow);

    const orgIds = [...new Set([...classes.map((c) => c.organisation_id), ...findings.map((f) => f.organisation_id)])];
    const names = await findOrganisationsByIds(db, orgIds);
    const totals = {
      classes: 0,
      classesWithoutRegime: 0,
      learners: 0,
      learnersWithFindings: 0,
      findings: 0,
      ...emptyTally(),
    };
    const byRule = new Map<string, Tally>();
    const bySchool = new Map<
      string,
      { classes: number; learners: number; learnersWithFindings: number; tally: Tally; byRule: Record<string, number> }
    >();
    const school = (id: string) => {
      let s = bySchool.get(id);
      if (!s)
        bySchool.set(id, (s = { classes: 0, learners: 0, learnersWithFindings: 0, tally: emptyTally(), byRule: {} }));
      return s;
    };
    for (const c of classes) {
      totals.classes += Number(c.n);
      totals.classesWithoutRegime += Number(c.n) - Number(c.with_regime);
      school(c.organisation_id).classes = Number(c.n);
    }
    for (const l of learners) {
      totals.learners += Number(l.n);
      school(l.organisation_id).learners = Number(l.n);
    }
    for (const l of flagged) {
      totals.learnersWithFindings += Number(l.n);
      school(l.organisation_id).learnersWithFindings = Number(l.n);
    }
    for (const f of findings) {
      const n = Number(f.n);
      const overridden = Number(f.overridden);
      totals.findings += n;
      add(totals, f.severity, n, overridden);
      const rule = byRule.get(f.rule) ?? emptyTally();
      add(rule, f.severity, n, overridden);
      byRule.set(f.rule, rule);
      const s = school(f.organisation_id);
      add(s.tally, f.severity, n, overridden);
      s.byRule[f.rule] = (s.byRule[f.rule] ?? 0) + n - overridden;
    }
    const viewedId = network ? null : (narrow ?? actor.organisationId);
    const [organisation] = viewedId ? await findOrganisationsByIds(db, [viewedId]) : [];
    const base = {
      scope: network ? ('network' as const) : ('organisation' as const),
      organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      totals,
      rules: RULE_ORDER.map((code) => ({ code, title: RULE_TITLES.get(code)! })),
      byRule: [...byRule.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([rule, t]) => ({ rule, title: RULE_TITLES.get(rule) ?? rule, ...t })),
    };
    if (network) {
      return {
        ...base,
        bySchool: [...bySchool.entries()]
          .map(([id, s]) => {
            const org = names.find((o) => o.id === id);
            return {
              organisationId: id,
              name: org?.name ?? id,
              kind: org?.kind ?? null,
              provinceName: org?.province_name ?? null,
              classes: s.classes,
              learners: s.learners,
              learnersWithFindings: s.learnersWithFindings,
              ...s.tally,
              byRule: s.byRule,
            };
          })
          .sort((a, b) => b.blocking - a.blocking || b.open - a.open || a.name.localeCompare(b.name, 'vi')),
        byClass: [],
      };
    }
    const classRows = await findClassesForSummary(db, actor, narrow, 2000);
    const counts = await countsByClass(
      db,
      classRows.map((c) => c.id),
    );
    return { ...base, bySchool: [], byClass: classRows.map((c) => presentClassSummary(c, counts.get(c.id)!)) };
  }

  /** Every finding in scope with its class, learner and override (the export's detail sheet). */
  async function findingDetails(ctx: RequestContext, organisationId?: string | null) {
    const { narrow } = resolveScope(ctx, organisationId);
    const rows = await findFindingDetails(db, ctx.actor, narrow, 200_000);
    const overrides = new Map(
      (await loadActiveOverrides(db, [...new Set(rows.map((r) => r.class_id))])).map((o) => [
        overrideKey(o.class_id, o.learner_id, o.rule),
        o,
      ]),
    );
    return rows.map((r) => {
      const o = overrides.get(overrideKey(r.class_id, r.learner_id, r.rule));
      return {
        classCode: r.class_code,
        className: r.class_name,
        openingDate: r.opening_date,
        learner: r.full_name,
        birthDate: r.birth_date,
        rule: r.rule,
        severity: SEVERITY_LABELS[r.severity] ?? r.severity,
        regime: regimeLabel(r.regime) ?? r.regime,
        message: r.message,
        document: r.source_document,
        article: r.source_article,
        confidence: CONFIDENCE_LABELS[r.confidence] ?? r.confidence,
        override: o ? `${o.decision_reference}${o.reason ? ` — ${o.reason}` : ''}` : '',
      };
    });
  }

  return { summary, findingDetails };
}

export type SummaryService = ReturnType<typeof createSummaryService>;
export type ComplianceSummaryView = Awaited<ReturnType<SummaryService['summary']>>;
