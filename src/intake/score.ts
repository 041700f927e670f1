/**
 * TypeScript port of tools/score-extraction.py (same rules, same output), so benchmarks and tests need no
 * python. Keep the two in step: a test checks that both give the same figures on the fixtures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

type Json = unknown;
type Obj = Record<string, Json>;

function isObj(x: Json): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Python str() of a JSON value, as far as the scorer can observe it. */
function pyStr(x: Json): string {
  if (x === null || x === undefined) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (typeof x === 'number') return Number.isInteger(x) && !Object.is(x, -0) ? String(x) : pyFloat(x);
  if (typeof x === 'string') return x;
  return JSON.stringify(x);
}
function pyFloat(x: number): string {
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

const EDGE = ' .,;:-–*';
function stripChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s.charAt(a))) a++;
  while (b > a && chars.includes(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

export function norm(s: Json): string | null {
  if (s === null || s === undefined) return null;
  let t = pyStr(s).normalize('NFC');
  t = t.replace(/\s+/gu, ' ').trim();
  t = stripChars(t, EDGE);
  return t.toLowerCase();
}

export function normSubject(s: Json): string | null {
  const t = norm(s);
  return t === null ? null : t.replace(/^v\s*\/\s*v\s*/u, '').trim();
}

export function normSymbol(s: Json): string | null {
  if (s === null || s === undefined) return null;
  return pyStr(s).normalize('NFC').replace(/\s+/gu, '').toUpperCase();
}

export function normAuthority(s: Json): string | null {
  if (s === null || s === undefined) return null;
  const t = pyStr(s)
    .normalize('NFC')
    .replace(/[\s./]/gu, '')
    .toUpperCase();
  return t || null;
}

function get(d: Json, path: string): Json {
  let cur: Json = d;
  for (const k of path.split('.')) {
    if (!isObj(cur)) return null;
    cur = cur[k] ?? null;
  }
  return cur;
}

function f1<T>(truth: T[], pred: T[]): number {
  const t = new Set(truth);
  const p = new Set(pred);
  if (t.size === 0 && p.size === 0) return 1;
  if (t.size === 0 || p.size === 0) return 0;
  let tp = 0;
  for (const x of p) if (t.has(x)) tp++;
  if (tp === 0) return 0;
  const prec = tp / p.size;
  const rec = tp / t.size;
  return (2 * prec * rec) / (prec + rec);
}

const SCALARS: Array<[string, (x: Json) => string | null]> = [
  ['family', norm],
  ['issuer.name', norm],
  ['issuer.parent', norm],
  ['numberSymbol', normSymbol],
  ['type', normSymbol],
  ['place', norm],
  ['date', norm],
  ['subject', normSubject],
  ['signer.name', norm],
  ['signer.title', norm],
  ['signer.authority', normAuthority],
];

/** Python int() on a JSON value; null when python would raise. */
function pyInt(x: Json): number | null {
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'number') return Number.isFinite(x) ? Math.trunc(x) : null;
  if (typeof x === 'string' && /^\s*[+-]?\d+(_\d+)*\s*$/.test(x)) return Number(x.replace(/_/g, ''));
  return null;
}

function asArray(x: Json): Json[] {
  return Array.isArray(x) ? x : [];
}

export function scoreDoc(truth: Obj, pred: Obj): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [path, fn] of SCALARS) out[path] = fn(get(truth, path)) === fn(get(pred, path)) ? 1 : 0;
  out.recipients = f1(
    asArray(truth.recipients).map(norm),
    asArray(pred.recipients)
      .filter((x) => typeof x === 'string')
      .map(norm),
  );
  const refs = (d: Obj) =>
    asArray(d.references)
      .filter(isObj)
      .map((x) => `${normSymbol(x.numberSymbol ?? null)}\u0000${JSON.stringify(x.date ?? null)}`);
  out.references = f1(refs(truth), refs(pred));
  const reqs = (d: Obj) => {
    const r = new Map<string, string>();
    for (const x of asArray(d.requirements)) {
      if (isObj(x) && /^\d+$/.test(pyStr(x.no ?? null)))
        r.set(String(Number.parseInt(pyStr(x.no ?? null), 10)), JSON.stringify(x.deadline ?? null));
    }
    return r;
  };
  const tr = reqs(truth);
  const pr = reqs(pred);
  const keys = new Set([...tr.keys(), ...pr.keys()]);
  let hit = 0;
  for (const k of keys) if (tr.has(k) && pr.has(k) && tr.get(k) === pr.get(k)) hit++;
  out.requirements = keys.size === 0 ? 1 : hit / keys.size;
  const ti0 = truth.incoming ?? null;
  const pi0 = isObj(pred.incoming ?? null) ? (pred.incoming as Obj) : null;
  if (ti0 === null && pi0 === null) {
    for (const k of ['incoming.receiver', 'incoming.number', 'incoming.date']) out[k] = 1;
  } else {
    const ti = isObj(ti0) ? ti0 : {};
    const pi = pi0 ?? {};
    out['incoming.receiver'] = norm(ti.receiver ?? null) === norm(pi.receiver ?? null) ? 1 : 0;
    const a = pyInt(ti.number ?? null);
    const b = pyInt(pi.number ?? null);
    const same = a !== null && b !== null ? a === b : (ti.number ?? null) === null && (pi.number ?? null) === null;
    out['incoming.number'] = same ? 1 : 0;
    out['incoming.date'] = JSON.stringify(ti.date ?? null) === JSON.stringify(pi.date ?? null) ? 1 : 0;
  }
  return out;
}

export interface ScoreReport {
  documents: number;
  missing: number;
  fields: Record<string, number>;
  mean: number;
  perDoc: Record<string, Record<string, number>>;
}

/** Scores predictions (objects with a `file` key inside ROOT/<doc>/) against ROOT/<doc>/truth.json. */
export function scorePredictions(root: string, predictions: Obj[], only?: string[]): ScoreReport {
  const absRoot = resolve(root);
  const docs = readdirSync(absRoot)
    .filter(
      (d) =>
        existsSync(join(absRoot, d, 'truth.json')) &&
        statSync(join(absRoot, d)).isDirectory() &&
        (!only || only.includes(d)),
    )
    .sort();
  const preds = new Map<string, Obj>();
  for (const o of predictions) {
    const rel = relative(absRoot, resolve(pyStr(o.file ?? '')));
    preds.set(rel.split(sep)[0] ?? '', o);
  }
  const totals: Record<string, number> = {};
  const perDoc: Record<string, Record<string, number>> = {};
  let missing = 0;
  for (const d of docs) {
    const truth = JSON.parse(readFileSync(join(absRoot, d, 'truth.json'), 'utf8')) as Obj;
    let pred = preds.get(d);
    if (!pred) {
      missing++;
      pred = {};
    }
    const s = scoreDoc(truth, pred);
    perDoc[d] = s;
    for (const [k, v] of Object.entries(s)) totals[k] = (totals[k] ?? 0) + v;
  }
  const n = docs.length;
  const fields: Record<string, number> = {};
  for (const [k, v] of Object.entries(totals)) fields[k] = v / n;
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  const nFields = Object.keys(totals).length;
  return { documents: n, missing, fields, mean: n && nFields ? sum / (n * nFields) : 0, perDoc };
}

/** Parses JSON Lines the way the python scorer does (lines starting with "{", bad JSON skipped). */
export function parseJsonLines(text: string): Obj[] {
  const out: Obj[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('{')) continue;
    try {
      const o = JSON.parse(line) as Json;
      if (isObj(o)) out.push(o);
    } catch {
      /* skipped, as in the python scorer */
    }
  }
  return out;
}

/** The python scorer's printed report. */
export function formatReport(r: ScoreReport, label = 'extraction'): string {
  const lines = Object.entries(r.fields).map(([k, v]) => `  ${k.padEnd(20)} ${v.toFixed(3).padStart(6)}`);
  lines.push(
    `${label}: ${r.documents} documents, ${r.missing} without output, mean field accuracy ${r.mean.toFixed(3)}`,
  );
  return lines.join('\n');
}

// `npx tsx src/intake/score.ts ROOT OUTPUT.jsonl [--min X] [--label NAME]` mirrors the python tool.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  let minimum: number | null = null;
  let label = 'extraction';
  const mi = args.indexOf('--min');
  if (mi >= 0) {
    minimum = Number(args[mi + 1]);
    args.splice(mi, 2);
  }
  const li = args.indexOf('--label');
  if (li >= 0) {
    label = args[li + 1] ?? label;
    args.splice(li, 2);
  }
  const [root, outfile] = args;
  if (!root || !outfile) {
    process.stderr.write('Cách dùng: score.ts THƯ_MỤC_ĐÁP_ÁN KẾT_QUẢ.jsonl [--min SỐ] [--label TÊN]\n');
    process.exitCode = 2;
  } else {
    const report = scorePredictions(root, parseJsonLines(readFileSync(outfile, 'utf8')));
    process.stdout.write(`${formatReport(report, label)}\n`);
    if (minimum !== null && report.mean < minimum) process.exitCode = 1;
  }
}
