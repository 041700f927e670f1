/**
 * Evaluates classes and their learners against the rule set in force on each class's opening date.
 * Plans are compiled once per (regime, level, mode, rules in force) and cached per configuration,
 * so a batch of 100,000 learners costs a few comparisons each.
 */
import { compilePlan, type ClassContext, type CompiledPlan } from './compile.ts';
import { classSizeLimitFor, EMPTY_CONFIG, type ComplianceConfig } from './config.ts';
import type { Evaluation, Finding, Notice } from './findings.ts';
import { datedRuleSet } from './rules/dates.ts';
import { REGIMES, selectRegime } from './rules/regimes.ts';
import { RULES } from './rules/rules-data.ts';
import type { Regime, Rule } from './rules/rule-types.ts';
import { formatVietnameseDate } from './text.ts';
import type { ClassInput, LearnerInput } from './types.ts';
import { PROGRAMME_LEVELS, STUDY_MODES } from './vocabulary.ts';

export type EvaluateOptions = {
  /** Alternative rule data (tests, or an administrator's edited copy). */
  rules?: readonly Rule[];
  regimes?: readonly Regime[];
};

type PlanCache = Map<string, CompiledPlan>;
type Dated = ReturnType<typeof datedRuleSet>;
const datedCache = new WeakMap<ComplianceConfig, WeakMap<readonly Rule[], WeakMap<readonly Regime[], Dated>>>();

/** The rule data with the configured uncertain dates, built once per configuration (plans cache on it). */
function datedFor(rules: readonly Rule[], regimes: readonly Regime[], config: ComplianceConfig): Dated {
  let byRules = datedCache.get(config);
  if (!byRules) datedCache.set(config, (byRules = new WeakMap()));
  let byRegimes = byRules.get(rules);
  if (!byRegimes) byRules.set(rules, (byRegimes = new WeakMap()));
  let dated = byRegimes.get(regimes);
  if (!dated) byRegimes.set(regimes, (dated = datedRuleSet(rules, regimes, config)));
  return dated;
}
const planCaches = new WeakMap<readonly Rule[], WeakMap<ComplianceConfig, PlanCache>>();

function planCacheFor(rules: readonly Rule[], config: ComplianceConfig): PlanCache {
  let byConfig = planCaches.get(rules);
  if (!byConfig) planCaches.set(rules, (byConfig = new WeakMap()));
  let cache = byConfig.get(config);
  if (!cache) byConfig.set(config, (cache = new Map()));
  return cache;
}

/** Rules of the class's regime plus the cross-regime ones, restricted to its level, mode and opening date. */
export function rulesInForce(
  rules: readonly Rule[],
  regime: Regime,
  cls: Pick<ClassInput, 'level' | 'mode' | 'openingDate'>,
): Rule[] {
  return rules.filter(
    (rule) =>
      (rule.origin === regime.id || rule.origin === 'HVCTQG' || rule.origin === 'CHUNG') &&
      rule.levels.includes(cls.level) &&
      rule.modes.includes(cls.mode) &&
      (rule.effectiveFrom === null || cls.openingDate >= rule.effectiveFrom) &&
      (rule.effectiveTo === null || cls.openingDate <= rule.effectiveTo),
  );
}

function noRegimeNotice(cls: ClassInput, regimes: readonly Regime[]): Notice {
  const earliest = regimes.reduce<string | null>(
    (min, r) => (min === null || r.effectiveFrom < min ? r.effectiveFrom : min),
    null,
  );
  const since = earliest ? ` (bộ quy tắc sớm nhất có hiệu lực từ ${formatVietnameseDate(earliest)})` : '';
  return {
    code: 'NO_REGIME',
    message: `Chưa có bộ quy tắc cho ngày khai giảng ${formatVietnameseDate(cls.openingDate)}${since}: lớp ${cls.code} và học viên không được kiểm tra.`,
  };
}

/**
 * Every rule a class and its learners break under the regime in force on the opening date.
 * Before any known regime the result has `regime: null`, a NO_REGIME notice and no findings.
 */
export function evaluateClass(
  cls: ClassInput,
  learners: readonly LearnerInput[],
  config: ComplianceConfig = EMPTY_CONFIG,
  options: EvaluateOptions = {},
): Evaluation {
  const { rules, regimes } = datedFor(options.rules ?? RULES, options.regimes ?? REGIMES, config);
  const limit = classSizeLimitFor(config, cls.level, cls.mode);
  const evaluation: Evaluation = {
    classCode: cls.code,
    hostCode: cls.host.code,
    openingDate: cls.openingDate,
    regime: null,
    classSize: { enrolled: learners.length, limit, configured: limit !== null },
    findings: [],
    notices: [],
  };
  const regime = selectRegime(cls.openingDate, regimes);
  if (!regime) {
    evaluation.notices.push(noRegimeNotice(cls, regimes));
    return evaluation;
  }
  evaluation.regime = regime.id;
  if (limit === null) {
    evaluation.notices.push({
      code: 'CLASS_SIZE_UNCONFIGURED',
      message: `Chưa cấu hình quy mô lớp tối đa cho ${PROGRAMME_LEVELS.labels[cls.level]} hệ ${STUDY_MODES.labels[cls.mode].toLowerCase()} (chưa tìm được con số pháp lý): không kiểm tra C-04.`,
    });
  }
  for (const unknown of regime.unknowns) {
    if (unknown.levels.includes(cls.level) && (!unknown.hostKinds || unknown.hostKinds.includes(cls.host.kind)))
      evaluation.notices.push({ code: 'STANDARDS_UNKNOWN', message: unknown.message });
  }

  const inForce = rulesInForce(rules, regime, cls);
  const cache = planCacheFor(rules, config);
  const key = `${regime.id}|${cls.level}|${cls.mode}|${inForce.map((r) => rules.indexOf(r)).join(',')}`;
  let plan = cache.get(key);
  if (!plan) cache.set(key, (plan = compilePlan(inForce, regime, cls, config)));

  const ctx: ClassContext = { cls, regime, enrolled: learners.length };
  const findings: Finding[] = evaluation.findings;
  for (const check of plan.classChecks) {
    const finding = check(ctx);
    if (finding) findings.push(finding);
  }
  const checks = plan.learnerChecks;
  for (let index = 0; index < learners.length; index++) {
    const learner = learners[index]!;
    for (const check of checks) {
      const finding = check(learner, index, ctx);
      if (finding) findings.push(finding);
    }
  }
  return evaluation;
}

export type ClassWithLearners = { cls: ClassInput; learners: readonly LearnerInput[] };

/** Batch variant: one evaluation per class, sharing compiled plans. */
export function evaluateClasses(
  items: readonly ClassWithLearners[],
  config: ComplianceConfig = EMPTY_CONFIG,
  options: EvaluateOptions = {},
): Evaluation[] {
  return items.map((item) => evaluateClass(item.cls, item.learners, config, options));
}
