/**
 * What the fault drills share: a real server process (`tct serve`) on a scratch data directory and database,
 * started, killed with SIGKILL and restarted; a logged-in HTTP client; and the `DRILL` output line.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TCT = fileURLToPath(new URL('../bin/tct.js', import.meta.url));
export const DEMO_PASSWORD = 'TctDemo2026!';

export function drill(name: string, metric: string, value: number | string, unit = ''): void {
  console.log(`DRILL ${name}.${metric} ${value}${unit ? ` ${unit}` : ''}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port'))));
    });
  });
}

export type Scratch = { dataDir: string; env: NodeJS.ProcessEnv; engine: 'sqlite' | 'postgres'; schema: string | null };

/** A scratch installation: its own data directory and, on PostgreSQL, its own schema; migrated, demo accounts seeded. */
export function scratchInstallation(
  engine: 'sqlite' | 'postgres',
  opts: { databaseUrl?: string; dataDir?: string } = {},
): Scratch {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'tct-drill-'));
  const schema = engine === 'postgres' ? `tct_drill_${randomBytes(5).toString('hex')}` : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_URL:
      engine === 'postgres'
        ? (opts.databaseUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
        : '',
    DATABASE_SCHEMA: schema ?? '',
  };
  for (const args of [['migrate'], ['seed', '--demo']]) {
    const r = spawnSync(process.execPath, [TCT, ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tct ${args.join(' ')}: ${r.stderr || r.stdout}`);
  }
  return { dataDir, env, engine, schema };
}

export class ServerProcess {
  child: ChildProcess | null = null;
  constructor(
    readonly scratch: Scratch,
    readonly port: number,
  ) {}
  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn(process.execPath, [TCT, 'serve'], {
      env: { ...this.scratch.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.base}/api/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error('máy chủ không khởi động trong 60 giây');
  }
  /** kill -9: no shutdown hook runs, like a power cut or the OOM killer. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
}

export type Session = {
  /** The session cookie and CSRF header, for clients that send their own requests (the load bench). */
  headers: Record<string, string>;
  /** JSON body, or a FormData (multipart upload). */
  request: (method: string, path: string, body?: unknown) => Promise<Response>;
};

export async function login(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`đăng nhập ${email}: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    headers: { cookie, 'x-csrf-token': csrfToken },
    request: (method, path, body) =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      }),
  };
}

export function engineFromArgs(args: string[]): 'sqlite' | 'postgres' {
  if (args.includes('--postgres')) return 'postgres';
  if (args.includes('--sqlite')) return 'sqlite';
  return process.env.DATABASE_URL?.startsWith('postgres') ? 'postgres' : 'sqlite';
}

/** Drops a scratch installation's PostgreSQL schema (its data directory is left in the temp folder). */
export async function dropScratch(scratch: Scratch): Promise<void> {
  if (scratch.engine !== 'postgres' || !scratch.schema) return;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: scratch.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${scratch.schema}" cascade`);
  } finally {
    await client.end();
  }
}
