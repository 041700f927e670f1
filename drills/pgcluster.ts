/**
 * A private, throwaway PostgreSQL cluster for the drills that restart the database: never the machine's shared
 * server (other test runs use it). initdb into a temp folder owned by `postgres`, trust auth, its own port and
 * socket folder; restarted with `pg_ctl restart`; stopped and deleted at the end.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = ['/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((d) => existsSync(join(d, 'initdb')));

function asPostgres(command: string, args: string[]): string {
  if (!BIN) throw new Error('không tìm thấy initdb của PostgreSQL (/usr/lib/postgresql/*/bin)');
  return execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, command), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export class PrivateCluster {
  readonly dir: string;
  readonly data: string;
  constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'tct-pg-'));
    this.data = join(this.dir, 'data');
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(this.dir, id('-u'), id('-g'));
  }
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }
  init(): void {
    asPostgres('initdb', ['-D', this.data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  }
  start(): void {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
    asPostgres('pg_ctl', ['-D', this.data, '-o', opts, '-l', join(this.dir, 'server.log'), '-w', 'start']);
  }
  /** `fast`: clients are told and cut; `immediate`: the server dies and recovers from its WAL on start. */
  /** Asynchronous, so the load keeps running (and failing) while PostgreSQL is down. */
  async restart(mode: 'fast' | 'immediate'): Promise<void> {
    const args = ['-D', this.data, '-m', mode, '-w', '-l', join(this.dir, 'server.log'), 'restart'];
    await promisify(execFile)('runuser', ['-u', 'postgres', '--', join(BIN ?? '', 'pg_ctl'), ...args]);
  }
  destroy(): void {
    try {
      asPostgres('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
