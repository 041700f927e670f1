import { createTestDatabase, modulesOf } from '/work/wt/demo/src/testing/test-database.ts';
import { seedDemoYear } from '/work/wt/demo/src/seed/seed-demo-year.ts';
for (const withScans of [false, true]) {
  const db = await createTestDatabase({ demo: 'full' });
  const t0 = Date.now();
  const s = await seedDemoYear(db, modulesOf(db), withScans ? { config: db.config } : {});
  console.log(`BENCH demo-year.seed_${withScans ? 'with' : 'without'}_reading_scans ${Date.now() - t0} ms`, JSON.stringify(s));
  await db.cleanup();
}
