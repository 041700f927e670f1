/**
 * Computes catalogue figures for one school and one cut-off window from the rows the module passes.
 * createSourceContext indexes the rows once (learners per class, active overrides, obligation history),
 * so pre-filling a report with dozens of cells scans each table a handful of times at most.
 * Every value comes with the sentence that says how it was made, shown beside the figure.
 */
import { vietnamDateOf, vnDate, type IsoDate } from '../dates.ts';
import { describeParams, type SourceDefinition, sourceDefinition } from './catalogue.ts';
import type { ClassRow, SourceInputs } from './inputs.ts';

export type Window = { from: IsoDate; to: IsoDate };

export type SourceResult =
  | { ok: true; value: number | string | null; explanation: string }
  | { ok: false; message: string };

export type SourceContext = {
  inputs: SourceInputs;
  learnersPerClass: Map<string, number>;
  /** Active override intervals per finding key `class|learner|rule`. */
  overrides: Map<string, { from: IsoDate; to: IsoDate | null }[]>;
  /** Events per obligation, oldest first, with their Vietnam calendar day. */
  obligationHistory: Map<string, { day: IsoDate; status: string }[]>;
};

const findingKey = (classId: string, learnerId: string | null, rule: string) => `${classId}|${learnerId ?? ''}|${rule}`;

export function createSourceContext(inputs: SourceInputs): SourceContext {
  const learnersPerClass = new Map<string, number>();
  for (const e of inputs.enrolments ?? [])
    learnersPerClass.set(e.class_id, (learnersPerClass.get(e.class_id) ?? 0) + 1);
  const overrides = new Map<string, { from: IsoDate; to: IsoDate | null }[]>();
  for (const o of inputs.overrides ?? []) {
    const key = findingKey(o.class_id, o.learner_id, o.rule);
    const list = overrides.get(key) ?? [];
    list.push({ from: vietnamDateOf(o.created_at), to: o.revoked_at ? vietnamDateOf(o.revoked_at) : null });
    overrides.set(key, list);
  }
  const obligationHistory = new Map<string, { day: IsoDate; status: string; at: string }[]>();
  for (const e of inputs.obligationEvents ?? []) {
    const list = obligationHistory.get(e.obligation_id) ?? [];
    list.push({ day: vietnamDateOf(e.at), status: e.status, at: e.at });
    obligationHistory.set(e.obligation_id, list);
  }
  for (const list of obligationHistory.values()) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { inputs, learnersPerClass, overrides, obligationHistory };
}

const inWindow = (day: IsoDate | null, w: Window) => day !== null && day >= w.from && day <= w.to;
const windowText = (w: Window) => `từ ${vnDate(w.from)} đến ${vnDate(w.to)}`;

function matchesTraining(cls: ClassRow, params: Record<string, string>): boolean {
  return (
    (params.level === undefined || cls.level === params.level) &&
    (params.mode === undefined || cls.mode === params.mode) &&
    (params.delivery === undefined || cls.delivery === params.delivery)
  );
}

type ClassSelection = 'opened' | 'closed' | 'ongoing';
const SELECTION_TEXT: Record<ClassSelection, (w: Window) => string> = {
  opened: (w) => `khai giảng ${windowText(w)}`,
  closed: (w) => `bế giảng ${windowText(w)}`,
  ongoing: (w) => `đang học ngày ${vnDate(w.to)}`,
};

function selectClasses(ctx: SourceContext, selection: ClassSelection, params: Record<string, string>, w: Window) {
  return (ctx.inputs.classes ?? []).filter((c) => {
    if (!matchesTraining(c, params)) return false;
    if (selection === 'opened') return inWindow(c.opening_date, w);
    if (selection === 'closed') return inWindow(c.closing_date, w);
    return c.opening_date <= w.to && (c.closing_date === null || c.closing_date >= w.to);
  });
}

function overridden(ctx: SourceContext, classId: string, learnerId: string | null, rule: string, day: IsoDate) {
  return (ctx.overrides.get(findingKey(classId, learnerId, rule)) ?? []).some(
    (o) => o.from <= day && (o.to === null || o.to > day),
  );
}

function findingsOfWindow(ctx: SourceContext, params: Record<string, string>, w: Window) {
  const opened = new Set(selectClasses(ctx, 'opened', {}, w).map((c) => c.id));
  return (ctx.inputs.findings ?? []).filter(
    (f) =>
      opened.has(f.class_id) &&
      (params.rule === undefined || f.rule === params.rule) &&
      (params.severity === undefined || f.severity === params.severity) &&
      !overridden(ctx, f.class_id, f.learner_id, f.rule, w.to),
  );
}

/** The school's obligations of the named directive (and requirement), with their status on the day. */
function obligationsOn(ctx: SourceContext, params: Record<string, string>, day: IsoDate) {
  const directives = (ctx.inputs.directives ?? []).filter(
    (d) => params.directive === undefined || sameSymbol(d.number_symbol, params.directive),
  );
  const directiveIds = new Set(directives.map((d) => d.id));
  const requirementNo = new Map((ctx.inputs.requirements ?? []).map((r) => [r.id, r.no]));
  const result: { status: string; overdue: boolean }[] = [];
  for (const o of ctx.inputs.obligations ?? []) {
    if (!directiveIds.has(o.directive_id)) continue;
    if (params.requirement !== undefined && String(requirementNo.get(o.requirement_id)) !== params.requirement)
      continue;
    const events = (ctx.obligationHistory.get(o.id) ?? []).filter((e) => e.day <= day);
    const status = events.at(-1)?.status;
    if (status === undefined) continue; // not yet assigned on that day
    result.push({ status, overdue: status !== 'done' && o.deadline !== null && o.deadline < day });
  }
  return result;
}

/** '2174-CV/HVCTQG' and '2174 -CV/HVCTQG' name the same letter. */
function sameSymbol(a: string | null, b: string): boolean {
  const key = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  return a !== null && key(a) === key(b);
}

type Computation = (
  ctx: SourceContext,
  p: Record<string, string>,
  w: Window,
) => { value: number | string | null; basis: string };

const classCount =
  (selection: ClassSelection): Computation =>
  (ctx, p, w) => ({
    value: selectClasses(ctx, selection, p, w).length,
    basis: `lớp ${SELECTION_TEXT[selection](w)}`,
  });
const learnerCount =
  (selection: ClassSelection): Computation =>
  (ctx, p, w) => ({
    value: selectClasses(ctx, selection, p, w).reduce((sum, c) => sum + (ctx.learnersPerClass.get(c.id) ?? 0), 0),
    basis: `học viên của các lớp ${SELECTION_TEXT[selection](w)}`,
  });

const COMPUTATIONS: Record<string, Computation> = {
  'training.classes_opened': classCount('opened'),
  'training.classes_closed': classCount('closed'),
  'training.classes_ongoing': classCount('ongoing'),
  'training.learners_opened': learnerCount('opened'),
  'training.learners_closed': learnerCount('closed'),
  'training.learners_ongoing': learnerCount('ongoing'),
  'compliance.findings': (ctx, p, w) => ({
    value: findingsOfWindow(ctx, p, w).length,
    basis: `phát hiện chưa được chấp thuận của các lớp khai giảng ${windowText(w)}`,
  }),
  'compliance.classes_with_findings': (ctx, p, w) => ({
    value: new Set(findingsOfWindow(ctx, p, w).map((f) => f.class_id)).size,
    basis: `lớp khai giảng ${windowText(w)} có phát hiện chưa được chấp thuận`,
  }),
  'directives.obligations': (ctx, p, w) => {
    const { status, ...rest } = p;
    const list = obligationsOn(ctx, rest, w.to).filter((o) =>
      status === undefined ? true : status === 'overdue' ? o.overdue : o.status === status,
    );
    return { value: list.length, basis: `nhiệm vụ theo trạng thái ngày ${vnDate(w.to)}` };
  },
  'directives.obligation_status': (ctx, p, w) => {
    const list = obligationsOn(ctx, p, w.to);
    return { value: list.length === 1 ? list[0]!.status : null, basis: `trạng thái ngày ${vnDate(w.to)}` };
  },
  'standard.indicators': (ctx, p, w) => {
    const latest = [...(ctx.inputs.assessments ?? [])]
      .filter((a) => a.assessedOn <= w.to)
      .sort((a, b) => (a.assessedOn < b.assessedOn ? 1 : -1))[0];
    if (!latest) return { value: null, basis: `chưa có lần đánh giá nào đến ngày ${vnDate(w.to)}` };
    const status = p.status ?? 'assessed';
    const value = latest.indicators.filter(
      (i) =>
        (p.criterion === undefined || String(i.criterion) === p.criterion) &&
        i.status !== null &&
        (status === 'assessed' || i.status === status || (status === 'met' && i.status === 'exceeded')),
    ).length;
    return { value, basis: `chỉ tiêu theo lần đánh giá ngày ${vnDate(latest.assessedOn)}` };
  },
  'staff.members': (ctx, p, w) => ({
    value: (ctx.inputs.staff ?? []).filter(
      (s) =>
        (p.role === undefined || s.role === p.role) &&
        (p.degree === undefined || s.degree === p.degree) &&
        (s.startDate === null || s.startDate <= w.to) &&
        (s.endDate === null || s.endDate >= w.to),
    ).length,
    basis: `người đang công tác ngày ${vnDate(w.to)}`,
  }),
  'contest.entries': (ctx, p, w) => ({
    value: (ctx.inputs.contestEntries ?? []).filter(
      (e) =>
        inWindow(e.submittedOn, w) &&
        (p.edition === undefined || sameSymbol(e.edition, p.edition)) &&
        (p.category === undefined || e.category === p.category) &&
        (p.round === undefined || e.round === p.round),
    ).length,
    basis: `bài gửi ${windowText(w)}`,
  }),
  'forum.articles': (ctx, p, w) => {
    const event = (p.event ?? 'sent') as 'sent' | 'accepted' | 'published' | 'declined';
    const field = { sent: 'sentOn', accepted: 'acceptedOn', published: 'publishedOn', declined: 'declinedOn' } as const;
    return {
      value: (ctx.inputs.forumArticles ?? []).filter((a) => inWindow(a[field[event]], w)).length,
      basis: `bài viết ${windowText(w)}`,
    };
  },
};

function describe(
  definition: SourceDefinition,
  value: number | string | null,
  basis: string,
  params: Record<string, string>,
) {
  const shown =
    value === null
      ? 'Không có giá trị'
      : typeof value === 'number'
        ? `${value}${definition.unit ? ` ${definition.unit}` : ''}`
        : (definition.codes?.[value] ?? value);
  const filter = describeParams(definition, params);
  return `${shown} — ${definition.label.toLowerCase()}: ${basis}${filter ? ` (${filter})` : ''}.`;
}

/** The value of one binding for one window, or why it cannot be computed. */
export function computeSource(
  ctx: SourceContext,
  key: string,
  params: Record<string, string>,
  window: Window,
): SourceResult {
  const definition = sourceDefinition(key);
  const computation = COMPUTATIONS[key];
  if (!definition || !computation) return { ok: false, message: `Nguồn số liệu "${key}" không có trong danh mục` };
  const missing = definition.inputs.filter((input) => ctx.inputs[input] === undefined);
  if (missing.length > 0)
    return {
      ok: false,
      message: `Chưa có dữ liệu để tính "${definition.label}" (thiếu: ${missing.join(', ')}); nhập tay.`,
    };
  const { value, basis } = computation(ctx, params, window);
  return { ok: true, value, explanation: describe(definition, value, basis, params) };
}

/** Every catalogue key has a computation: checked by a test so the two lists cannot drift apart. */
export const COMPUTED_KEYS: readonly string[] = Object.keys(COMPUTATIONS);
