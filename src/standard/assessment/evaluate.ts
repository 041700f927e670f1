/**
 * One self-assessment against one catalogue version: per indicator the value (computed where TCT holds
 * the data, entered otherwise), the status (the school's conclusion, or what a known threshold says),
 * evidence checks, and what stands in the way — "what is missing". Pure: the module stores entries and
 * passes roster and training rows in.
 */
import {
  type AppliedThreshold,
  formatThreshold,
  formatValue,
  meetsThreshold,
  thresholdFor,
} from '../catalogue/catalogue.ts';
import { ENTERED, isComputedKey } from '../catalogue/computed-sources.ts';
import type { CatalogueItem, CatalogueVersion } from '../catalogue/types.ts';
import { CONFIDENCE_LABELS, type IsoDate, type StandardLevel } from '../common.ts';
import { type Computation, type ComputeInputs, computeIndicator, isGap } from './computed.ts';
import { evidenceCodeProblem, normalizeEvidenceCode } from './evidence-codes.ts';
import { type Progress, progressOf } from './progress.ts';
import { type IndicatorEntry, type IndicatorStatus, isMet, STATUS_LABELS } from './types.ts';

export type IssueKind =
  | 'not_assessed'
  | 'chua_dat'
  | 'xin_y_kien'
  | 'no_evidence'
  | 'no_input'
  | 'status_conflict'
  | 'bad_evidence_code'
  | 'unknown_indicator'
  | 'not_in_catalogue';

/** Blocking issues stop a submission; warnings are shown. */
export type Issue = {
  kind: IssueKind;
  severity: 'blocking' | 'warning';
  criterion: number | null;
  code: string | null;
  message: string;
};

export type IndicatorResult = {
  item: CatalogueItem;
  value: number | null;
  valueSource: 'computed' | 'entered' | null;
  computation: Computation | null;
  threshold: AppliedThreshold | null;
  /** What the threshold says about the value; null when either is unknown. */
  suggestedStatus: IndicatorStatus | null;
  status: IndicatorStatus | null;
  statusBasis: 'entered' | 'threshold' | null;
  entry: IndicatorEntry | null;
  issues: Issue[];
};

export type AssessmentInput = ComputeInputs & {
  catalogue: CatalogueVersion;
  targetLevel: StandardLevel;
  entries: readonly IndicatorEntry[];
};

export type AssessmentResult = {
  catalogueId: string;
  targetLevel: StandardLevel;
  filingDate: IsoDate;
  indicators: IndicatorResult[];
  progress: Progress;
  /** Every issue, blocking first, in catalogue order. */
  missing: Issue[];
  canSubmit: boolean;
};

function indicatorValue(item: CatalogueItem, entry: IndicatorEntry | null, inputs: ComputeInputs, issues: Issue[]) {
  const issue = (kind: IssueKind, message: string, severity: Issue['severity'] = 'warning') =>
    issues.push({ kind, severity, criterion: item.criterion, code: item.code, message });
  if (item.howComputed !== ENTERED && isComputedKey(item.howComputed)) {
    const result = computeIndicator(item.howComputed, inputs);
    if (!isGap(result)) return { value: result.value, valueSource: 'computed' as const, computation: result };
    // Without the data TCT falls back to what the school typed, and says why.
    if (entry?.value === null || entry?.value === undefined) {
      issue('no_input', `Chỉ tiêu ${item.code}: ${result.reason}`);
      return { value: null, valueSource: null, computation: null };
    }
    issue('no_input', `Chỉ tiêu ${item.code}: ${result.reason}; đang dùng số liệu trường tự nhập`);
  }
  const value = entry?.value ?? null;
  return { value, valueSource: value === null ? null : ('entered' as const), computation: null };
}

function evaluateIndicator(
  item: CatalogueItem,
  entry: IndicatorEntry | null,
  input: AssessmentInput,
  sharedCodes: ReadonlySet<string>,
): IndicatorResult {
  const issues: Issue[] = [];
  const issue = (kind: IssueKind, message: string, severity: Issue['severity'] = 'warning') =>
    issues.push({ kind, severity, criterion: item.criterion, code: item.code, message });
  const { value, valueSource, computation } = indicatorValue(item, entry, input, issues);
  const threshold = thresholdFor(item, input.targetLevel);
  const suggestedStatus =
    value !== null && threshold ? (meetsThreshold(value, threshold.threshold) ? 'dat' : 'chua_dat') : null;
  const entered = entry?.status ?? null;
  const status = entered ?? suggestedStatus;
  const statusBasis = entered ? 'entered' : suggestedStatus ? 'threshold' : null;
  const label = `Chỉ tiêu ${item.code}`;
  if (status === null) issue('not_assessed', `${label} chưa được đánh giá`);
  if (status === 'chua_dat') issue('chua_dat', `${label} chưa đạt`);
  if (status === 'xin_y_kien') issue('xin_y_kien', `${label} xin ý kiến Hội đồng`);
  // Referring an indicator to the council ("xin ý kiến") is always allowed, whatever the figure says.
  const contradicts = entered !== null && entered !== 'xin_y_kien' && isMet(entered) !== (suggestedStatus === 'dat');
  if (entered && suggestedStatus && threshold && value !== null && contradicts) {
    // A confirmed threshold binds a claim of đạt; an unverified one only warns, since it may be wrong.
    const confirmed = item.confidence === 'confirmed';
    const overclaim = isMet(entered) && suggestedStatus === 'chua_dat';
    issue(
      'status_conflict',
      `${label}: tự đánh giá "${STATUS_LABELS[entered]}" nhưng ${formatValue(value, item.unit)} ${
        suggestedStatus === 'dat' ? 'đã đạt' : 'chưa đạt'
      } ngưỡng ${formatThreshold(threshold.threshold, item.unit)}${confirmed ? '' : ` (ngưỡng ${CONFIDENCE_LABELS[item.confidence].toLowerCase()})`}`,
      confirmed && overclaim ? 'blocking' : 'warning',
    );
  }
  const evidence = entry?.evidence ?? [];
  if (isMet(status) && evidence.length === 0) issue('no_evidence', `${label} chưa có minh chứng`);
  for (const e of evidence) {
    const code = normalizeEvidenceCode(e.code) ?? e.code;
    const problem = evidenceCodeProblem(code, item.code, sharedCodes);
    if (problem) issue('bad_evidence_code', problem, 'blocking');
  }
  return { item, value, valueSource, computation, threshold, suggestedStatus, status, statusBasis, entry, issues };
}

const ORDER: IssueKind[] = [
  'unknown_indicator',
  'bad_evidence_code',
  'status_conflict',
  'chua_dat',
  'not_assessed',
  'xin_y_kien',
  'no_input',
  'no_evidence',
  'not_in_catalogue',
];

export function assess(input: AssessmentInput): AssessmentResult {
  const entries = new Map(input.entries.map((e) => [e.code, e]));
  // Evidence shared between indicators keeps the code of the indicator it was first filed under.
  const sharedCodes = new Set<string>();
  for (const e of input.entries)
    for (const ev of e.evidence) {
      const code = normalizeEvidenceCode(ev.code);
      if (code && evidenceCodeProblem(code, e.code) === null) sharedCodes.add(code);
    }
  const items = [...input.catalogue.items].sort((a, b) => a.code.localeCompare(b.code));
  const indicators = items.map((item) => evaluateIndicator(item, entries.get(item.code) ?? null, input, sharedCodes));
  const known = new Set(items.map((i) => i.code));
  const extra: Issue[] = input.entries
    .filter((e) => !known.has(e.code))
    .map((e) => ({
      kind: 'unknown_indicator',
      severity: 'blocking',
      criterion: null,
      code: e.code,
      message: `Chỉ tiêu ${e.code} không có trong danh mục "${input.catalogue.title}"`,
    }));
  const progress = progressOf(input.catalogue, indicators);
  if (progress.notInCatalogue > 0)
    extra.push({
      kind: 'not_in_catalogue',
      severity: 'warning',
      criterion: null,
      code: null,
      message: `${progress.notInCatalogue} chỉ tiêu của Quy định 11-QĐ/TW chưa có trong danh mục đang dùng (danh mục chính thức chưa được nhập)`,
    });
  const missing = [...extra, ...indicators.flatMap((r) => r.issues)].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1) ||
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
  );
  return {
    catalogueId: input.catalogue.id,
    targetLevel: input.targetLevel,
    filingDate: input.filingDate,
    indicators,
    progress,
    missing,
    canSubmit: !missing.some((i) => i.severity === 'blocking'),
  };
}
