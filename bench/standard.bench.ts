/**
 * `npm run bench -- standard`: 88 schools × 55 indicators × 5 self-assessments each (bench/standard.data.ts),
 * stored in the module's tables with rosters, dossiers and ~0.7 M enrolments in the 5-year windows; measures
 * the Academy's network picture on a date (`standard.network_p95_ms`) and one school's assessment page with
 * computed values (`standard.assessment_p95_ms`), both through the module's services as the routes call them.
 * SQLite by default; with DATABASE_URL=postgres://… the same on PostgreSQL (in a temporary schema).
 * `--quick` uses 5–8 classes a year of 10–20 learners (for a smoke run).
 */
import { performance } from 'node:perf_hooks';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/types.ts';
import { insertInBatches } from '../src/modules/training/batch.repository.ts';
import type { RequestContext } from '../src/modules/tenancy/actor.ts';
import { createTestDatabase, modulesOf } from '../src/testing/test-database.ts';
import { generateStandardWorkload } from './standard.data.ts';

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

const academyCtx: RequestContext = {
  actor: {
    userId: 'bench',
    organisationId: 'bench',
    unitId: null,
    role: 'academy_admin',
    fullName: 'Benchmark',
    scope: { kind: 'all' },
  },
  requestId: 'bench',
};
const schoolCtx = (orgId: string): RequestContext => ({
  actor: {
    userId: 'bench',
    organisationId: orgId,
    unitId: null,
    role: 'leader',
    fullName: 'Benchmark',
    scope: { kind: 'orgs', organisationIds: [orgId] },
  },
  requestId: 'bench',
});

async function store(db: Kysely<DB>, quick: boolean) {
  const workload = generateStandardWorkload(quick ? { classesPerYear: [5, 8], learnersPerClass: [10, 20] } : {});
  const now = new Date().toISOString();
  const orgs = await db.selectFrom('organisations').select(['id', 'code']).execute();
  const idOf = new Map(orgs.map((o) => [o.code, o.id]));
  const catalogue = { ...workload.catalogue, effectiveFrom: '2021-05-19' };
  await db
    .insertInto('standard_catalogue_versions')
    .values({
      id: catalogue.id,
      title: catalogue.title,
      effective_from: catalogue.effectiveFrom,
      version_json: JSON.stringify(catalogue),
      created_by: null,
      created_at: now,
    })
    .execute();
  const latest: { orgId: string; assessmentId: string }[] = [];
  let enrolmentCount = 0;
  for (const [s, school] of workload.schools.entries()) {
    const orgId = idOf.get(school.school.code);
    if (!orgId) continue;
    await db.transaction().execute(async (trx) => {
      await insertInBatches(
        trx,
        'standard_dossier_records',
        school.records.map((r, i) => ({
          id: `bench-${s}-r${i}`,
          organisation_id: orgId,
          kind: r.kind,
          date: r.date,
          recorded_by: r.recordedBy,
          data_json: JSON.stringify(r.data),
          documents_json: '[]',
          note: r.note,
          illustrative: 0,
          created_by: null,
          created_at: now,
        })),
      );
      await insertInBatches(
        trx,
        'standard_staff_members',
        school.roster.map((m, i) => ({
          id: `bench-${s}-m${i}`,
          organisation_id: orgId,
          ordinal: i + 1,
          full_name: m.fullName,
          staff_code: m.staffCode,
          data_json: JSON.stringify(m),
          import_id: `bench-${s}`,
          imported_at: now,
        })),
      );
      await insertInBatches(
        trx,
        'training_classes',
        school.training.classes.map((c) => ({
          id: c.id,
          organisation_id: orgId,
          code: c.code,
          code_key: c.code.toUpperCase(),
          name: c.name,
          level: c.level,
          mode: c.mode,
          delivery: 'truc_tiep',
          host_code: school.school.code,
          host_name: school.school.name,
          host_kind: school.school.kind,
          host_organisation_id: orgId,
          partner_name: null,
          partner_code: null,
          partner_kind: null,
          opening_date: c.opening_date,
          closing_date: c.closing_date,
          place: null,
          regime: null,
          notices_json: '[]',
          evaluated_at: null,
          created_by: null,
          created_at: now,
          updated_at: now,
        })),
      );
      await insertInBatches(
        trx,
        'learners',
        school.training.enrolments.map((e) => ({
          id: e.learner_id,
          organisation_id: orgId,
          full_name: `Học viên ${e.learner_id}`,
          birth_date: '1985-01-01',
          gender: 'nam',
          ethnicity: null,
          party_status: 'chinh_thuc',
          party_join_date: null,
          party_full_date: null,
          education: 'dai_hoc',
          theory_level: 'trung_cap',
          theory_document_date: null,
          theory_document_kind: null,
          position: null,
          planned: 0,
          workplace: null,
          rating_last_year: null,
          rating_year_before: null,
          created_at: now,
          updated_at: now,
        })),
      );
      await insertInBatches(
        trx,
        'enrolments',
        school.training.enrolments.map((e, i) => ({
          class_id: e.class_id,
          learner_id: e.learner_id,
          organisation_id: orgId,
          ordinal: i + 1,
        })),
      );
      enrolmentCount += school.training.enrolments.length;
      for (const [a, assessment] of school.assessments.entries()) {
        const id = `bench-${s}-a${a}`;
        await trx
          .insertInto('standard_assessments')
          .values({
            id,
            organisation_id: orgId,
            catalogue_version_id: catalogue.id,
            target_level: 1,
            filing_date: assessment.filingDate,
            round: a + 1,
            purpose: 'progress',
            status: 'submitted',
            progress_line: null,
            submitted_at: now,
            submitted_by: null,
            created_by: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await insertInBatches(
          trx,
          'standard_assessment_entries',
          assessment.entries.map((e) => ({
            assessment_id: id,
            organisation_id: orgId,
            code: e.code,
            value: e.value,
            status: e.status,
            comment: e.comment,
            evidence_json: JSON.stringify(e.evidence),
            updated_by: null,
            updated_at: now,
          })),
        );
        if (a === school.assessments.length - 1) latest.push({ orgId, assessmentId: id });
      }
    });
  }
  return { latest, schools: workload.schools.length, indicators: catalogue.items.length, enrolmentCount };
}

export async function run(args: string[] = []): Promise<void> {
  if (process.env.DATABASE_URL?.startsWith('postgres')) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  const database = await createTestDatabase({ demo: 'none' });
  try {
    const started = performance.now();
    const stored = await store(database.db, args.includes('--quick'));
    // After a bulk load PostgreSQL plans from fresh statistics (autovacuum would do it later on its own).
    if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
    console.log(
      `# ${database.dialect}: ${stored.latest.length} schools with dossiers, ${stored.indicators} indicators, 5 assessments each, ${stored.enrolmentCount} enrolments; stored in ${Math.round(performance.now() - started)} ms`,
    );
    const { network, assessments } = modulesOf(database).standard.services;
    const dates = ['2021-12-31', '2022-05-31', '2023-06-30', '2024-12-31', '2025-12-31', '2026-06-30'];
    for (const d of dates) await network.picture(academyCtx, d); // warm-up
    const networkSamples: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      const picture = await network.picture(academyCtx, dates[i % dates.length]!);
      networkSamples.push(performance.now() - t0);
      if (picture.counts.total === 0) throw new Error('empty picture');
    }
    const assessmentSamples: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const { orgId, assessmentId } of stored.latest) {
        const t0 = performance.now();
        const view = await assessments.get(schoolCtx(orgId), assessmentId);
        assessmentSamples.push(performance.now() - t0);
        if (view.indicators.length !== stored.indicators) throw new Error('incomplete assessment');
      }
    console.log(`BENCH standard.network_p95_ms ${p95(networkSamples).toFixed(1)} ms`);
    console.log(`BENCH standard.assessment_p95_ms ${p95(assessmentSamples).toFixed(1)} ms`);
  } finally {
    await database.cleanup();
  }
}
