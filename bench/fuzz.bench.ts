/**
 * `npm run bench -- fuzz`: 10,000 generated cases for each parser of outside input (src/testing/fuzz-targets.ts).
 * Prints the cases run, the failures (a crash: any exception other than the parser's own typed refusal) and the
 * seconds per target; exits non-zero when a target failed, printing fast-check's counterexample.
 * Flags: --runs=N (default 10000), --seed=N (default: random, printed so a failure can be replayed).
 */
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { fuzzTargets } from '../src/testing/fuzz-targets.ts';

function flag(args: string[], name: string): number | null {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return raw === undefined ? null : Number(raw);
}

export async function run(args: string[]): Promise<void> {
  const runs = flag(args, 'runs') ?? 10_000;
  const seed = flag(args, 'seed') ?? Math.floor(Math.random() * 2 ** 31);
  console.log(`BENCH fuzz.seed ${seed}`);
  let failedTargets = 0;
  for (const [name, property] of Object.entries(fuzzTargets)) {
    const started = performance.now();
    const details = await fc.check(property as fc.IAsyncProperty<unknown[]>, { seed, numRuns: runs });
    const seconds = (performance.now() - started) / 1000;
    console.log(`BENCH fuzz.${name}.cases ${details.numRuns}`);
    console.log(`BENCH fuzz.${name}.failures ${details.failed ? 1 : 0}`);
    console.log(`BENCH fuzz.${name}.seconds ${seconds.toFixed(1)} s`);
    if (details.failed) {
      failedTargets++;
      console.error(fc.defaultReportMessage(details));
    }
  }
  if (failedTargets > 0) process.exitCode = 1;
}
