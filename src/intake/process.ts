/** Runs external tools (tesseract, poppler) with a time limit and a shared cap on concurrent processes. */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export class ProcessTimeout extends Error {}
export class ProcessMissing extends Error {}

export function runProcess(
  command: string,
  args: string[],
  opts: { timeoutMs: number; env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    // SIGKILL: tesseract ignores nothing but a hung process must not outlive the request.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new ProcessTimeout(`${command} quá thời gian`)));
    }, opts.timeoutMs);
    const onAbort = () => {
      child.kill('SIGKILL');
      finish(() => reject(opts.signal?.reason ?? new Error('aborted')));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => {
      finish(() => reject(e.code === 'ENOENT' ? new ProcessMissing(command) : e));
    });
    child.on('close', (code) => {
      finish(() =>
        resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code }),
      );
    });
  });
}

/** A counting semaphore: OCR processes are single-threaded, so at most one per core runs at a time. */
export class Limiter {
  private active = 0;
  private readonly queue: Array<() => void> = [];
  constructor(readonly capacity: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.capacity) await new Promise<void>((r) => this.queue.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}

export const processLimiter = new Limiter(Math.max(1, availableParallelism()));

/** Runs tasks with at most `parallel` at once, keeping result order. */
export async function mapParallel<T, R>(
  items: T[],
  parallel: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, items.length)) }, worker));
  return results;
}
