/**
 * Compiles a validation rule against a regime version once: parses both sides, checks every reference
 * names a real form, row and numeric column, expands wildcards into one instance per row or column, and
 * keeps a Vietnamese description of each side for the messages. Evaluation then only looks values up.
 */
import { isNumericColumn } from './cells.ts';
import {
  collectRefs,
  type ExprNode,
  ExpressionError,
  type FunctionName,
  parseExpression,
  type RefNode,
} from './expressions.ts';
import type { Form, RegimeVersion, ValidationRule } from './types.ts';

export type CellRef = { form: string; row: string; column: string };
export type Bound =
  | { t: 'num'; value: number }
  | ({ t: 'cell' } & CellRef)
  | { t: 'neg'; e: Bound }
  | { t: 'bin'; op: '+' | '-' | '*' | '/'; l: Bound; r: Bound }
  | { t: 'fn'; name: FunctionName; args: Bound[] };

export type RuleInstance = {
  /** The row and/or column code a wildcard rule was repeated for. */
  binding: { row?: string; column?: string };
  left: Bound;
  right: Bound;
  leftText: string;
  rightText: string;
};

export type CompiledRule = { rule: ValidationRule; instances: RuleInstance[] };
export type CompileResult = { ok: true; compiled: CompiledRule } | { ok: false; errors: string[] };

const FN_TEXT: Record<FunctionName, string> = {
  SUM: 'tổng',
  MIN: 'giá trị nhỏ nhất của',
  MAX: 'giá trị lớn nhất của',
  AVG: 'trung bình',
  COUNT: 'số ô có số liệu trong',
};

const dataRows = (form: Form) => form.rows.filter((r) => r.kind === 'data').map((r) => r.code);
const numericColumns = (form: Form) => form.columns.filter(isNumericColumn).map((c) => c.code);

export function compileRule(version: RegimeVersion, rule: ValidationRule): CompileResult {
  const errors: string[] = [];
  const forms = new Map(version.forms.map((f) => [f.code, f]));
  const parsed: Record<'left' | 'right', ExprNode | null> = { left: null, right: null };
  for (const side of ['left', 'right'] as const) {
    try {
      parsed[side] = parseExpression(rule[side]);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      errors.push(
        `Quy tắc ${rule.code}, ${side === 'left' ? 'vế trái' : 'vế phải'}, vị trí ${error.position}: ${error.message}`,
      );
    }
  }
  const pair = rule.operator === 'compulsory_pair' || rule.operator === 'exclusive_pair';
  // A side that parsed is still checked, so one pass lists the problems of both sides.
  const refs = [...(parsed.left ? collectRefs(parsed.left) : []), ...(parsed.right ? collectRefs(parsed.right) : [])];

  // Names exist; columns used in arithmetic are numeric (a pair rule may test any single cell for presence).
  for (const { ref } of refs) {
    const form = forms.get(ref.form);
    if (!form) {
      errors.push(`Quy tắc ${rule.code}: không có biểu «${ref.form}» (${ref.text})`);
      continue;
    }
    if (ref.row !== '*' && !form.rows.some((r) => r.code === ref.row))
      errors.push(`Quy tắc ${rule.code}: biểu ${ref.form} không có dòng «${ref.row}» (${ref.text})`);
    const column = form.columns.find((c) => c.code === ref.column);
    if (ref.column !== '*' && !column)
      errors.push(`Quy tắc ${rule.code}: biểu ${ref.form} không có cột «${ref.column}» (${ref.text})`);
    const single = (node: ExprNode | null) => node === ref;
    if (column && !isNumericColumn(column) && !(pair && (single(parsed.left) || single(parsed.right))))
      errors.push(`Quy tắc ${rule.code}: cột «${column.label}» của biểu ${ref.form} không phải cột số (${ref.text})`);
  }
  if (errors.length > 0 || !parsed.left || !parsed.right) return { ok: false, errors };

  // Wildcards outside functions repeat the rule: over the first such form's data rows / numeric columns.
  const outside = refs.filter((r) => !r.aggregated).map((r) => r.ref);
  const rowLoop = outside.find((r) => r.row === '*');
  const columnLoop = outside.find((r) => r.column === '*');
  const rowCodes = rowLoop ? dataRows(forms.get(rowLoop.form)!) : [undefined];
  const columnCodes = columnLoop ? numericColumns(forms.get(columnLoop.form)!) : [undefined];
  for (const ref of outside) {
    const form = forms.get(ref.form)!;
    if (ref.row === '*')
      for (const code of rowCodes)
        if (!form.rows.some((r) => r.code === code))
          errors.push(
            `Quy tắc ${rule.code}: lặp theo dòng «${code}» của biểu ${rowLoop!.form}, nhưng biểu ${ref.form} không có dòng này`,
          );
    if (ref.column === '*')
      for (const code of columnCodes)
        if (!form.columns.some((c) => c.code === code))
          errors.push(
            `Quy tắc ${rule.code}: lặp theo cột «${code}» của biểu ${columnLoop!.form}, nhưng biểu ${ref.form} không có cột này`,
          );
  }
  if (errors.length > 0) return { ok: false, errors };

  const instances: RuleInstance[] = [];
  for (const row of rowCodes) {
    for (const column of columnCodes) {
      const binding = { ...(row ? { row } : {}), ...(column ? { column } : {}) };
      const bind = (node: ExprNode, inFn: boolean): Bound[] => bindNode(node, inFn, binding, forms);
      instances.push({
        binding,
        left: bind(parsed.left, false)[0]!,
        right: bind(parsed.right, false)[0]!,
        leftText: describe(parsed.left, binding, forms),
        rightText: describe(parsed.right, binding, forms),
      });
    }
  }
  return { ok: true, compiled: { rule, instances } };
}

/** A node with wildcards resolved; a wildcard reference inside a function becomes several cells. */
function bindNode(
  node: ExprNode,
  inFn: boolean,
  binding: { row?: string; column?: string },
  forms: Map<string, Form>,
): Bound[] {
  switch (node.t) {
    case 'num':
      return [node];
    case 'ref': {
      const form = forms.get(node.form)!;
      const rows = node.row !== '*' ? [node.row] : binding.row ? [binding.row] : dataRows(form);
      const columns = node.column !== '*' ? [node.column] : binding.column ? [binding.column] : numericColumns(form);
      const cells = rows.flatMap((row) =>
        columns.map((column) => ({ t: 'cell' as const, form: node.form, row, column })),
      );
      return inFn ? cells : cells.slice(0, 1);
    }
    case 'neg':
      return [{ t: 'neg', e: bindNode(node.e, inFn, binding, forms)[0]! }];
    case 'bin':
      return [
        {
          t: 'bin',
          op: node.op,
          l: bindNode(node.l, inFn, binding, forms)[0]!,
          r: bindNode(node.r, inFn, binding, forms)[0]!,
        },
      ];
    case 'fn':
      return [{ t: 'fn', name: node.name, args: node.args.flatMap((a) => bindNode(a, true, binding, forms)) }];
  }
}

function refText(ref: RefNode, binding: { row?: string; column?: string }, forms: Map<string, Form>): string {
  const form = forms.get(ref.form)!;
  const row = ref.row === '*' ? binding.row : ref.row;
  const column = ref.column === '*' ? binding.column : ref.column;
  const rowLabel = row ? form.rows.find((r) => r.code === row)?.label : undefined;
  const columnLabel = column ? form.columns.find((c) => c.code === column)?.label : undefined;
  if (rowLabel && columnLabel) return `${form.code} «${rowLabel} – ${columnLabel}»`;
  if (columnLabel) return `${form.code} «${columnLabel}» các dòng`;
  if (rowLabel) return `${form.code} «${rowLabel}» các cột`;
  return `mọi ô số của biểu ${form.code}`;
}

/** Vietnamese rendering of a side, e.g. "tổng B01 «Nhập học» các dòng". */
function describe(node: ExprNode, binding: { row?: string; column?: string }, forms: Map<string, Form>): string {
  switch (node.t) {
    case 'num':
      return String(node.value);
    case 'ref':
      return refText(node, binding, forms);
    case 'neg':
      return `−${describe(node.e, binding, forms)}`;
    case 'bin': {
      const wrap = (n: ExprNode) => (n.t === 'bin' ? `(${describe(n, binding, forms)})` : describe(n, binding, forms));
      return `${wrap(node.l)} ${node.op === '*' ? '×' : node.op === '/' ? ':' : node.op} ${wrap(node.r)}`;
    }
    case 'fn':
      return `${FN_TEXT[node.name]} ${node.args.map((a) => describe(a, binding, forms)).join(', ')}`;
  }
}
