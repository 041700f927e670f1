/**
 * The module shape, checked on the source itself (see ARCHITECTURE.md):
 * (a) no import cycle between capability folders under src/modules, nor between top-level src folders;
 * (b) services hold rules, repositories hold queries: under src/modules only `*.repository.ts` imports Kysely
 *     values or builds a query (services, jobs, routes, presenters never do);
 * (c) tenancy only through src/modules/tenancy: nothing else reads `actor.scope`;
 * (e) capabilities use each other only through `<noun>.ports.ts` (tenancy, the kernel, directly);
 * (d) every /api route declares a response schema (so /api/docs is complete and responses are filtered).
 * Type-only imports count as edges: a cycle of types is still a cycle of knowledge.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type RouteInfo } from '../src/app.ts';
import { serializationLosses } from '../src/testing/response-check.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database.ts';
import {
  folderCycles,
  isTest,
  moduleNode,
  portViolations,
  SRC,
  type Source,
  scopeReaders,
  queryViolations,
  sourceFiles,
  topLevelNode,
} from './architecture.support.ts';

const sources: Source[] = sourceFiles(SRC)
  .filter((file) => !isTest(file))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

describe('module shape', () => {
  it('has no import cycle between capability folders under src/modules', () => {
    expect(folderCycles(sources, moduleNode)).toEqual([]);
  });

  it('has no import cycle between top-level folders of src', () => {
    expect(folderCycles(sources, topLevelNode)).toEqual([]);
  });

  it('keeps queries in repositories (none in services, jobs, routes, presenters)', () => {
    expect(queryViolations(sources)).toEqual([]);
  });

  it('lets capabilities use each other only through their *.ports.ts', () => {
    expect(portViolations(sources)).toEqual([]);
  });

  it('reads an actor’s scope only in src/modules/tenancy', () => {
    expect(scopeReaders(sources)).toEqual([]);
  });

  describe('routes', () => {
    let database: TestDatabase;
    let routes: RouteInfo[];
    beforeAll(async () => {
      database = await createTestDatabase({ demo: 'none' });
      const app = await buildApp({ config: database.config, database, logger: false });
      await app.ready();
      routes = app.routeTable;
      await app.close();
    });
    afterAll(async () => database?.cleanup());

    it('declares a response schema on every /api route', () => {
      expect(routes.length).toBeGreaterThan(50);
      const missing = routes.filter((r) => !r.hasResponseSchema).map((r) => `${r.method} ${r.url}`);
      expect(missing).toEqual([]);
    });
  });
});

/** Each check on a made-up tree, so a check that can no longer fail is noticed. */
describe('the checks themselves', () => {
  const file = (path: string, text: string): Source => ({ file: `${SRC}/${path}`, text });

  it('finds a cycle between folders, through type-only imports too', () => {
    const tree = [
      file('modules/a/a.service.ts', "import type { B } from '../b/b.ports.ts';\nexport const a = 1;"),
      file('modules/b/b.ports.ts', "import { a } from '../a/a.service.ts';\nexport type B = typeof a;"),
      file('modules/c/c.service.ts', "import { a } from '../a/a.service.ts';"),
    ];
    const found = folderCycles(tree, moduleNode);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^cycle between a, b:/);
    expect(folderCycles(tree.slice(1), moduleNode)).toEqual([]);
    expect(
      folderCycles(
        [
          file('jobs/w.ts', "import '../modules/x/y.ts';"),
          file('modules/x/y.ts', "export { q } from '../../jobs/w.ts';"),
        ],
        topLevelNode,
      ),
    ).toHaveLength(1);
  });

  it('finds queries and Kysely values outside repositories, not type imports', () => {
    const found = queryViolations([
      file('modules/a/a.service.ts', "import { sql } from 'kysely';\nconst x = await trx\n  .selectFrom('users');"),
      file('modules/a/b.service.ts', "import type { Kysely } from 'kysely';\nimport { type Q } from 'kysely';"),
      file('modules/a/c.job.ts', "await db.deleteFrom('jobs').execute();"),
      file('modules/a/a.repository.ts', "import { sql } from 'kysely';\ndb.selectFrom('users');"),
      file(
        'modules/a/a.policy.ts',
        "import { sql } from 'kysely';\nexport const f = (q) => q.where(sql.ref('x'), '=', 1);",
      ),
      file('jobs/queue.ts', "db.selectFrom('jobs');"),
    ]);
    expect(found).toHaveLength(3);
    expect(found[0]).toContain('imports Kysely values');
    expect(found[1]).toContain('a.service.ts:3: builds a query');
    expect(found[2]).toContain('c.job.ts:1: builds a query');
  });

  it('finds what a response schema dropped or changed', () => {
    expect(
      serializationLosses({ a: 1, b: { c: 2, d: [{ e: 'x', f: 'y' }] } }, { a: 1, b: { d: [{ e: 'x' }] } }),
    ).toEqual(['.b.c: dropped', '.b.d[].f: dropped']);
    expect(serializationLosses({ n: '3', skipped: undefined }, { n: 3 })).toEqual(['.n: changed']);
    expect(serializationLosses({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
  });

  it('finds imports of another module that bypass its ports', () => {
    const found = portViolations([
      file(
        'modules/a/a.service.ts',
        "import { x } from '../b/b.repository.ts';\nimport type { P } from '../b/b.ports.ts';",
      ),
      file('modules/a/b.ts', "import { scoped } from '../tenancy/scope.ts';\nimport type { M } from '../module.ts';"),
      file('seed/s.ts', "import { x } from '../modules/b/b.repository.ts';"),
    ]);
    expect(found).toEqual(["src/modules/a/a.service.ts: import { x } from '../b/b.repository.ts'"]);
  });

  it('finds reads of an actor’s scope outside tenancy', () => {
    const found = scopeReaders([
      file('modules/a/a.repository.ts', 'if (ctx.actor.scope.kind === "all") return;'),
      file('modules/b/b.service.ts', 'const { scope } = ctx.actor;'),
      file('modules/tenancy/scope.ts', 'return actor.scope.kind;'),
    ]);
    expect(found).toHaveLength(2);
  });
});
