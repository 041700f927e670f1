/**
 * `npm run bench -- reports-engine`: the reports engine alone, on the data of bench/reports.data.ts
 * (88 schools × 4 regimes × 24 periods). No database: these figures are the floor under the module's
 * `reports` benchmark, whose timings include its queries.
 *   generate_s          building the data (every sent report pre-filled and completed)
 *   timeliness_p95_ms   the full matrix (88 schools × 96 regime-periods) with rates
 *   aggregate_p95_ms    one regime × period aggregated across its reports, with drill-down
 *   prefill_ms          one school's quarterly report pre-filled from its rows (median)
 *   validate_ms         validating that report against its rules (median)
 * Flags: --runs=N (default 30).
 */
import { performance } from 'node:perf_hooks';
import { aggregateFigures } from '../src/reports/academy/aggregate.ts';
import { timelinessMatrix } from '../src/reports/academy/timeliness.ts';
import { prefillReport } from '../src/reports/figures.ts';
import { createSourceContext } from '../src/reports/sources/compute.ts';
import { validateReport } from '../src/reports/validation.ts';
import { generateReportsData } from './reports.data.ts';

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};

function time(runs: number, fn: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function run(flags: string[]): Promise<void> {
  const runs = Number(flags.find((f) => f.startsWith('--runs='))?.split('=')[1] ?? 30) || 30;
  const start = performance.now();
  const data = generateReportsData();
  const generate = (performance.now() - start) / 1000;
  console.log(
    `# ${data.schools.length} trường, ${data.periods.length} kỳ (4 chế độ), ${data.reports.length} báo cáo đã gửi`,
  );
  console.log(`BENCH reports-engine.generate_s ${generate.toFixed(2)} s`);

  const asOf = '2026-07-01';
  const matrix = time(runs, () =>
    timelinessMatrix({ periods: data.periods, schools: data.schools, submissions: data.submissions, asOf }),
  );
  console.log(`BENCH reports-engine.timeliness_p95_ms ${percentile(matrix, 0.95).toFixed(2)} ms`);

  const last = data.periods.filter((p) => p.version.code === 'BC_DTBD_QUY').at(-1)!;
  const reports = data.reports.filter((r) => r.version === last.version && r.period.code === last.period.code);
  const aggregate = time(runs, () => aggregateFigures(last.version, last.period.code, reports));
  console.log(`BENCH reports-engine.aggregate_p95_ms ${percentile(aggregate, 0.95).toFixed(2)} ms`);

  const school = data.schools[0]!;
  const inputs = data.inputs.get(school.code)!;
  const prefill = time(runs, () => prefillReport(last.version, last.period, school, createSourceContext(inputs)));
  console.log(`BENCH reports-engine.prefill_ms ${percentile(prefill, 0.5).toFixed(2)} ms`);
  const content =
    reports.find((r) => r.school.code === school.code)?.content ??
    prefillReport(last.version, last.period, school, inputs).content;
  const validate = time(runs, () => validateReport(last.version, content, school.kind));
  console.log(`BENCH reports-engine.validate_ms ${percentile(validate, 0.5).toFixed(2)} ms`);
}
