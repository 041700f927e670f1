/**
 * `tct extract FILE... [--pretty]`: one JSON object per file on stdout (JSON Lines, with the path as given in
 * `file`), `--pretty` for indented output. Progress and errors go to stderr; an unreadable file does not stop
 * the others, but the exit code is non-zero at the end.
 */
import { availableParallelism } from 'node:os';
import { IntakeError } from './errors.ts';
import { extractFromFile, type OcrProgress } from './ocr.ts';

const USAGE = 'Cách dùng: tct extract TỆP... [--pretty] [--timeout GIÂY] [--no-text]';

export async function runExtractCommand(args: string[]): Promise<number> {
  const files: string[] = [];
  let pretty = false;
  let withText = true;
  let timeoutMs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--pretty') pretty = true;
    else if (a === '--no-text') withText = false;
    else if (a === '--timeout') {
      const s = Number(args[++i]);
      if (!Number.isFinite(s) || s <= 0) {
        process.stderr.write(`Giá trị --timeout không hợp lệ\n${USAGE}\n`);
        return 2;
      }
      timeoutMs = s * 1000;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('--')) {
      process.stderr.write(`Tùy chọn không hợp lệ: ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let failures = 0;
  // Files run a few at a time (OCR processes are capped globally); output keeps the order given.
  const results = new Map<number, string | null>();
  let printed = 0;
  const flush = () => {
    while (results.has(printed)) {
      const out = results.get(printed);
      if (out) process.stdout.write(out);
      results.delete(printed);
      printed++;
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] ?? '';
      const onProgress = (p: OcrProgress) => {
        process.stderr.write(`${file}: đã nhận dạng trang ${p.page} (${p.done}/${p.pages})\n`);
      };
      try {
        const result = await extractFromFile(file, { onProgress, pageTimeoutMs: timeoutMs });
        const { text, ...rest } = result;
        const obj = withText ? { file, ...rest, text } : { file, ...rest };
        results.set(index, `${JSON.stringify(obj, null, pretty ? 2 : undefined)}\n`);
      } catch (e) {
        failures++;
        const message =
          e instanceof IntakeError ? e.message : `Lỗi không mong đợi khi xử lý ${file}: ${(e as Error).message}`;
        process.stderr.write(`Lỗi: ${message}\n`);
        results.set(index, null);
      }
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(files.length, Math.max(1, availableParallelism())) }, worker));
  flush();
  return failures > 0 ? 1 : 0;
}
