/**
 * `tct compliance check FILE... [--config LIMITS.json]`: checks template files without importing
 * them. Findings go to stdout as JSON Lines; errors and notices go to stderr in Vietnamese.
 * Exit codes: 0 checked (findings or not), 1 validation errors, 2 unreadable file or bad usage.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { evaluateImport } from './check-import.ts';
import { EMPTY_CONFIG, parseComplianceConfig, type ComplianceConfig } from './config.ts';
import { createHostResolver } from './hosts.ts';
import {
  classCodeKey,
  parseImportFile,
  UnreadableFileError,
  type ImportError,
  type ParsedImport,
} from './parse-import.ts';

const USAGE = 'Cách dùng: tct compliance check TỆP.xlsx [TỆP2.csv …] [--config CẤU_HÌNH.json]';

function formatError(file: string, error: ImportError): string {
  const where = [
    `sheet "${error.sheet}"`,
    error.row === null ? null : `dòng ${error.row}`,
    error.column === null ? null : `cột "${error.column}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return `Lỗi [${file}] ${where}: ${error.message}`;
}

async function loadConfig(path: string): Promise<ComplianceConfig | string[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return [`Không đọc được tệp cấu hình ${path}: ${(error as Error).message}`];
  }
  const { config, errors } = parseComplianceConfig(json);
  return errors.length > 0 ? errors.map((e) => `Cấu hình ${path}: ${e}`) : config;
}

function parseArgs(args: string[]): { files: string[]; configPath: string | null } | null {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'check') return null;
  const files: string[] = [];
  let configPath: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--config') configPath = rest[++i] ?? null;
    else if (arg.startsWith('--config=')) configPath = arg.slice('--config='.length);
    else if (arg.startsWith('--')) return null;
    else files.push(arg);
  }
  if (files.length === 0 || (rest.includes('--config') && !configPath)) return null;
  return { files, configPath };
}

export async function runComplianceCommand(args: string[]): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (!parsedArgs) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let config = EMPTY_CONFIG;
  if (parsedArgs.configPath) {
    const loaded = await loadConfig(parsedArgs.configPath);
    if (Array.isArray(loaded)) {
      process.stderr.write(`${loaded.join('\n')}\n`);
      return 2;
    }
    config = loaded;
  }

  const buffers: { file: string; buffer: Buffer }[] = [];
  for (const file of parsedArgs.files) {
    try {
      buffers.push({ file, buffer: await readFile(file) });
    } catch (error) {
      process.stderr.write(
        `Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
      );
      return 2;
    }
  }

  const resolveHost = createHostResolver();
  const parse = (entry: { file: string; buffer: Buffer }, existingClassCodes: string[] = []) =>
    parseImportFile(entry.buffer, basename(entry.file), { resolveHost, existingClassCodes });
  let results: ParsedImport[];
  try {
    results = [];
    for (const entry of buffers) results.push(await parse(entry));
    if (buffers.length > 1) {
      // Several files (e.g. one CSV per sheet): learners may refer to classes of another file.
      const allCodes = results.flatMap((r) => r.classes.map((c) => c.code));
      for (let i = 0; i < buffers.length; i++) {
        if (results[i]!.sheets.learners) results[i] = await parse(buffers[i]!, allCodes);
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const errorLines = results.flatMap((r, i) => r.errors.map((e) => formatError(basename(buffers[i]!.file), e)));
  // Within a file a repeated class code is already an error; across files it would mix two classes' learners.
  const firstFile = new Map<string, string>();
  results.forEach((r, i) => {
    const file = basename(buffers[i]!.file);
    for (const cls of r.classes) {
      const key = classCodeKey(cls.code);
      const previous = firstFile.get(key);
      if (previous === undefined) firstFile.set(key, file);
      else
        errorLines.push(
          formatError(file, {
            sheet: 'Lớp học',
            row: cls.row,
            column: 'Mã lớp',
            message: `Trùng mã lớp "${cls.code}" với tệp ${previous}`,
          }),
        );
    }
  });
  if (errorLines.length > 0) {
    process.stderr.write(
      `${errorLines.join('\n')}\nTệp không hợp lệ: ${errorLines.length} lỗi; chưa kiểm tra tuân thủ.\n`,
    );
    return 1;
  }

  const checked = evaluateImport(
    { classes: results.flatMap((r) => r.classes), learners: results.flatMap((r) => r.learners) },
    config,
  );
  const out = checked.lines.map((line) => JSON.stringify(line)).join('\n');
  if (out) process.stdout.write(`${out}\n`);
  const shown = new Set<string>();
  for (const { classCode, notice } of checked.notices) {
    const text =
      notice.code === 'NO_REGIME' ? `Lưu ý (lớp ${classCode}): ${notice.message}` : `Lưu ý: ${notice.message}`;
    if (!shown.has(text)) process.stderr.write(`${text}\n`);
    shown.add(text);
  }
  return 0;
}
