/**
 * `npm run bench -- reports`: the reports module with its queries, on the data of bench/reports.data.ts
 * (88 schools × 4 periodic regimes × 24 periods, every sent report with its figures, revision and events)
 * written into the database. SQLite by default; with DATABASE_URL=postgres://… the same on PostgreSQL
 * (in a temporary schema).
 *   timeliness_p95_ms  the Academy's matrix of one regime (88 schools × its 24 periods) through the service
 *   aggregate_p95_ms   one regime × period aggregated across the schools' sent revisions, with drill-down
 *   prefill_ms         opening one school's quarterly report: its rows read, pre-filled, stored (median of 5)
 * Flags: --runs=N (default 30).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ReportEventTable, ReportRevisionTable, ReportTable } from '../src/db/types.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import { REGIONS } from '../src/network/regions.ts';
import { contentHash, timelinessOf } from '../src/reports/index.ts';
import { createTestDatabase, modulesOf } from '../src/testing/test-database.ts';
import { generateReportsData } from './reports.data.ts';

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};

async function time(runs: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function run(flags: string[]): Promise<void> {
  const runs = Number(flags.find((f) => f.startsWith('--runs='))?.split('=')[1] ?? 30) || 30;
  if (process.env.DATABASE_URL?.startsWith('postgres')) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  const database = await createTestDatabase({ demo: 'accounts' });
  const { db } = database;
  try {
    const data = generateReportsData();
    const now = new Date().toISOString();
    const academy = await db
      .selectFrom('users')
      .select(['id', 'organisation_id'])
      .where('email', '=', 'chuyenvien@hvctqg.vn')
      .executeTakeFirstOrThrow();
    // Only the 88 benchmark schools report: the real network is set to have closed before 1990.
    await db
      .updateTable('organisations')
      .set({ valid_to: '1989-12-31' })
      .where('kind', 'in', ['provincial_school', 'sector_school'])
      .execute();
    const orgIds = new Map(data.schools.map((s) => [s.code, randomUUID()]));
    await db
      .insertInto('organisations')
      .values(
        data.schools.map((s) => ({
          id: orgIds.get(s.code)!,
          code: s.code,
          name: s.name,
          short_name: null,
          kind: String(s.kind),
          parent_id: academy.organisation_id,
          province_code: REGIONS.find((r) => r.code === s.regionCode)?.provinceCodes[0] ?? null,
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
    // The benchmark's regime versions start in 1990 so that each has 24 periods; stored before the
    // module writes the shipped ones (same code and version), so it keeps these.
    await db
      .insertInto('report_regimes')
      .values(
        data.regimes.map((v) => ({
          id: randomUUID(),
          code: v.code,
          version: v.version,
          name: v.name,
          origin: 'shipped',
          effective_from: v.effectiveFrom,
          effective_to: v.effectiveTo,
          definition_json: JSON.stringify(v),
          created_by: null,
          created_at: now,
        })),
      )
      .execute();

    const reports: ReportTable[] = [];
    const revisions: ReportRevisionTable[] = [];
    const events: ReportEventTable[] = [];
    for (const r of data.reports) {
      const id = randomUUID();
      const organisationId = orgIds.get(r.school.code)!;
      const sends = r.events.filter((e) => e.action === 'send');
      const firstSentAt = timelinessOf(r.events, r.period.deadline).firstSentOn ? sends[0]!.at : null;
      const last = r.events.at(-1)!;
      const revision = last.revision;
      const state = last.action === 'accept' ? 'accepted' : last.action === 'return' ? 'returned' : 'sent';
      const json = JSON.stringify(r.content);
      reports.push({
        id,
        organisation_id: organisationId,
        regime_code: r.version.code,
        regime_version: r.version.version,
        period_code: r.period.code,
        period_label: r.period.label,
        deadline: r.period.deadline,
        revision,
        state,
        content_json: json,
        approved_hash: null,
        sent_hash: contentHash(r.content),
        first_sent_at: firstSentAt,
        sent_at: sends.at(-1)?.at ?? null,
        number_symbol: `${reports.length + 1}-BC/BENCH`,
        academy_document_id: null,
        return_comment: null,
        created_by: null,
        created_at: now,
        updated_at: now,
      });
      revisions.push({
        id: randomUUID(),
        report_id: id,
        organisation_id: organisationId,
        revision,
        content_json: json,
        content_hash: contentHash(r.content),
        number_symbol: `${reports.length}-BC/BENCH`,
        sent_at: sends.at(-1)?.at ?? now,
        academy_document_id: null,
      });
      for (const e of r.events)
        events.push({
          id: randomUUID(),
          report_id: id,
          organisation_id: organisationId,
          revision: e.revision,
          action: e.action,
          at: e.at,
          actor_user_id: null,
          comment: null,
          content_hash: null,
        });
    }
    await db.transaction().execute(async (trx) => {
      for (const part of chunks(reports, 200)) await trx.insertInto('reports').values(part).execute();
      for (const part of chunks(revisions, 200)) await trx.insertInto('report_revisions').values(part).execute();
      for (const part of chunks(events, 500)) await trx.insertInto('report_events').values(part).execute();
    });
    console.log(
      `# ${data.schools.length} trường, ${data.periods.length} kỳ (4 chế độ), ${reports.length} báo cáo đã gửi (${database.dialect})`,
    );

    const modules = modulesOf(database);
    const { academy: academyService, reports: reportsService } = modules.reports.services;
    const academyCtx: RequestContext = {
      actor: {
        userId: academy.id,
        organisationId: academy.organisation_id,
        unitId: null,
        role: 'academy_staff',
        fullName: 'Benchmark',
        scope: { kind: 'all' },
      },
      requestId: 'bench',
    };
    const asOf = '2026-07-01';
    const codes = data.regimes.map((v) => v.code);
    let columns = 0;
    const firstCutoff = (code: string) =>
      data.periods
        .filter((p) => p.version.code === code)
        .map((p) => p.period.cutoffTo)
        .sort()[0]!;
    const matrix = await time(runs, async (i) => {
      const regimeCode = codes[i % codes.length]!;
      const m = await academyService.matrix(academyCtx, { regimeCode, from: firstCutoff(regimeCode), to: asOf, asOf });
      columns = Math.max(columns, m.columns.length);
    });
    console.log(`# ma trận: ${columns} kỳ × ${data.schools.length} trường mỗi chế độ`);
    console.log(`BENCH reports.timeliness_p95_ms ${percentile(matrix, 0.95).toFixed(2)} ms`);

    const last = data.periods.filter((p) => p.version.code === 'BC_DTBD_QUY').at(-1)!;
    let counted = 0;
    const aggregate = await time(runs, async () => {
      counted = (await academyService.aggregate(academyCtx, last.version.code, last.period.code)).reports;
    });
    console.log(`# tổng hợp ${last.period.label}: ${counted} báo cáo`);
    console.log(`BENCH reports.aggregate_p95_ms ${percentile(aggregate, 0.95).toFixed(2)} ms`);

    // Opening a quarterly report a school has not made yet: its classes are written first (plain rows).
    const sent = new Set(data.reports.map((r) => `${r.school.code}|${r.version.code}|${r.period.code}`));
    const quarterly = data.periods.filter((p) => p.version.code === 'BC_DTBD_QUY');
    const missing = data.schools
      .flatMap((s) => quarterly.map((p) => ({ school: s, period: p.period })))
      .filter(({ school, period }) => !sent.has(`${school.code}|BC_DTBD_QUY|${period.code}`))
      .slice(0, 5);
    const prefill: number[] = [];
    for (const { school, period } of missing) {
      const organisationId = orgIds.get(school.code)!;
      const inputs = data.inputs.get(school.code)!;
      const classIds = new Map((inputs.classes ?? []).map((c) => [c.id, randomUUID()]));
      const learners = new Map((inputs.enrolments ?? []).map((e) => [e.learner_id, randomUUID()]));
      await db.transaction().execute(async (trx) => {
        const classes = (inputs.classes ?? []).map((c) => ({
          id: classIds.get(c.id)!,
          organisation_id: organisationId,
          code: classIds.get(c.id)!,
          code_key: classIds.get(c.id)!.toUpperCase(),
          name: 'Lớp thử nghiệm',
          level: c.level,
          mode: c.mode,
          delivery: c.delivery,
          host_code: school.code,
          host_name: school.name,
          host_kind: String(school.kind),
          opening_date: c.opening_date,
          closing_date: c.closing_date,
          notices_json: '[]',
          created_at: now,
          updated_at: now,
        }));
        for (const part of chunks(classes, 200)) await trx.insertInto('training_classes').values(part).execute();
        const people = [...learners.values()].map((id) => ({
          id,
          organisation_id: organisationId,
          full_name: 'Học viên',
          birth_date: '1985-01-01',
          gender: 'nam',
          party_status: 'dang_vien',
          education: 'dai_hoc',
          theory_level: 'so_cap',
          planned: 0,
          created_at: now,
          updated_at: now,
        }));
        for (const part of chunks(people, 200)) await trx.insertInto('learners').values(part).execute();
        const enrolments = (inputs.enrolments ?? []).map((e, i) => ({
          class_id: classIds.get(e.class_id)!,
          learner_id: learners.get(e.learner_id)!,
          organisation_id: organisationId,
          ordinal: i + 1,
        }));
        for (const part of chunks(enrolments, 300)) await trx.insertInto('enrolments').values(part).execute();
      });
      const schoolCtx: RequestContext = {
        actor: {
          userId: academy.id,
          organisationId,
          unitId: null,
          role: 'staff',
          fullName: 'Benchmark',
          scope: { kind: 'orgs', organisationIds: [organisationId] },
        },
        requestId: 'bench',
      };
      const start = performance.now();
      await reportsService.create(schoolCtx, { regimeCode: 'BC_DTBD_QUY', periodCode: period.code });
      prefill.push(performance.now() - start);
    }
    console.log(`# lập báo cáo quý: ${prefill.length} lần (trường có lớp, học viên trong TCT)`);
    console.log(`BENCH reports.prefill_ms ${percentile(prefill, 0.5).toFixed(2)} ms`);
  } finally {
    await database.cleanup();
  }
}
