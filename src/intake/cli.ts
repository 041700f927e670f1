/**
 * `tct extract FILE... [--pretty] [--no-text] [--timeout S] [--pages SPEC] [--receiver NAME]`: one JSON object
 * per file on stdout (JSON Lines, with the path as given in `file`). `--pages 1-3,last` reads only those PDF
 * pages (default: all pages of a short PDF, the first 3 and the last of a long one; `--pages all` reads all).
 * `--split FILE.pdf` splits a scanner batch into letters: one JSON line per letter with its page range.
 * Progress and errors go to stderr; an unreadable file does not stop the others, but the exit code is non-zero.
 */
import { availableParallelism } from 'node:os';
import { IntakeError } from './errors.ts';
import { extractFromFile, type OcrProgress, type PageSelection } from './ocr.ts';
import { splitBatch } from './split.ts';

const USAGE =
  'Cách dùng: tct extract TỆP... [--pretty] [--timeout GIÂY] [--no-text] [--pages 1-3,last|all] [--receiver TÊN]\n' +
  '           tct extract --split TỆP.pdf [--pretty] [--no-text]';

interface Args {
  files: string[];
  pretty: boolean;
  withText: boolean;
  timeoutMs?: number;
  pages?: PageSelection;
  split: boolean;
  receiver?: string;
}

function parseArgs(args: string[]): Args | string {
  const out: Args = { files: [], pretty: false, withText: true, split: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--pretty') out.pretty = true;
    else if (a === '--no-text') out.withText = false;
    else if (a === '--split') out.split = true;
    else if (a === '--timeout') {
      const s = Number(args[++i]);
      if (!Number.isFinite(s) || s <= 0) return 'Giá trị --timeout không hợp lệ';
      out.timeoutMs = s * 1000;
    } else if (a === '--pages') {
      const v = args[++i];
      if (!v || !/^(all|auto|((\d+|last)(-(\d+|last))?)(,((\d+|last)(-(\d+|last))?))*)$/i.test(v))
        return 'Giá trị --pages không hợp lệ (ví dụ: --pages 1-3,last hoặc --pages all)';
      out.pages = v.toLowerCase() === 'all' || v.toLowerCase() === 'auto' ? (v.toLowerCase() as 'all' | 'auto') : v;
    } else if (a === '--receiver') {
      const v = args[++i];
      if (!v?.trim()) return 'Thiếu tên cơ quan sau --receiver';
      out.receiver = v;
    } else if (a.startsWith('--')) return `Tùy chọn không hợp lệ: ${a}`;
    else out.files.push(a);
  }
  return out;
}

const errorText = (e: unknown, file: string) =>
  e instanceof IntakeError ? e.message : `Lỗi không mong đợi khi xử lý ${file}: ${(e as Error).message}`;

export async function runExtractCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string' || parsed.files.length === 0) {
    process.stderr.write(`${typeof parsed === 'string' ? `${parsed}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const { files, pretty, withText, timeoutMs, pages, receiver } = parsed;
  const json = (o: unknown) => `${JSON.stringify(o, null, pretty ? 2 : undefined)}\n`;
  let failures = 0;
  if (parsed.split) {
    for (const file of files) {
      const onProgress = (p: OcrProgress) =>
        process.stderr.write(`${file}: đã nhận dạng trang ${p.page} (${p.done}/${p.pages})\n`);
      try {
        const batch = await splitBatch(file, { onProgress, pageTimeoutMs: timeoutMs, expectedReceiver: receiver });
        batch.letters.forEach((l, k) => {
          const base = {
            file,
            letter: k + 1,
            pages: l.pages,
            startConfidence: l.startConfidence,
            evidence: l.evidence,
          };
          process.stdout.write(
            json(withText ? { ...base, ...l.extraction, text: l.text } : { ...base, ...l.extraction }),
          );
        });
      } catch (e) {
        failures++;
        process.stderr.write(`Lỗi: ${errorText(e, file)}\n`);
      }
    }
    return failures > 0 ? 1 : 0;
  }
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
        const result = await extractFromFile(file, {
          onProgress,
          pageTimeoutMs: timeoutMs,
          pages,
          expectedReceiver: receiver,
        });
        const { text, ...rest } = result;
        results.set(index, json(withText ? { file, ...rest, text } : { file, ...rest }));
      } catch (e) {
        failures++;
        process.stderr.write(`Lỗi: ${errorText(e, file)}\n`);
        results.set(index, null);
      }
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(files.length, Math.max(1, availableParallelism())) }, worker));
  flush();
  return failures > 0 ? 1 : 0;
}
