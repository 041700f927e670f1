/**
 * No regular expression in the server can backtrack exponentially. Intake runs patterns over OCR text of
 * letters from anywhere, importers over uploaded spreadsheets: one pattern with nested quantifiers once made a
 * single OCR title line take 5–60 s and block the process. `recheck` analyses every regex literal in src/
 * statically (no timing involved); polynomial patterns are allowed — they run per line or per field, whose
 * length is bounded — exponential ones are not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): { where: string; source: string; flags: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; source: string; flags: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const slash = text.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      found.push({
        where: `${relative(SRC, file)}:${line}`,
        source: text.slice(1, slash),
        flags: text.slice(slash + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('regular expressions', () => {
  it('none in src/ backtracks exponentially', { timeout: 300_000 }, () => {
    const literals = sourceFiles(SRC).flatMap(regexLiterals);
    expect(literals.length).toBeGreaterThan(100);
    const exponential = literals
      .filter(({ source, flags }) => {
        // The sticky and global flags do not change the automaton; recheck rejects 'y'.
        const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 5000 });
        return result.status === 'vulnerable' && result.complexity?.type === 'exponential';
      })
      .map((l) => `${l.where} /${l.source}/${l.flags}`);
    expect(exponential).toEqual([]);
  });

  it('the analysis flags the pattern that once blocked intake', () => {
    const result = checkSync('(\\s+\\S*\\p{Ll}\\S*)+$', 'u');
    expect(result.status === 'vulnerable' && result.complexity.type).toBe('exponential');
  });
});
