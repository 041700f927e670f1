/**
 * The `tct` command line. Each command lives in the module that owns the capability;
 * this file only dispatches, so modules can add commands without touching each other.
 */
type CommandRunner = (args: string[]) => Promise<number | undefined>;

const commands: Record<string, { summary: string; load: () => Promise<CommandRunner> }> = {
  start: {
    summary: 'Chạy máy chủ (migrate, nạp dữ liệu mẫu nếu CSDL trống, phục vụ web)',
    load: async () => (await import('./server-commands.ts')).runStart,
  },
  serve: {
    summary: 'Chạy máy chủ (không nạp dữ liệu mẫu)',
    load: async () => (await import('./server-commands.ts')).runServe,
  },
  migrate: { summary: 'Chạy migration CSDL', load: async () => (await import('./server-commands.ts')).runMigrate },
  seed: {
    summary: 'Nạp dữ liệu mạng lưới; --demo thêm tài khoản và dữ liệu mẫu',
    load: async () => (await import('./server-commands.ts')).runSeed,
  },
  user: {
    summary: 'Quản lý người dùng: user add --email … --org … --role …',
    load: async () => (await import('./user-commands.ts')).runUser,
  },
  backup: {
    summary: 'Sao lưu SQLite: backup FILE | backup --full DIR | backup --verify DIR',
    load: async () => (await import('./backup-commands.ts')).runBackup,
  },
  files: {
    summary: 'Kho tệp: files migrate --to s3|local (chép tệp đã tải lên, kiểm tra, chạy lại để tiếp tục)',
    load: async () => (await import('./files-commands.ts')).runFiles,
  },
  restore: {
    summary: 'Khôi phục SQLite: restore FILE | restore DIR (bản sao lưu toàn bộ)',
    load: async () => (await import('./backup-commands.ts')).runRestore,
  },
  extract: {
    summary: 'Trích xuất thông tin văn bản: extract FILE... [--pretty]',
    load: async () => (await import('../intake/cli.ts')).runExtractCommand,
  },
  compliance: {
    summary: 'Kiểm tra tuân thủ: compliance check FILE.xlsx',
    load: async () => (await import('../compliance/cli.ts')).runComplianceCommand,
  },
  contest: {
    summary: 'Cuộc thi: contest similarity TỆP... [--min 0.05] (kiểm tra trùng lặp)',
    load: async () => (await import('../contest/cli.ts')).runContestCommand,
  },
  reports: {
    summary: 'Chế độ báo cáo: reports template|check FILE.xlsx|periods MÃ',
    load: async () => (await import('../reports/cli.ts')).runReportsCommand,
  },
  verify: {
    summary: 'Kiểm tra chữ ký số của tệp PDF: verify FILE.pdf [--trust CA.pem]',
    load: async () => (await import('../signatures/cli.ts')).runVerifyCommand,
  },
};

export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const lines = Object.entries(commands).map(([n, c]) => `  tct ${n.padEnd(11)} ${c.summary}`);
    console.error(`Cách dùng: tct <lệnh> [tham số]\n${lines.join('\n')}`);
    process.exitCode = name ? 2 : 0;
    return;
  }
  const run = await command.load();
  const code = await run(rest);
  if (typeof code === 'number') process.exitCode = code;
}
