/**
 * Starts the HTTP server, the in-process job worker and the scheduler — all given the same modules
 * (their routes, their jobs) — with graceful shutdown on SIGINT/SIGTERM.
 */
import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { createDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrations/index.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { startWorker } from './jobs/worker.ts';
import { createFileStore } from './lib/file-store/index.ts';
import { createModules, moduleJobs } from './modules/index.ts';

export async function openMigratedDatabase(config: Config): Promise<Database> {
  const database = await createDatabase(config);
  await migrateToLatest(database.db, database.dialect, database.schema);
  return database;
}

export async function startServer(config: Config, database: Database, banner?: string): Promise<void> {
  // The file store is built once here from the configuration and reaches every module through its context.
  const modules = createModules({ config, database, files: createFileStore(config) });
  const app = await buildApp({ config, database, modules });
  const jobs = moduleJobs(modules);
  const deps = { database, config, logger: app.log };
  const worker = config.workerEnabled ? startWorker(deps, jobs) : null;
  const scheduler = startScheduler(deps, jobs);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'đang dừng máy chủ');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await scheduler.stop();
    await worker?.stop();
    await database.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  if (banner) process.stdout.write(banner);
}
