/**
 * Turns rule data into check functions, once per (regime, level, mode, rules in force). Everything
 * that does not depend on the learner — thresholds, labels, normalised position lists — is computed
 * here, so evaluating a learner is a handful of comparisons.
 */
import type { ComplianceConfig } from './config.ts';
import { classSizeLimitFor } from './config.ts';
import type { Finding, FindingValue } from './findings.ts';
import * as msg from './messages.ts';
import type { ClassCondition, LearnerCondition, Regime, Rule } from './rules/rule-types.ts';
import { isLearnerCondition } from './rules/rule-types.ts';
import { DEFAULT_POSITION_LISTS } from './rules/position-lists.ts';
import { comparisonKey, completedYears } from './text.ts';
import type { ClassInput, LearnerInput, ProgrammeLevel, Rating } from './types.ts';
import {
  EDUCATION_LEVELS,
  EDUCATION_RANK,
  PROGRAMME_LEVELS,
  RATING_RANK,
  STUDY_MODES,
  THEORY_LEVELS,
  THEORY_RANK,
} from './vocabulary.ts';

export type ClassContext = { cls: ClassInput; regime: Regime; enrolled: number };
export type LearnerCheck = (learner: LearnerInput, index: number, ctx: ClassContext) => Finding | null;
export type ClassCheck = (ctx: ClassContext) => Finding | null;
export type CompiledPlan = { classChecks: ClassCheck[]; learnerChecks: LearnerCheck[] };

type Emit = (
  values: Record<string, FindingValue>,
  message: string,
  index?: number,
  severity?: Finding['severity'],
) => Finding;

function emitterFor(rule: Rule, regime: Regime): Emit {
  return (values, message, index, severity) => {
    const finding: Finding = {
      rule: rule.code,
      title: rule.title,
      severity: severity ?? rule.severity,
      regime: regime.id,
      scope: index === undefined ? 'class' : 'learner',
      values,
      message,
      source: rule.source,
      confidence: rule.confidence,
    };
    if (index !== undefined) finding.learnerIndex = index;
    return finding;
  };
}

const CLASS_LEVEL_THEORY_RANK: Record<ProgrammeLevel, number | null> = {
  so_cap: 1,
  trung_cap: 2,
  cao_cap: 3,
  boi_duong: null,
};

/** How the majority group is written: "Kinh", "Dân tộc Kinh", "Việt", "Kinh (Việt)". */
const KINH = new Set(['kinh', 'viet', 'kinh viet', 'viet kinh', 'nguoi kinh', 'nguoi viet']);

/** Not Kinh, as typed; a blank or placeholder ("-", "?") says nothing, so it is not a minority. */
function isEthnicMinority(ethnicity: string | null): boolean {
  const key = comparisonKey(ethnicity ?? '').replace(/^dan toc /, '');
  return key !== '' && !KINH.has(key);
}

function compileLearnerCondition(
  rule: Rule,
  condition: LearnerCondition,
  regime: Regime,
  level: ProgrammeLevel,
  config: ComplianceConfig,
): LearnerCheck | null {
  const emit = emitterFor(rule, regime);
  const citation = msg.shortCitation(rule.source.document) + (rule.uncertainDate ? ` (${rule.uncertainDate})` : '');
  const levelLabel = PROGRAMME_LEVELS.labels[level];
  switch (condition.kind) {
    case 'minAge':
      return (learner, index, ctx) => {
        const minimum = learner.gender === 'nam' ? condition.male : condition.female;
        const age = completedYears(learner.birthDate, ctx.cls.openingDate);
        if (age >= minimum) return null;
        return emit(
          {
            gender: learner.gender,
            birthDate: learner.birthDate,
            age,
            minimumAge: minimum,
            openingDate: ctx.cls.openingDate,
            mode: ctx.cls.mode,
          },
          msg.ageMessage({ gender: learner.gender, age, minimum, openingDate: ctx.cls.openingDate, citation }),
          index,
        );
      };
    case 'partyStatusIn': {
      const allowed = new Set(condition.values);
      return (learner, index) =>
        allowed.has(learner.partyStatus)
          ? null
          : emit(
              {
                partyStatus: learner.partyStatus,
                partyJoinDate: learner.partyJoinDate,
                required: condition.values.join('|'),
              },
              msg.partyMessage({ status: learner.partyStatus, allowed: condition.values, levelLabel, citation }),
              index,
            );
    }
    case 'minEducation': {
      const required = EDUCATION_RANK[condition.level];
      const exception = condition.exception;
      return (learner, index) => {
        const rank = EDUCATION_RANK[learner.education];
        if (rank >= required) return null;
        const minority = exception !== undefined && isEthnicMinority(learner.ethnicity);
        const minimum = minority ? exception.ethnicMinorityMinimum : condition.level;
        if (rank >= EDUCATION_RANK[minimum]) return null;
        return emit(
          { education: learner.education, minimum, ethnicity: learner.ethnicity, ethnicMinorityException: minority },
          msg.educationMessage({
            education: EDUCATION_LEVELS.labels[learner.education],
            minimum: EDUCATION_LEVELS.labels[minimum],
            levelLabel,
            citation,
            ethnicMinority: minority,
          }),
          index,
        );
      };
    }
    case 'minRatings': {
      const floor = RATING_RANK[condition.atLeast];
      return (learner, index) => {
        const years: [string, Rating | null][] = [
          ['năm trước', learner.ratingLastYear],
          ['hai năm trước', learner.ratingYearBefore],
        ];
        const low = years.filter(([, r]) => r !== null && RATING_RANK[r] < floor).map(([when, r]) => `${when}: ${r}`);
        const missing = years.filter(([, r]) => r === null).map(([when]) => when);
        if (low.length === 0 && missing.length === 0) return null;
        const values = {
          ratingLastYear: learner.ratingLastYear,
          ratingYearBefore: learner.ratingYearBefore,
          atLeast: condition.atLeast,
        };
        if (low.length > 0)
          return emit(
            values,
            msg.lowRatingMessage({ low, missing, atLeast: condition.atLeast, years: condition.years, citation }),
            index,
          );
        // A missing rating is unverifiable, not a breach: a person must confirm, so it never blocks.
        return emit(
          values,
          msg.missingRatingMessage({ missing, atLeast: condition.atLeast, citation }),
          index,
          'warning',
        );
      };
    }
    case 'positionInList': {
      const list = DEFAULT_POSITION_LISTS.find((l) => l.id === condition.listId);
      const entries = config.positionLists?.[condition.listId] ?? list?.entries ?? [];
      const keys = new Set(entries.map(comparisonKey));
      const listTitle = list?.title ?? `Danh sách chức vụ ${condition.listId}`;
      return (learner, index) => {
        if (learner.planned) return null;
        if (learner.position !== null && keys.has(comparisonKey(learner.position))) return null;
        return emit(
          { position: learner.position, planned: learner.planned, listId: condition.listId },
          msg.positionMessage({ position: learner.position, listTitle }),
          index,
        );
      };
    }
    case 'alreadyHoldsLevel': {
      const classRank = CLASS_LEVEL_THEORY_RANK[level];
      if (classRank === null) return null;
      return (learner, index, ctx) => {
        if (THEORY_RANK[learner.theoryLevel] < classRank) return null;
        const date = learner.theoryDocumentDate;
        // Held only if obtained by the opening date; a certificate counts only if issued before the cut-off.
        if (date !== null && date > ctx.cls.openingDate) return null;
        if (
          learner.theoryDocumentKind === 'giay_xac_nhan' &&
          (date === null || date >= condition.certificateValidBefore)
        )
          return null;
        return emit(
          {
            theoryLevel: learner.theoryLevel,
            theoryDocumentDate: date,
            theoryDocumentKind: learner.theoryDocumentKind ?? null,
            classLevel: level,
          },
          msg.heldLevelMessage({
            heldLabel: THEORY_LEVELS.labels[learner.theoryLevel],
            documentDate: date,
            classLevelLabel: levelLabel,
          }),
          index,
        );
      };
    }
  }
}

function compileClassCondition(
  rule: Rule,
  condition: ClassCondition,
  regime: Regime,
  classSizeLimit: number | null,
): ClassCheck | null {
  const emit = emitterFor(rule, regime);
  const citation = msg.shortCitation(rule.source.document) + (rule.uncertainDate ? ` (${rule.uncertainDate})` : '');
  switch (condition.kind) {
    case 'providerKindIn': {
      const allowed = new Set<string>(condition.values);
      const partnerHosts = new Set<string>(condition.orHostWithPartner?.hostKinds ?? []);
      const partnerKinds = new Set<string>(condition.orHostWithPartner?.partnerKinds ?? []);
      return ({ cls }) => {
        if (allowed.has(cls.host.kind)) return null;
        const mayPartner = partnerHosts.has(cls.host.kind);
        if (mayPartner && cls.partner && partnerKinds.has(cls.partner.kind)) return null;
        return emit(
          {
            hostCode: cls.host.code,
            hostName: cls.host.name,
            hostKind: cls.host.kind,
            partnerName: cls.partnerName,
            partnerKind: cls.partner?.kind ?? null,
          },
          msg.providerMessage({
            hostName: cls.host.name,
            hostKind: cls.host.kind,
            partner: mayPartner ? cls.partnerName : undefined,
            levelLabel: PROGRAMME_LEVELS.labels[cls.level],
            allowed: condition.allowedLabel,
            citation,
          }),
        );
      };
    }
    case 'deliveryNot':
      return ({ cls }) => {
        if (cls.delivery !== condition.value) return null;
        const scope = condition.scope.find(
          (s) => s.hostKind === cls.host.kind && (!s.levels || s.levels.includes(cls.level)),
        );
        if (!scope) return null;
        const what = scope.levels
          ? `đào tạo ${scope.levels.map((l) => PROGRAMME_LEVELS.labels[l]).join(', ')}`
          : 'đào tạo, bồi dưỡng';
        return emit(
          { delivery: cls.delivery, hostCode: cls.host.code, hostKind: cls.host.kind, openingDate: cls.openingDate },
          msg.onlineMessage({
            hostName: cls.host.name,
            openingDate: cls.openingDate,
            citation: `${citation}, ${rule.source.article.split(' (')[0]},`,
            instruction: `${msg.hostKindLabel(cls.host.kind)} dừng ${what} trực tuyến`,
          }),
        );
      };
    case 'maxClassSize': {
      const limit = classSizeLimit;
      if (limit === null) return null; // unconfigured: reported as a notice by the evaluator, never guessed
      return ({ cls, enrolled }) =>
        enrolled <= limit
          ? null
          : emit(
              { enrolled, limit, level: cls.level, mode: cls.mode },
              msg.classSizeMessage({
                enrolled,
                limit,
                levelLabel: PROGRAMME_LEVELS.labels[cls.level],
                modeLabel: STUDY_MODES.labels[cls.mode],
              }),
            );
    }
  }
}

/** Builds the checks for a class's regime, level and mode from the rules already known to be in force. */
export function compilePlan(
  rules: readonly Rule[],
  regime: Regime,
  cls: Pick<ClassInput, 'level' | 'mode'>,
  config: ComplianceConfig,
): CompiledPlan {
  const plan: CompiledPlan = { classChecks: [], learnerChecks: [] };
  const limit = classSizeLimitFor(config, cls.level, cls.mode);
  for (const rule of rules) {
    if (isLearnerCondition(rule.condition)) {
      const check = compileLearnerCondition(rule, rule.condition, regime, cls.level, config);
      if (check) plan.learnerChecks.push(check);
    } else {
      const check = compileClassCondition(rule, rule.condition, regime, limit);
      if (check) plan.classChecks.push(check);
    }
  }
  return plan;
}
