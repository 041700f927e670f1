/**
 * The import graph and source checks behind test/architecture.test.ts. Plain text parsing (no compiler):
 * `import … from`, `export … from`, side-effect and dynamic imports of .ts files, type-only ones included.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = join(ROOT, 'src');

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Tests consume the code; they are not part of its dependency graph. */
export const isTest = (file: string) => /\.test\.ts$/.test(file);

export type Source = { file: string; text: string };
export type ImportEdge = { from: string; to: string; typeOnly: boolean; statement: string };

const IMPORT_RE = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE_IMPORT_RE = /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT_RE = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import and re-export of a file (static, side-effect and dynamic), resolved to absolute paths. */
export function importsOf(source: Source): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const add = (spec: string, typeOnly: boolean, statement: string) => {
    if (!spec.startsWith('.')) edges.push({ from: source.file, to: spec, typeOnly, statement });
    else edges.push({ from: source.file, to: resolve(dirname(source.file), spec), typeOnly, statement });
  };
  for (const m of source.text.matchAll(IMPORT_RE)) {
    const clause = m[3] ?? '';
    // `import { type A, type B } from` is as type-only as `import type { A, B } from`.
    const names = /^\{([^}]*)\}$/
      .exec(clause.trim())?.[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const typeOnly =
      Boolean(m[2]) || (names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type ')));
    add(m[4]!, typeOnly, m[0].replace(/^[\s;]+/, ''));
  }
  for (const m of source.text.matchAll(BARE_IMPORT_RE)) add(m[1]!, false, m[0].replace(/^[\s;]+/, ''));
  for (const m of source.text.matchAll(DYNAMIC_IMPORT_RE)) add(m[1]!, false, m[0].replace(/^[\s;]+/, ''));
  return edges;
}

/** Strongly connected components with more than one node (Tarjan): each one is a cycle. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

/**
 * The folder graph: `nodeOf` maps a file to its node (or null to leave it out). Edges inside one node
 * are dropped. Returns each cycle with the imports that make it, for the failure message.
 */
export function folderCycles(sources: Source[], nodeOf: (file: string) => string | null): string[] {
  const graph = new Map<string, Set<string>>();
  const why = new Map<string, string>();
  for (const source of sources) {
    const from = nodeOf(source.file);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const edge of importsOf(source)) {
      const to = edge.to.startsWith('/') ? nodeOf(edge.to) : null;
      if (!to || to === from) continue;
      graph.get(from)!.add(to);
      if (!graph.has(to)) graph.set(to, new Set());
      const key = `${from} → ${to}`;
      if (!why.has(key)) why.set(key, `${relative(ROOT, source.file)}: ${edge.statement.replace(/\s+/g, ' ')}`);
    }
  }
  return cycles(graph).map((component) => {
    const members = new Set(component);
    const edges = [...why.entries()]
      .filter(([key]) => {
        const [a, b] = key.split(' → ');
        return members.has(a!) && members.has(b!);
      })
      .map(([key, example]) => `    ${key}  (${example})`);
    return `cycle between ${component.join(', ')}:\n${edges.join('\n')}`;
  });
}

/** src/modules/<noun>/… → <noun>; files directly in src/modules are nodes of their own. */
export function moduleNode(file: string): string | null {
  const rel = relative(join(SRC, 'modules'), file);
  if (rel.startsWith('..')) return null;
  const parts = rel.split('/');
  return parts.length > 1 ? parts[0]! : `modules/${parts[0]}`;
}

/** src/<folder>/… → <folder>; files directly in src (app.ts, server.ts, config.ts) are nodes of their own. */
export function topLevelNode(file: string): string | null {
  const rel = relative(SRC, file);
  if (rel.startsWith('..')) return null;
  return rel.split('/')[0]!;
}

const QUERY_RE = /\.\s*(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\s*\(/;

/**
 * Services hold rules, repositories hold queries: under src/modules only `*.repository.ts` files start
 * queries (selectFrom, insertInto, updateTable, deleteFrom). Kysely values (`sql`, expressions) are for
 * repositories and for the files that narrow a query they are handed without starting one:
 * tenancy/scope.ts, tenancy/visibility.ts (the confidentiality rule) and `*.policy.ts`.
 */
export function queryViolations(sources: Source[]): string[] {
  const found: string[] = [];
  for (const source of sources) {
    if (!source.file.startsWith(`${join(SRC, 'modules')}/`) || source.file.endsWith('.repository.ts')) continue;
    const rel = relative(ROOT, source.file);
    const narrowsQueries =
      source.file.endsWith('.policy.ts') ||
      ['scope.ts', 'visibility.ts'].some((name) => source.file === join(SRC, 'modules', 'tenancy', name));
    if (!narrowsQueries)
      for (const edge of importsOf(source))
        if (edge.to === 'kysely' && !edge.typeOnly) found.push(`${rel}: imports Kysely values (${edge.statement})`);
    source.text.split('\n').forEach((line, i) => {
      if (QUERY_RE.test(line)) found.push(`${rel}:${i + 1}: builds a query (${line.trim()})`);
    });
  }
  return found;
}

/** Tenancy in one place: only src/modules/tenancy reads an actor's scope. */
export function scopeReaders(sources: Source[]): string[] {
  const found: string[] = [];
  for (const source of sources) {
    if (source.file.startsWith(`${join(SRC, 'modules', 'tenancy')}/`)) continue;
    source.text.split('\n').forEach((line, i) => {
      if (/\bactor\s*\??\.\s*scope\b/.test(line) || /\{[^}]*\bscope\b[^}]*\}\s*=\s*[\w.]*actor\b/.test(line))
        found.push(`${relative(ROOT, source.file)}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

/**
 * Capabilities talk through ports: a file of module X imports another module Y only through
 * `Y/Y.ports.ts` (tenancy, the kernel every module builds on, is imported directly).
 */
export function portViolations(sources: Source[]): string[] {
  const found: string[] = [];
  for (const source of sources) {
    const from = moduleNode(source.file);
    if (!from || from.startsWith('modules/')) continue;
    for (const edge of importsOf(source)) {
      if (!edge.to.startsWith('/')) continue;
      const to = moduleNode(edge.to);
      if (!to || to === from || to === 'tenancy' || to.startsWith('modules/')) continue;
      if (!edge.to.endsWith(`/${to}/${to}.ports.ts`))
        found.push(`${relative(ROOT, source.file)}: ${edge.statement.replace(/\s+/g, ' ')}`);
    }
  }
  return found;
}
