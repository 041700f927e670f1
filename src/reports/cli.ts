/**
 * `tct reports …` for the Academy's designers:
 *   template [OUT.xlsx] [--regime CODE]   write the design workbook (default: the quarterly training regime)
 *   check FILE.xlsx                       parse a design workbook: the regime version as JSON on stdout,
 *                                         or every error on stderr
 *   periods CODE [--from D] [--to D]      the periods of a shipped regime as JSON Lines
 * Exit codes: 0 done, 1 the workbook has errors, 2 unreadable file or bad usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseOptions } from '../lib/cli-args.ts';
import { dateCell } from '../compliance/cells.ts';
import { buildDesignWorkbook } from './design/export.ts';
import { parseDesignWorkbook, UnreadableFileError } from './design/parse.ts';
import { periodsOfRegime } from './periods.ts';
import { groupVersions, SHIPPED_REGIMES } from './regimes/index.ts';

const USAGE = [
  'Cách dùng:',
  '  tct reports template [TỆP.xlsx] [--regime MÃ]',
  '  tct reports check TỆP.xlsx',
  '  tct reports periods MÃ [--from dd/mm/yyyy] [--to dd/mm/yyyy]',
  `Mã chế độ có sẵn: ${SHIPPED_REGIMES.map((r) => r.code).join(', ')}`,
].join('\n');

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

async function template(positionals: string[], regimeCode: string | undefined): Promise<number> {
  const regime = regimeCode ? SHIPPED_REGIMES.find((r) => r.code === regimeCode) : SHIPPED_REGIMES[0];
  if (!regime) return fail(`Không có chế độ báo cáo "${regimeCode}".\n${USAGE}`);
  const out = positionals[0] ?? `mau-che-do-bao-cao-${regime.code}.xlsx`;
  await writeFile(out, await buildDesignWorkbook(regime));
  process.stderr.write(`Đã ghi ${out}\n`);
  return 0;
}

async function check(file: string | undefined): Promise<number> {
  if (!file) return fail(USAGE);
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    return fail(`Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const { version, errors } = await parseDesignWorkbook(buffer);
    if (!version) {
      const lines = errors.map((e) => {
        const where = [
          `sheet "${e.sheet}"`,
          e.row === null ? null : `dòng ${e.row}`,
          e.column === null ? null : `cột "${e.column}"`,
        ];
        return `Lỗi ${where.filter(Boolean).join(', ')}: ${e.message}`;
      });
      return fail(`${lines.join('\n')}\nMẫu không hợp lệ: ${errors.length} lỗi; chưa tạo phiên bản.`, 1);
    }
    process.stdout.write(`${JSON.stringify(version, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UnreadableFileError) return fail(error.message);
    throw error;
  }
}

function day(text: string | undefined, fallback: string): string | null {
  if (text === undefined) return fallback;
  const result = dateCell(text);
  return result && 'value' in result ? result.value : null;
}

function periods(code: string | undefined, from: string | undefined, to: string | undefined): number {
  const versions = code ? groupVersions(SHIPPED_REGIMES).get(code) : undefined;
  if (!versions) return fail(code ? `Không có chế độ báo cáo "${code}".\n${USAGE}` : USAGE);
  const year = new Date().getUTCFullYear();
  const range = { from: day(from, `${year}-01-01`), to: day(to, `${year}-12-31`) };
  if (!range.from || !range.to) return fail('Ngày --from/--to phải có dạng dd/mm/yyyy');
  const list = periodsOfRegime(versions, { from: range.from, to: range.to });
  if (list.length) process.stdout.write(`${list.map((p) => JSON.stringify(p)).join('\n')}\n`);
  return 0;
}

export async function runReportsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    regime: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  const [subcommand, ...rest] = positionals;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (subcommand === 'template') return template(rest, str(values.regime));
  if (subcommand === 'check') return check(rest[0]);
  if (subcommand === 'periods') return periods(rest[0], str(values.from), str(values.to));
  return fail(USAGE);
}
