/**
 * `npm run drill -- nodes [--seconds=20]`: three `tct serve` processes on one PostgreSQL schema and one shared
 * DATA_DIR, behind nginx (drills/nginx.ts), started together so their schedulers race. Mixed traffic through
 * nginx — logins, concurrent registrations, uploads (OCR of a scan, text letters), reads — then the checks:
 * a session made on one node is valid on the others (and a logout on one ends it on all), every acknowledged
 * registration kept its number with no duplicate and no gap, a file uploaded via one node downloads via the
 * others, every job finished and was claimed once, and each daily job was queued once for today.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';
import { Nginx } from './nginx.ts';
import { checkNumbering, registerLetter } from './numbering.ts';
import { drill, dropScratch, freePort, login, type Session, ServerProcess, scratchInstallation } from './support.ts';

const NODES = 3;
const SUBJECT = 'Diễn tập nút ';
const PAGE = readFileSync(fileURLToPath(new URL('../test/fixtures/documents/001/page.jpg', import.meta.url)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha = (b: ArrayBuffer | Buffer) => createHash('sha256').update(new Uint8Array(b)).digest('hex');

function upload(session: Session, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return session.request('POST', '/api/intake/uploads', form);
}

/** Session valid on every node, and a logout on one node ends it on all. */
async function sessionChecks(nodes: ServerProcess[]) {
  const [a, ...others] = nodes as [ServerProcess, ...ServerProcess[]];
  const session = await login(a.base, 'hieutruong@tct-thainguyen.vn');
  const me = (node: ServerProcess) => fetch(`${node.base}/api/auth/me`, { headers: session.headers });
  let valid = 0;
  for (const node of nodes) if ((await me(node)).status === 200) valid++;
  const b = others[0] as ServerProcess;
  await fetch(`${b.base}/api/auth/logout`, { method: 'POST', headers: session.headers });
  let stillValid = 0;
  for (const node of nodes) if ((await me(node)).status === 200) stillValid++;
  return { valid, stillValid };
}

/** A file uploaded via node A, downloaded byte for byte via every other node. */
async function uploadChecks(nodes: ServerProcess[]) {
  const [a, ...others] = nodes as [ServerProcess, ...ServerProcess[]];
  const clerkA = await login(a.base, 'vanthu@tct-thainguyen.vn');
  const text = Buffer.from(`CÔNG VĂN kiểm tra tệp dùng chung ${Date.now()}\nKính gửi: các nút\n`, 'utf8');
  const res = await upload(clerkA, text, 'dung-chung.txt', 'text/plain');
  const { documentId, fileId } = (await res.json()) as { documentId: string; fileId: string };
  let visible = 0;
  for (const node of others) {
    const got = await fetch(`${node.base}/api/documents/${documentId}/files/${fileId}`, { headers: clerkA.headers });
    if (got.status === 200 && sha(await got.arrayBuffer()) === sha(text)) visible++;
  }
  return { visible, of: others.length };
}

export async function run(args: string[]): Promise<boolean> {
  const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 20);
  const started = Date.now();
  const scratch = scratchInstallation('postgres');
  scratch.env.TRUST_PROXY = '1';
  const nodes = await Promise.all(
    Array.from({ length: NODES }, async () => new ServerProcess(scratch, await freePort())),
  );
  const nginx = new Nginx(
    await freePort(),
    nodes.map((n) => n.port),
  );
  try {
    await Promise.all(nodes.map((n) => n.start())); // together: the three schedulers race for today's daily jobs
    await nginx.start();
    const perNode = new Map<string, number>();
    const counted =
      (s: Session): Session['request'] =>
      async (method, path, body) => {
        const res = await s.request(method, path, body);
        const upstream = res.headers.get('x-upstream') ?? '?';
        perNode.set(upstream, (perNode.get(upstream) ?? 0) + 1);
        return res;
      };
    // Mixed traffic through nginx: every worker logs in through it, so logins land on any node.
    const stop = { now: false };
    const registered = new Map<string, number>();
    const failures: string[] = [];
    const registrations = Array.from({ length: 6 }, async (_, w) => {
      const clerk = counted(await login(nginx.base, 'vanthu@tct-thainguyen.vn'));
      for (let n = 0; !stop.now; n++) {
        try {
          const { id, number } = await registerLetter(clerk, `${SUBJECT}${w}.${n}`);
          registered.set(id, number);
        } catch (error) {
          failures.push(String(error));
        }
      }
    });
    const readers = Array.from({ length: 3 }, async (_, r) => {
      const s = counted(await login(nginx.base, r ? 'hieutruong@tct-thainguyen.vn' : 'vanthu@tct-thainguyen.vn'));
      for (let n = 0; !stop.now; n++) {
        const path = ['/api/home', '/api/desk', '/api/documents/search?register=incoming'][n % 3] as string;
        const res = await s('GET', path);
        if (res.status !== 200) failures.push(`${path} → ${res.status}`);
        await sleep(30);
      }
    });
    const uploads = (async () => {
      const clerk = await login(nginx.base, 'vanthu@tct-thainguyen.vn');
      for (let n = 0; n < 3; n++) {
        const res = await upload(clerk, PAGE, `trang-${n}.jpg`, 'image/jpeg');
        if (res.status !== 202) failures.push(`tải ảnh → ${res.status} ${await res.text()}`);
      }
      for (let n = 0; n < 6; n++) {
        const text = Buffer.from(`CÔNG VĂN SỐ ${n}/NUT\nV/v diễn tập nhiều nút\nKính gửi: Trường Chính trị\n`, 'utf8');
        const res = await upload(clerk, text, `cong-van-${n}.txt`, 'text/plain');
        if (res.status !== 202) failures.push(`tải văn bản → ${res.status} ${await res.text()}`);
      }
    })();
    await sleep(seconds * 1000);
    stop.now = true;
    await Promise.all([...registrations, ...readers, uploads]);
    for (const f of [...new Set(failures)].slice(0, 5)) console.error(`(lỗi) ${f.slice(0, 300)}`);

    const sessions = await sessionChecks(nodes);
    const shared = await uploadChecks(nodes);
    const database = await createDatabase(loadConfig(scratch.env));
    const { db } = database;
    // Let the three workers finish the OCR and extraction jobs.
    const deadline = Date.now() + 5 * 60_000;
    while (Date.now() < deadline) {
      const open = await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['queued', 'running'])
        .where('run_at', '<=', new Date().toISOString())
        .executeTakeFirstOrThrow();
      if (Number(open.n) === 0) break;
      await sleep(1000);
    }
    const numbering = await checkNumbering(db, SUBJECT, registered);
    const jobs = await db.selectFrom('jobs').select(['name', 'status', 'attempts', 'locked_by', 'payload']).execute();
    const ran = jobs.filter((j) => j.status === 'done');
    const dueUnfinished = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '!=', 'done')
      .where('run_at', '<=', new Date().toISOString())
      .executeTakeFirstOrThrow();
    const twice = await sql<{ n: number }>`
      select count(*) as n from (
        select document_id, sha256 from document_files where kind = 'page_image' group by document_id, sha256 having count(*) > 1
      ) as repeated`.execute(db);
    const daily = jobs.filter((j) => j.payload.startsWith('{"date":'));
    const dailyKeys = new Set(daily.map((j) => `${j.name} ${j.payload}`));
    await database.destroy();

    drill('nodes', 'nodes', NODES);
    for (const [upstream, n] of [...perNode].sort()) drill('nodes', `requests_via.${upstream}`, n);
    drill('nodes', 'requests_failed', failures.length);
    drill('nodes', 'sessions_valid_on_nodes', `${sessions.valid}/${NODES}`);
    drill('nodes', 'sessions_valid_after_logout', sessions.stillValid);
    drill('nodes', 'registrations_acknowledged', registered.size);
    for (const [metric, value] of Object.entries(numbering)) drill('nodes', metric, value);
    drill('nodes', 'upload_visible_on_other_nodes', `${shared.visible}/${shared.of}`);
    drill('nodes', 'jobs_done', ran.length);
    drill('nodes', 'jobs_workers', new Set(ran.map((j) => j.locked_by).filter(Boolean)).size);
    drill('nodes', 'jobs_due_unfinished', Number(dueUnfinished.n));
    drill('nodes', 'jobs_claimed_more_than_once', jobs.filter((j) => j.attempts > 1).length);
    drill('nodes', 'ocr_pages_stored_twice', Number(twice.rows[0]?.n ?? 0));
    drill('nodes', 'daily_jobs_queued', daily.length);
    drill('nodes', 'daily_job_duplicates', daily.length - dailyKeys.size);
    drill('nodes', 'seconds', ((Date.now() - started) / 1000).toFixed(0), 's');
    return (
      failures.length === 0 &&
      sessions.valid === NODES &&
      sessions.stillValid === 0 &&
      shared.visible === shared.of &&
      numbering.lost + numbering.duplicates + numbering.gaps === 0 &&
      Number(dueUnfinished.n) === 0 &&
      jobs.every((j) => j.attempts <= 1) &&
      Number(twice.rows[0]?.n ?? 0) === 0 &&
      daily.length > 0 &&
      daily.length === dailyKeys.size
    );
  } finally {
    await nginx.stop();
    await Promise.all(nodes.map((n) => n.stop()));
    await dropScratch(scratch);
  }
}
