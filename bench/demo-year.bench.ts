/**
 * `npm run bench -- demo-year`: what the demo's recent year adds to the first `npm start` — seeding it
 * (letters through the services, outgoing, training import, the directive) and reading its scans with
 * the intake job — on a database that already has the accounts and the 2174 letter. SQLite by default;
 * with DATABASE_URL=postgres://… on PostgreSQL (in a temporary schema).
 */
import { performance } from 'node:perf_hooks';
import { seedDemoYear } from '../src/seed/seed-demo-year.ts';
import { createTestDatabase, modulesOf } from '../src/testing/test-database.ts';

export async function run(): Promise<void> {
  if (process.env.DATABASE_URL?.startsWith('postgres')) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  const database = await createTestDatabase({ demo: 'full' });
  try {
    const started = performance.now();
    const summary = await seedDemoYear(database, modulesOf(database), { config: database.config });
    const seeded = performance.now() - started;
    const again = performance.now();
    await seedDemoYear(database, modulesOf(database), { config: database.config });
    const second = performance.now() - again;
    console.log(`BENCH demo-year.seed_ms ${seeded.toFixed(0)} ms`);
    console.log(`BENCH demo-year.letters ${summary.letters}`);
    console.log(`BENCH demo-year.scans_read ${summary.scansRead}`);
    console.log(`BENCH demo-year.second_run_ms ${second.toFixed(0)} ms`);
  } finally {
    await database.cleanup();
  }
}
