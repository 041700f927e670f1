/**
 * `npm run bench -- dashboard`: a directive to 80+ schools with 5 requirements and a year of history;
 * measures the dashboard's data (matrix + counts) and the history series. SQLite by default; with
 * DATABASE_URL=postgres://… the same on PostgreSQL (in a temporary schema).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, modulesOf } from '../src/testing/test-database.ts';
import { applyObligationChange } from '../src/modules/directives/obligations.service.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

export async function run(): Promise<void> {
  if (process.env.DATABASE_URL?.startsWith('postgres')) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  const database = await createTestDatabase({ demo: 'accounts' });
  const { db } = database;
  try {
    const academy = await db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', 'HVCTQG')
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    // 20 more sector schools so that the 2022 network (63 provincial + sector) exceeds 80 recipients.
    await db
      .insertInto('organisations')
      .values(
        Array.from({ length: 20 }, (_, i) => ({
          id: randomUUID(),
          code: `BENCH-SECTOR-${i}`,
          name: `Trường cán bộ bộ, ngành thử nghiệm ${i + 1}`,
          short_name: null,
          kind: 'sector_school',
          parent_id: academy.id,
          province_code: null,
          province_period: null,
          province_name: null,
          valid_from: null,
          valid_to: null,
          name_uncertain: 1,
          source: 'benchmark',
          note: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const ctx: RequestContext = {
      actor: {
        userId: 'bench',
        organisationId: academy.id,
        unitId: null,
        role: 'academy_admin',
        fullName: 'Benchmark',
        scope: { kind: 'all' },
      },
      requestId: 'bench',
    };
    const { directives, dashboard } = modulesOf(database).directives.services;
    const id = await directives.createDirective(ctx, {
      title: 'Chỉ đạo thử tải',
      numberSymbol: '1-CV/HVCTQG',
      issuedDate: '2022-01-10',
      recipientMode: 'provincial_and_sector',
      requirements: [
        { no: 1, text: 'Đề án trường chuẩn', deadline: '2022-12-31', answerType: 'standard_school_project' },
        ...[2, 3, 4, 5].map((no) => ({
          no,
          text: `Yêu cầu ${no}`,
          deadline: `2022-0${no + 3}-30`,
          answerType: 'status' as const,
        })),
      ],
    });
    await directives.issueDirective(ctx, id, { now: new Date('2022-01-10T02:00:00Z') });
    const obligations = await db
      .selectFrom('obligations')
      .innerJoin('directive_requirements as r', 'r.id', 'obligations.requirement_id')
      .select([
        'obligations.id',
        'obligations.directive_id',
        'obligations.organisation_id',
        'obligations.status',
        'obligations.answer_json',
        'obligations.note',
        'r.answer_type',
      ])
      .where('obligations.directive_id', '=', id)
      .execute();
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const start = Date.parse('2022-01-15T00:00:00Z');
    let events = 0;
    await db.transaction().execute(async (trx) => {
      for (const o of obligations) {
        const stages =
          o.answer_type === 'standard_school_project'
            ? ['drafting', 'submitted', 'approved', 'registered']
            : ['in_progress', 'done'];
        const steps = 1 + Math.floor(random() * stages.length);
        let t = start;
        for (let s = 0; s < steps; s++) {
          t += Math.floor(random() * 90) * 86_400_000;
          const stage = stages[s]!;
          const status = stage === 'done' || stage === 'approved' || stage === 'registered' ? 'done' : 'in_progress';
          const answer = {
            stage,
            approvalDate: status === 'done' && o.answer_type !== 'status' ? '2022-06-01' : null,
            decisionNumber: status === 'done' && o.answer_type !== 'status' ? '12-QĐ/TU' : null,
            targetYear: stage === 'registered' ? 2023 : null,
          };
          await applyObligationChange(trx, ctx, o, {
            answer,
            status,
            note: null,
            at: new Date(Math.min(t, start + 365 * 86_400_000)).toISOString(),
          });
          events++;
        }
      }
    });
    const first = await dashboard.getDashboard(ctx, id, { asOf: '2022-12-31' });
    const timings: number[] = [];
    const historyTimings: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      await dashboard.getDashboard(ctx, id, { asOf: '2022-12-31' });
      timings.push(performance.now() - t0);
      const t1 = performance.now();
      await dashboard.getHistory(ctx, id);
      historyTimings.push(performance.now() - t1);
    }
    console.log(`BENCH dashboard.database ${database.dialect}`);
    console.log(`BENCH dashboard.schools ${first.schoolCount}`);
    console.log(`BENCH dashboard.requirements ${first.requirements.length}`);
    console.log(`BENCH dashboard.history_events ${events + obligations.length}`);
    console.log(`BENCH dashboard.p95_ms ${p95(timings).toFixed(1)} ms`);
    console.log(`BENCH dashboard.history_p95_ms ${p95(historyTimings).toFixed(1)} ms`);
  } finally {
    await database.cleanup();
  }
}
