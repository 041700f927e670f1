/**
 * Checks a filled report before it goes to the leader: cell types and bounds, reasons for edited figures,
 * required narrative sections, then the regime's validation rules. Every issue names its cells in
 * Vietnamese; errors block submission, warnings are shown and may be sent on.
 */
import { cellLabel, fillableCells, isNumericColumn, rowApplies } from './cells.ts';
import { type Figure, isEdited, type ReportContent } from './figures.ts';
import { type Bound, type CellRef, type CompiledRule, compileRule } from './rule-compiler.ts';
import type { MissingStrategy, Operator, RegimeVersion } from './types.ts';

export type Issue = {
  kind: 'type' | 'reason' | 'narrative' | 'rule';
  /** The rule's code for rule issues; otherwise the kind in upper case. */
  code: string;
  importance: 'error' | 'warning';
  message: string;
  cells: CellRef[];
  left?: number | null;
  right?: number | null;
};

export type ValidationReport = { ok: boolean; errors: Issue[]; warnings: Issue[] };

const compiledCache = new WeakMap<RegimeVersion, CompiledRule[]>();

/**
 * The version's rules compiled. A published version's rules compile (checkRegime refuses it otherwise),
 * so an error here is a programming error, not bad input.
 */
export function compiledRules(version: RegimeVersion): CompiledRule[] {
  let compiled = compiledCache.get(version);
  if (!compiled) {
    compiled = version.rules.map((rule) => {
      const result = compileRule(version, rule);
      if (!result.ok) throw new Error(result.errors.join('; '));
      return result.compiled;
    });
    compiledCache.set(version, compiled);
  }
  return compiled;
}

type Cell = { state: 'excluded' } | { state: 'missing' } | { state: 'value'; value: number };

function lookup(content: ReportContent, version: RegimeVersion, reporterKind: string) {
  const forms = new Map(version.forms.map((f) => [f.code, f]));
  return (ref: CellRef): Cell => {
    const row = forms.get(ref.form)?.rows.find((r) => r.code === ref.row);
    if (!row || !rowApplies(row, reporterKind)) return { state: 'excluded' };
    const figure = content.figures[ref.form]?.[ref.row]?.[ref.column];
    if (!figure) return { state: 'excluded' }; // disabled cell
    return typeof figure.value === 'number' ? { state: 'value', value: figure.value } : { state: 'missing' };
  };
}

class Skip extends Error {}

function evaluate(node: Bound, get: (ref: CellRef) => Cell, zeroForMissing: boolean): number | null {
  switch (node.t) {
    case 'num':
      return node.value;
    case 'cell': {
      const cell = get(node);
      if (cell.state === 'excluded') throw new Skip(); // a row the reporter does not fill: the rule does not apply
      return cell.state === 'value' ? cell.value : zeroForMissing ? 0 : null;
    }
    case 'neg': {
      const v = evaluate(node.e, get, zeroForMissing);
      return v === null ? null : -v;
    }
    case 'bin': {
      const l = evaluate(node.l, get, zeroForMissing);
      const r = evaluate(node.r, get, zeroForMissing);
      if (l === null || r === null) return null;
      if (node.op === '/') return r === 0 ? null : l / r;
      return node.op === '+' ? l + r : node.op === '-' ? l - r : l * r;
    }
    case 'fn': {
      const values: number[] = [];
      for (const arg of node.args) {
        if (arg.t === 'cell') {
          const cell = get(arg);
          if (cell.state === 'value') values.push(cell.value);
          else if (cell.state === 'missing' && zeroForMissing) values.push(0);
          continue;
        }
        const v = evaluate(arg, get, zeroForMissing);
        if (v !== null) values.push(v);
      }
      if (node.name === 'COUNT') return node.args.filter((a) => a.t === 'cell' && get(a).state === 'value').length;
      if (values.length === 0) return null;
      if (node.name === 'SUM') return values.reduce((a, b) => a + b, 0);
      if (node.name === 'MIN') return Math.min(...values);
      if (node.name === 'MAX') return Math.max(...values);
      return values.reduce((a, b) => a + b, 0) / values.length;
    }
  }
}

function cellsOf(node: Bound, out: CellRef[] = []): CellRef[] {
  if (node.t === 'cell') out.push({ form: node.form, row: node.row, column: node.column });
  else if (node.t === 'neg') cellsOf(node.e, out);
  else if (node.t === 'bin') {
    cellsOf(node.l, out);
    cellsOf(node.r, out);
  } else if (node.t === 'fn') for (const a of node.args) cellsOf(a, out);
  return out;
}

const EPSILON = 1e-9;
const HOLDS: Record<Exclude<Operator, 'compulsory_pair' | 'exclusive_pair'>, (l: number, r: number) => boolean> = {
  '==': (l, r) => Math.abs(l - r) <= EPSILON,
  '!=': (l, r) => Math.abs(l - r) > EPSILON,
  '<': (l, r) => l < r - EPSILON,
  '<=': (l, r) => l <= r + EPSILON,
  '>': (l, r) => l > r + EPSILON,
  '>=': (l, r) => l >= r - EPSILON,
};
const PHRASE: Record<Operator, string> = {
  '==': 'phải bằng',
  '!=': 'phải khác',
  '<': 'phải nhỏ hơn',
  '<=': 'không được lớn hơn',
  '>': 'phải lớn hơn',
  '>=': 'không được nhỏ hơn',
  compulsory_pair: 'phải được nhập cùng với',
  exclusive_pair: 'không được nhập cùng với',
};

const shown = (v: number | null) => (v === null ? 'trống' : String(Math.round(v * 1000) / 1000).replace('.', ','));

/** Evaluates the regime's rules on the report's figures. */
export function checkRules(version: RegimeVersion, content: ReportContent, reporterKind: string): Issue[] {
  const get = lookup(content, version, reporterKind);
  const issues: Issue[] = [];
  for (const { rule, instances } of compiledRules(version)) {
    const strategy: MissingStrategy = rule.missingValueStrategy ?? 'skip_if_any_missing';
    for (const instance of instances) {
      const leftCells = cellsOf(instance.left);
      const rightCells = cellsOf(instance.right);
      const states = [...leftCells, ...rightCells].map(get);
      if (states.some((s, i) => s.state === 'excluded' && !isAggregated(i, instance, leftCells.length))) continue;
      const counted = states.filter((s) => s.state !== 'excluded');
      const present = counted.filter((s) => s.state === 'value').length;
      let violated: boolean;
      let l: number | null = null;
      let r: number | null = null;
      if (rule.operator === 'compulsory_pair' || rule.operator === 'exclusive_pair') {
        const has = (cells: CellRef[]) =>
          cells.some((c) => content.figures[c.form]?.[c.row]?.[c.column]?.value != null);
        const [lh, rh] = [has(leftCells), has(rightCells)];
        violated = rule.operator === 'compulsory_pair' ? lh !== rh : lh && rh;
      } else {
        if (strategy === 'skip_if_any_missing' && present < counted.length) continue;
        if (strategy === 'skip_if_all_missing' && present === 0) continue;
        try {
          l = evaluate(instance.left, get, strategy !== 'skip_if_any_missing');
          r = evaluate(instance.right, get, strategy !== 'skip_if_any_missing');
        } catch (error) {
          if (error instanceof Skip) continue;
          throw error;
        }
        if (l === null || r === null) continue; // division by zero or nothing to compare
        violated = !HOLDS[rule.operator](l, r);
      }
      if (!violated) continue;
      issues.push({
        kind: 'rule',
        code: rule.code,
        importance: rule.importance,
        message: `${rule.message}: ${instance.leftText} (${shown(l)}) ${PHRASE[rule.operator]} ${instance.rightText} (${shown(r)}).`,
        cells: [...leftCells, ...rightCells],
        left: l,
        right: r,
      });
    }
  }
  return issues;
}

/** Whether the i-th cell of an instance sits inside a function (where an excluded row is simply left out). */
function isAggregated(index: number, instance: { left: Bound; right: Bound }, leftCount: number): boolean {
  const side = index < leftCount ? instance.left : instance.right;
  const offset = index < leftCount ? index : index - leftCount;
  const flags: boolean[] = [];
  const walk = (node: Bound, inFn: boolean) => {
    if (node.t === 'cell') flags.push(inFn);
    else if (node.t === 'neg') walk(node.e, inFn);
    else if (node.t === 'bin') {
      walk(node.l, inFn);
      walk(node.r, inFn);
    } else if (node.t === 'fn') for (const a of node.args) walk(a, true);
  };
  walk(side, false);
  return flags[offset] ?? false;
}

function checkFigure(
  figure: Figure,
  where: string,
  column: RegimeVersion['forms'][number]['columns'][number],
): string[] {
  const problems: string[] = [];
  const v = figure.value;
  if (v !== null) {
    if (isNumericColumn(column)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return [`${where}: phải là số`];
      if (column.type === 'integer' && !Number.isInteger(v))
        problems.push(`${where}: phải là số nguyên (đang là ${v})`);
      if (column.min !== undefined && v < column.min)
        problems.push(`${where}: không được nhỏ hơn ${column.min} (đang là ${v})`);
      if (column.max !== undefined && v > column.max)
        problems.push(`${where}: không được lớn hơn ${column.max} (đang là ${v})`);
    } else if (typeof v !== 'string') problems.push(`${where}: phải là chữ`);
    else if (column.type === 'choice' && !column.options?.some((o) => o.code === v))
      problems.push(`${where}: «${v}» không thuộc các lựa chọn của cột`);
  }
  return problems;
}

/** Everything wrong with a report, errors first. `ok` is false when any error remains. */
export function validateReport(version: RegimeVersion, content: ReportContent, reporterKind: string): ValidationReport {
  const issues: Issue[] = [];
  if (content.regimeCode !== version.code || content.regimeVersion !== version.version)
    issues.push({
      kind: 'type',
      code: 'VERSION',
      importance: 'error',
      message: `Báo cáo lập theo ${content.regimeCode} phiên bản ${content.regimeVersion}, không phải ${version.code} phiên bản ${version.version}`,
      cells: [],
    });
  for (const { form, row, column } of fillableCells(version, reporterKind)) {
    const figure = content.figures[form.code]?.[row.code]?.[column.code];
    if (!figure) continue;
    const where = cellLabel(form, row, column);
    const cells = [{ form: form.code, row: row.code, column: column.code }];
    for (const message of checkFigure(figure, where, column))
      issues.push({ kind: 'type', code: 'TYPE', importance: 'error', message, cells });
    if (isEdited(figure) && !figure.reason?.trim())
      issues.push({
        kind: 'reason',
        code: 'REASON',
        importance: 'error',
        message: `${where}: số liệu khác số TCT tính (${String(figure.computed?.value ?? 'trống')}) nhưng chưa ghi lý do`,
        cells,
      });
  }
  for (const section of version.outline) {
    if (section.required && !(content.narrative[section.code] ?? '').trim())
      issues.push({
        kind: 'narrative',
        code: 'NARRATIVE',
        importance: 'error',
        message: `Chưa viết mục ${section.code}. «${section.title}» (bắt buộc)`,
        cells: [],
      });
  }
  // Rules compare numbers: only meaningful once every value has the right type.
  if (!issues.some((i) => i.kind === 'type')) issues.push(...checkRules(version, content, reporterKind));
  const errors = issues.filter((i) => i.importance === 'error');
  return { ok: errors.length === 0, errors, warnings: issues.filter((i) => i.importance === 'warning') };
}
