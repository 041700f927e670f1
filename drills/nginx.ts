/**
 * nginx (Debian's package) in front of several `tct serve` processes, for the nodes drill: a config written into
 * a temp folder (its own pid, logs and temp paths, `daemon off`), started with `-p`/`-c`, stopped at the end.
 * `nginxConfig` is also the example the README points to.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `X-Upstream` names the node that answered (the drill counts requests per node). */
export function nginxConfig(opts: { dir: string; port: number; upstreams: number[]; maxBodyMb?: number }): string {
  const { dir } = opts;
  return `# TCT behind nginx: written by drills/nginx.ts
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # Uploads: above UPLOAD_MAX_MB (25) so the app, not nginx, answers "too large" in Vietnamese.
  client_max_body_size ${opts.maxBodyMb ?? 30}m;
  upstream tct {
${opts.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${opts.port};
    location / {
      proxy_pass http://tct;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 120s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export class Nginx {
  readonly dir = mkdtempSync(join(tmpdir(), 'tct-nginx-'));
  child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    readonly upstreams: number[],
  ) {}
  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    // nginx's workers run as an unprivileged user: they must reach the temp paths (a large upload's body).
    chmodSync(this.dir, 0o755);
    const conf = join(this.dir, 'nginx.conf');
    writeFileSync(conf, nginxConfig({ dir: this.dir, port: this.port, upstreams: this.upstreams }));
    this.child = spawn('nginx', ['-p', this.dir, '-c', conf, '-e', join(this.dir, 'error.log')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.base}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (this.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx không khởi động: ${readFileSync(join(this.dir, 'error.log'), 'utf8').slice(-500)}`);
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGQUIT'); // graceful: finish the requests in flight
    await exited;
    this.child = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
