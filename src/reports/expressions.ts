/**
 * The expression language of validation rules, after DHIS2's: a side is arithmetic over cell references
 * `#{FORM.ROW.COLUMN}`, numbers, + - * /, parentheses and the functions SUM, MIN, MAX, AVG, COUNT.
 * `*` in place of a row or column code is a wildcard over the form's data rows (total rows excluded) or
 * numeric columns: inside a function it is aggregated; outside one it repeats the rule per row or column,
 * so `#{B01.*.graduated} <= #{B01.*.enrolled}` checks every row and `#{B01.TOTAL.*} == SUM(#{B01.*.*})`
 * checks every column's total against the sum of its rows.
 */
export type RefNode = { t: 'ref'; form: string; row: string; column: string; text: string };
export type FunctionName = 'SUM' | 'MIN' | 'MAX' | 'AVG' | 'COUNT';
export type ExprNode =
  | { t: 'num'; value: number }
  | RefNode
  | { t: 'neg'; e: ExprNode }
  | { t: 'bin'; op: '+' | '-' | '*' | '/'; l: ExprNode; r: ExprNode }
  | { t: 'fn'; name: FunctionName; args: ExprNode[] };

export class ExpressionError extends Error {
  override name = 'ExpressionError';
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export const FUNCTIONS: readonly FunctionName[] = ['SUM', 'MIN', 'MAX', 'AVG', 'COUNT'];
const CODE = /^(?:\*|[A-Za-z][A-Za-z0-9_]*)$/;

type Token =
  | { k: 'num'; value: number; at: number }
  | { k: 'ref'; node: RefNode; at: number }
  | { k: 'name'; value: string; at: number }
  | { k: 'op'; value: string; at: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '#') {
      const close = text.indexOf('}', i);
      if (text[i + 1] !== '{' || close < 0)
        throw new ExpressionError('Tham chiếu ô phải có dạng #{BIỂU.DÒNG.CỘT}', i + 1);
      const inner = text.slice(i + 2, close).trim();
      const parts = inner.split('.').map((p) => p.trim());
      if (parts.length !== 3 || !parts.every((p) => CODE.test(p)) || parts[0] === '*')
        throw new ExpressionError(
          `Tham chiếu «#{${inner}}» phải có dạng #{BIỂU.DÒNG.CỘT} (dòng, cột có thể là *)`,
          i + 1,
        );
      tokens.push({
        k: 'ref',
        node: { t: 'ref', form: parts[0]!, row: parts[1]!, column: parts[2]!, text: `#{${parts.join('.')}}` },
        at: i,
      });
      i = close + 1;
      continue;
    }
    const number = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (number) {
      tokens.push({ k: 'num', value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z]+/.exec(text.slice(i));
    if (name) {
      tokens.push({ k: 'name', value: name[0].toUpperCase(), at: i });
      i += name[0].length;
      continue;
    }
    if ('+-*/(),'.includes(ch)) {
      tokens.push({ k: 'op', value: ch, at: i });
      i++;
      continue;
    }
    throw new ExpressionError(`Ký tự không hợp lệ «${ch}»`, i + 1);
  }
  return tokens;
}

/** Parses one side of a rule. @throws ExpressionError with a Vietnamese message and a 1-based position. */
export function parseExpression(text: string): ExprNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const at = () => (peek()?.at ?? text.length) + 1;
  const isOp = (value: string) => {
    const t = peek();
    return t?.k === 'op' && t.value === value;
  };
  const expect = (value: string) => {
    if (!isOp(value)) throw new ExpressionError(`Thiếu «${value}»`, at());
    pos++;
  };

  function expression(): ExprNode {
    let node = term();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { value: '+' | '-' }).value;
      node = { t: 'bin', op, l: node, r: term() };
    }
    return node;
  }
  function term(): ExprNode {
    let node = factor();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos++] as { value: '*' | '/' }).value;
      node = { t: 'bin', op, l: node, r: factor() };
    }
    return node;
  }
  function factor(): ExprNode {
    const token = peek();
    if (!token) throw new ExpressionError('Biểu thức chưa kết thúc', at());
    if (token.k === 'num') {
      pos++;
      return { t: 'num', value: token.value };
    }
    if (token.k === 'ref') {
      pos++;
      return token.node;
    }
    if (token.k === 'name') {
      if (!(FUNCTIONS as readonly string[]).includes(token.value))
        throw new ExpressionError(`Hàm «${token.value}» không có; dùng ${FUNCTIONS.join(', ')}`, token.at + 1);
      pos++;
      expect('(');
      const args = [expression()];
      while (isOp(',')) {
        pos++;
        args.push(expression());
      }
      expect(')');
      return { t: 'fn', name: token.value as FunctionName, args };
    }
    if (isOp('-')) {
      pos++;
      return { t: 'neg', e: factor() };
    }
    if (isOp('(')) {
      pos++;
      const inner = expression();
      expect(')');
      return inner;
    }
    throw new ExpressionError(`Không chờ «${token.value}» ở đây`, token.at + 1);
  }

  const node = expression();
  if (pos < tokens.length)
    throw new ExpressionError(
      `Thừa «${String(tokens[pos]!.k === 'ref' ? (tokens[pos] as { node: RefNode }).node.text : (tokens[pos] as { value: unknown }).value)}»`,
      at(),
    );
  return node;
}

/** Every reference of an expression with whether it sits inside a function. */
export function collectRefs(node: ExprNode, insideFunction = false, out: { ref: RefNode; aggregated: boolean }[] = []) {
  switch (node.t) {
    case 'ref':
      out.push({ ref: node, aggregated: insideFunction });
      break;
    case 'neg':
      collectRefs(node.e, insideFunction, out);
      break;
    case 'bin':
      collectRefs(node.l, insideFunction, out);
      collectRefs(node.r, insideFunction, out);
      break;
    case 'fn':
      for (const arg of node.args) collectRefs(arg, true, out);
      break;
    case 'num':
      break;
  }
  return out;
}
