/** An import plan → the preview (and, with ids, the result) the import page shows. */
import { CLASS_SHEET, type Finding, LEARNER_SHEET } from '../../compliance/index.ts';
import type { ImportPlan, PlannedClass } from './import-plan.ts';
import {
  CONFIDENCE_LABELS,
  deliveryLabel,
  levelLabel,
  modeLabel,
  regimeLabel,
  SEVERITY_LABELS,
} from './training.presenter.ts';

const PREVIEW_FINDINGS = 500;

/** One finding of the preview, located in the file (sheet and row) for the person fixing it. */
function presentPlannedFinding(cls: PlannedClass, f: Finding) {
  const learner = f.learnerIndex === undefined ? null : cls.roster[f.learnerIndex]!;
  return {
    sheet: learner ? LEARNER_SHEET : CLASS_SHEET,
    row: learner ? learner.row : cls.row,
    classCode: cls.stored.code,
    learner: learner?.fullName ?? null,
    rule: f.rule,
    title: f.title,
    severity: f.severity,
    severityLabel: SEVERITY_LABELS[f.severity]!,
    regime: f.regime,
    regimeLabel: regimeLabel(f.regime),
    message: f.message,
    source: f.source,
    citation: `Nguồn: ${f.source.document}, ${f.source.article}`,
    confidence: f.confidence,
    confidenceLabel: CONFIDENCE_LABELS[f.confidence]!,
  };
}

/** The plan as the import page shows it: errors, totals, classes, counts per rule and the first findings. */
export function presentPlan(plan: ImportPlan) {
  const byRule = new Map<string, { rule: string; title: string; severity: string; count: number }>();
  const findings: ReturnType<typeof presentPlannedFinding>[] = [];
  let blocking = 0;
  let warning = 0;
  let total = 0;
  for (const cls of plan.classes) {
    for (const f of cls.evaluation.findings) {
      total++;
      if (f.severity === 'blocking') blocking++;
      else warning++;
      const key = `${f.rule}|${f.severity}`;
      const entry = byRule.get(key) ?? { rule: f.rule, title: f.title, severity: f.severity, count: 0 };
      entry.count++;
      byRule.set(key, entry);
      if (findings.length < PREVIEW_FINDINGS) findings.push(presentPlannedFinding(cls, f));
    }
  }
  return {
    ok: plan.errors.length === 0,
    fileName: plan.fileName,
    allowUpdates: plan.allowUpdates,
    errors: plan.errors,
    totals: {
      classes: plan.classes.length,
      created: plan.classes.filter((c) => c.action === 'create').length,
      updated: plan.classes.filter((c) => c.action === 'update').length,
      learnersAddedTo: plan.classes.filter((c) => c.action === 'add_learners').length,
      learnerRows: plan.learnerRows,
      newLearners: plan.classes.reduce((n, c) => n + c.roster.filter((l) => l.status === 'new').length, 0),
      updatedLearners: plan.classes.reduce((n, c) => n + c.roster.filter((l) => l.status === 'updated').length, 0),
      removedLearners: plan.classes.reduce((n, c) => n + c.removed.length, 0),
      findings: total,
      blocking,
      warning,
    },
    classes: plan.classes.map((c) => ({
      id: c.action === 'create' ? null : c.id,
      action: c.action,
      row: c.row,
      code: c.stored.code,
      name: c.stored.name,
      level: c.stored.level,
      levelLabel: levelLabel(c.stored.level),
      mode: c.stored.mode,
      modeLabel: modeLabel(c.stored.mode),
      delivery: c.stored.delivery,
      deliveryLabel: deliveryLabel(c.stored.delivery),
      hostName: c.stored.host_name,
      partnerName: c.stored.partner_name,
      openingDate: c.stored.opening_date,
      closingDate: c.stored.closing_date,
      learners: c.roster.length,
      removedLearners: c.removed.map((l) => l.full_name),
      regime: c.evaluation.regime,
      regimeLabel: regimeLabel(c.evaluation.regime),
      blocking: c.evaluation.findings.filter((f) => f.severity === 'blocking').length,
      warning: c.evaluation.findings.filter((f) => f.severity === 'warning').length,
      notices: c.evaluation.notices,
    })),
    byRule: [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.severity.localeCompare(b.severity)),
    findings,
    findingsShown: findings.length,
  };
}

export type ImportPreview = ReturnType<typeof presentPlan>;
