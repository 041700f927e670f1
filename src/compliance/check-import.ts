/**
 * Evaluates a parsed import file and flattens findings into report lines, each pointing back to
 * the spreadsheet row that caused it. Shared by the CLI and, later, the import API's preview.
 */
import type { ComplianceConfig } from './config.ts';
import { CLASS_SHEET, LEARNER_SHEET } from './columns.ts';
import { evaluateClass } from './evaluate.ts';
import type { Evaluation, Notice } from './findings.ts';
import { classCodeKey, type ImportedLearner, type ParsedImport } from './parse-import.ts';
import type { RuleCode } from './rules/rule-types.ts';
import type { RegimeId, Severity } from './types.ts';

/** One finding as the CLI prints it (JSON Lines). */
export type FindingLine = {
  sheet: string;
  row: number;
  classCode: string;
  /** Full name as typed (NFC); null for a class-level finding. */
  learner: string | null;
  rule: RuleCode;
  severity: Severity;
  regime: RegimeId;
  message: string;
  source: string;
};

export type ClassNotice = { classCode: string; row: number; notice: Notice };

export type CheckedImport = { evaluations: Evaluation[]; lines: FindingLine[]; notices: ClassNotice[] };

export function evaluateImport(
  parsed: Pick<ParsedImport, 'classes' | 'learners'>,
  config: ComplianceConfig,
): CheckedImport {
  const learnersByClass = new Map<string, ImportedLearner[]>();
  for (const learner of parsed.learners) {
    const key = classCodeKey(learner.classCode);
    const list = learnersByClass.get(key);
    if (list) list.push(learner);
    else learnersByClass.set(key, [learner]);
  }
  const result: CheckedImport = { evaluations: [], lines: [], notices: [] };
  for (const cls of parsed.classes) {
    const learners = learnersByClass.get(classCodeKey(cls.code)) ?? [];
    const evaluation = evaluateClass(cls, learners, config);
    result.evaluations.push(evaluation);
    for (const notice of evaluation.notices) result.notices.push({ classCode: cls.code, row: cls.row, notice });
    for (const finding of evaluation.findings) {
      const learner = finding.learnerIndex === undefined ? null : learners[finding.learnerIndex]!;
      result.lines.push({
        sheet: learner ? LEARNER_SHEET : CLASS_SHEET,
        row: learner ? learner.row : cls.row,
        classCode: cls.code,
        learner: learner ? learner.fullName : null,
        rule: finding.rule,
        severity: finding.severity,
        regime: finding.regime,
        message: finding.message,
        source: `${finding.source.document}, ${finding.source.article}`,
      });
    }
  }
  return result;
}
