import { loadConfig } from '../config.ts';
import { createModules } from '../modules/index.ts';
import { seedNetwork } from '../seed/seed-network.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../seed/seed-demo.ts';
import { seedDemoYear } from '../seed/seed-demo-year.ts';
import { openMigratedDatabase, startServer } from '../server.ts';
import { ROLE_LABELS } from '../modules/tenancy/actor.ts';

function describeDatabase(config: ReturnType<typeof loadConfig>): string {
  return config.databaseUrl
    ? `PostgreSQL (${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')})`
    : `SQLite (${config.dataDir}/tct.db)`;
}

function demoBanner(port: number): string {
  const rows = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(30)} ${ROLE_LABELS[a.role]}`);
  return `\nTCT đang chạy tại http://localhost:${port}\nTài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):\n${rows.join('\n')}\nTài liệu API: http://localhost:${port}/api/docs\n\n`;
}

/** `npm start`: migrate, load the network, add demo data to an empty database, serve. */
/** Serves until a signal stops the process; resolves to `undefined` (no exit code) once listening. */
export async function runStart(): Promise<undefined> {
  const config = loadConfig();
  process.stdout.write(`Cơ sở dữ liệu: ${describeDatabase(config)}\n`);
  const database = await openMigratedDatabase(config);
  await seedNetwork(database.db);
  const users = await database.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const isEmpty = Number(users.n) === 0;
  if (isEmpty) {
    process.stdout.write('CSDL trống: đang nạp dữ liệu mẫu…\n');
    const started = Date.now();
    const modules = createModules({ database, config });
    await seedDemo(database.db, database.dialect, modules);
    const year = await seedDemoYear(database, modules, { config });
    process.stdout.write(
      `Dữ liệu mẫu một năm gần đây: ${year.letters} văn bản đến (${year.scansRead}/${year.scans} bản quét đã đọc), ${year.outgoing} văn bản đi, trong ${((Date.now() - started) / 1000).toFixed(1)} giây.\n`,
    );
  }
  await startServer(config, database, demoBanner(config.port));
  return undefined;
}

export async function runServe(): Promise<undefined> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  await startServer(config, database, `TCT đang chạy tại http://localhost:${config.port}\n`);
  return undefined;
}

export async function runMigrate(): Promise<number> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  process.stdout.write(`Đã cập nhật cấu trúc CSDL: ${describeDatabase(config)}\n`);
  await database.destroy();
  return 0;
}

export async function runSeed(args: string[]): Promise<number> {
  const config = loadConfig();
  const database = await openMigratedDatabase(config);
  const network = await seedNetwork(database.db);
  process.stdout.write(`Mạng lưới: ${network.organisations} đơn vị (${network.created} mới).\n`);
  if (args.includes('--demo')) {
    const modules = createModules({ database, config });
    const created = await seedDemo(database.db, database.dialect, modules);
    process.stdout.write(`Dữ liệu mẫu: ${created.length} tài khoản mới (mật khẩu chung: ${DEMO_PASSWORD}).\n`);
    const year = await seedDemoYear(database, modules, { config });
    process.stdout.write(`Một năm gần đây: ${year.letters} văn bản đến mới, ${year.outgoing} văn bản đi mới.\n`);
  }
  await database.destroy();
  return 0;
}
