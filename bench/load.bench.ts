/**
 * `npm run bench -- load [--seconds=60] [--connections=200] [--soak]`: a real server process (`tct serve`, on
 * SQLite, or on PostgreSQL when DATABASE_URL is set) seeded with the demo year, driven over loopback by autocannon
 * with the mixed day of a clerk (search, registers, new drafts), a leader (desk, deadlines), staff (my tasks) and
 * the Academy (directive dashboard) — 200 concurrent connections split among them. Prints requests per second,
 * the worst role's p99 latency and the errors (network errors, timeouts and non-2xx answers).
 * `--soak` runs 10 minutes and prints the server's resident memory growth from the first minute to the end.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { dropScratch, freePort, login, ServerProcess, scratchInstallation } from '../drills/support.ts';

type Role = {
  email: string;
  share: number;
  requests: (ids: { directiveId: string | null }) => autocannon.Request[];
};

const ROLES: Role[] = [
  {
    email: 'vanthu@tct-thainguyen.vn',
    share: 0.4,
    requests: () => [
      { method: 'GET', path: '/api/home' },
      { method: 'GET', path: `/api/documents/search?q=${encodeURIComponent('kế hoạch')}` },
      { method: 'GET', path: '/api/documents/search?register=incoming' },
      {
        method: 'POST',
        path: '/api/documents/manual',
        body: JSON.stringify({ issuerName: 'Sở Nội vụ tỉnh Thái Nguyên', subject: 'Văn bản thử tải' }),
      },
    ],
  },
  {
    email: 'hieutruong@tct-thainguyen.vn',
    share: 0.2,
    requests: () => [
      { method: 'GET', path: '/api/home' },
      { method: 'GET', path: '/api/desk' },
      { method: 'GET', path: '/api/deadlines?scope=organisation' },
    ],
  },
  {
    email: 'canbo@tct-vinhlong.vn',
    share: 0.2,
    requests: () => [
      { method: 'GET', path: '/api/home' },
      { method: 'GET', path: '/api/tasks/mine' },
    ],
  },
  {
    email: 'chuyenvien@hvctqg.vn',
    share: 0.2,
    requests: ({ directiveId }) => [
      { method: 'GET', path: '/api/home' },
      { method: 'GET', path: '/api/directives' },
      ...(directiveId ? [{ method: 'GET' as const, path: `/api/directives/${directiveId}/dashboard` }] : []),
    ],
  },
];

function flag(args: string[], name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return raw === undefined ? fallback : Number(raw);
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

export async function run(args: string[]): Promise<void> {
  const soak = args.includes('--soak');
  const seconds = flag(args, 'seconds', soak ? 600 : 60);
  const connections = flag(args, 'connections', 200);
  const engine = process.env.DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite';
  const scratch = scratchInstallation(engine);
  const server = new ServerProcess(scratch, await freePort());
  await server.start();
  try {
    const academy = await login(server.base, 'chuyenvien@hvctqg.vn');
    const list = (await (await academy.request('GET', '/api/directives')).json()) as { items?: { id: string }[] };
    const directiveId = list.items?.[0]?.id ?? null;
    const sessions = await Promise.all(
      ROLES.map(async (role) => ({
        role,
        headers: { ...(await login(server.base, role.email)).headers, 'content-type': 'application/json' },
      })),
    );
    const pid = server.child?.pid ?? 0;
    let rssStart = 0;
    const sampler = soak ? setTimeout(() => (rssStart = rssOf(pid)), 60_000) : null;
    const results = await Promise.all(
      sessions.map(({ role, headers }) =>
        autocannon({
          url: server.base,
          connections: Math.max(1, Math.round(connections * role.share)),
          duration: seconds,
          headers,
          requests: role.requests({ directiveId }),
        }),
      ),
    );
    if (sampler) clearTimeout(sampler);
    // Which answers were not 2xx, per role (a figure to explain, not only to count).
    for (const [i, r] of results.entries()) {
      const codes = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'));
      if (codes.length || r.errors || r.timeouts) {
        console.error(
          `${sessions[i]?.role.email}: ${codes.map(([c, v]) => `${c}×${(v as { count: number }).count}`).join(' ')} errors ${r.errors} timeouts ${r.timeouts}`,
        );
      }
    }
    const total = results.reduce((n, r) => n + r.requests.total, 0);
    // autocannon counts a timeout (no answer within 10 s) among its errors too.
    const errors = results.reduce((n, r) => n + r.errors + r.non2xx, 0);
    const timeouts = results.reduce((n, r) => n + r.timeouts, 0);
    const p99 = Math.max(...results.map((r) => r.latency.p99));
    const prefix = soak ? 'soak' : 'load';
    console.log(`BENCH ${prefix}.engine ${engine}`);
    console.log(`BENCH ${prefix}.connections ${connections}`);
    console.log(`BENCH ${prefix}.rps ${(total / seconds).toFixed(0)}`);
    console.log(`BENCH ${prefix}.p99_ms ${p99}`);
    console.log(`BENCH ${prefix}.errors ${errors}`);
    console.log(`BENCH ${prefix}.timeouts ${timeouts}`);
    if (soak && rssStart > 0) {
      console.log(`BENCH soak.rss_growth_pct ${(((rssOf(pid) - rssStart) / rssStart) * 100).toFixed(1)}`);
    }
  } finally {
    await server.stop();
    await dropScratch(scratch);
  }
}
