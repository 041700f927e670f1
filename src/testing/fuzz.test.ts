import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzTargets } from './fuzz-targets.ts';

// A fixed seed keeps `npm test` reproducible; `npm run bench -- fuzz` runs 10,000 cases per target.
const SEED = 20261207;
const RUNS: Record<keyof typeof fuzzTargets, number> = {
  extraction: 300,
  numberSymbol: 500,
  edxml: 300,
  csv: 200,
  xlsx: 40,
};

describe('fuzzing the parsers of outside input', () => {
  for (const [name, property] of Object.entries(fuzzTargets) as [
    keyof typeof fuzzTargets,
    fc.IProperty<unknown[]> | fc.IAsyncProperty<unknown[]>,
  ][]) {
    it(`${name}: answers or refuses with its own error, never crashes`, async () => {
      await fc.assert(property as fc.IAsyncProperty<unknown[]>, { seed: SEED, numRuns: RUNS[name] });
    });
  }
});
