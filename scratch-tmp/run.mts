import { createTestDatabase, modulesOf } from '/work/wt/demo/src/testing/test-database.ts';
import { seedDemoYear } from '/work/wt/demo/src/seed/seed-demo-year.ts';
const db = await createTestDatabase({ demo: 'full' });
const t0 = Date.now();
try {
  const s = await seedDemoYear(db, modulesOf(db), { config: db.config });
  console.log('summary', s, 'ms', Date.now() - t0);
  const rows = await db.db.selectFrom('documents').select(['status', 'direction']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy(['status', 'direction']).execute();
  console.log(rows);
  console.log(await db.db.selectFrom('documents').select(['number_symbol','issuer_name','subject','document_date','status']).where('source_kind','=','upload').execute());
  console.log(await db.db.selectFrom('requirements').innerJoin('documents','documents.id','requirements.document_id').select(['requirements.text','requirements.no']).where('source_kind','=','upload').execute());
  console.log(await db.db.selectFrom('training_classes').select(['code']).execute());
  console.log(await db.db.selectFrom('findings' as any).select((eb: any) => eb.fn.countAll().as('n')).execute().catch((e: any) => String(e)));
  const t1 = Date.now();
  const s2 = await seedDemoYear(db, modulesOf(db), { config: db.config });
  console.log('second', s2, Date.now() - t1);
} catch (e) { console.error(e); }
await db.cleanup();
