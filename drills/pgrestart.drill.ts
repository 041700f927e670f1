/**
 * `npm run drill -- pgrestart`: a real server on a private PostgreSQL cluster (drills/pgcluster.ts — never the
 * shared one) under steady load (reads and registrations), while PostgreSQL is restarted twice: `-m fast`, then
 * `-m immediate` (a crash, recovered from WAL). Per restart: requests that failed during the outage (allowed,
 * reported), seconds until the app answered again. Over the run: requests that hung past 15 s (must be 0),
 * requests that failed after the app had recovered (must be 0), acknowledged registrations lost, duplicate or
 * missing register numbers (must be 0), and whether the server process is still running without a restart.
 */
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';
import { checkNumbering, registerLetter } from './numbering.ts';
import { PrivateCluster } from './pgcluster.ts';
import { drill, dropScratch, freePort, login, ServerProcess, scratchInstallation } from './support.ts';

const HANG_MS = 15_000;
const SUBJECT = 'Diễn tập pg ';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Outcome = { start: number; end: number; ok: boolean; hung: boolean; what: string };

/** A session whose requests are recorded and abandoned after HANG_MS (a hang, counted). */
function recorder(base: string, headers: Record<string, string>, log: Outcome[]) {
  return async (method: string, path: string, body?: unknown): Promise<Response> => {
    const start = Date.now();
    try {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(HANG_MS),
      });
      const text = await res.text(); // the whole answer, so a body that never ends counts as a hang
      const what = `${method} ${path} → ${res.status} ${res.status < 400 ? '' : text.slice(0, 160)}`;
      log.push({ start, end: Date.now(), ok: res.status < 400, hung: false, what });
      return new Response(text, { status: res.status, headers: res.headers });
    } catch (error) {
      const hung = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      log.push({ start, end: Date.now(), ok: false, hung, what: `${method} ${path} → ${String(error)}` });
      return new Response(String(error), { status: 599 });
    }
  };
}

export async function run(args: string[]): Promise<boolean> {
  const modes = (args.find((a) => a.startsWith('--modes='))?.split('=')[1] ?? 'fast,immediate').split(',') as (
    | 'fast'
    | 'immediate'
  )[];
  const cluster = new PrivateCluster(await freePort());
  const started = Date.now();
  let server: ServerProcess | null = null;
  try {
    cluster.init();
    cluster.start();
    const scratch = scratchInstallation('postgres', { databaseUrl: cluster.url });
    server = new ServerProcess(scratch, await freePort());
    await server.start();
    const log: Outcome[] = [];
    const registered = new Map<string, number>();
    const reasons = new Set<string>();
    const clerk = await login(server.base, 'vanthu@tct-thainguyen.vn');
    const leader = await login(server.base, 'hieutruong@tct-thainguyen.vn');
    const asClerk = recorder(server.base, clerk.headers, log);
    const asLeader = recorder(server.base, leader.headers, log);
    const stop = { now: false };
    const pace = () => sleep(20 + Math.random() * 30);
    const readers = Array.from({ length: 6 }, async (_, i) => {
      const paths = ['/api/home', '/api/desk', '/api/documents/search?register=incoming'];
      for (let n = 0; !stop.now; n++) {
        await (i % 2 ? asLeader : asClerk)('GET', paths[n % paths.length] as string);
        await pace();
      }
    });
    const writers = Array.from({ length: 3 }, async (_, w) => {
      for (let n = 0; !stop.now; n++) {
        try {
          const { id, number } = await registerLetter(asClerk, `${SUBJECT}${w}.${n}`);
          registered.set(id, number);
        } catch (error) {
          // Refused during the outage: recorded in the log, the next one tries again. Shown once per kind.
          const kind = String(error).slice(0, 160);
          if (!reasons.has(kind) && reasons.size < 10) console.error(`(từ chối) ${kind}`);
          reasons.add(kind);
        }
        await pace();
      }
    });

    await sleep(4000);
    const windows: { mode: string; restartAt: number; backAt: number }[] = [];
    for (const mode of modes) {
      const restartAt = Date.now();
      await cluster.restart(mode);
      const backAt = Date.now();
      await sleep(8000); // recovery plus several seconds of steady load afterwards
      windows.push({ mode, restartAt, backAt });
    }
    stop.now = true;
    await Promise.all([...readers, ...writers]);

    // A failed request belongs to the last restart before it ended: during that outage if it started before the
    // app answered again, after recovery otherwise. One that failed before the first restart is an error too.
    const windowOf = (o: Outcome) => windows.findLast((w) => w.restartAt <= o.end);
    const recoveredAt = new Map(
      windows.map((w, i) => {
        const until = windows[i + 1]?.restartAt ?? Number.POSITIVE_INFINITY;
        const oks = log.filter((o) => o.ok && o.start >= w.backAt && o.start < until);
        return [w, Math.min(...oks.map((o) => o.end))];
      }),
    );
    const failedDuring = new Map(windows.map((w) => [w, 0]));
    let failedBefore = 0;
    let failedAfterRecovery = 0;
    for (const o of log.filter((x) => !x.ok)) {
      const w = windowOf(o);
      if (!w) failedBefore++;
      else if (o.start < (recoveredAt.get(w) ?? 0)) failedDuring.set(w, (failedDuring.get(w) ?? 0) + 1);
      else {
        failedAfterRecovery++;
        console.error(`(lỗi sau khi phục hồi, +${o.start - (recoveredAt.get(w) ?? 0)} ms) ${o.what}`);
      }
    }
    let ok = true;
    for (const w of windows) {
      const at = recoveredAt.get(w) ?? Number.POSITIVE_INFINITY;
      const recovered = Number.isFinite(at);
      drill('pgrestart', `${w.mode}.pg_down_seconds`, ((w.backAt - w.restartAt) / 1000).toFixed(1), 's');
      drill(
        'pgrestart',
        `${w.mode}.seconds_to_recover`,
        recovered ? ((at - w.restartAt) / 1000).toFixed(1) : 'never',
        recovered ? 's' : '',
      );
      drill('pgrestart', `${w.mode}.failed_during_outage`, failedDuring.get(w) ?? 0);
      if (!recovered) ok = false;
    }
    const alive = server.child?.exitCode === null ? 1 : 0;
    const database = await createDatabase(loadConfig(scratch.env));
    const numbering = await checkNumbering(database.db, SUBJECT, registered);
    await database.destroy();
    await server.stop();
    await dropScratch(scratch);
    const hung = log.filter((o) => o.hung).length;
    drill('pgrestart', 'requests', log.length);
    drill('pgrestart', 'requests_failed', log.filter((o) => !o.ok).length);
    drill('pgrestart', 'requests_hung', hung);
    drill('pgrestart', 'slowest_request_ms', Math.max(...log.map((o) => o.end - o.start)), 'ms');
    drill('pgrestart', 'errors_before_restart', failedBefore);
    drill('pgrestart', 'errors_after_recovery', failedAfterRecovery);
    drill('pgrestart', 'registrations_acknowledged', registered.size);
    for (const [metric, value] of Object.entries(numbering)) drill('pgrestart', metric, value);
    drill('pgrestart', 'server_alive', alive);
    drill('pgrestart', 'seconds', ((Date.now() - started) / 1000).toFixed(0), 's');
    return (
      ok &&
      alive === 1 &&
      hung + failedBefore + failedAfterRecovery + numbering.lost + numbering.duplicates + numbering.gaps === 0
    );
  } finally {
    await server?.kill();
    cluster.destroy();
  }
}
