/**
 * `npm run drill -- kill [--rounds=20] [--sqlite|--postgres]`: a real server is killed with SIGKILL 20 times in
 * the middle of concurrent registrations, a training import and OCR jobs, and restarted each time. Afterwards:
 * every registration the server acknowledged is there with its number (lost), no number is given twice
 * (duplicates), each register's numbers run 1, 2, 3… (gaps), each import is all there or not there at all
 * (partial), and every job has finished (jobs_unfinished) with its result stored once (job_duplicates).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { checkNumbering } from './numbering.ts';
import { generateImportWorkbook } from '../bench/import.bench.ts';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';
import {
  drill,
  dropScratch,
  engineFromArgs,
  freePort,
  login,
  type Scratch,
  ServerProcess,
  scratchInstallation,
} from './support.ts';

const PAGE = readFileSync(fileURLToPath(new URL('../test/fixtures/documents/001/page.jpg', import.meta.url)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Load = { registered: Map<string, number>; imports: { codes: string[]; acked: boolean }[]; uploads: number };

async function roundOfLoad(base: string, round: number, load: Load, stop: { now: boolean }): Promise<void> {
  const clerk = await login(base, 'vanthu@tct-thainguyen.vn');
  const staff = await login(base, 'canbo@tct-thainguyen.vn');
  const registrations = Array.from({ length: 4 }, async (_, worker) => {
    for (let i = 0; !stop.now; i++) {
      const draft = await clerk.request('POST', '/api/documents/manual', {
        issuerName: 'Tỉnh ủy Thái Nguyên',
        subject: `Diễn tập ${round}.${worker}.${i}`,
      });
      if (draft.status !== 201) throw new Error(`tạo dự thảo: ${draft.status} ${await draft.text()}`);
      const { id } = (await draft.json()) as { id: string };
      const res = await clerk.request('POST', `/api/documents/${id}/register`, { receivedDate: '2026-12-01' });
      if (res.status !== 200) throw new Error(`vào sổ: ${res.status} ${await res.text()}`);
      load.registered.set(id, ((await res.json()) as { registerNumber: number }).registerNumber);
    }
  });
  const upload = (async () => {
    const form = new FormData();
    form.append('file', new Blob([PAGE], { type: 'image/jpeg' }), `trang-${round}.jpg`);
    const res = await clerk.request('POST', '/api/intake/uploads', form);
    if (res.status >= 300) throw new Error(`tải ảnh: ${res.status} ${await res.text()}`);
    load.uploads++;
  })();
  const training = (async () => {
    const workbook = await generateImportWorkbook(150, round, `DT${round}`);
    const entry = { codes: workbook.codes, acked: false };
    load.imports.push(entry);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(workbook.data)]), `dien-tap-${round}.xlsx`);
    const res = await staff.request('POST', '/api/training/imports', form);
    if (res.status !== 201) throw new Error(`nhập lớp: ${res.status} ${(await res.text()).slice(0, 300)}`);
    entry.acked = true;
  })();
  const outcomes = await Promise.allSettled([...registrations, upload, training]);
  for (const o of outcomes) {
    // A request cut by the kill fails with a network error; anything else is a real refusal worth showing.
    if (o.status === 'rejected' && !/fetch failed|ECONNRESET|socket|other side closed/i.test(String(o.reason))) {
      console.error(String(o.reason));
    }
  }
}

type Figures = Record<
  | 'lost'
  | 'duplicates'
  | 'gaps'
  | 'partial'
  | 'jobs_unfinished'
  | 'job_duplicates'
  | 'registrations_acknowledged'
  | 'imports_acknowledged'
  | 'ocr_uploads',
  number
>;

async function check(scratch: Scratch, load: Load): Promise<Figures> {
  const config = loadConfig(scratch.env);
  const database = await createDatabase(config);
  const { db } = database;
  try {
    // Register numbers: stored as acknowledged, no duplicates, no holes after the demo's own numbers.
    const { duplicates, gaps, ...numbering } = await checkNumbering(db, 'Diễn tập ', load.registered);
    let lost = numbering.lost;
    let partial = 0;
    for (const entry of load.imports) {
      const found = await db
        .selectFrom('training_classes')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('code', 'in', entry.codes)
        .executeTakeFirstOrThrow();
      const n = Number(found.n);
      if (n !== 0 && n !== entry.codes.length) partial++;
      if (entry.acked && n === 0) lost++;
    }
    const unfinished = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', '!=', 'done')
      .executeTakeFirstOrThrow();
    // An OCR job stores its page images on its draft; run twice, it would store them twice.
    const twice = await sql<{ n: number | string }>`
      select count(*) as n from (
        select document_id, sha256 from document_files where kind = 'page_image' group by document_id, sha256 having count(*) > 1
      ) as repeated`.execute(db);
    return {
      lost,
      duplicates,
      gaps,
      partial,
      jobs_unfinished: Number(unfinished.n),
      job_duplicates: Number(twice.rows[0]?.n ?? 0),
      registrations_acknowledged: load.registered.size,
      imports_acknowledged: load.imports.filter((i) => i.acked).length,
      ocr_uploads: load.uploads,
    };
  } finally {
    await database.destroy();
  }
}

async function waitForJobs(scratch: Scratch, timeoutMs: number): Promise<void> {
  const database = await createDatabase(loadConfig(scratch.env));
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const open = await database.db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('status', 'in', ['queued', 'running'])
        .executeTakeFirstOrThrow();
      if (Number(open.n) === 0) return;
      await sleep(1000);
    }
  } finally {
    await database.destroy();
  }
}

export async function run(args: string[], onDataDir?: (dataDir: string) => void): Promise<boolean> {
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 20);
  const engine = engineFromArgs(args);
  const name = engine === 'sqlite' && args.includes('--as-sqlite-drill') ? 'sqlite' : 'kill';
  const scratch = scratchInstallation(engine);
  onDataDir?.(scratch.dataDir);
  const server = new ServerProcess(scratch, await freePort());
  const started = Date.now();
  const load: Load = { registered: new Map(), imports: [], uploads: 0 };
  for (let round = 1; round <= rounds; round++) {
    await server.start();
    const stop = { now: false };
    const running = roundOfLoad(server.base, round, load, stop);
    await sleep(1500 + Math.random() * 4000);
    await server.kill();
    stop.now = true;
    await running;
  }
  // Recovery: one clean start lets the worker reclaim what the kills interrupted (leases expire; see jobs/queue.ts).
  await server.start();
  await waitForJobs(scratch, 15 * 60_000);
  await server.stop();
  const figures = await check(scratch, load);
  await dropScratch(scratch);
  drill(name, 'engine', engine);
  drill(name, 'kills', rounds);
  for (const [metric, value] of Object.entries(figures)) drill(name, metric, value);
  drill(name, 'seconds', ((Date.now() - started) / 1000).toFixed(0), 's');
  return (
    figures.lost +
      figures.duplicates +
      figures.gaps +
      figures.partial +
      figures.jobs_unfinished +
      figures.job_duplicates ===
    0
  );
}
